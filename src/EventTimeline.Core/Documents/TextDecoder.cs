using System.Text;

namespace EventTimeline.Documents;

/// <summary>Turns the bytes of a text file into a string: UTF-8 with or without BOM, UTF-16 and UTF-32 with BOM; anything else is refused.</summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding _strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/>; returns null and a reason when they are not text.</summary>
    public static string? Decode(byte[] bytes, out string? problem)
    {
        problem = null;
        string text;
        try
        {
            text = DecodeByBom(bytes);
        }
        catch (DecoderFallbackException)
        {
            problem = "not valid UTF-8 or UTF-16 text";
            return null;
        }

        // NUL and most C0 controls never occur in a news article; their presence means a binary file.
        var controls = 0;
        foreach (var c in text)
        {
            if (c == '\0')
            {
                problem = "not a text file (contains NUL bytes)";
                return null;
            }

            if (c < ' ' && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                controls++;
            }
        }

        if (controls > 0 && controls * 100 > text.Length)
        {
            problem = "not a text file (too many control characters)";
            return null;
        }

        return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
    }

    private static string DecodeByBom(byte[] bytes)
    {
        if (bytes.Length >= 4 && bytes[0] == 0xFF && bytes[1] == 0xFE && bytes[2] == 0 && bytes[3] == 0)
        {
            return new UTF32Encoding(bigEndian: false, byteOrderMark: true, throwOnInvalidCharacters: true).GetString(bytes, 4, bytes.Length - 4);
        }

        if (bytes.Length >= 4 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0xFE && bytes[3] == 0xFF)
        {
            return new UTF32Encoding(bigEndian: true, byteOrderMark: true, throwOnInvalidCharacters: true).GetString(bytes, 4, bytes.Length - 4);
        }

        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return _strictUtf8.GetString(bytes, 3, bytes.Length - 3);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true).GetString(bytes, 2, bytes.Length - 2);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true).GetString(bytes, 2, bytes.Length - 2);
        }

        return _strictUtf8.GetString(bytes);
    }
}
