using System.Globalization;
using System.Text.RegularExpressions;

using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace EventTimeline.Documents;

/// <summary>Metadata for one file, as given by a manifest.</summary>
/// <param name="File">Path of the file relative to the manifest's folder, with forward slashes.</param>
/// <param name="Title">Title, when given.</param>
/// <param name="Source">Outlet, when given.</param>
/// <param name="Url">URL, when given.</param>
/// <param name="Published">Publication date, when given and valid.</param>
/// <param name="Line">Line of the entry in the manifest, when known.</param>
internal sealed record ManifestEntry(string File, string? Title, string? Source, string? Url, DateOnly? Published, int? Line = null);

/// <summary>One fault of a manifest.</summary>
/// <param name="Line">The line of the fault, when known.</param>
/// <param name="Reason">Short kind of fault ("invalid JSON", "unparseable date", "path outside the folder").</param>
/// <param name="Message">What is wrong, starting with its line and column.</param>
internal sealed record ManifestProblem(int? Line, string Reason, string Message);

/// <summary>What a manifest yielded: its usable entries and what was wrong with it.</summary>
/// <param name="Entries">Usable entries, in file order, one per file.</param>
/// <param name="Problems">Each fault, naming its line and column.</param>
internal sealed record ManifestReadResult(IReadOnlyList<ManifestEntry> Entries, IReadOnlyList<ManifestProblem> Problems);

/// <summary>
/// Parses a manifest.json: an array of {"file", "title", "source", "url", "published"} objects, the same array under a
/// name ({"files": [...]}), or an object keyed by file name ({"a.txt": {"published": ...}} or {"a.txt": "2024-03-15"}).
/// Fields may go by the names Resources/documents/article-fields.json lists ("date", "headline", "link"...).
/// </summary>
internal static partial class ManifestReader
{
    // Names under which an object may hold the array of entries.
    private static readonly HashSet<string> ListNames = new(["files", "articles", "documents", "entries", "items"], StringComparer.OrdinalIgnoreCase);

    private static readonly Lazy<MetadataDateParser> _dates = new(MetadataDateParser.CreateDefault);

    private static ArticleFields Fields => ArticleFields.BuiltIn;

    private static MetadataDateParser Dates => _dates.Value;

    /// <summary>Parses <paramref name="json"/>; faults are reported, never thrown, and a faulty entry never spoils the others.</summary>
    public static ManifestReadResult Parse(string json)
    {
        var problems = new List<ManifestProblem>();
        JToken root;
        try
        {
            using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
            root = JToken.ReadFrom(reader, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load, DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error });
            if (reader.Read())
            {
                problems.Add(Problem(reader, "invalid JSON", "unexpected content after the top-level array"));
            }
        }
        catch (JsonReaderException e)
        {
            problems.Add(new ManifestProblem(e.LineNumber, "invalid JSON", $"line {e.LineNumber}, column {e.LinePosition}: invalid JSON ({FirstSentence(e.Message)})"));
            return new ManifestReadResult([], problems);
        }

        if (Items(root) is not { } items)
        {
            problems.Add(Problem(root, "not a manifest", $"expected an array of entries or an object keyed by file name, found {Describe(root)}"));
            return new ManifestReadResult([], problems);
        }

        var entries = new List<ManifestEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (file, item) in items)
        {
            if (ReadEntry(file, item, problems) is not { } entry)
            {
                continue;
            }

            if (!seen.Add(entry.File))
            {
                problems.Add(Problem(item, "duplicate entry", $"\"{entry.File}\" is listed more than once; the first entry is used"));
                continue;
            }

            entries.Add(entry);
        }

        return new ManifestReadResult(entries, problems);
    }

    /// <summary>Normalizes a manifest's file reference to a forward-slash path inside the manifest's folder; null when it is absolute or escapes the folder.</summary>
    public static string? NormalizeRelative(string file)
    {
        var path = file.Replace('\\', '/');
        if (path.Length == 0 || path.StartsWith('/') || path.Contains(':', StringComparison.Ordinal))
        {
            return null;
        }

        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(part);
        }

        return parts.Count == 0 ? null : string.Join('/', parts);
    }

    /// <summary>Reads a "published" value: YYYY-MM-DD or a full ISO-8601 timestamp, whose date is taken as written (at its own offset).</summary>
    public static DateOnly? ParsePublished(string value)
    {
        var match = IsoDateOrTimestamp().Match(value.Trim());
        if (!match.Success)
        {
            return null;
        }

        if (match.Groups["hour"].Success)
        {
            var hour = int.Parse(match.Groups["hour"].Value, CultureInfo.InvariantCulture);
            var minute = int.Parse(match.Groups["minute"].Value, CultureInfo.InvariantCulture);
            var second = match.Groups["second"].Success ? int.Parse(match.Groups["second"].Value, CultureInfo.InvariantCulture) : 0;
            if (hour > 24 || minute > 59 || second > 60)
            {
                return null;
            }
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    // The entries of the three shapes a manifest takes: an array of entries; an object holding such an array under a name
    // ("files", "articles"...); an object keyed by file name whose values are entries or just the publication date.
    private static List<(JToken? File, JToken Item)>? Items(JToken root)
    {
        if (root is JArray array)
        {
            return [.. array.Select(item => ((JToken?)null, item))];
        }

        if (root is not JObject map)
        {
            return null;
        }

        if (map.Property("file", StringComparison.OrdinalIgnoreCase)?.Value is JValue { Type: JTokenType.String })
        {
            // One entry written without its array.
            return [(null, map)];
        }

        if (map.Properties().Count() == 1 && map.Properties().Single().Value is JArray wrapped && ListNames.Contains(map.Properties().Single().Name))
        {
            return [.. wrapped.Select(item => ((JToken?)null, item))];
        }

        return [.. map.Properties().Select(property => ((JToken?)new JValue(property.Name), property.Value))];
    }

    private static ManifestEntry? ReadEntry(JToken? key, JToken item, List<ManifestProblem> problems)
    {
        if (key is not null && item is JValue { Type: JTokenType.String })
        {
            item = new JObject { ["published"] = item };
        }

        if (item is not JObject entry)
        {
            problems.Add(Problem(item, "invalid entry", $"expected an object{(key is null ? string.Empty : " or a date")}, found {Describe(item)}"));
            return null;
        }

        var fileToken = key ?? entry.Property("file", StringComparison.OrdinalIgnoreCase)?.Value ?? entry.Property("path", StringComparison.OrdinalIgnoreCase)?.Value;
        if (fileToken is not JValue { Type: JTokenType.String })
        {
            problems.Add(Problem(item, "invalid entry", "entry has no \"file\" string"));
            return null;
        }

        var rawFile = (string)fileToken!;
        if (NormalizeRelative(rawFile) is not { } file)
        {
            problems.Add(Problem(key is null ? fileToken : item, "path outside the folder", $"\"{rawFile}\" is not a path inside the manifest's folder; refused"));
            return null;
        }

        var published = (DateOnly?)null;
        if (Fields.Find(entry, ArticleField.Published) is { } publishedProperty)
        {
            var publishedToken = publishedProperty.Value;
            if (Fields.Scalar(publishedToken) is { } text && Dates.Parse(text) is { } date)
            {
                published = date;
            }
            else
            {
                problems.Add(Problem(publishedToken, "unparseable date", $"\"{publishedProperty.Name}\" of \"{rawFile}\" must be YYYY-MM-DD, an ISO-8601 timestamp or a written date, found {Describe(publishedToken)}"));
            }
        }

        return new ManifestEntry(
            file,
            OptionalString(entry, ArticleField.Title, rawFile, problems),
            OptionalString(entry, ArticleField.Source, rawFile, problems),
            OptionalString(entry, ArticleField.Url, rawFile, problems),
            published,
            item is IJsonLineInfo info && info.HasLineInfo() ? info.LineNumber : null);
    }

    private static string? OptionalString(JObject entry, ArticleField field, string file, List<ManifestProblem> problems)
    {
        if (Fields.Find(entry, field) is not { } property)
        {
            return null;
        }

        if (Fields.Scalar(property.Value) is not { } text)
        {
            problems.Add(Problem(property.Value, "invalid field", $"\"{property.Name}\" of \"{file}\" must be a string, found {Describe(property.Value)}"));
            return null;
        }

        var value = text.Trim();
        return value.Length == 0 ? null : value;
    }

    private static ManifestProblem Problem(IJsonLineInfo? info, string reason, string message) =>
        new(info is not null && info.HasLineInfo() ? info.LineNumber : null, reason, $"{Where(info)}: {message}");

    private static string Where(IJsonLineInfo? info) =>
        info is not null && info.HasLineInfo()
            ? $"line {info.LineNumber.ToString(CultureInfo.InvariantCulture)}, column {info.LinePosition.ToString(CultureInfo.InvariantCulture)}"
            : "line ?, column ?";

    private static string Describe(JToken token) => token.Type switch
    {
        JTokenType.String => $"\"{(string)token!}\"",
        JTokenType.Object => "an object",
        JTokenType.Array => "an array",
        JTokenType.Null => "null",
        _ => token.ToString(Formatting.None),
    };

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path '", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.', ',', ' ');
    }

    [GeneratedRegex(@"^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?:[T ](?<hour>\d{2}):(?<minute>\d{2})(?::(?<second>\d{2})(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex IsoDateOrTimestamp();
}
