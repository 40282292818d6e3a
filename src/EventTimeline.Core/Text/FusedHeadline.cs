using System.Collections.Frozen;

using EventTimeline.Resources;

namespace EventTimeline.Text;

/// <summary>
/// Separates a headline that a scrape ran into the article's first sentence on one line ("Ann Barnes had been missing since the
/// quake hit The body of a United Nations worker…"): read as one sentence, the headline is taken for the article's first words and
/// its title runs on into the text.
/// </summary>
/// <remarks>
/// The sentence is taken to start at the first word of the line that commonly opens a sentence (<c>text/sentence-starters.tsv</c>,
/// "The", "When"…, but not "I", capitalized everywhere) standing capitalized after a lower-case word and before a word that is not capitalized ("hit The body", not "told
/// The Guardian"), when the words before it are a headline (at least <see cref="MinimumHeadlineWords"/> words, none ending a sentence)
/// and at least <see cref="MinimumSentenceWords"/> words follow. Pure and thread-safe.
/// </remarks>
internal static class FusedHeadline
{
    /// <summary>The fewest words a headline has.</summary>
    public const int MinimumHeadlineWords = 3;

    /// <summary>The fewest words the sentence after the headline has.</summary>
    public const int MinimumSentenceWords = 6;

    private static readonly Lazy<FrozenSet<string>> _starters = new(
        () => ResourceFile.ReadTsv("text/sentence-starters.tsv").Select(row => row[0]).Where(word => word != "I").ToFrozenSet(StringComparer.Ordinal),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Returns <paramref name="text"/> with its first non-blank line broken in two where a headline run into a sentence ends, or <paramref name="text"/> itself.</summary>
    public static string Separate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            var line = text[start..end];
            if (line.Trim().Length > 0)
            {
                var at = SentenceStart(line);
                return at < 0 ? text : string.Concat(text.AsSpan(0, start + at).TrimEnd(' '), "\n", text.AsSpan(start + at));
            }

            start = end + 1;
        }

        return text;
    }

    /// <summary>Returns where in <paramref name="line"/> the sentence after a fused headline starts, or -1 when the line is not one.</summary>
    public static int SentenceStart(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var words = Words(line);
        if (words.Count < MinimumHeadlineWords + MinimumSentenceWords || !char.IsUpper(line[words[0].Start]))
        {
            return -1;
        }

        for (var k = MinimumHeadlineWords; k + MinimumSentenceWords <= words.Count; k++)
        {
            var before = Word(line, words[k - 1]);
            if (before.Length > 0 && before[^1] is '.' or '!' or '?')
            {
                return -1;
            }

            if (_starters.Value.Contains(Word(line, words[k])) && IsLowerWord(before) && !char.IsUpper(line[words[k + 1].Start]))
            {
                return words[k].Start;
            }
        }

        return -1;
    }

    private static bool IsLowerWord(string word) => word.Length > 0 && word.All(char.IsLower);

    private static string Word(string line, (int Start, int Length) word) => line.Substring(word.Start, word.Length);

    private static List<(int Start, int Length)> Words(string line)
    {
        var words = new List<(int Start, int Length)>();
        var i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && char.IsWhiteSpace(line[i]))
            {
                i++;
            }

            var start = i;
            while (i < line.Length && !char.IsWhiteSpace(line[i]))
            {
                i++;
            }

            if (i > start)
            {
                words.Add((start, i - start));
            }
        }

        return words;
    }
}
