using System.Globalization;
using System.Text;

using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace EventTimeline.Documents;

/// <summary>Reads JSON articles: a JSON-lines corpus (.jsonl, .ndjson), one article per line, or a .json file holding one article or an array of them; <c>{"text", "title", "url", "published", "source", "id"}</c> under any of the names <see cref="ArticleFields"/> knows ("body", "headline", "published_at", "link"…).</summary>
/// <remarks>
/// The file is streamed: memory holds one line at a time, and a line longer than <see cref="InputLimits.MaxJsonLineChars"/> is skipped
/// without being held. Each line becomes the document <c>&lt;file id&gt;#&lt;id field or line number&gt;</c>, its path
/// <c>&lt;file&gt;:&lt;line&gt;</c>. A line that cannot be used is reported with its line (and column, for invalid JSON); the other lines are kept.
/// Blank lines are passed over. When the text does not start with the title, the title is put first, as in a .txt article.
/// </remarks>
internal sealed class JsonLinesReader
{
    // A binary file shows itself in its first bytes.
    private const int SniffBytes = 8192;
    private const int ReadBlockChars = 65_536;

    private readonly MetadataDateParser _dates;
    private readonly ArticleFields _fields;

    /// <summary>Creates a reader that finds fields through <paramref name="fields"/> and reads publication dates with <paramref name="dates"/>.</summary>
    public JsonLinesReader(MetadataDateParser dates, ArticleFields fields)
    {
        _dates = dates;
        _fields = fields;
    }

    /// <summary>Reads <paramref name="file"/> within <paramref name="limits"/>; <paramref name="manifest"/> gives the manifest entry for a document key ("12", "abc") or, with null, for the whole file.</summary>
    public FileReading Read(InputFile file, Func<string?, ManifestEntry?> manifest, InputLimits limits)
    {
        if (file.Length == 0)
        {
            return FileReading.Refused(InputOutcome.NotUsed(file.Shown, InputFormat.JsonLines, InputStatus.Skipped, "empty file"));
        }

        using var stream = new FileStream(file.FullPath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        if (Sniff(stream) is { } refusal)
        {
            return FileReading.Refused(InputOutcome.NotUsed(file.Shown, InputFormat.JsonLines, InputStatus.Skipped, "binary file", refusal));
        }

        var state = new ReadState(file, InputFormat.JsonLines, manifest, limits);
        using var reader = new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true, bufferSize: ReadBlockChars);
        var block = new char[ReadBlockChars];
        var line = new StringBuilder();
        var overlong = false;
        var lineNumber = 1;
        int read;
        while ((read = reader.Read(block, 0, block.Length)) > 0)
        {
            var span = block.AsSpan(0, read);
            while (span.Length > 0)
            {
                var newline = span.IndexOf('\n');
                var piece = newline < 0 ? span : span[..newline];
                if (!overlong && line.Length + piece.Length <= limits.MaxJsonLineChars)
                {
                    line.Append(piece);
                }
                else
                {
                    overlong = true;
                    line.Clear();
                }

                if (newline < 0)
                {
                    break;
                }

                ReadLine(state, lineNumber++, line, overlong);
                line.Clear();
                overlong = false;
                span = span[(newline + 1)..];
            }
        }

        if (line.Length > 0 || overlong)
        {
            ReadLine(state, lineNumber, line, overlong);
        }

        if (state.Documents.Count == 0 && state.LineOutcomes.Count == 0)
        {
            return FileReading.Refused(InputOutcome.NotUsed(file.Shown, InputFormat.JsonLines, InputStatus.Skipped, "empty file", "no article line (only blank lines)"));
        }

        return new FileReading(state.Documents, state.Notes, state.Truncated, state.LineOutcomes, null);
    }

    /// <summary>Reads a .json file within <paramref name="limits"/>: one article object, or an array of them read one element at a time.</summary>
    /// <remarks>
    /// A single object is the document <c>&lt;file id&gt;</c>; an array's elements are <c>&lt;file id&gt;#&lt;id field or item number&gt;</c>, reported at
    /// the line where they start. A file with no article in it at all (a configuration or data file) is ignored, not failed.
    /// </remarks>
    public FileReading ReadJsonFile(InputFile file, Func<string?, ManifestEntry?> manifest, InputLimits limits)
    {
        if (file.Length == 0)
        {
            return FileReading.Refused(InputOutcome.NotUsed(file.Shown, InputFormat.Json, InputStatus.Skipped, "empty file"));
        }

        using var stream = new FileStream(file.FullPath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        if (Sniff(stream) is { } refusal)
        {
            return FileReading.Refused(InputOutcome.NotUsed(file.Shown, InputFormat.Json, InputStatus.Skipped, "binary file", refusal));
        }

        var state = new ReadState(file, InputFormat.Json, manifest, limits);
        using var text = new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true, bufferSize: ReadBlockChars);
        using var reader = new JsonTextReader(text) { DateParseHandling = DateParseHandling.None, MaxDepth = 64 };
        var articles = 0;
        try
        {
            if (!reader.Read())
            {
                return FileReading.Refused(InputOutcome.NotUsed(file.Shown, InputFormat.Json, InputStatus.Skipped, "empty file", "no JSON value"));
            }

            if (reader.TokenType == JsonToken.StartObject)
            {
                var article = JObject.Load(reader);
                if (_fields.Find(article, ArticleField.Text) is null)
                {
                    return NotAnArticle(file);
                }

                ReadArticle(state, article, 1, string.Empty, string.Empty, whole: true);
                return state.LineOutcomes is [var failure]
                    ? FileReading.Refused(failure with { Line = null, Detail = failure.Detail })
                    : new FileReading(state.Documents, state.Notes, state.Truncated, [], null);
            }

            if (reader.TokenType != JsonToken.StartArray)
            {
                return NotAnArticle(file);
            }

            var item = 0;
            while (reader.Read() && reader.TokenType != JsonToken.EndArray)
            {
                item++;
                var line = reader.LineNumber;
                var element = JToken.Load(reader);
                if (element is JObject article && _fields.Find(article, ArticleField.Text) is not null)
                {
                    articles++;
                    ReadArticle(state, article, line, item.ToString(CultureInfo.InvariantCulture), string.Empty, whole: false);
                }
                else
                {
                    state.Fail(line, "not an article", $"{Where(line)}: item {item} is not an article object with a text string");
                }
            }
        }
        catch (JsonReaderException e)
        {
            state.Fail(e.LineNumber, "invalid JSON", $"{Where(e.LineNumber, e.LinePosition)}: invalid JSON ({FirstSentence(e.Message)})");
        }

        return articles == 0 && state.Documents.Count == 0 && state.LineOutcomes.All(o => o.Reason == "not an article")
            ? NotAnArticle(file)
            : new FileReading(state.Documents, state.Notes, state.Truncated, state.LineOutcomes, null);
    }

    private FileReading NotAnArticle(InputFile file) =>
        FileReading.Refused(InputOutcome.NotUsed(file.Shown, InputFormat.Json, InputStatus.Ignored, "not an article file",
            $"no article in it: neither an object nor an array of objects with a text string ({string.Join(", ", _fields.NamesOf(ArticleField.Text).Take(4).Select(name => "\"" + name + "\""))}…)"));

    private static string? Sniff(FileStream stream)
    {
        var head = new byte[SniffBytes];
        var count = stream.Read(head, 0, head.Length);
        stream.Position = 0;
        var bytes = head.AsSpan(0, count);
        var wide = bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF]);
        if (!wide && bytes.Contains((byte)0))
        {
            return "binary file (contains NUL bytes)";
        }

        return wide ? null : TextDecoder.ControlCharacterRefusal(Encoding.Latin1.GetString(bytes));
    }

    private void ReadLine(ReadState state, int number, StringBuilder raw, bool overlong)
    {
        var where = Where(number);
        if (overlong)
        {
            state.Fail(number, "line too long", $"{where}: longer than {state.Limits.MaxJsonLineChars} characters; skipped");
            return;
        }

        var line = raw.ToString().TrimEnd('\r');
        if (string.IsNullOrWhiteSpace(line))
        {
            return;
        }

        JToken token;
        try
        {
            using var reader = new JsonTextReader(new StringReader(line)) { DateParseHandling = DateParseHandling.None, MaxDepth = 64 };
            token = JToken.ReadFrom(reader);
            if (reader.Read())
            {
                state.Fail(number, "invalid JSON", $"{Where(number, reader.LinePosition)}: invalid JSON (more than one value on the line)");
                return;
            }
        }
        catch (JsonReaderException e)
        {
            state.Fail(number, "invalid JSON", $"{Where(number, e.LinePosition)}: invalid JSON ({FirstSentence(e.Message)})");
            return;
        }

        if (token is not JObject article)
        {
            state.Fail(number, "not an article", $"{where}: expected an object, found {token.Type.ToString().ToLowerInvariant()}");
            return;
        }

        ReadArticle(state, article, number, number.ToString(CultureInfo.InvariantCulture), line, whole: false);
    }

    // One article object: "number" is its line, "fallbackKey" the key when it has no id, "whole" whether it is the file's only article.
    private void ReadArticle(ReadState state, JObject article, int number, string fallbackKey, string raw, bool whole)
    {
        var where = whole ? "the file" : Where(number);
        var text = _fields.Find(article, ArticleField.Text)?.Value is JValue { Type: JTokenType.String } textValue ? (string?)textValue : null;
        if (text is null)
        {
            state.Fail(number, "no text field", $"{where}: no text string (looked for {string.Join(", ", _fields.NamesOf(ArticleField.Text).Select(name => "\"" + name + "\""))})");
            return;
        }

        text = TextDecoder.NormalizeNewlines(text);
        if (TextDecoder.ControlCharacterRefusal(text) is { } refusal)
        {
            state.Fail(number, "binary text", $"{where}: {refusal}", InputStatus.Skipped);
            return;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            state.Fail(number, "no text", $"{where}: the text is empty", InputStatus.Skipped);
            return;
        }

        var key = Key(_fields.Find(article, ArticleField.Id)?.Value) ?? fallbackKey;
        if (!state.Keys.TryAdd(key, number))
        {
            state.Fail(number, "duplicate id", $"{where}: id \"{key}\" is already used on line {state.Keys[key]}; skipped");
            return;
        }

        var published = (DateOnly?)null;
        if (_fields.Find(article, ArticleField.Published) is { } dateField)
        {
            published = _fields.Scalar(dateField.Value) is { } dateText && dateField.Value is JValue ? _dates.Parse(dateText) : null;
            if (published is null)
            {
                state.Fail(number, "unparseable date", $"{where}: \"{dateField.Name}\" is not a date ({Describe(dateField.Value)}); the article was read without it");
            }
        }

        var replaced = raw.AsSpan().Count('\uFFFD');
        if (replaced > 0)
        {
            state.Notes.Add($"{where}: {replaced} invalid byte sequence(s) replaced with U+FFFD");
        }

        var own = new ArticleMetadata(Field(article, ArticleField.Title, where, state), Field(article, ArticleField.Source, where, state), Field(article, ArticleField.Url, where, state), published);
        var metadata = whole ? own.Under(state.Manifest(null)) : own.Under(state.Manifest(null)).Under(state.Manifest(key));
        if (metadata.Title is { } title && !StartsWithLine(text, title))
        {
            text = title + "\n\n" + text;
        }

        var limited = TextLimiter.Apply(text, state.Limits);
        state.Notes.AddRange(TextLimiter.Notes(limited, state.Limits, where + ": "));
        state.Truncated |= limited.Truncated;
        var id = whole ? state.File.Id : state.File.Id + "#" + key;
        var path = whole ? state.File.Relative : state.File.Relative + ":" + number.ToString(CultureInfo.InvariantCulture);
        state.Documents.Add((new RawDocument(id, path, metadata.Title, metadata.Source, metadata.Url, metadata.Published, limited.Text), whole ? null : number));
    }

    // The text opens with the title when its first line is the title, not when a sentence merely starts with its words.
    private static bool StartsWithLine(string text, string title)
    {
        var trimmed = text.AsSpan().TrimStart();
        return trimmed.StartsWith(title, StringComparison.Ordinal) && (trimmed.Length == title.Length || trimmed[title.Length] is '\n' or '\r');
    }

    private static string? Key(JToken? token) => token switch
    {
        JValue { Type: JTokenType.String } value when !string.IsNullOrWhiteSpace((string?)value) => ((string)value!).Trim(),
        JValue { Type: JTokenType.Integer } value => Convert.ToString(value.Value, CultureInfo.InvariantCulture),
        _ => null,
    };

    private string? Field(JObject article, ArticleField field, string where, ReadState state)
    {
        if (_fields.Find(article, field) is not { } property)
        {
            return null;
        }

        // A news API gives its source as an object with a name; any other value must be a string.
        var text = property.Value switch
        {
            JValue { Type: JTokenType.String } written => (string?)written,
            JObject item => _fields.Scalar(item),
            _ => null,
        };
        if (text is null)
        {
            state.Notes.Add($"{where}: \"{property.Name}\" is not a string ({Describe(property.Value)}); ignored");
            return null;
        }

        var value = string.Join(' ', text.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        return value.Length == 0 ? null : value;
    }

    private static string Describe(JToken token)
    {
        var text = token.ToString(Formatting.None);
        return text.Length <= 60 ? text : text[..57] + "...";
    }

    private static string Where(int line) => "line " + line.ToString(CultureInfo.InvariantCulture);

    private static string Where(int line, int column) =>
        string.Create(CultureInfo.InvariantCulture, $"line {line}, column {column}");

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path '", StringComparison.Ordinal);
        var first = cut > 0 ? message[..cut] : message;
        var lineInfo = first.IndexOf(", line ", StringComparison.Ordinal);
        return (lineInfo > 0 ? first[..lineInfo] : first).TrimEnd('.', ',', ' ');
    }

    private sealed class ReadState(InputFile file, InputFormat format, Func<string?, ManifestEntry?> manifest, InputLimits limits)
    {
        public InputFile File { get; } = file;

        public InputFormat Format { get; } = format;

        public InputLimits Limits { get; } = limits;

        public Func<string?, ManifestEntry?> Manifest { get; } = manifest;

        public List<(RawDocument Document, int? Line)> Documents { get; } = [];

        public List<string> Notes { get; } = [];

        public List<InputOutcome> LineOutcomes { get; } = [];

        public Dictionary<string, int> Keys { get; } = new(StringComparer.Ordinal);

        public bool Truncated { get; set; }

        public void Fail(int line, string reason, string detail, InputStatus status = InputStatus.Failed) =>
            LineOutcomes.Add(InputOutcome.NotUsed(File.Shown, Format, status, reason, detail, line));
    }
}
