using System.Text.RegularExpressions;

namespace EventTimeline.Time.Anchoring;

/// <summary>
/// Gives candidates TimeML extents: trims punctuation, leaves signal words ("in", "by", "since", "until"…) outside,
/// and takes in the modifiers and determiners right before an expression ("the past three months", "almost seven years").
/// </summary>
internal sealed partial class ExtentAdjuster
{
    private readonly Regex _leadingSignal;
    private readonly Regex _trailingModifier;
    private readonly Regex _trailingDeterminer;
    private readonly int _maxWordsAdded;

    public ExtentAdjuster(TimeLexicon lexicon)
    {
        var words = lexicon.Extent;
        _leadingSignal = BoundedRegex.Create($"^(?:{LexiconPatterns.Alternation(words.SignalWords)})\\s+(?=\\S)", LexiconPatterns.Options);
        _trailingModifier = BoundedRegex.Create($"(?<![\\w-])(?:{LexiconPatterns.Alternation(words.Modifiers)})[ \\t]+$", LexiconPatterns.Options);
        _trailingDeterminer = BoundedRegex.Create($"(?<![\\w-])(?:{LexiconPatterns.Alternation(words.Determiners)})[ \\t]+$", LexiconPatterns.Options);
        _maxWordsAdded = words.MaxWordsAdded;
    }

    /// <summary>Adjusts every candidate of <paramref name="text"/>; candidates must be sorted and disjoint, and stay so.</summary>
    public IReadOnlyList<TimexCandidate> Adjust(string text, IReadOnlyList<TimexCandidate> candidates)
    {
        var adjusted = new List<TimexCandidate>(candidates.Count);
        for (var index = 0; index < candidates.Count; index++)
        {
            var candidate = candidates[index];
            var (start, end) = Trim(text, candidate.Start, candidate.End);
            start = SkipSignals(text, start, end);
            if (candidate.Preset is null)
            {
                start = SkipDeterminerOfName(text, start, end);
                var floor = adjusted.Count > 0 ? adjusted[^1].End : 0;
                start = Extend(text, start, end, floor);
            }

            end = DropEventAnchor(text, start, end);
            if (end > start)
            {
                adjusted.Add(candidate with { Start = start, Length = end - start });
            }
        }

        return adjusted;
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is '"' or '\'' or '(' or '[' or '“' or '‘' or ',' or '-'))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '"' or '\'' or ')' or ']' or '”' or '’' or ',' or ';' or ':' or '!' or '?' or '-'))
        {
            end--;
        }

        if (end > start && text[end - 1] == '.' && !AbbreviationEnd().IsMatch(text[start..end]))
        {
            end--;
        }

        return (start, end);
    }

    private int SkipSignals(string text, int start, int end)
    {
        while (start < end)
        {
            var match = _leadingSignal.Match(text, start, end - start);
            if (!match.Success || match.Index != start)
            {
                break;
            }

            start += match.Length;
        }

        return start;
    }

    /// <summary>
    /// "three days later", "a month earlier": anchored on another event, not on the document date; TimeML marks the
    /// amount ("three days") as a DURATION. Years stay whole ("a year earlier" is a DATE).
    /// </summary>
    private static int DropEventAnchor(string text, int start, int end)
    {
        var match = EventAnchor().Match(text, start, end - start);
        return match.Success ? start + match.Groups["amount"].Length : end;
    }

    /// <summary>Leaves out "the" before a capitalized name or a number ("the February 2014 coup"): it belongs to the noun phrase.</summary>
    private static int SkipDeterminerOfName(string text, int start, int end)
    {
        var match = DeterminerOfName().Match(text, start, end - start);
        return match.Success ? start + match.Length : start;
    }

    private int Extend(string text, int start, int end, int floor)
    {
        for (var added = 0; added < _maxWordsAdded; added++)
        {
            var windowStart = Math.Max(floor, start - 40);
            var before = text[windowStart..start];
            var firstWord = FirstWord().Match(text, start, end - start).Value;
            var match = _trailingModifier.Match(before);
            if (!match.Success && AcceptsDeterminer(firstWord))
            {
                match = _trailingDeterminer.Match(before);
            }

            if (!match.Success)
            {
                break;
            }

            start = windowStart + match.Index;
        }

        return start;
    }

    /// <summary>"the" and "this" join expressions headed by a common noun or an amount ("the nine months"), not names, years or compound adjectives ("the 1987 model", "the third-quarter loss").</summary>
    private static bool AcceptsDeterminer(string firstWord) =>
        firstWord.Length > 0
        && !char.IsUpper(firstWord[0])
        && !firstWord.Contains('-', StringComparison.Ordinal)
        && !(firstWord.Length == 4 && firstWord.All(char.IsAsciiDigit))
        && !firstWord.Equals("a", StringComparison.OrdinalIgnoreCase)
        && !firstWord.Equals("an", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"(\b[aApP]\.[mM]\.|\b[A-Z][a-z]{1,4}\.)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex AbbreviationEnd();

    [GeneratedRegex(@"^(?<amount>.*\b(?:minute|hour|day|week|month)s?)\s+(?:later|earlier)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex EventAnchor();

    [GeneratedRegex(@"^[Tt]he\s+(?=[A-Z])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex DeterminerOfName();

    [GeneratedRegex(@"^[\w'-]+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex FirstWord();
}
