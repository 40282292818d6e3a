using System.Collections.Immutable;

namespace EventTimeline.Documents;

/// <summary>The metadata block at the head of a .md or .txt article, as static-site generators and scrapers write it: YAML between "---" lines or TOML between "+++" lines.</summary>
/// <param name="Metadata">Title, source, URL and publication date found in the block.</param>
/// <param name="Body">The text after the block.</param>
/// <param name="Notes">Values that could not be used, for report.json.</param>
internal sealed record FrontMatter(ArticleMetadata Metadata, string Body, ImmutableArray<string> Notes)
{
    // A block longer than this is not metadata: a page that opens with a rule.
    private const int MaxLines = 200;

    /// <summary>Reads the block at the very start of <paramref name="text"/>; null when the text has none.</summary>
    /// <remarks>
    /// Only top-level scalars are read ("key: value", "key = value", quoted or not), and a mapping one level deep whose
    /// name the fields know ("source:" then "  name: …"). Lists, multi-line strings and deeper nesting are passed over.
    /// A block with a line that is neither a key, an indented line, a list item nor a comment is not front matter.
    /// </remarks>
    public static FrontMatter? Read(string text, ArticleFields fields, MetadataDateParser dates)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n');
        var fence = lines[0].TrimEnd('\r', ' ', '\t').TrimStart('\uFEFF');
        if (fence is not ("---" or "+++"))
        {
            return null;
        }

        var separator = fence == "---" ? ':' : '=';
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var nested = new Dictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        string? open = null;
        for (var i = 1; i < lines.Length && i <= MaxLines; i++)
        {
            var line = lines[i].TrimEnd('\r', ' ', '\t');
            if (line == fence || (fence == "---" && line == "..."))
            {
                return values.Count == 0 && nested.Count == 0 ? null : Build(values, nested, string.Join('\n', lines[(i + 1)..]), fields, dates);
            }

            var trimmed = line.TrimStart();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            if (trimmed.Length < line.Length || trimmed.StartsWith('-') || trimmed.StartsWith('['))
            {
                // An indented line belongs to the key above it; a list item or a TOML table is passed over.
                if (open is not null && trimmed.Length < line.Length && Split(trimmed, separator) is { } inner)
                {
                    nested[open][inner.Key] = inner.Value;
                }

                continue;
            }

            if (Split(trimmed, separator) is not { } pair)
            {
                return null;
            }

            open = null;
            if (pair.Value.Length == 0)
            {
                open = pair.Key;
                nested[open] = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            }
            else
            {
                values.TryAdd(pair.Key, pair.Value);
            }
        }

        return null;
    }

    private static FrontMatter Build(Dictionary<string, string> values, Dictionary<string, Dictionary<string, string>> nested, string body, ArticleFields fields, MetadataDateParser dates)
    {
        var notes = ImmutableArray.CreateBuilder<string>();
        string? Value(ArticleField field)
        {
            foreach (var name in fields.NamesOf(field))
            {
                if (values.TryGetValue(name, out var value))
                {
                    return value;
                }

                if (nested.TryGetValue(name, out var inner))
                {
                    foreach (var innerName in fields.ObjectNames)
                    {
                        if (inner.TryGetValue(innerName, out var innerValue))
                        {
                            return innerValue;
                        }
                    }
                }
            }

            return null;
        }

        var published = (DateOnly?)null;
        if (Value(ArticleField.Published) is { } written)
        {
            published = dates.Parse(written);
            if (published is null)
            {
                notes.Add($"front matter: the publication date \"{written}\" is not a date; the article was read without it");
            }
        }

        var metadata = new ArticleMetadata(Value(ArticleField.Title), Value(ArticleField.Source), Value(ArticleField.Url), published);
        return new FrontMatter(metadata, body, notes.ToImmutable());
    }

    private static (string Key, string Value)? Split(string line, char separator)
    {
        var at = line.IndexOf(separator);
        if (at <= 0)
        {
            return null;
        }

        var key = line[..at].Trim().Trim('"', '\'');
        if (key.Length == 0 || key.Any(char.IsWhiteSpace))
        {
            return null;
        }

        return (key, Unquote(line[(at + 1)..].Trim()));
    }

    private static string Unquote(string value)
    {
        if (value.Length >= 2 && (value[0] is '"' or '\'') && value[^1] == value[0])
        {
            var inner = value[1..^1];
            return value[0] == '"' ? inner.Replace("\\\"", "\"", StringComparison.Ordinal) : inner.Replace("''", "'", StringComparison.Ordinal);
        }

        // An unquoted value ends at a comment.
        var comment = value.IndexOf(" #", StringComparison.Ordinal);
        return (comment >= 0 ? value[..comment] : value).Trim();
    }
}
