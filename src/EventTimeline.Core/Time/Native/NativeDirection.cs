using System.Text;

using EventTimeline.Time.Anchoring;

using Newtonsoft.Json;

namespace EventTimeline.Time.Native;

/// <summary>The native engine's forward cues (Resources/time/native/direction-cues.json).</summary>
/// <param name="Comment">What the file is for.</param>
/// <param name="Window">How many words before the expression are searched for a forward cue.</param>
/// <param name="Future">Words and phrases that point forward ("will", "scheduled", "as soon as").</param>
internal sealed record DirectionCueFile(string? Comment, int Window, IReadOnlyList<string> Future);

/// <summary>
/// Which way a bare weekday, month or month-day points, read from its clause in one pass over the words around it.
/// A forward cue shortly before the expression ("will meet … Thursday", "scheduled to close Monday") decides first,
/// because a past-tense verb further away ("said", "planned") would otherwise win; then the nearest tense cue of the
/// date layer's tense table (past or future phrases, past-tense verbs, regular "-ed" forms) decides, as HeidelTime
/// reads sentence tense. Immutable and thread-safe.
/// </summary>
internal sealed class NativeDirection
{
    private const int MaxSentenceReach = 320;
    private const int AfterPenalty = 30;

    private static readonly Lazy<NativeDirection> DefaultInstance = new(() => new NativeDirection(LoadEmbedded(), TimeLexicon.Default.Tense));

    private static readonly HashSet<string> NounDeterminers = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "your", "my", "these", "those",
    };

    private readonly int _window;
    private readonly Dictionary<string, List<(string[] Words, TemporalDirection Direction)>> _phrases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string[]>> _forward = new(StringComparer.Ordinal);
    private readonly HashSet<string> _pastVerbs;
    private readonly HashSet<string> _edWordsNotPast;
    private readonly HashSet<string> _abbreviations;

    public NativeDirection(DirectionCueFile cues, TenseCues tense)
    {
        ArgumentNullException.ThrowIfNull(cues);
        ArgumentNullException.ThrowIfNull(tense);
        if (cues.Future is null || cues.Future.Count == 0 || cues.Window < 1)
        {
            throw new NativeRuleException("direction-cues.json: needs a positive \"window\" and a non-empty \"future\" list");
        }

        _window = cues.Window;
        foreach (var phrase in cues.Future)
        {
            var words = Words(phrase);
            Bucket(_forward, words[0]).Add(words);
        }

        Add(tense.NeutralPhrases, TemporalDirection.Neutral);
        Add(tense.PastPhrases, TemporalDirection.Past);
        Add(tense.FuturePhrases, TemporalDirection.Future);
        foreach (var list in _phrases.Values)
        {
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }

        foreach (var list in _forward.Values)
        {
            list.Sort((a, b) => b.Length.CompareTo(a.Length));
        }

        _pastVerbs = new HashSet<string>(tense.PastVerbs.Select(word => word.ToLowerInvariant()), StringComparer.Ordinal);
        _edWordsNotPast = new HashSet<string>(tense.EdWordsNotPast.Select(word => word.ToLowerInvariant()), StringComparer.Ordinal);
        _abbreviations = new HashSet<string>(tense.Abbreviations.Select(word => word.TrimEnd('.').ToLowerInvariant()), StringComparer.Ordinal);
    }

    /// <summary>The cues shipped with the library.</summary>
    public static NativeDirection Default => DefaultInstance.Value;

    /// <summary>The direction of the expression at [start, end) of <paramref name="text"/>.</summary>
    public TemporalDirection Detect(string text, int start, int end)
    {
        var (from, to) = Sentence(text, start, end);
        var tokens = Tokenize(text, from, to);
        var before = tokens.FindIndex(token => token.End > start);
        if (before < 0)
        {
            before = tokens.Count;
        }

        if (HasForwardCue(text, tokens, before, start))
        {
            return TemporalDirection.Future;
        }

        var best = (Distance: int.MaxValue, Direction: TemporalDirection.Neutral);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Start < end && start < token.End)
            {
                continue;
            }

            var matched = Phrase(tokens, i, end, start);
            if (matched is { } phrase)
            {
                var last = tokens[i + phrase.Length - 1];
                Consider(ref best, Distance(start, end, token.Start, last.End), phrase.Direction);
                i += phrase.Length - 1;
                continue;
            }

            if (IsPastVerb(text, tokens, i, from))
            {
                Consider(ref best, Distance(start, end, token.Start, token.End), TemporalDirection.Past);
            }
        }

        return best.Direction;
    }

    private static string[] Words(string phrase) =>
        phrase.ToLowerInvariant().Replace('’', '\'').Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static List<T> Bucket<T>(Dictionary<string, List<T>> map, string key)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        return list;
    }

    // A cue after the expression counts as that much further away: the verb before a time usually governs it ("agreed on
    // Monday to resume talks" is last Monday), while a cue after it decides only when nothing stands before ("On Monday, he will").
    private static int Distance(int start, int end, int cueStart, int cueEnd) =>
        cueEnd <= start ? start - cueEnd : cueStart - end + AfterPenalty;

    private static void Consider(ref (int Distance, TemporalDirection Direction) best, int distance, TemporalDirection direction)
    {
        if (distance < best.Distance)
        {
            best = (distance, direction);
        }
    }

    private static DirectionCueFile LoadEmbedded()
    {
        var assembly = typeof(NativeDirection).Assembly;
        var name = assembly.GetManifestResourceNames().Single(resource => resource.Replace('\\', '/').EndsWith("time/native/direction-cues.json", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return JsonConvert.DeserializeObject<DirectionCueFile>(reader.ReadToEnd())
            ?? throw new NativeRuleException("direction-cues.json: the file is empty");
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '\'' or '’';

    /// <summary>The words of [from, to): letters, digits and apostrophes, joined by inner hyphens; lower-cased, with "’" as "'".</summary>
    private static List<Token> Tokenize(string text, int from, int to)
    {
        var tokens = new List<Token>();
        var i = from;
        while (i < to)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var tokenStart = i;
            while (i < to && (IsWordChar(text[i]) || (text[i] == '-' && i + 1 < to && IsWordChar(text[i + 1]))))
            {
                i++;
            }

            var word = text[tokenStart..i];
            var leadingApostrophe = word[0] is '\'' or '’';
            tokens.Add(new Token(tokenStart, i, word.ToLowerInvariant().Replace('’', '\''), char.IsUpper(word[leadingApostrophe && word.Length > 1 ? 1 : 0])));
        }

        return tokens;
    }

    private void Add(IEnumerable<string> phrases, TemporalDirection direction)
    {
        foreach (var phrase in phrases)
        {
            var words = Words(phrase);
            var list = Bucket(_phrases, words[0]);
            list.RemoveAll(entry => entry.Words.SequenceEqual(words));
            list.Add((words, direction));
        }
    }

    /// <summary>The longest tense phrase starting at token <paramref name="index"/> that does not reach into the expression.</summary>
    private (int Length, TemporalDirection Direction)? Phrase(List<Token> tokens, int index, int end, int start)
    {
        if (!_phrases.TryGetValue(tokens[index].Word, out var candidates))
        {
            return null;
        }

        foreach (var (words, direction) in candidates)
        {
            if (Matches(tokens, index, words) && !(tokens[index].Start < end && start < tokens[index + words.Length - 1].End))
            {
                return (words.Length, direction);
            }
        }

        return null;
    }

    private static bool Matches(List<Token> tokens, int index, string[] words)
    {
        if (index + words.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < words.Length; k++)
        {
            if (tokens[index + k].Word != words[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when a forward cue ends at most <c>Window</c> words before the expression, with no clause punctuation between.</summary>
    private bool HasForwardCue(string text, List<Token> tokens, int before, int start)
    {
        var first = Math.Max(0, before - _window - 3);
        for (var i = before - 1; i >= first; i--)
        {
            if (!_forward.TryGetValue(tokens[i].Word, out var candidates))
            {
                continue;
            }

            foreach (var words in candidates)
            {
                if (Matches(tokens, i, words) && i + words.Length <= before && before - (i + words.Length) <= _window
                    && !HasClauseBreak(text, tokens[i + words.Length - 1].End, start))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool HasClauseBreak(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (text[i] is '.' or ';' or ':' or '!' or '?' or '"' or '“' or '”' or '(' or ')')
            {
                return true;
            }
        }

        return false;
    }

    private bool IsPastVerb(string text, List<Token> tokens, int index, int sentenceStart)
    {
        var token = tokens[index];
        var previous = index > 0 ? tokens[index - 1].Word : null;
        if (previous is "be" or "being")
        {
            return false;
        }

        if (_pastVerbs.Contains(token.Word))
        {
            return true;
        }

        var regular = token.Word.Length > 3
            && token.Word.EndsWith("ed", StringComparison.Ordinal)
            && !token.Word.Contains('-', StringComparison.Ordinal)
            && !_edWordsNotPast.Contains(token.Word)
            && (!token.Capitalized || token.Start == sentenceStart || IsSentenceStart(text, token.Start));
        return regular && (previous is null || !NounDeterminers.Contains(previous));
    }

    private static bool IsSentenceStart(string text, int position)
    {
        var i = position - 1;
        while (i >= 0 && (char.IsWhiteSpace(text[i]) || text[i] is '"' or '“' or '\'' or '‘' or '`'))
        {
            i--;
        }

        return i < 0 || text[i] is '.' or '!' or '?';
    }

    /// <summary>The sentence around [start, end): up to a full stop, "!" or "?" before a capital (not after an abbreviation or an initial), or a blank line.</summary>
    private (int From, int To) Sentence(string text, int start, int end)
    {
        var from = start;
        var limit = Math.Max(0, start - MaxSentenceReach);
        while (from > limit && !Boundary(text, from))
        {
            from--;
        }

        var to = end;
        var right = Math.Min(text.Length, end + MaxSentenceReach);
        while (to < right && !Boundary(text, to))
        {
            to++;
        }

        return (from, to);
    }

    private bool Boundary(string text, int position)
    {
        if (position <= 0 || position >= text.Length)
        {
            return true;
        }

        var previous = text[position - 1];
        if (previous == '\n' && position >= 2 && text[position - 2] == '\n')
        {
            return true;
        }

        if (!char.IsWhiteSpace(previous) || char.IsWhiteSpace(text[position]))
        {
            return false;
        }

        var mark = position - 1;
        while (mark > 0 && (char.IsWhiteSpace(text[mark]) || text[mark] is '"' or '\'' or '”' or '’' or ')'))
        {
            mark--;
        }

        var next = text[position];
        var startsSentence = char.IsUpper(next) || char.IsDigit(next) || next is '"' or '“' or '\'' or '‘' or '(' or '`';
        if (!startsSentence)
        {
            return false;
        }

        return text[mark] switch
        {
            '!' or '?' => true,
            '.' => !Abbreviation(text, mark),
            _ => false,
        };
    }

    private bool Abbreviation(string text, int dot)
    {
        var wordStart = dot;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text[wordStart..dot];
        return word.Length == 1 || _abbreviations.Contains(word.TrimEnd('.').ToLowerInvariant());
    }

    private readonly record struct Token(int Start, int End, string Word, bool Capitalized);
}
