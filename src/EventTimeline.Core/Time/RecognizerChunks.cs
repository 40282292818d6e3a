namespace EventTimeline.Time;

/// <summary>Cuts a text into paragraph-sized pieces for the recognizer, whose cost grows faster than the length of what it reads.</summary>
internal static class RecognizerChunks
{
    public const int MaxLength = 2000;

    /// <summary>The non-blank pieces of <paramref name="text"/> with their offsets, cut at blank lines and, for long paragraphs, at line or sentence ends.</summary>
    public static IReadOnlyList<(int Offset, string Text)> Split(string text)
    {
        var chunks = new List<(int, string)>();
        var start = 0;
        while (start < text.Length)
        {
            var end = NextBreak(text, start);
            Add(chunks, text, start, end);
            start = end;
        }

        return chunks;
    }

    private static int NextBreak(string text, int start)
    {
        var blank = text.IndexOf("\n\n", start, StringComparison.Ordinal);
        var end = blank < 0 ? text.Length : blank + 2;
        if (end - start <= MaxLength)
        {
            return end;
        }

        var limit = start + MaxLength;
        var newline = text.LastIndexOf('\n', limit - 1, limit - start);
        if (newline > start + (MaxLength / 4))
        {
            return newline + 1;
        }

        var sentence = text.LastIndexOf(". ", limit - 1, limit - start, StringComparison.Ordinal);
        return sentence > start + (MaxLength / 4) ? sentence + 2 : limit;
    }

    private static void Add(List<(int, string)> chunks, string text, int start, int end)
    {
        if (!string.IsNullOrWhiteSpace(text.AsSpan(start, end - start).ToString()))
        {
            chunks.Add((start, text[start..end]));
        }
    }
}
