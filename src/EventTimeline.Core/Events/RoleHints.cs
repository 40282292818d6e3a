using System.Collections.Immutable;

using EventTimeline.Resources;

namespace EventTimeline.Events;

/// <summary>How the words around a trigger give its actors their roles, read from Resources/events/roles.json.</summary>
/// <remarks>Immutable and thread-safe. All words are lower case.</remarks>
internal sealed class RoleHints
{
    private static readonly Lazy<RoleHints> _builtIn = new(() => Parse(ResourceFile.ReadText("events/roles.json")), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ImmutableDictionary<string, PrepositionRole> _prepositions;
    private readonly ImmutableDictionary<string, ImmutableDictionary<string, PrepositionRole>> _overrides;

    private RoleHints(
        ImmutableDictionary<string, PrepositionRole> prepositions,
        ImmutableDictionary<string, ImmutableDictionary<string, PrepositionRole>> overrides,
        ImmutableHashSet<string> contentObject,
        ImmutableHashSet<string> addresseeLemmas,
        ImmutableArray<ImmutableArray<string>> lightVerbs,
        ImmutableHashSet<string> subjectBlockers,
        ImmutableHashSet<string> pronouns,
        ImmutableHashSet<string> actorlessTypes,
        ImmutableHashSet<string> determiners,
        ImmutableHashSet<string> passiveAuxiliaries,
        ImmutableHashSet<string> timeAttachments,
        ImmutableHashSet<string> reportingTypes,
        ImmutableHashSet<string> notActorHeads)
    {
        NotActorHeads = notActorHeads;
        ReportingTypes = reportingTypes;
        Determiners = determiners;
        PassiveAuxiliaries = passiveAuxiliaries;
        TimeAttachments = timeAttachments;
        _prepositions = prepositions;
        _overrides = overrides;
        ContentObject = contentObject;
        AddresseeLemmas = addresseeLemmas;
        LightVerbs = lightVerbs;
        SubjectBlockers = subjectBlockers;
        Pronouns = pronouns;
        PossessivePronouns = pronouns.Intersect(determiners);
        ActorlessTypes = actorlessTypes;
    }

    /// <summary>Words that open a comparison at the start of a sentence ("Like X, he said", "Unlike X, she"): a person named in one is no one a later pronoun refers to.</summary>
    public ImmutableHashSet<string> ComparisonOpeners { get; private init; } = [];

    /// <summary>Words that open an inverted comparison before an auxiliary ("than did President X"): a person named in one is no one a later pronoun refers to.</summary>
    public ImmutableHashSet<string> InvertedComparisons { get; private init; } = [];

    /// <summary>The auxiliaries of an inverted comparison ("did", "has").</summary>
    public ImmutableHashSet<string> ComparisonAuxiliaries { get; private init; } = [];

    /// <summary>Pronouns of a body right after its reporting verb ("BP said it would", "officials said they"), each with whether it stands for a plural.</summary>
    public ImmutableDictionary<string, bool> BodyPronouns { get; private init; } = ImmutableDictionary<string, bool>.Empty;

    /// <summary>Per event type, prepositions whose role differs after a verb trigger ("said of X": what was said is about X; "the statement of X": X's).</summary>
    public ImmutableDictionary<string, ImmutableDictionary<string, PrepositionRole>> VerbOverrides { get; private init; } =
        ImmutableDictionary<string, ImmutableDictionary<string, PrepositionRole>>.Empty;

    /// <summary>The embedded hints, loaded once.</summary>
    public static RoleHints BuiltIn => _builtIn.Value;

    /// <summary>Types whose direct object is content, not an actor aimed at.</summary>
    public ImmutableHashSet<string> ContentObject { get; }

    /// <summary>Lemmas whose direct object is the addressee even when their type has content objects ("tell").</summary>
    public ImmutableHashSet<string> AddresseeLemmas { get; }

    /// <summary>Verbs whose subject does the nominal event they govern, as word sequences, longest first.</summary>
    public ImmutableArray<ImmutableArray<string>> LightVerbs { get; }

    /// <summary>Words before an actor that keep it from being a subject.</summary>
    public ImmutableHashSet<string> SubjectBlockers { get; }

    /// <summary>Personal pronouns that refer back to a person.</summary>
    public ImmutableHashSet<string> Pronouns { get; }

    /// <summary>Types that make an event without any actor when a place is named ("a bombing in Kabul").</summary>
    public ImmutableHashSet<string> ActorlessTypes { get; }

    /// <summary>Types whose verbs take no object: a name after them belongs to another clause ("since the rig blew up on 20 April leaves BP vulnerable").</summary>
    public ImmutableHashSet<string> IntransitiveTypes { get; private init; } = [];

    /// <summary>Nouns of a share in a company ("stake", "interest"): the company after them and "in" is the target of the trigger ("bought a 20% stake in X").</summary>
    public ImmutableHashSet<string> StakeNouns { get; private init; } = [];

    /// <summary>Types done by parties with each other ("talks", "agreement"): of coordinated subjects the first is the doer, the others participants.</summary>
    public ImmutableHashSet<string> MutualTypes { get; private init; } = [];

    /// <summary>Trigger lemmas of mutual events whose type is not mutual ("clash", typed attack).</summary>
    public ImmutableHashSet<string> MutualLemmas { get; private init; } = [];

    /// <summary>Nouns after which a country or demonym names no actor ("Canadian dollars").</summary>
    public ImmutableHashSet<string> NotActorHeads { get; }

    /// <summary>Types whose object is a reported clause; their time stands next to the verb.</summary>
    public ImmutableHashSet<string> ReportingTypes { get; }

    /// <summary>Words before a trigger that make it a noun ("a visit").</summary>
    public ImmutableHashSet<string> Determiners { get; }

    /// <summary>The pronouns that are also determiners ("his", "her").</summary>
    public ImmutableHashSet<string> PossessivePronouns { get; }

    /// <summary>Forms of "be" and "get" that make a following past participle passive.</summary>
    public ImmutableHashSet<string> PassiveAuxiliaries { get; }

    /// <summary>Words before a time expression that attach it to an event ("on Friday").</summary>
    public ImmutableHashSet<string> TimeAttachments { get; }

    /// <summary>Returns whether <paramref name="word"/> is a preposition with a role.</summary>
    public bool IsPreposition(string word) => _prepositions.ContainsKey(word);

    /// <summary>Returns the role the preposition <paramref name="word"/> gives an actor of an event of type <paramref name="typeId"/>, or null; <paramref name="verbal"/> says the trigger is a verb.</summary>
    public PrepositionRole? RoleOf(string word, string typeId, bool verbal = false)
    {
        if (verbal && VerbOverrides.TryGetValue(typeId, out var verbMap) && verbMap.TryGetValue(word, out var verbRole))
        {
            return verbRole;
        }

        if (_overrides.TryGetValue(typeId, out var map) && map.TryGetValue(word, out var role))
        {
            return role;
        }

        return _prepositions.TryGetValue(word, out var general) ? general : null;
    }

    /// <summary>Builds hints from a JSON document in the shape of Resources/events/roles.json.</summary>
    /// <exception cref="FormatException">The document is malformed.</exception>
    public static RoleHints Parse(string json)
    {
        var file = RuleJson.Deserialize<HintFile>(json, "roles");
        var prepositions = (file.Prepositions ?? []).ToImmutableDictionary(
            pair => EventTokenizer.Lower(pair.Key), pair => ParseRole(pair.Value), StringComparer.Ordinal);
        var overrides = OverrideMap(file.Overrides);
        return new RoleHints(
            prepositions,
            overrides,
            (file.ContentObject ?? []).ToImmutableHashSet(StringComparer.Ordinal),
            (file.AddresseeLemmas ?? []).Select(EventTokenizer.Lower).ToImmutableHashSet(StringComparer.Ordinal),
            StatusCues.Phrases(file.LightVerbs),
            (file.SubjectBlockers ?? []).Select(EventTokenizer.Lower).ToImmutableHashSet(StringComparer.Ordinal),
            (file.Pronouns ?? []).Select(EventTokenizer.Lower).ToImmutableHashSet(StringComparer.Ordinal),
            (file.ActorlessTypes ?? []).ToImmutableHashSet(StringComparer.Ordinal),
            LowerSet(file.Determiners),
            LowerSet(file.PassiveAuxiliaries),
            LowerSet(file.TimeAttachments),
            (file.ReportingTypes ?? []).ToImmutableHashSet(StringComparer.Ordinal),
            LowerSet(file.NotActorHeads))
        {
            IntransitiveTypes = (file.IntransitiveTypes ?? []).ToImmutableHashSet(StringComparer.Ordinal),
            MutualTypes = (file.MutualTypes ?? []).ToImmutableHashSet(StringComparer.Ordinal),
            MutualLemmas = LowerSet(file.MutualLemmas),
            VerbOverrides = OverrideMap(file.VerbOverrides),
            StakeNouns = LowerSet(file.StakeNouns),
            ComparisonOpeners = LowerSet(file.ComparisonOpeners),
            InvertedComparisons = LowerSet(file.InvertedComparisons),
            ComparisonAuxiliaries = LowerSet(file.ComparisonAuxiliaries),
            BodyPronouns = (file.BodyPronouns ?? []).ToImmutableDictionary(pair => EventTokenizer.Lower(pair.Key), pair => ParseNumber(pair.Value), StringComparer.Ordinal),
        };
    }

    private static ImmutableDictionary<string, ImmutableDictionary<string, PrepositionRole>> OverrideMap(List<OverrideEntry>? entries)
    {
        var overrides = new Dictionary<string, Dictionary<string, PrepositionRole>>(StringComparer.Ordinal);
        foreach (var entry in entries ?? [])
        {
            foreach (var type in entry.Types ?? [])
            {
                if (!overrides.TryGetValue(type, out var map))
                {
                    map = new Dictionary<string, PrepositionRole>(StringComparer.Ordinal);
                    overrides.Add(type, map);
                }

                foreach (var (word, role) in entry.Prepositions ?? [])
                {
                    map[EventTokenizer.Lower(word)] = ParseRole(role);
                }
            }
        }

        return overrides.ToImmutableDictionary(pair => pair.Key, pair => pair.Value.ToImmutableDictionary(StringComparer.Ordinal), StringComparer.Ordinal);
    }

    private static ImmutableHashSet<string> LowerSet(IEnumerable<string>? words)
    {
        return (words ?? []).Select(EventTokenizer.Lower).ToImmutableHashSet(StringComparer.Ordinal);
    }

    private static bool ParseNumber(string number) => number switch
    {
        "plural" => true,
        "singular" => false,
        _ => throw new FormatException($"roles: unknown number '{number}' of a body pronoun; expected singular or plural"),
    };

    private static PrepositionRole ParseRole(string role)
    {
        return Enum.TryParse<PrepositionRole>(role, ignoreCase: true, out var parsed)
            ? parsed
            : throw new FormatException($"roles: unknown role '{role}'; expected source, target, participant, location or topic");
    }

    private sealed class HintFile
    {
        public string? About { get; set; }

        public Dictionary<string, string>? Prepositions { get; set; }

        public List<OverrideEntry>? Overrides { get; set; }

        public List<OverrideEntry>? VerbOverrides { get; set; }

        public List<string>? ContentObject { get; set; }

        public List<string>? AddresseeLemmas { get; set; }

        public List<string>? LightVerbs { get; set; }

        public List<string>? SubjectBlockers { get; set; }

        public List<string>? Pronouns { get; set; }

        public List<string>? ActorlessTypes { get; set; }

        public List<string>? Determiners { get; set; }

        public List<string>? PassiveAuxiliaries { get; set; }

        public List<string>? TimeAttachments { get; set; }

        public List<string>? ReportingTypes { get; set; }

        public List<string>? NotActorHeads { get; set; }

        public List<string>? IntransitiveTypes { get; set; }

        public List<string>? StakeNouns { get; set; }

        public List<string>? MutualTypes { get; set; }

        public List<string>? MutualLemmas { get; set; }

        public List<string>? ComparisonOpeners { get; set; }

        public List<string>? InvertedComparisons { get; set; }

        public List<string>? ComparisonAuxiliaries { get; set; }

        public Dictionary<string, string>? BodyPronouns { get; set; }
    }

    private sealed class OverrideEntry
    {
        public List<string>? Types { get; set; }

        public Dictionary<string, string>? Prepositions { get; set; }
    }
}
