namespace EventTimeline.Text;

/// <summary>One word of a text: a run of letters and digits (inner apostrophes and hyphens kept).</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="Text">The word as written.</param>
/// <param name="StartsSentence">True when no letter or digit precedes it since the last sentence-ending punctuation or blank line.</param>
internal readonly record struct WordToken(int Start, string Text, bool StartsSentence);

/// <summary>Splits text into words for comparing documents (shingles, term vectors); not a linguistic tokenizer.</summary>
internal static class WordTokenizer
{
    /// <summary>Returns the words of <paramref name="text"/> in order.</summary>
    public static IReadOnlyList<WordToken> Tokenize(string text)
    {
        var tokens = new List<WordToken>();
        var atSentenceStart = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (c is '.' or '!' or '?' or '\n' or ':' or '•')
                {
                    atSentenceStart = true;
                }

                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '\'' or '’' or '-' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
            {
                i++;
            }

            tokens.Add(new WordToken(start, text[start..i], atSentenceStart));
            atSentenceStart = false;
        }

        return tokens;
    }

    /// <summary>The comparison form of a word: lower case, typographic apostrophes made plain, possessive "'s" dropped.</summary>
    public static string Normalize(string word)
    {
        var lower = word.ToLowerInvariant().Replace('’', '\'');
        return lower.EndsWith("'s", StringComparison.Ordinal) ? lower[..^2] : lower;
    }
}
