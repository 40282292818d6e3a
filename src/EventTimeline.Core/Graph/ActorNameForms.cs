using System.Collections.Immutable;
using System.Text;

using EventTimeline.Actors;
using EventTimeline.Resources;
using EventTimeline.Text;

namespace EventTimeline.Graph;

/// <summary>The forms a name is compared in: its lookup key, its bare key without leading honorifics, titles, demonyms and initials, and the bare key with transliteration variants folded.</summary>
/// <param name="Key">Lower case without dots, diacritics and apostrophes ("sergey v lavrov").</param>
/// <param name="Bare">The key without leading honorifics, titles and nationality words and without one-letter words ("andrey orlov").</param>
/// <param name="Skeleton">The bare key with spelling variants folded ("sergi lavrov").</param>
internal sealed record NameForm(string Key, string Bare, string Skeleton)
{
    /// <summary>The words of <see cref="Skeleton"/>.</summary>
    public ImmutableArray<string> SkeletonWords { get; } = Skeleton.Length == 0 ? [] : [.. Skeleton.Split(' ')];
}

/// <summary>Turns names into <see cref="NameForm"/>s, with the honorifics, titles and demonyms of a gazetteer and the spelling variants of <c>actors/name-variants.tsv</c>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class ActorNameForms
{
    private static readonly Lazy<ActorNameForms> _builtIn = new(() => FromGazetteer(Gazetteer.BuiltIn), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ImmutableHashSet<string> _prefixes;
    private readonly int _maxPrefixWords;
    private readonly ImmutableArray<VariantRule> _rules;

    /// <summary>Creates the forms from prefix phrases (honorifics, titles, demonyms, in any spelling) and variant rows (from, to; "^" and "$" anchor to word edges).</summary>
    public ActorNameForms(IEnumerable<string> prefixes, IEnumerable<(string From, string To)> variants)
    {
        ArgumentNullException.ThrowIfNull(prefixes);
        ArgumentNullException.ThrowIfNull(variants);
        _prefixes = prefixes.Select(PhraseKey.Normalize).Where(key => key.Length > 0).ToImmutableHashSet(StringComparer.Ordinal);
        _maxPrefixWords = _prefixes.IsEmpty ? 0 : _prefixes.Max(PhraseKey.WordCount);
        _rules = [.. variants.Select(VariantRule.Parse)];
    }

    /// <summary>The forms over the built-in gazetteer and variant file, built once.</summary>
    public static ActorNameForms BuiltIn => _builtIn.Value;

    /// <summary>Returns the forms over a gazetteer's honorifics, title forms and demonyms and the built-in variant file.</summary>
    public static ActorNameForms FromGazetteer(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        var prefixes = gazetteer.Honorifics.Select(honorific => honorific.Form)
            .Concat(gazetteer.Titles.SelectMany(title => title.Forms))
            .Concat(gazetteer.Countries.SelectMany(country => country.Demonyms));
        return new ActorNameForms(prefixes, ReadVariants());
    }

    /// <summary>Returns the rows of the built-in variant file.</summary>
    public static IReadOnlyList<(string From, string To)> ReadVariants()
    {
        return ResourceFile.ReadTsv("actors/name-variants.tsv")
            .Select(row => row.Length >= 2 ? (row[0], row[1]) : throw new FormatException($"actors/name-variants.tsv: row '{string.Join('\t', row)}' needs two fields"))
            .ToList();
    }

    /// <summary>Returns the forms of <paramref name="name"/>; <paramref name="stripPrefixes"/> says whether leading honorifics, titles and demonyms go (for people and for names a user typed).</summary>
    public NameForm Of(string name, bool stripPrefixes = true)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = PhraseKey.Normalize(name);
        var words = key.Length == 0 ? [] : key.Split(' ').ToList();
        if (stripPrefixes)
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
        var skeleton = string.Join(' ', words.Select(Fold));
        return new NameForm(key, bare, skeleton);
    }

    /// <summary>Returns a word with the spelling variants folded and doubled letters collapsed.</summary>
    public string Fold(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var text = word;
        foreach (var rule in _rules)
        {
            text = rule.Apply(text);
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (builder.Length == 0 || builder[^1] != c)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
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

    private sealed record VariantRule(string From, string To, bool AtStart, bool AtEnd)
    {
        public static VariantRule Parse((string From, string To) row)
        {
            var from = row.From;
            var atStart = from.StartsWith('^');
            var atEnd = from.EndsWith('$');
            from = from.TrimStart('^').TrimEnd('$');
            if (from.Length == 0)
            {
                throw new FormatException("actors/name-variants.tsv: a row has nothing to replace");
            }

            return new VariantRule(from, row.To, atStart, atEnd);
        }

        public string Apply(string word)
        {
            if (AtStart && AtEnd)
            {
                return word == From ? To : word;
            }

            if (AtStart)
            {
                return word.StartsWith(From, StringComparison.Ordinal) ? To + word[From.Length..] : word;
            }

            if (AtEnd)
            {
                return word.EndsWith(From, StringComparison.Ordinal) ? word[..^From.Length] + To : word;
            }

            return word.Replace(From, To, StringComparison.Ordinal);
        }
    }
}
