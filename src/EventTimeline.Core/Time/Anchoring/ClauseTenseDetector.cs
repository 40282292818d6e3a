using System.Text.RegularExpressions;

namespace EventTimeline.Time.Anchoring;

/// <summary>
/// Reads which way a time expression points from the tense and cue words of its sentence, the way HeidelTime
/// reads sentence tense: the cue nearest to the expression decides (past tense or perfect, future auxiliaries
/// and "plans to", "next", "until"…; present-tense and modal words count as neutral).
/// </summary>
internal sealed partial class ClauseTenseDetector
{
    private static readonly Regex Spaces = BoundedRegex.Create(@"\s+", RegexOptions.CultureInvariant);
    private static readonly Regex Word = BoundedRegex.Create(@"[A-Za-z]+(?:[-'’][A-Za-z]+)*", RegexOptions.CultureInvariant);
    private static readonly HashSet<string> NounDeterminers = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "your", "my", "these", "those",
    };

    private static readonly HashSet<string> PassiveAuxiliaries = new(StringComparer.OrdinalIgnoreCase) { "be", "being" };

    private readonly Regex _phrases;
    private readonly Dictionary<string, TemporalDirection> _phraseDirections = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _pastVerbs;
    private readonly HashSet<string> _edWordsNotPast;
    private readonly SentenceWindow _sentences;

    public ClauseTenseDetector(TimeLexicon lexicon)
    {
        var cues = lexicon.Tense;
        AddPhrases(cues.NeutralPhrases, TemporalDirection.Neutral);
        AddPhrases(cues.PastPhrases, TemporalDirection.Past);
        AddPhrases(cues.FuturePhrases, TemporalDirection.Future);
        var glued = _phraseDirections.Keys.Where(phrase => phrase.StartsWith('\'')).ToList();
        var free = _phraseDirections.Keys.Where(phrase => !phrase.StartsWith('\'')).ToList();
        var pattern = $"(?:(?<![\\w'’])(?:{LexiconPatterns.Alternation(free)})"
            + (glued.Count > 0 ? $"|(?:{LexiconPatterns.Alternation(glued)})" : string.Empty)
            + ")(?![\\w'’])";
        _phrases = BoundedRegex.Create(pattern, LexiconPatterns.Options);
        _pastVerbs = new HashSet<string>(cues.PastVerbs, StringComparer.OrdinalIgnoreCase);
        _edWordsNotPast = new HashSet<string>(cues.EdWordsNotPast, StringComparer.OrdinalIgnoreCase);
        _sentences = new SentenceWindow(cues.Abbreviations);
    }

    /// <summary>The direction of the clause around the expression at [start, end) of <paramref name="text"/>.</summary>
    public TemporalDirection Detect(string text, int start, int end)
    {
        // "Wednesday's ruling", "Saturday night's debate": a day named as the owner of an event is one that happened.
        if (Possessive().IsMatch(text.AsSpan(end)))
        {
            return TemporalDirection.Past;
        }

        var (from, to) = _sentences.Around(text, start, end);
        var best = (Distance: int.MaxValue, Direction: TemporalDirection.Neutral);
        var masked = new List<(int Start, int End)>();

        foreach (Match match in _phrases.Matches(text[from..to]))
        {
            var cueStart = from + match.Index;
            var cueEnd = cueStart + match.Length;
            masked.Add((cueStart, cueEnd));
            if (cueStart < end && start < cueEnd)
            {
                continue;
            }

            var phrase = Spaces.Replace(match.Value, " ").Replace('’', '\'');
            if (_phraseDirections.TryGetValue(phrase, out var direction))
            {
                Consider(ref best, Distance(start, end, cueStart, cueEnd), direction);
            }
        }

        string? previous = null;
        foreach (Match match in Word.Matches(text[from..to]))
        {
            var wordStart = from + match.Index;
            var wordEnd = wordStart + match.Length;
            var word = match.Value;
            var isPast = !(wordStart < end && start < wordEnd)
                && !masked.Any(span => span.Start < wordEnd && wordStart < span.End)
                && IsPastVerb(word, previous, wordStart == from);
            if (isPast)
            {
                Consider(ref best, Distance(start, end, wordStart, wordEnd), TemporalDirection.Past);
            }

            previous = word;
        }

        return best.Direction;
    }

    [GeneratedRegex(@"^['’]s\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex Possessive();

    private static int Distance(int start, int end, int cueStart, int cueEnd) =>
        cueEnd <= start ? start - cueEnd : cueStart - end;

    private static void Consider(ref (int Distance, TemporalDirection Direction) best, int distance, TemporalDirection direction)
    {
        if (distance < best.Distance)
        {
            best = (distance, direction);
        }
    }

    private void AddPhrases(IEnumerable<string> phrases, TemporalDirection direction)
    {
        foreach (var phrase in phrases)
        {
            _phraseDirections[phrase] = direction;
        }
    }

    private bool IsPastVerb(string word, string? previous, bool sentenceInitial)
    {
        if (previous is not null && PassiveAuxiliaries.Contains(previous))
        {
            return false;
        }

        if (_pastVerbs.Contains(word))
        {
            return true;
        }

        var regularPast = word.Length > 3
            && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
            && !word.Contains('-', StringComparison.Ordinal)
            && !_edWordsNotPast.Contains(word)
            && (sentenceInitial || !char.IsUpper(word[0]));
        return regularPast && (previous is null || !NounDeterminers.Contains(previous));
    }
}
