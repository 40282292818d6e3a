using System.Globalization;
using System.Text;

using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace EventTimeline.Documents;

/// <summary>Reads a JSON-lines corpus (.jsonl, .ndjson): one article per line, <c>{"text" or "body", "title", "url", "published" or "date", "source", "id"}</c>.</summary>
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

    /// <summary>Creates a reader that reads "published" values with <paramref name="dates"/>.</summary>
    public JsonLinesReader(MetadataDateParser dates)
    {
        _dates = dates;
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

        var state = new ReadState(file, manifest, limits);
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

        var text = Text(article["text"]) ?? Text(article["body"]);
        if (text is null)
        {
            state.Fail(number, "no text field", $"{where}: no \"text\" or \"body\" string");
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

        var key = Key(article["id"]) ?? number.ToString(CultureInfo.InvariantCulture);
        if (!state.Keys.TryAdd(key, number))
        {
            state.Fail(number, "duplicate id", $"{where}: id \"{key}\" is already used on line {state.Keys[key]}; skipped");
            return;
        }

        var published = (DateOnly?)null;
        var dateToken = article["published"] ?? article["date"];
        if (dateToken is not null && dateToken.Type != JTokenType.Null)
        {
            published = dateToken.Type == JTokenType.String ? _dates.Parse((string?)dateToken) : null;
            if (published is null)
            {
                state.Fail(number, "unparseable date", $"{where}: \"{((JProperty)dateToken.Parent!).Name}\" is not a date ({Describe(dateToken)}); the article was read without it");
            }
        }

        var replaced = line.AsSpan().Count('\uFFFD');
        if (replaced > 0)
        {
            state.Notes.Add($"{where}: {replaced} invalid byte sequence(s) replaced with U+FFFD");
        }

        var own = new ArticleMetadata(Field(article, "title", where, state), Field(article, "source", where, state), Field(article, "url", where, state), published);
        var metadata = own.Under(state.Manifest(null)).Under(state.Manifest(key));
        if (metadata.Title is { } title && !text.TrimStart().StartsWith(title, StringComparison.Ordinal))
        {
            text = title + "\n\n" + text;
        }

        var limited = TextLimiter.Apply(text, state.Limits);
        state.Notes.AddRange(TextLimiter.Notes(limited, state.Limits, where + ": "));
        state.Truncated |= limited.Truncated;
        var id = state.File.Id + "#" + key;
        var path = state.File.Relative + ":" + number.ToString(CultureInfo.InvariantCulture);
        state.Documents.Add((new RawDocument(id, path, metadata.Title, metadata.Source, metadata.Url, metadata.Published, limited.Text), number));
    }

    private static string? Text(JToken? token) => token is JValue { Type: JTokenType.String } value ? (string?)value : null;

    private static string? Key(JToken? token) => token switch
    {
        JValue { Type: JTokenType.String } value when !string.IsNullOrWhiteSpace((string?)value) => ((string)value!).Trim(),
        JValue { Type: JTokenType.Integer } value => Convert.ToString(value.Value, CultureInfo.InvariantCulture),
        _ => null,
    };

    private static string? Field(JObject article, string name, string where, ReadState state)
    {
        var token = article[name];
        if (token is null || token.Type == JTokenType.Null)
        {
            return null;
        }

        if (token.Type != JTokenType.String)
        {
            state.Notes.Add($"{where}: \"{name}\" is not a string ({Describe(token)}); ignored");
            return null;
        }

        var value = string.Join(' ', ((string)token!).Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
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

    private sealed class ReadState(InputFile file, Func<string?, ManifestEntry?> manifest, InputLimits limits)
    {
        public InputFile File { get; } = file;

        public InputLimits Limits { get; } = limits;

        public Func<string?, ManifestEntry?> Manifest { get; } = manifest;

        public List<(RawDocument Document, int? Line)> Documents { get; } = [];

        public List<string> Notes { get; } = [];

        public List<InputOutcome> LineOutcomes { get; } = [];

        public Dictionary<string, int> Keys { get; } = new(StringComparer.Ordinal);

        public bool Truncated { get; set; }

        public void Fail(int line, string reason, string detail, InputStatus status = InputStatus.Failed) =>
            LineOutcomes.Add(InputOutcome.NotUsed(File.Shown, InputFormat.JsonLines, status, reason, detail, line));
    }
}
