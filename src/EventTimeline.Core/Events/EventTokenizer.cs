using System.Collections.Immutable;

namespace EventTimeline.Events;

/// <summary>Splits a sentence into words and punctuation marks for trigger and cue matching.</summary>
/// <remarks>Words keep inner apostrophes, hyphens, dots and ampersands ("U.S.-Russia", "didn't", "mil-to-mil"); "n't" is split off ("didn't" gives "did" and "n't") so negation cues match either spelling.</remarks>
internal static class EventTokenizer
{
    /// <summary>Returns the tokens of <paramref name="text"/>, with offsets shifted by <paramref name="offset"/>.</summary>
    public static ImmutableArray<EventToken> Tokenize(string text, int offset)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = ImmutableArray.CreateBuilder<EventToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                tokens.Add(Make(text, offset, i, 1, isWord: false));
                i++;
                continue;
            }

            var end = i + 1;
            while (end < text.Length)
            {
                if (char.IsLetterOrDigit(text[end]))
                {
                    end++;
                }
                else if (IsInnerMark(text[end]) && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1]))
                {
                    end += 2;
                }
                else
                {
                    break;
                }
            }

            // An abbreviation written with dots keeps its final dot ("U.S.", "Sept.") when a dot is already inside it or it is a single capital.
            if (end < text.Length && text[end] == '.' && (text.AsSpan(i, end - i).Contains('.') || (end - i == 1 && char.IsUpper(c))))
            {
                end++;
            }

            AddWord(tokens, text, offset, i, end - i);
            i = end;
        }

        return tokens.ToImmutable();
    }

    /// <summary>Returns the lower-case words of a cue phrase.</summary>
    public static ImmutableArray<string> Words(string phrase)
    {
        return [.. Tokenize(phrase, 0).Where(token => token.IsWord || token.Text == "%").Select(token => token.Lower)];
    }

    /// <summary>Returns <paramref name="text"/> in lower case with curly apostrophes made straight.</summary>
    public static string Lower(string text) => text.Replace('’', '\'').Replace('‘', '\'').ToLowerInvariant();

    private static bool IsInnerMark(char c) => c is '\'' or '’' or '-' or '‑' or '.' or '&' or '/';

    private static void AddWord(ImmutableArray<EventToken>.Builder tokens, string text, int offset, int start, int length)
    {
        var word = text.Substring(start, length);
        var lower = Lower(word);
        if (lower.Length > 3 && lower.EndsWith("n't", StringComparison.Ordinal))
        {
            var stem = length - 3;
            tokens.Add(Make(text, offset, start, stem, isWord: true));
            tokens.Add(Make(text, offset, start + stem, 3, isWord: true));
            return;
        }

        tokens.Add(new EventToken(offset + start, length, word, lower, IsWord: true));
    }

    private static EventToken Make(string text, int offset, int start, int length, bool isWord)
    {
        var word = text.Substring(start, length);
        return new EventToken(offset + start, length, word, Lower(word), isWord);
    }
}
