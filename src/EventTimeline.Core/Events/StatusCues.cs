using System.Collections.Immutable;

using EventTimeline.Resources;

namespace EventTimeline.Events;

/// <summary>The words that make an event planned, hypothetical or negated, read from Resources/events/status-cues.json.</summary>
/// <remarks>Immutable and thread-safe. Cue phrases are kept as lower-case word sequences.</remarks>
internal sealed class StatusCues
{
    private static readonly Lazy<StatusCues> _builtIn = new(() => Parse(ResourceFile.ReadText("events/status-cues.json")), LazyThreadSafetyMode.ExecutionAndPublication);

    private StatusCues(
        int window,
        ImmutableDictionary<EventStatus, ImmutableArray<ImmutableArray<string>>> before,
        ImmutableDictionary<EventStatus, ImmutableArray<ImmutableArray<string>>> clause,
        ImmutableArray<ImmutableArray<string>> futureTimes,
        bool infinitive,
        ImmutableHashSet<string> pastForms,
        ImmutableHashSet<string> mandative)
    {
        Mandative = mandative;
        Window = window;
        Before = before;
        Clause = clause;
        FutureTimes = futureTimes;
        Infinitive = infinitive;
        PastForms = pastForms;
    }

    /// <summary>The embedded cues, loaded once.</summary>
    public static StatusCues BuiltIn => _builtIn.Value;

    /// <summary>How many words before the trigger a 'before' cue may stand.</summary>
    public int Window { get; }

    /// <summary>Per status, the cue phrases that must precede the trigger.</summary>
    public ImmutableDictionary<EventStatus, ImmutableArray<ImmutableArray<string>>> Before { get; }

    /// <summary>Per status, the cue phrases that count anywhere in the trigger's clause.</summary>
    public ImmutableDictionary<EventStatus, ImmutableArray<ImmutableArray<string>>> Clause { get; }

    /// <summary>Time phrases that point to the future ("later this month").</summary>
    public ImmutableArray<ImmutableArray<string>> FutureTimes { get; }

    /// <summary>Whether a verb trigger right after "to" is planned.</summary>
    public bool Infinitive { get; }

    /// <summary>Verbs whose "that" clause is hypothetical ("demanding that Iraq withdraw"), lower case.</summary>
    public ImmutableHashSet<string> Mandative { get; }

    /// <summary>Irregular past-tense forms, lower case.</summary>
    public ImmutableHashSet<string> PastForms { get; }

    /// <summary>Returns whether the lower-case verb form <paramref name="form"/> is a past tense or participle ("warned", "met").</summary>
    public bool IsPast(string form) => form.EndsWith("ed", StringComparison.Ordinal) || PastForms.Contains(form);

    /// <summary>Builds cues from a JSON document in the shape of Resources/events/status-cues.json.</summary>
    /// <exception cref="FormatException">The document is malformed.</exception>
    public static StatusCues Parse(string json)
    {
        var file = RuleJson.Deserialize<CueFile>(json, "status cues");
        var before = ImmutableDictionary.CreateBuilder<EventStatus, ImmutableArray<ImmutableArray<string>>>();
        var clause = ImmutableDictionary.CreateBuilder<EventStatus, ImmutableArray<ImmutableArray<string>>>();
        foreach (var (status, group) in new[] { (EventStatus.Negated, file.Negated), (EventStatus.Hypothetical, file.Hypothetical), (EventStatus.Planned, file.Planned) })
        {
            before[status] = Phrases(group?.Before);
            clause[status] = Phrases(group?.Clause);
        }

        return new StatusCues(
            file.Window ?? 6,
            before.ToImmutable(),
            clause.ToImmutable(),
            Phrases(file.FutureTimes),
            file.Infinitive ?? false,
            (file.PastForms ?? []).Select(form => form.ToLowerInvariant()).ToImmutableHashSet(StringComparer.Ordinal),
            (file.Mandative ?? []).Select(form => form.ToLowerInvariant()).ToImmutableHashSet(StringComparer.Ordinal));
    }

    /// <summary>Splits cue phrases into lower-case words, longest first so that "did not" is tried before "not".</summary>
    internal static ImmutableArray<ImmutableArray<string>> Phrases(IEnumerable<string>? phrases)
    {
        return [.. (phrases ?? [])
            .Select(phrase => EventTokenizer.Words(phrase))
            .Where(words => words.Length > 0)
            .OrderByDescending(words => words.Length)
            .ThenBy(words => string.Join(' ', words), StringComparer.Ordinal)];
    }

    private sealed class CueFile
    {
        public string? About { get; set; }

        public int? Window { get; set; }

        public CueGroup? Negated { get; set; }

        public CueGroup? Hypothetical { get; set; }

        public CueGroup? Planned { get; set; }

        public List<string>? FutureTimes { get; set; }

        public bool? Infinitive { get; set; }

        public List<string>? PastForms { get; set; }

        public List<string>? Mandative { get; set; }
    }

    private sealed class CueGroup
    {
        public List<string>? Before { get; set; }

        public List<string>? Clause { get; set; }
    }
}
