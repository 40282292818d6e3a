using System.Collections.Frozen;
using System.Collections.Immutable;

namespace EventTimeline.Text;

/// <summary>An immutable, thread-safe map from phrases to values, keyed by <see cref="PhraseKey"/>, each entry with its own <see cref="CaseRule"/>.</summary>
/// <typeparam name="T">The value a phrase stands for.</typeparam>
internal sealed class PhraseIndex<T>
{
    private readonly FrozenDictionary<string, ImmutableArray<Entry>> _entries;

    // Every key cut after each of its words ("new", "new york", "new york times"): a longer phrase can match only if its shorter start is one of them.
    private readonly FrozenSet<string> _prefixes;

    private PhraseIndex(FrozenDictionary<string, ImmutableArray<Entry>> entries, int maxWords)
    {
        _entries = entries;
        MaxWords = maxWords;
        FirstWords = entries.Keys.Select(PhraseKey.FirstWord).ToFrozenSet(StringComparer.Ordinal);
        _prefixes = entries.Keys.SelectMany(WordPrefixes).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The first word of every key: a phrase can start only at a token whose <see cref="PhraseKey.StartWord"/> is one of them.</summary>
    public FrozenSet<string> FirstWords { get; }

    /// <summary>The number of words of the longest phrase.</summary>
    public int MaxWords { get; }

    /// <summary>The number of distinct keys.</summary>
    public int Count => _entries.Count;

    /// <summary>The case rule an alias implies: acronyms ("US", "U.S.", "G7") need capitals throughout, short mixed-case acronyms ("LeT", "MoD") must be written exactly, other phrases with a capital need one, lower-case phrases match any case.</summary>
    public static CaseRule RuleFor(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var letters = phrase.Where(char.IsLetter).ToArray();
        var capitals = letters.Count(char.IsUpper);
        if (capitals == 0)
        {
            return CaseRule.Any;
        }

        if (phrase.Contains(' ', StringComparison.Ordinal))
        {
            return CaseRule.NeedsCapital;
        }

        if (capitals == letters.Length && (letters.Length >= 2 || phrase.Any(char.IsDigit)))
        {
            return CaseRule.AllCaps;
        }

        return capitals >= 2 && letters.Length <= 6 ? CaseRule.Exact : CaseRule.NeedsCapital;
    }

    /// <summary>Returns whether the folded text <paramref name="folded"/> satisfies <paramref name="rule"/> for a phrase whose folded form is <paramref name="phraseFolded"/>.</summary>
    public static bool Allows(CaseRule rule, string folded, string phraseFolded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        var allCaps = folded.Any(char.IsLetter) && !folded.Any(char.IsLower);
        return rule switch
        {
            CaseRule.NeedsCapital => folded.Any(char.IsUpper),
            CaseRule.AllCaps => allCaps,
            CaseRule.Exact => allCaps || string.Equals(folded, phraseFolded, StringComparison.Ordinal),
            _ => true,
        };
    }

    /// <summary>Returns the values whose phrase matches <paramref name="surface"/>, in the order they were added; <paramref name="anyCase"/> ignores the case rules (for names a user typed).</summary>
    public ImmutableArray<T> Lookup(string surface, bool anyCase = false)
    {
        var folded = PhraseKey.Fold(surface);
        return LookupFolded(folded, anyCase);
    }

    /// <summary>Returns the values whose phrase matches an already folded text.</summary>
    public ImmutableArray<T> LookupFolded(string folded, bool anyCase = false) => LookupKey(folded, folded.ToLowerInvariant(), anyCase);

    // The values of a folded text whose lower-case key is already known.
    private ImmutableArray<T> LookupKey(string folded, string key, bool anyCase = false)
    {
        if (!_entries.TryGetValue(key, out var entries))
        {
            return [];
        }

        var values = ImmutableArray.CreateBuilder<T>();
        foreach (var entry in entries)
        {
            if ((anyCase || Allows(entry.Rule, folded, entry.Folded)) && !values.Contains(entry.Value))
            {
                values.Add(entry.Value);
            }
        }

        return values.ToImmutable();
    }

    /// <summary>Returns the longest phrase that starts at token <paramref name="start"/> of <paramref name="tokens"/>, or null.</summary>
    public PhraseMatch<T>? LongestMatchAt(IReadOnlyList<string> tokens, int start)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return LongestMatchAt(tokens, start, Math.Min(tokens.Count - start, MaxWords + 2));
    }

    /// <summary>Returns the longest phrase of at most <paramref name="maxCount"/> tokens that starts at token <paramref name="start"/>, or null.</summary>
    /// <remarks>
    /// Tries one token, then two, and so on, and stops as soon as the phrase so far starts no key: folding works character by
    /// character, so the key of a longer phrase starts with the key of a shorter one followed by a space. The one exception is
    /// a phrase that is only "the", which a longer phrase loses ("the Times" is "times").
    /// </remarks>
    public PhraseMatch<T>? LongestMatchAt(IReadOnlyList<string> tokens, int start, int maxCount)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (start < 0 || start >= tokens.Count || maxCount < 1 || PhraseKey.Fold(tokens[start]).Length == 0)
        {
            return null;
        }

        if (PhraseKey.StartWord(tokens[start]) is { } first && !FirstWords.Contains(first))
        {
            return null;
        }

        PhraseMatch<T>? longest = null;
        var phrase = tokens[start];
        for (var count = 1; count <= maxCount; count++)
        {
            if (count > 1)
            {
                phrase = string.Concat(phrase, " ", tokens[start + count - 1]);
                if (PhraseKey.Fold(tokens[start + count - 1]).Length == 0)
                {
                    continue;
                }
            }

            var folded = PhraseKey.Fold(phrase);
            var key = folded.ToLowerInvariant();
            var values = LookupKey(folded, key);
            if (values.Length > 0)
            {
                longest = new PhraseMatch<T>(start, count, values);
            }

            if (key.Length > 0 && key != "the" && !_prefixes.Contains(key))
            {
                break;
            }
        }

        return longest;
    }

    /// <summary>The first words of the keys of the values that satisfy <paramref name="predicate"/>.</summary>
    public IEnumerable<string> FirstWordsOf(Func<T, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return _entries.Where(pair => pair.Value.Any(entry => predicate(entry.Value))).Select(pair => PhraseKey.FirstWord(pair.Key));
    }

    private static IEnumerable<string> WordPrefixes(string key)
    {
        for (var i = key.IndexOf(' ', StringComparison.Ordinal); i > 0; i = key.IndexOf(' ', i + 1))
        {
            yield return key[..i];
        }

        yield return key;
    }

    /// <summary>Collects phrases and builds an index.</summary>
    public sealed class Builder
    {
        private readonly Dictionary<string, ImmutableArray<Entry>.Builder> _entries = new(StringComparer.Ordinal);
        private int _maxWords;

        /// <summary>Adds <paramref name="phrase"/> for <paramref name="value"/> with the case rule the phrase implies.</summary>
        public Builder Add(string phrase, T value) => Add(phrase, value, RuleFor(phrase));

        /// <summary>Adds <paramref name="phrase"/> for <paramref name="value"/> with an explicit case rule; empty phrases are ignored.</summary>
        public Builder Add(string phrase, T value, CaseRule rule)
        {
            var folded = PhraseKey.Fold(phrase);
            if (folded.Length == 0)
            {
                return this;
            }

            var key = folded.ToLowerInvariant();
            if (!_entries.TryGetValue(key, out var list))
            {
                list = ImmutableArray.CreateBuilder<Entry>();
                _entries.Add(key, list);
            }

            list.Add(new Entry(value, rule, folded));
            _maxWords = Math.Max(_maxWords, PhraseKey.WordCount(folded));
            return this;
        }

        /// <summary>Returns the immutable index.</summary>
        public PhraseIndex<T> Build()
        {
            var entries = _entries.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToImmutable(), StringComparer.Ordinal);
            return new PhraseIndex<T>(entries, _maxWords);
        }
    }

    private readonly record struct Entry(T Value, CaseRule Rule, string Folded);
}
