namespace EventTimeline.Evaluation;

/// <summary>A gold timeline and the system's timeline for the same entity (null when the system wrote none).</summary>
/// <param name="Name">The file name, used in reports.</param>
/// <param name="Gold">The gold timeline.</param>
/// <param name="System">The system timeline, or null (scored as empty).</param>
public sealed record TimelinePair(string Name, Timeline Gold, Timeline? System);

/// <summary>Temporal-awareness figures of one entity's timeline.</summary>
/// <param name="Name">The file name.</param>
/// <param name="Entity">The entity, from the gold file's first line.</param>
/// <param name="SystemMissing">True when there was no system timeline (scored as empty).</param>
/// <param name="GoldMentions">Gold mentions on ordered lines (ordinal ≥ 1); ordinal-0 lines take no part in the score.</param>
/// <param name="SystemMentions">System mentions on ordered lines.</param>
/// <param name="MatchedMentions">System mentions on ordered lines that are also gold mentions on ordered lines (same id).</param>
/// <param name="GoldRelations">Relations in the reduced gold graph (closure violations included).</param>
/// <param name="SystemRelations">Relations in the reduced system graph (closure violations included).</param>
/// <param name="GoldViolations">Gold relations that contradict earlier gold relations (kept, as the task's scorer does).</param>
/// <param name="SystemViolations">System relations that contradict earlier system relations.</param>
/// <param name="PrecisionMatches">Reduced system relations that the gold graph states or entails.</param>
/// <param name="RecallMatches">Reduced gold relations that the system graph states or entails.</param>
/// <param name="Scores">Precision = PrecisionMatches / SystemRelations, recall = RecallMatches / GoldRelations, and F1.</param>
public sealed record TimelineEntityScore(
    string Name,
    string Entity,
    bool SystemMissing,
    int GoldMentions,
    int SystemMentions,
    int MatchedMentions,
    int GoldRelations,
    int SystemRelations,
    int GoldViolations,
    int SystemViolations,
    int PrecisionMatches,
    int RecallMatches,
    PrecisionRecall Scores);

/// <summary>SemEval-2015 Task 4 temporal-awareness scores: per entity and micro-averaged over entities.</summary>
/// <param name="OrderingOnly">True when time anchors were left out (the task's "ordering only" subtrack).</param>
/// <param name="Entities">One score per gold timeline, by file name.</param>
/// <param name="GoldRelations">Sum of reduced gold relations.</param>
/// <param name="SystemRelations">Sum of reduced system relations.</param>
/// <param name="PrecisionMatches">Sum of verified system relations.</param>
/// <param name="RecallMatches">Sum of verified gold relations.</param>
/// <param name="Micro">Micro-averaged precision, recall and F1 (sums divided, then the harmonic mean).</param>
/// <param name="MissingSystem">File names of gold timelines without a system timeline.</param>
public sealed record TimelineScores(
    bool OrderingOnly,
    IReadOnlyList<TimelineEntityScore> Entities,
    int GoldRelations,
    int SystemRelations,
    int PrecisionMatches,
    int RecallMatches,
    PrecisionRecall Micro,
    IReadOnlyList<string> MissingSystem);
