using System.Collections.Immutable;
using System.Text.RegularExpressions;

using EventTimeline.Resources;
using EventTimeline.Text;

namespace EventTimeline.Actors;

/// <summary>The word lists actor recognition and resolution read (Resources/actors/*.tsv): words that are never names, name particles, company and organization endings, place cues, role modifiers, reporting verbs, transliteration rules.</summary>
/// <remarks>Immutable and thread-safe; the built-in lists are loaded once.</remarks>
internal sealed class ActorCues
{
    private static readonly Lazy<ActorCues> _builtIn = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<ActorCues> _nameRules = new(LoadNameRules, LazyThreadSafetyMode.ExecutionAndPublication);

    private ActorCues(
        ImmutableDictionary<string, string> nonNames,
        ImmutableHashSet<string> particles,
        ImmutableHashSet<string> spacedParticles,
        ImmutableHashSet<string> nameSuffixes,
        ImmutableDictionary<string, bool> companySuffixes,
        ImmutableHashSet<string> organizationHeads,
        ImmutableDictionary<string, ImmutableHashSet<string>> placeCues,
        PhraseIndex<string> regions,
        ImmutableHashSet<string> roleModifiers,
        ImmutableHashSet<string> reportingVerbs,
        ImmutableHashSet<string> demonymExclusions,
        ImmutableHashSet<string> countryProxies,
        ImmutableArray<(Regex Pattern, string Replacement)> transliteration)
    {
        NonNames = nonNames;
        Particles = particles;
        SpacedParticles = spacedParticles;
        NameSuffixes = nameSuffixes;
        CompanySuffixes = companySuffixes;
        OrganizationHeads = organizationHeads;
        PlacePrepositions = placeCues.GetValueOrDefault("preposition") ?? [];
        PlaceHeads = placeCues.GetValueOrDefault("head") ?? [];
        PlaceFollowers = placeCues.GetValueOrDefault("following") ?? [];
        PlaceFirstWords = placeCues.GetValueOrDefault("first") ?? [];
        MotionWords = placeCues.GetValueOrDefault("motion") ?? [];
        Regions = regions;
        RoleModifiers = roleModifiers;
        ReportingVerbs = reportingVerbs;
        DemonymExclusions = demonymExclusions;
        CountryProxies = countryProxies;
        Transliteration = transliteration;
    }

    /// <summary>The built-in lists.</summary>
    public static ActorCues BuiltIn => _builtIn.Value;

    /// <summary>The built-in lists a name's forms are made with (particles, suffixes, transliteration rules; the others empty), for a lookup that recognizes nothing (<see cref="Graph.ActorNameForms"/>).</summary>
    public static ActorCues NameRules => _nameRules.Value;

    /// <summary>Capitalized words that never name an actor alone, with their class (month, weekday, web, starter...).</summary>
    public ImmutableDictionary<string, string> NonNames { get; }

    /// <summary>Name particles ("al", "bin", "van"), any case.</summary>
    public ImmutableHashSet<string> Particles { get; }

    /// <summary>Name particles that may stand apart from the next name word ("van Gogh", "bin Laden"); the others count only when hyphenated.</summary>
    public ImmutableHashSet<string> SpacedParticles { get; }

    /// <summary>Words that may end a personal name ("Jr.").</summary>
    public ImmutableHashSet<string> NameSuffixes { get; }

    /// <summary>Company name endings; true for legal-form suffixes that do not change the company ("Inc.").</summary>
    public ImmutableDictionary<string, bool> CompanySuffixes { get; }

    /// <summary>Last words that make a name an organization ("Party", "Institute").</summary>
    public ImmutableHashSet<string> OrganizationHeads { get; }

    /// <summary>Prepositions that put a following name in a place ("in", "near").</summary>
    public ImmutableHashSet<string> PlacePrepositions { get; }

    /// <summary>Last words that make a name a place ("Province", "Airport").</summary>
    public ImmutableHashSet<string> PlaceHeads { get; }

    /// <summary>Lower-case words after a name that make it a place ("province", "based").</summary>
    public ImmutableHashSet<string> PlaceFollowers { get; }

    /// <summary>First words of place names ("New", "San", "North").</summary>
    public ImmutableHashSet<string> PlaceFirstWords { get; }

    /// <summary>Words of motion that make "to X" a place ("visit to London").</summary>
    public ImmutableHashSet<string> MotionWords { get; }

    /// <summary>World regions and areas that are places ("Middle East").</summary>
    public PhraseIndex<string> Regions { get; }

    /// <summary>Words that may stand before a title ("former", "top").</summary>
    public ImmutableHashSet<string> RoleModifiers { get; }

    /// <summary>Reporting verbs ("said", "told").</summary>
    public ImmutableHashSet<string> ReportingVerbs { get; }

    /// <summary>Words after a demonym that make it a language or origin, not the country acting.</summary>
    public ImmutableHashSet<string> DemonymExclusions { get; }

    /// <summary>Country-body ids whose mentions stand for the country itself ("military").</summary>
    public ImmutableHashSet<string> CountryProxies { get; }

    /// <summary>Family names written first in Chinese and Korean names, with whether a two-word name starts with one whatever its second word (true) or only when the rest is short syllables (false).</summary>
    public ImmutableDictionary<string, bool> FamilyNamesFirst { get; private init; } = ImmutableDictionary<string, bool>.Empty;

    /// <summary>Spelling rules applied in order to each lower-case word of a name before names are compared.</summary>
    public ImmutableArray<(Regex Pattern, string Replacement)> Transliteration { get; }

    /// <summary>Returns whether <paramref name="word"/> (a dot at its end ignored) never names an actor alone.</summary>
    public bool IsNonName(string word) => NonNames.ContainsKey(word.TrimEnd('.'));

    /// <summary>Returns whether <paramref name="word"/> is never part of a name even inside a sentence (months, weekdays, web words; not mere sentence openers like "New").</summary>
    public bool IsNeverName(string word) => NonNames.TryGetValue(word.TrimEnd('.'), out var kind) && kind != "starter";

    private static ActorCues Load()
    {
        var nonNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in ReadRows("actors/non-names.tsv"))
        {
            nonNames[row[0]] = row.Length > 1 ? row[1] : "other";
        }

        var placeCues = ReadRows("actors/place-cues.tsv")
            .GroupBy(row => row.Length > 1 ? row[1] : "other", StringComparer.Ordinal)
            .ToImmutableDictionary(group => group.Key, group => group.Select(row => row[0]).ToImmutableHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var regions = new PhraseIndex<string>.Builder();
        foreach (var row in ReadRows("actors/regions.tsv"))
        {
            regions.Add(row[0], row[0]);
        }

        var transliteration = TransliterationRules();

        return new ActorCues(
            nonNames.ToImmutableDictionary(StringComparer.Ordinal),
            Words("actors/name-particles.tsv", StringComparer.OrdinalIgnoreCase),
            ReadRows("actors/name-particles.tsv").Where(row => row.Length > 1 && row[1] == "space").Select(row => row[0]).ToImmutableHashSet(StringComparer.Ordinal),
            Words("actors/name-suffixes.tsv", StringComparer.Ordinal),
            ReadRows("actors/company-suffixes.tsv").ToImmutableDictionary(row => row[0], row => row.Length > 1 && row[1] == "legal", StringComparer.Ordinal),
            Words("actors/organization-heads.tsv", StringComparer.Ordinal),
            placeCues,
            regions.Build(),
            Words("actors/role-modifiers.tsv", StringComparer.OrdinalIgnoreCase),
            Words("actors/reporting-verbs.tsv", StringComparer.Ordinal),
            Words("actors/demonym-exclusions.tsv", StringComparer.OrdinalIgnoreCase),
            Words("actors/country-proxies.tsv", StringComparer.Ordinal),
            transliteration)
        {
            FamilyNamesFirst = ReadRows("actors/family-names-first.tsv").ToImmutableDictionary(row => row[0], row => row.Length > 1 && row[1] == "always", StringComparer.Ordinal),
        };
    }

    private static ActorCues LoadNameRules() => new(
        ImmutableDictionary<string, string>.Empty,
        Words("actors/name-particles.tsv", StringComparer.OrdinalIgnoreCase),
        ReadRows("actors/name-particles.tsv").Where(row => row.Length > 1 && row[1] == "space").Select(row => row[0]).ToImmutableHashSet(StringComparer.Ordinal),
        Words("actors/name-suffixes.tsv", StringComparer.Ordinal),
        ImmutableDictionary<string, bool>.Empty,
        [],
        ImmutableDictionary<string, ImmutableHashSet<string>>.Empty,
        new PhraseIndex<string>.Builder().Build(),
        [],
        [],
        [],
        [],
        TransliterationRules());

    private static ImmutableArray<(Regex Pattern, string Replacement)> TransliterationRules() => [.. ReadRows("actors/transliteration.tsv")
        .Select(row => (BoundedRegex.Create(row[0], RegexOptions.CultureInvariant), row.Length > 1 ? row[1] : string.Empty))];

    private static ImmutableHashSet<string> Words(string file, StringComparer comparer)
    {
        return ReadRows(file).Select(row => row[0]).ToImmutableHashSet(comparer);
    }

    private static IEnumerable<string[]> ReadRows(string file)
    {
        foreach (var line in ResourceFile.ReadText(file).Split('\n'))
        {
            var trimmed = line.TrimEnd('\r');
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            yield return trimmed.Split('\t');
        }
    }
}
