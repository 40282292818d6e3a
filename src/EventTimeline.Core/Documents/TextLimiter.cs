using System.Globalization;
using System.Text;

namespace EventTimeline.Documents;

/// <summary>A text after the input limits, and what they cut.</summary>
/// <param name="Text">The text kept.</param>
/// <param name="DocumentTruncated">True when the text was longer than the document limit.</param>
/// <param name="KeptDocumentCharacters">Characters kept by the document limit (before sentences were cut).</param>
/// <param name="SentencesCut">Number of over-long sentences cut.</param>
/// <param name="SentenceCharactersDropped">Characters dropped from them.</param>
internal sealed record LimitedText(string Text, bool DocumentTruncated, int KeptDocumentCharacters, int SentencesCut, int SentenceCharactersDropped)
{
    /// <summary>True when anything was cut.</summary>
    public bool Truncated => DocumentTruncated || SentencesCut > 0;
}

/// <summary>Applies <see cref="InputLimits"/> to a document's text in one linear pass: the document is cut to its limit, then every over-long sentence.</summary>
/// <remarks>
/// A sentence here is a run of text between line breaks and sentence ends ('.', '!', '?' or '…' before a space, a quote or the end).
/// That is never longer than what the sentence splitter sees as one sentence, except when it joins hard-wrapped lines,
/// which are short by nature. An over-long run keeps its first characters, then a paragraph break, and the text goes on at the next sentence end or line break.
/// </remarks>
internal static class TextLimiter
{
    // Look this far back from the document limit for a paragraph or line break to cut at, so that the kept text ends cleanly.
    private const int CleanCutWindow = 10_000;

    /// <summary>Cuts <paramref name="text"/> to <paramref name="limits"/>.</summary>
    public static LimitedText Apply(string text, InputLimits limits)
    {
        var documentTruncated = false;
        if (text.Length > limits.MaxDocumentChars)
        {
            text = text[..DocumentCut(text, limits.MaxDocumentChars)];
            documentTruncated = true;
        }

        var (limited, cuts, dropped) = CutSentences(text, limits.MaxSentenceChars);
        return new LimitedText(limited, documentTruncated, text.Length, cuts, dropped);
    }

    /// <summary>The notes that say what <paramref name="limited"/> cut, prefixed by <paramref name="where"/> when given ("line 3: ").</summary>
    public static IEnumerable<string> Notes(LimitedText limited, InputLimits limits, string where = "")
    {
        if (limited.DocumentTruncated)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"{where}text longer than {limits.MaxDocumentChars} characters: truncated to its first {limited.KeptDocumentCharacters} characters");
        }

        if (limited.SentencesCut > 0)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"{where}{limited.SentencesCut} sentence(s) longer than {limits.MaxSentenceChars} characters cut ({limited.SentenceCharactersDropped} characters dropped)");
        }
    }

    private static int DocumentCut(string text, int max)
    {
        var from = Math.Max(0, max - CleanCutWindow);
        var window = text.AsSpan(from, max - from);
        var paragraph = window.LastIndexOf("\n\n");
        if (paragraph >= 0)
        {
            return from + paragraph;
        }

        var line = window.LastIndexOf('\n');
        if (line >= 0)
        {
            return from + line;
        }

        var space = window.LastIndexOfAny(' ', '\t');
        if (space > 0)
        {
            return from + space;
        }

        return char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
    }

    private static (string Text, int Cuts, int Dropped) CutSentences(string text, int max)
    {
        StringBuilder? output = null;
        var copied = 0;
        var runStart = 0;
        var cuts = 0;
        var dropped = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsBoundary(text, i))
            {
                runStart = i + 1;
                continue;
            }

            if (i == runStart && char.IsWhiteSpace(text[i]))
            {
                runStart++;
                continue;
            }

            if (i - runStart < max)
            {
                continue;
            }

            var keepEnd = runStart + max;
            if (char.IsHighSurrogate(text[keepEnd - 1]))
            {
                keepEnd--;
            }

            var resume = i;
            while (resume < text.Length && !IsBoundary(text, resume))
            {
                resume++;
            }

            resume = Math.Min(text.Length, resume + 1);
            output ??= new StringBuilder(text.Length);
            output.Append(text, copied, keepEnd - copied).Append("\n\n");
            cuts++;
            dropped += resume - keepEnd;
            copied = resume;
            runStart = resume;
            i = resume - 1;
        }

        if (output is null)
        {
            return (text, 0, 0);
        }

        output.Append(text, copied, text.Length - copied);
        return (output.ToString(), cuts, dropped);
    }

    private static bool IsBoundary(string text, int i)
    {
        var c = text[i];
        if (c == '\n')
        {
            return true;
        }

        if (c is not ('.' or '!' or '?' or '…'))
        {
            return false;
        }

        if (i + 1 >= text.Length)
        {
            return true;
        }

        var next = text[i + 1];
        return char.IsWhiteSpace(next) || next is '"' or '\'' or '”' or '’' or ')' or ']' or '»';
    }
}
