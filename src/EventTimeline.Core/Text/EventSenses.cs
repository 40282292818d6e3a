using System.Collections.Frozen;
using System.Collections.Immutable;

using EventTimeline.Resources;

namespace EventTimeline.Text;

/// <summary>The WordNet senses of an event word: its synsets as a verb or noun and the synsets its senses derive from or to ("death" and "die").</summary>
/// <param name="Main">The synsets of its first <see cref="EventSenses.MainSenses"/> senses in each part of speech and of their first derivations.</param>
/// <param name="All">Every synset of every sense and derivation.</param>
/// <param name="Near">The main synsets and those their first senses lead to by hypernym, cause or entailment ("kill" leads to "die").</param>
internal sealed record WordSenses(ImmutableHashSet<string> Main, ImmutableHashSet<string> All, ImmutableHashSet<string> Near)
{
    /// <summary>A word WordNet does not know.</summary>
    public static WordSenses None { get; } = new([], [], []);

    /// <summary>Whether WordNet knows the word.</summary>
    public bool Known => !All.IsEmpty;
}

/// <summary>Whether two event words can name one action by their WordNet senses ("hit" and "struck", "death" and "died", "apprehended" and "arrested").</summary>
/// <remarks>The senses are data (<c>Resources/text/event-senses.tsv</c>, from WordNet 3.1); words are looked up in the form <see cref="WordLemma"/> gives,
/// a phrase ("opened fire") word by word.</remarks>
internal static class EventSenses
{
    /// <summary>How many of a word's most frequent senses count as its main ones.</summary>
    public const int MainSenses = 3;

    private static readonly Lazy<FrozenDictionary<string, WordSenses>> _senses = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The senses of <paramref name="words"/> (one word or a phrase, any case), or <see cref="WordSenses.None"/>.</summary>
    public static WordSenses Of(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return words.Count == 0 ? WordSenses.None : _senses.Value.GetValueOrDefault(Key(words), WordSenses.None);
    }

    private static string Key(IEnumerable<string> words) => string.Join(' ', words.Select(WordLemma.Of));

    private static FrozenDictionary<string, WordSenses> Load()
    {
        var main = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var all = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var near = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var row in ResourceFile.ReadTsv("text/event-senses.tsv"))
        {
            if (row.Length < 3)
            {
                continue;
            }

            var key = Key(row[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
            var synsets = row[2].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var derived = row.Length > 3 ? row[3].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
            Add(main, key, synsets.Take(MainSenses).Concat(derived.Take(MainSenses)));
            Add(all, key, synsets.Concat(derived));
            Add(near, key, synsets.Take(MainSenses).Concat(derived.Take(MainSenses)).Concat(row.Length > 4 ? row[4].Split(' ', StringSplitOptions.RemoveEmptyEntries) : []));
        }

        return all.ToFrozenDictionary(
            pair => pair.Key,
            pair => new WordSenses(main[pair.Key].ToImmutableHashSet(StringComparer.Ordinal), pair.Value.ToImmutableHashSet(StringComparer.Ordinal), near[pair.Key].ToImmutableHashSet(StringComparer.Ordinal)),
            StringComparer.Ordinal);
    }

    private static void Add(Dictionary<string, HashSet<string>> into, string key, IEnumerable<string> synsets)
    {
        if (!into.TryGetValue(key, out var set))
        {
            set = new HashSet<string>(StringComparer.Ordinal);
            into.Add(key, set);
        }

        set.UnionWith(synsets);
    }
}
