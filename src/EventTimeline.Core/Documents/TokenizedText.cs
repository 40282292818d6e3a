using System.Text;

namespace EventTimeline.Documents;

/// <summary>Turns a text written as Penn Treebank tokens (<c>`` Hello , '' he said -LRB- twice -RRB- .</c>) back into prose, and tells such a text from ordinary text.</summary>
/// <remarks>Lines stay lines: only the spaces between tokens change and bracket and quote tokens are spelled as characters. Immutable and thread-safe.</remarks>
internal static class TokenizedText
{
    // Tokens a tokenizer splits off that ordinary text never writes apart (or at all).
    private static readonly HashSet<string> SplitOff = new(StringComparer.Ordinal)
    {
        ",", ".", ";", ":", "?", "!", "'s", "n't", "'re", "'ve", "'ll", "'d", "``", "''", "-LRB-", "-RRB-", "-LSB-", "-RSB-", "-LCB-", "-RCB-",
    };

    private static readonly Dictionary<string, string> Spelled = new(StringComparer.Ordinal)
    {
        ["-LRB-"] = "(",
        ["-RRB-"] = ")",
        ["-LSB-"] = "[",
        ["-RSB-"] = "]",
        ["-LCB-"] = "{",
        ["-RCB-"] = "}",
        ["``"] = "“",
        ["`"] = "‘",
        ["''"] = "”",
    };

    // Below this many split-off tokens a text says too little to be called tokenized.
    private const int MinSplitOff = 3;

    /// <summary>True when <paramref name="text"/> is tokenized: split-off punctuation and clitics outnumber, three to one, the commas, colons and semicolons written on their word.</summary>
    public static bool IsTokenized(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var splitOff = 0;
        var attached = 0;
        foreach (var token in Tokens(text))
        {
            if (SplitOff.Contains(token))
            {
                splitOff++;
            }
            else if (token.Length > 1 && token[^1] is ',' or ';' or ':')
            {
                attached++;
            }
        }

        return splitOff >= MinSplitOff && splitOff > 3 * attached;
    }

    /// <summary>The prose a tokenized <paramref name="text"/> stands for: tokens joined as written English spaces them, brackets and quotes spelled as characters, escaped slashes unescaped; line breaks kept.</summary>
    public static string Join(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var output = new StringBuilder(text.Length);
        var spacing = new TokenSpacing();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var l = 0; l < lines.Length; l++)
        {
            if (l > 0)
            {
                output.Append('\n');
            }

            var tokens = lines[l].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < tokens.Length; i++)
            {
                var previous = i == 0 ? null : Bracket(tokens[i - 1]);
                var next = i + 1 < tokens.Length ? Bracket(tokens[i + 1]) : null;
                if (spacing.SpaceBefore(previous, Bracket(tokens[i]), next))
                {
                    output.Append(' ');
                }

                output.Append(Spelled.TryGetValue(tokens[i], out var spelled) ? spelled : Unescape(tokens[i]));
            }
        }

        return output.ToString();
    }

    /// <summary>Returns <paramref name="text"/> as prose when it is tokenized, else unchanged.</summary>
    public static string ToProse(string text) => IsTokenized(text) ? Join(text) : text;

    // The bracket a -LRB- style token stands for, which is how the spacing rules know it; other tokens as they are.
    private static string Bracket(string token) => token.Length == 5 && token[0] == '-' && Spelled.TryGetValue(token, out var bracket) ? bracket : token;

    // Treebank text escapes slashes and asterisks ("and\/or").
    private static string Unescape(string token) =>
        token.Contains('\\', StringComparison.Ordinal) ? token.Replace("\\/", "/", StringComparison.Ordinal).Replace("\\*", "*", StringComparison.Ordinal) : token;

    private static IEnumerable<string> Tokens(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var boundary = i == text.Length || char.IsWhiteSpace(text[i]);
            if (boundary && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
            else if (!boundary && start < 0)
            {
                start = i;
            }
        }
    }
}
