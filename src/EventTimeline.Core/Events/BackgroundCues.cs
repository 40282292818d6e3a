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
        ImmutableHashSet<string> pastAdverbs,
        ImmutableHashSet<string> relativeOpeners,
        ImmutableHashSet<string> contentVerbs,
        ImmutableHashSet<string> reportingVerbs,
        ImmutableHashSet<string> tellVerbs,
        ImmutableHashSet<string> occasionNouns,
        ImmutableHashSet<string> notRelativeAfter,
        RecalledCues recalled)
    {
        Window = window;
        Perfect = perfect;
        Ongoing = ongoing;
        Earlier = earlier;
        PastAdverbs = pastAdverbs;
        RelativeOpeners = relativeOpeners;
        ContentVerbs = contentVerbs;
        ReportingVerbs = reportingVerbs;
        TellVerbs = tellVerbs;
        OccasionNouns = occasionNouns;
        NotRelativeAfter = notRelativeAfter;
        RecalledWindow = recalled.Window;
        Recalled = recalled.Phrases;
        RecalledOpeners = recalled.Openers;
        Periods = recalled.Periods;
        RecallVerbs = recalled.Verbs;
        PerfectAfter = recalled.PerfectAfter;
        DefiniteSubjects = recalled.DefiniteSubjects;
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

    /// <summary>Adverbs that place a verb trigger they stand beside before the news ("recently went", "previously proposed", "who died recently").</summary>
    public ImmutableHashSet<string> PastAdverbs { get; }

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

    /// <summary>How many words may stand between a 'recalled' phrase and the noun trigger it recalls.</summary>
    public int RecalledWindow { get; }

    /// <summary>Phrases before a noun trigger that make it a known event recalled as a cause or a starting point ("by the", "from the", "start of the").</summary>
    public ImmutableArray<ImmutableArray<string>> Recalled { get; }

    /// <summary>Phrases that open a phrase up to the next comma or verb trigger whose noun triggers are all recalled events ("after the", "in the wake of").</summary>
    public ImmutableArray<ImmutableArray<string>> RecalledOpeners { get; }

    /// <summary>Phrases before a trigger in its sentence that place it in a bygone period ("in the first days", "at the time").</summary>
    public ImmutableArray<ImmutableArray<string>> Periods { get; }

    /// <summary>Verbs before a trigger in its sentence that make what follows a memory ("remember", "recalls").</summary>
    public ImmutableHashSet<string> RecallVerbs { get; }

    /// <summary>Phrases right after a verb trigger that make it hearsay about a past act ("is reported to have").</summary>
    public ImmutableArray<ImmutableArray<string>> PerfectAfter { get; }

    /// <summary>Words that, opening a sentence other than a document's first before a noun trigger, make it a known event recalled ("The explosion on the rig killed").</summary>
    public ImmutableHashSet<string> DefiniteSubjects { get; }

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
            Set(file.PastAdverbs),
            Set(file.RelativeOpeners),
            Set(file.ContentVerbs),
            Set(file.ReportingVerbs),
            Set(file.TellVerbs),
            Set(file.OccasionNouns),
            Set(file.NotRelativeAfter),
            new RecalledCues(
                file.RecalledWindow ?? 3,
                StatusCues.Phrases(file.Recalled),
                StatusCues.Phrases(file.RecalledOpeners),
                StatusCues.Phrases(file.Periods),
                Set(file.RecallVerbs),
                StatusCues.Phrases(file.PerfectAfter),
                Set(file.DefiniteSubjects)));
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

        public List<string>? PastAdverbs { get; set; }

        public List<string>? RelativeOpeners { get; set; }

        public List<string>? ContentVerbs { get; set; }

        public List<string>? ReportingVerbs { get; set; }

        public List<string>? TellVerbs { get; set; }

        public List<string>? OccasionNouns { get; set; }

        public List<string>? NotRelativeAfter { get; set; }

        public int? RecalledWindow { get; set; }

        public List<string>? Recalled { get; set; }

        public List<string>? RecalledOpeners { get; set; }

        public List<string>? Periods { get; set; }

        public List<string>? RecallVerbs { get; set; }

        public List<string>? PerfectAfter { get; set; }

        public List<string>? DefiniteSubjects { get; set; }
    }

    private sealed record RecalledCues(
        int Window,
        ImmutableArray<ImmutableArray<string>> Phrases,
        ImmutableArray<ImmutableArray<string>> Openers,
        ImmutableArray<ImmutableArray<string>> Periods,
        ImmutableHashSet<string> Verbs,
        ImmutableArray<ImmutableArray<string>> PerfectAfter,
        ImmutableHashSet<string> DefiniteSubjects);
}
