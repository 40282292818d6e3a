using System.Text;

namespace EventTimeline.Documents;

/// <summary>The text of a file, or why it has none.</summary>
/// <param name="Text">The decoded text with "\n" newlines, or null when the bytes are not text.</param>
/// <param name="Refusal">Why the bytes are not text (a binary file), when <paramref name="Text"/> is null.</param>
/// <param name="Note">What the decoding had to repair or assume, when anything ("3 invalid UTF-8 byte sequences replaced…").</param>
internal sealed record DecodedText(string? Text, string? Refusal, string? Note);

/// <summary>Turns the bytes of a text file into a string: a BOM (UTF-8, UTF-16, UTF-32) decides, else a declared charset, else UTF-8.</summary>
/// <remarks>
/// Invalid UTF-8 is never a reason to lose an article. Bytes without a single valid multi-byte UTF-8 sequence come from a
/// legacy 8-bit encoding and are read as Windows-1252 (what browsers assume, and a superset of Latin-1); bytes that are mostly
/// valid UTF-8 with a few broken sequences are decoded with U+FFFD replacing each broken one. Either way the repair is noted.
/// Binary files (NUL bytes, or more than 1% C0 control characters) are refused.
/// </remarks>
internal static class TextDecoder
{
    private const char Replacement = '\uFFFD';

    private static readonly UTF8Encoding _utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private static readonly string[] _windows1252Labels =
        ["windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1", "us-ascii", "ascii"];

    /// <summary>Windows-1252, the encoding of undeclared legacy text.</summary>
    public static Encoding Windows1252 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("the Windows-1252 code page is not available");

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="truncated"/> says the file goes on, so a sequence cut at the end is dropped rather than repaired.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, bool truncated = false, string? declaredCharset = null)
    {
        string text;
        string? note = null;
        if (ByBom(bytes) is { } bom)
        {
            var body = bytes[bom.Preamble..];
            if (truncated)
            {
                body = bom.Width == 1 ? body[..CompleteUtf8Length(body)] : body[..(body.Length - (body.Length % bom.Width))];
            }

            text = bom.Encoding.GetString(body);
            var replaced = text.AsSpan().Count(Replacement);
            if (replaced > 0)
            {
                note = $"{replaced} invalid {bom.Encoding.WebName.ToUpperInvariant()} sequence(s) replaced with U+FFFD";
            }
        }
        else
        {
            if (bytes.Contains((byte)0))
            {
                return new DecodedText(null, "binary file (contains NUL bytes)", null);
            }

            if (truncated)
            {
                bytes = bytes[..CompleteUtf8Length(bytes)];
            }

            var declared = Declared(declaredCharset);
            if (declared is not null && declared.CodePage != Encoding.UTF8.CodePage)
            {
                text = declared.GetString(bytes);
            }
            else
            {
                (text, note) = DecodeUtf8(bytes);
            }
        }

        if (ControlCharacterRefusal(text) is { } refusal)
        {
            return new DecodedText(null, refusal, null);
        }

        return new DecodedText(NormalizeNewlines(text), null, note);
    }

    /// <summary>Returns "\n" for every "\r\n" and lone "\r".</summary>
    public static string NormalizeNewlines(string text) =>
        text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;

    /// <summary>Returns why <paramref name="text"/> is not text (a NUL, or more than 1% C0 control characters), or null.</summary>
    public static string? ControlCharacterRefusal(ReadOnlySpan<char> text)
    {
        // NUL and most C0 controls never occur in a news article; their presence means a binary file.
        var controls = 0;
        foreach (var c in text)
        {
            if (c == '\0')
            {
                return "binary file (contains NUL characters)";
            }

            if (c < ' ' && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                controls++;
            }
        }

        return controls > 0 && controls * 100L > text.Length ? "binary file (too many control characters)" : null;
    }

    private static (string Text, string? Note) DecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        var text = _utf8.GetString(bytes);
        var replacements = text.AsSpan().Count(Replacement);
        if (replacements == 0)
        {
            return (text, null);
        }

        // A genuine U+FFFD is written EF BF BD; every other replacement stands for a broken sequence.
        var invalid = replacements - bytes.Count([(byte)0xEF, (byte)0xBF, (byte)0xBD]);
        if (invalid <= 0)
        {
            return (text, null);
        }

        var nonAscii = 0;
        foreach (var c in text)
        {
            if (c >= 0x80)
            {
                nonAscii++;
            }
        }

        return nonAscii == replacements
            ? (Windows1252.GetString(bytes), "not UTF-8 (no valid multi-byte sequence): read as Windows-1252")
            : (text, $"{invalid} invalid UTF-8 byte sequence(s) replaced with U+FFFD");
    }

    // A file read only in part may end inside a multi-byte sequence: drop that incomplete tail.
    private static int CompleteUtf8Length(ReadOnlySpan<byte> bytes)
    {
        for (var back = 1; back <= Math.Min(3, bytes.Length); back++)
        {
            var b = bytes[^back];
            if ((b & 0xC0) == 0x80)
            {
                continue;
            }

            var needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return needed > back ? bytes.Length - back : bytes.Length;
        }

        return bytes.Length;
    }

    private static Encoding? Declared(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset))
        {
            return null;
        }

        var label = charset.Trim().ToLowerInvariant();
        if (Array.IndexOf(_windows1252Labels, label) >= 0)
        {
            return Windows1252;
        }

        if (label is "utf-8" or "utf8" or "unicode-1-1-utf-8" || label.StartsWith("utf-16", StringComparison.Ordinal) || label.StartsWith("utf-32", StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(label);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static (Encoding Encoding, int Preamble, int Width)? ByBom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0]))
        {
            return (new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: false), 4, 4);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF]))
        {
            return (new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: false), 4, 4);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (_utf8, 3, 1);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: false), 2, 2);
        }

        return bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
            ? (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: false), 2, 2)
            : null;
    }
}
