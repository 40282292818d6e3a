namespace EventTimeline.Time.Anchoring;

/// <summary>Finds the sentence around an offset with a light rule (a full stop, "!" or "?" before a capital, or a blank line), for reading tense cues.</summary>
internal sealed class SentenceWindow
{
    private readonly HashSet<string> _abbreviations;

    public SentenceWindow(IEnumerable<string> abbreviations)
    {
        _abbreviations = new HashSet<string>(abbreviations, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Returns the start and end offsets of the sentence containing the span [start, end).</summary>
    public (int Start, int End) Around(string text, int start, int end)
    {
        var from = start;
        while (from > 0 && !EndsSentenceBefore(text, from))
        {
            from--;
        }

        var to = end;
        while (to < text.Length && !EndsSentenceBefore(text, to))
        {
            to++;
        }

        return (from, to);
    }

    /// <summary>True when a sentence ends just before <paramref name="position"/> (the position starts a new sentence or a new paragraph).</summary>
    private bool EndsSentenceBefore(string text, int position)
    {
        if (position <= 0 || position >= text.Length)
        {
            return true;
        }

        if (text[position - 1] == '\n' && (position < 2 || text[position - 2] == '\n' || char.IsWhiteSpace(text[position - 2])))
        {
            return true;
        }

        if (!char.IsWhiteSpace(text[position - 1]) || char.IsWhiteSpace(text[position]))
        {
            return false;
        }

        var mark = position - 1;
        while (mark > 0 && char.IsWhiteSpace(text[mark]))
        {
            mark--;
        }

        while (mark > 0 && text[mark] is '"' or '\'' or '”' or '’' or ')')
        {
            mark--;
        }

        var next = text[position];
        var startsLikeSentence = char.IsUpper(next) || char.IsDigit(next) || next is '"' or '“' or '\'' or '‘' or '(';
        return text[mark] switch
        {
            '!' or '?' => startsLikeSentence,
            '.' => startsLikeSentence && !IsAbbreviation(text, mark),
            _ => false,
        };
    }

    private bool IsAbbreviation(string text, int dot)
    {
        var wordStart = dot;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text[wordStart..dot];
        return word.Length == 1 || _abbreviations.Contains(word);
    }
}
