using System.Collections.Immutable;

using EventTimeline.Actors;
using EventTimeline.Text;

namespace EventTimeline.Graph;

/// <summary>The forms a name is compared in: its lookup key, its bare key without leading honorifics, titles, demonyms, initials, particles and suffixes, and the bare words respelled by the actor layer's transliteration rules.</summary>
/// <param name="Key">Lower case without dots, diacritics and apostrophes ("andrey v orlov").</param>
/// <param name="Bare">The key without leading honorifics, titles and nationality words, one-letter words, name particles and suffixes ("andrey orlov").</param>
/// <param name="Skeleton">The bare words respelled as the actor resolver compares them ("andrei orlov").</param>
internal sealed record NameForm(string Key, string Bare, string Skeleton)
{
    /// <summary>The words of <see cref="Skeleton"/>.</summary>
    public ImmutableArray<string> SkeletonWords { get; } = Skeleton.Length == 0 ? [] : [.. Skeleton.Split(' ')];
}

/// <summary>Turns names into <see cref="NameForm"/>s, with the honorifics, titles and demonyms of a gazetteer and the particles, suffixes and transliteration rules of the actor layer (<see cref="ActorCues"/>, the same rules the resolver clusters names with).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class ActorNameForms
{
    // The built-in prefixes are read straight from the actor files: a query on a finished timeline does not build the gazetteer.
    private static readonly Lazy<ActorNameForms> _builtIn = new(() => new ActorNameForms(NamePrefixScan.BuiltIn(), ActorCues.BuiltIn), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ImmutableHashSet<string> _prefixes;
    private readonly int _maxPrefixWords;
    private readonly ActorCues _cues;

    /// <summary>Creates the forms over a gazetteer's honorifics, title forms and demonyms and the actor cues' word lists and transliteration rules.</summary>
    public ActorNameForms(Gazetteer gazetteer, ActorCues cues)
        : this(PrefixWords(gazetteer), cues)
    {
    }

    /// <summary>Creates the forms over the given words that may stand before a name (honorifics, title forms, demonyms) and the actor cues' word lists and transliteration rules.</summary>
    public ActorNameForms(IEnumerable<string> prefixWords, ActorCues cues)
    {
        ArgumentNullException.ThrowIfNull(prefixWords);
        ArgumentNullException.ThrowIfNull(cues);
        _cues = cues;
        _prefixes = prefixWords
            .Select(PhraseKey.Normalize)
            .Where(key => key.Length > 0)
            .ToImmutableHashSet(StringComparer.Ordinal);
        _maxPrefixWords = _prefixes.IsEmpty ? 0 : _prefixes.Max(PhraseKey.WordCount);
    }

    /// <summary>The forms over the built-in gazetteer's prefix words and actor cues, built once.</summary>
    public static ActorNameForms BuiltIn => _builtIn.Value;

    /// <summary>Returns the forms of <paramref name="name"/>; <paramref name="asPersonName"/> says whether leading honorifics, titles and demonyms, name particles ("al", "bin", "van") and suffixes ("Jr.") go (for people and for names a user typed).</summary>
    public NameForm Of(string name, bool asPersonName = true)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = PhraseKey.Normalize(name);
        var words = SplitKey(asPersonName ? PhraseKey.Normalize(DropParticlesAndSuffixes(name)) : key);
        if (asPersonName)
        {
            StripPrefixes(words);
        }

        // "Andrey V. Orlov" and "Andrey Orlov" are one name; a name made only of initials keeps them.
        var withoutInitials = words.Where(word => word.Length > 1).ToList();
        if (withoutInitials.Count > 0)
        {
            words = withoutInitials;
        }

        var bare = string.Join(' ', words);
        var skeleton = string.Join(' ', words.Select(Fold).Where(word => word.Length > 0));
        return new NameForm(key, bare, skeleton);
    }

    /// <summary>Returns one word respelled by the transliteration rules ("sergey" and "sergei" give the same), letters only.</summary>
    public string Fold(string word) => PersonNameKey.Key(word, _cues);

    /// <summary>The words of a gazetteer that may stand before a person's name: honorifics, title forms and demonyms.</summary>
    internal static IEnumerable<string> PrefixWords(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        return gazetteer.Honorifics.Select(honorific => honorific.Form)
            .Concat(gazetteer.Titles.SelectMany(title => title.Forms))
            .Concat(gazetteer.Countries.SelectMany(country => country.Demonyms));
    }

    private static List<string> SplitKey(string key) => key.Length == 0 ? [] : [.. key.Split(' ')];

    private string DropParticlesAndSuffixes(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = new List<string>(words.Length);
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (_cues.NameSuffixes.Contains(word) || _cues.NameSuffixes.Contains(word.TrimEnd(',')))
            {
                continue;
            }

            if (i < words.Length - 1 && _cues.SpacedParticles.Contains(word.ToLowerInvariant()))
            {
                continue;
            }

            var dash = word.IndexOf('-', StringComparison.Ordinal);
            kept.Add(dash > 0 && dash < word.Length - 1 && _cues.Particles.Contains(word[..dash]) ? word[(dash + 1)..] : word);
        }

        return kept.Count == 0 ? name : string.Join(' ', kept);
    }

    private void StripPrefixes(List<string> words)
    {
        var start = 0;
        while (start < words.Count)
        {
            var length = PrefixLength(words, start);
            if (length == 0 || start + length >= words.Count)
            {
                break;
            }

            start += length;
        }

        words.RemoveRange(0, start);
    }

    private int PrefixLength(List<string> words, int start)
    {
        for (var length = Math.Min(_maxPrefixWords, words.Count - start); length > 0; length--)
        {
            if (_prefixes.Contains(string.Join(' ', words.GetRange(start, length))))
            {
                return length;
            }
        }

        return 0;
    }
}
