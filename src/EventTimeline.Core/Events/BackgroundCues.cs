using System.Collections.Immutable;

using EventTimeline.Resources;

namespace EventTimeline.Events;

/// <summary>The words that mark a mention as background (a past or ongoing situation recalled beside the news), read from Resources/events/background-cues.json.</summary>
/// <remarks>Immutable and thread-safe. Words and phrases are kept in lower case.</remarks>
internal sealed class BackgroundCues
{
    private static readonly Lazy<BackgroundCues> _builtIn = new(() => Parse(ResourceFile.ReadText("events/background-cues.json")), LazyThreadSafetyMode.ExecutionAndPublication);

    private BackgroundCues(
        int window,
        ImmutableArray<ImmutableArray<string>> perfect,
        ImmutableArray<ImmutableArray<string>> ongoing,
        ImmutableHashSet<string> earlier,
        ImmutableHashSet<string> relativeOpeners,
        ImmutableHashSet<string> contentVerbs,
        ImmutableHashSet<string> reportingVerbs,
        ImmutableHashSet<string> tellVerbs,
        ImmutableHashSet<string> occasionNouns,
        ImmutableHashSet<string> notRelativeAfter)
    {
        Window = window;
        Perfect = perfect;
        Ongoing = ongoing;
        Earlier = earlier;
        RelativeOpeners = relativeOpeners;
        ContentVerbs = contentVerbs;
        ReportingVerbs = reportingVerbs;
        TellVerbs = tellVerbs;
        OccasionNouns = occasionNouns;
        NotRelativeAfter = notRelativeAfter;
    }

    /// <summary>The embedded cues, loaded once.</summary>
    public static BackgroundCues BuiltIn => _builtIn.Value;

    /// <summary>How many words before a verb trigger a past-perfect auxiliary may stand.</summary>
    public int Window { get; }

    /// <summary>Past-perfect auxiliaries and perfect infinitives ("had", "to have"), as word sequences.</summary>
    public ImmutableArray<ImmutableArray<string>> Perfect { get; }

    /// <summary>Phrases anywhere in the clause that make the mention an ongoing situation ("since", "for the past").</summary>
    public ImmutableArray<ImmutableArray<string>> Ongoing { get; }

    /// <summary>Words right before a noun trigger that place it before the news ("previous", "former").</summary>
    public ImmutableHashSet<string> Earlier { get; }

    /// <summary>Words that open a relative clause ("that", "which", "who").</summary>
    public ImmutableHashSet<string> RelativeOpeners { get; }

    /// <summary>Words after which "that" opens what was said or thought, not a relative clause.</summary>
    public ImmutableHashSet<string> ContentVerbs { get; }

    /// <summary>Past reporting verbs after which a past perfect is reported speech shifted back ("said ... had talked").</summary>
    public ImmutableHashSet<string> ReportingVerbs { get; }

    /// <summary>Verbs whose object may be followed by what was said ("told the group that").</summary>
    public ImmutableHashSet<string> TellVerbs { get; }

    /// <summary>Nouns after which a "that" clause is the news itself ("the first time in years that").</summary>
    public ImmutableHashSet<string> OccasionNouns { get; }

    /// <summary>Words after which "that" opens no relative clause ("so that").</summary>
    public ImmutableHashSet<string> NotRelativeAfter { get; }

    /// <summary>Builds cues from a JSON document in the shape of Resources/events/background-cues.json.</summary>
    /// <exception cref="FormatException">The document is malformed.</exception>
    public static BackgroundCues Parse(string json)
    {
        var file = RuleJson.Deserialize<CueFile>(json, "background cues");
        return new BackgroundCues(
            file.Window ?? 3,
            StatusCues.Phrases(file.Perfect),
            StatusCues.Phrases(file.Ongoing),
            Set(file.Earlier),
            Set(file.RelativeOpeners),
            Set(file.ContentVerbs),
            Set(file.ReportingVerbs),
            Set(file.TellVerbs),
            Set(file.OccasionNouns),
            Set(file.NotRelativeAfter));
    }

    private static ImmutableHashSet<string> Set(List<string>? words) =>
        (words ?? []).Select(word => word.ToLowerInvariant()).ToImmutableHashSet(StringComparer.Ordinal);

    private sealed class CueFile
    {
        public string? About { get; set; }

        public int? Window { get; set; }

        public List<string>? Perfect { get; set; }

        public List<string>? Ongoing { get; set; }

        public List<string>? Earlier { get; set; }

        public List<string>? RelativeOpeners { get; set; }

        public List<string>? ContentVerbs { get; set; }

        public List<string>? ReportingVerbs { get; set; }

        public List<string>? TellVerbs { get; set; }

        public List<string>? OccasionNouns { get; set; }

        public List<string>? NotRelativeAfter { get; set; }
    }
}
