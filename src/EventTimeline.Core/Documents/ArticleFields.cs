using System.Collections.Immutable;
using System.Globalization;

using EventTimeline.Resources;

using Newtonsoft.Json.Linq;

namespace EventTimeline.Documents;

/// <summary>A piece of article metadata that inputs name in many ways.</summary>
internal enum ArticleField
{
    /// <summary>The article's text.</summary>
    Text,

    /// <summary>The headline.</summary>
    Title,

    /// <summary>The publication date.</summary>
    Published,

    /// <summary>The article's URL.</summary>
    Url,

    /// <summary>The outlet.</summary>
    Source,

    /// <summary>The article's own identifier.</summary>
    Id,
}

/// <summary>The names under which article metadata is found in JSON objects and front matter, read from Resources/documents/article-fields.json.</summary>
/// <remarks>Immutable and thread-safe. Names are tried in the file's order and matched ignoring case.</remarks>
internal sealed class ArticleFields
{
    private static readonly Lazy<ArticleFields> _builtIn = new(() => Parse(ResourceFile.ReadText("documents/article-fields.json")), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ImmutableDictionary<ArticleField, ImmutableArray<string>> _names;
    private readonly ImmutableArray<string> _objectNames;

    private ArticleFields(ImmutableDictionary<ArticleField, ImmutableArray<string>> names, ImmutableArray<string> objectNames)
    {
        _names = names;
        _objectNames = objectNames;
    }

    /// <summary>The embedded field names, loaded once.</summary>
    public static ArticleFields BuiltIn => _builtIn.Value;

    /// <summary>Builds the field names from a JSON document in the shape of Resources/documents/article-fields.json.</summary>
    /// <exception cref="FormatException">The document is malformed or a field has no names.</exception>
    public static ArticleFields Parse(string json)
    {
        var file = RuleJson.Deserialize<FieldsFile>(json, "article fields");
        var names = new Dictionary<ArticleField, ImmutableArray<string>>
        {
            [ArticleField.Text] = Required(file.Text, "text"),
            [ArticleField.Title] = Required(file.Title, "title"),
            [ArticleField.Published] = Required(file.Published, "published"),
            [ArticleField.Url] = Required(file.Url, "url"),
            [ArticleField.Source] = Required(file.Source, "source"),
            [ArticleField.Id] = Required(file.Id, "id"),
        };
        return new ArticleFields(names.ToImmutableDictionary(), Required(file.ObjectNames, "objectNames"));
    }

    /// <summary>The names under which an object value (a news API's source) gives its text, in the order they are tried.</summary>
    public ImmutableArray<string> ObjectNames => _objectNames;

    /// <summary>The names of <paramref name="field"/>, in the order they are tried.</summary>
    public ImmutableArray<string> NamesOf(ArticleField field) => _names[field];

    /// <summary>Returns the first present, non-null property of <paramref name="article"/> that names <paramref name="field"/>, or null.</summary>
    public JProperty? Find(JObject article, ArticleField field)
    {
        ArgumentNullException.ThrowIfNull(article);
        foreach (var name in _names[field])
        {
            if (article.Property(name, StringComparison.OrdinalIgnoreCase) is { } property && property.Value.Type != JTokenType.Null)
            {
                return property;
            }
        }

        return null;
    }

    /// <summary>The string a metadata value holds: a string itself, a number written invariantly, or an object's name (a news API's source object); else null.</summary>
    public string? Scalar(JToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        switch (token)
        {
            case JValue { Type: JTokenType.String } value:
                return (string?)value;
            case JValue { Type: JTokenType.Integer or JTokenType.Float } number:
                return Convert.ToString(number.Value, CultureInfo.InvariantCulture);
            case JObject item:
                foreach (var name in _objectNames)
                {
                    if (item.Property(name, StringComparison.OrdinalIgnoreCase)?.Value is JValue { Type: JTokenType.String } inner)
                    {
                        return (string?)inner;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static ImmutableArray<string> Required(List<string>? names, string field) =>
        names is { Count: > 0 } && names.All(name => !string.IsNullOrWhiteSpace(name))
            ? [.. names]
            : throw new FormatException($"article fields: \"{field}\" needs at least one name");

    private sealed class FieldsFile
    {
        public string? About { get; set; }

        public List<string>? Text { get; set; }

        public List<string>? Title { get; set; }

        public List<string>? Published { get; set; }

        public List<string>? Url { get; set; }

        public List<string>? Source { get; set; }

        public List<string>? Id { get; set; }

        public List<string>? ObjectNames { get; set; }
    }
}
