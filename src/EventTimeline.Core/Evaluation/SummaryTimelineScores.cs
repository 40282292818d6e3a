using EventTimeline.Export;

namespace EventTimeline.Evaluation;

/// <summary>A gold timeline summary and the system's for the same story (null when the system wrote none).</summary>
/// <param name="Name">The file name, used in reports.</param>
/// <param name="Gold">The journalists' timeline.</param>
/// <param name="System">The system's timeline, or null (scored as empty).</param>
public sealed record SummaryTimelinePair(string Name, SummaryTimeline Gold, SummaryTimeline? System);

/// <summary>The figures of one timeline summary against its gold timeline.</summary>
/// <param name="Name">The file name.</param>
/// <param name="SystemMissing">True when there was no system timeline (scored as empty).</param>
/// <param name="GoldDates">Dates of the gold timeline.</param>
/// <param name="SystemDates">Dates of the system timeline.</param>
/// <param name="MatchedDates">Dates in both.</param>
/// <param name="Dates">Date precision (matched / system), recall (matched / gold) and F1.</param>
/// <param name="Concat1">ROUGE-1 of all the system's sentences against all the gold ones.</param>
/// <param name="Concat2">ROUGE-2 the same way.</param>
/// <param name="Align1">ROUGE-1 "align+ m:1": each date aligned to the other side's cheapest date, hits weighted by 1 / (days apart + 1).</param>
/// <param name="Align2">ROUGE-2 "align+ m:1".</param>
public sealed record SummaryTimelineScore(
    string Name,
    bool SystemMissing,
    int GoldDates,
    int SystemDates,
    int MatchedDates,
    PrecisionRecall Dates,
    PrecisionRecall Concat1,
    PrecisionRecall Concat2,
    PrecisionRecall Align1,
    PrecisionRecall Align2);

/// <summary>Timeline summarization scores: per timeline, and averaged over timelines (mean precision and mean recall, then their F1).</summary>
/// <param name="Timelines">One score per gold timeline, by file name.</param>
/// <param name="Dates">Averaged date figures.</param>
/// <param name="Concat1">Averaged concat ROUGE-1.</param>
/// <param name="Concat2">Averaged concat ROUGE-2.</param>
/// <param name="Align1">Averaged align+ m:1 ROUGE-1.</param>
/// <param name="Align2">Averaged align+ m:1 ROUGE-2.</param>
/// <param name="MissingSystem">File names of gold timelines without a system timeline.</param>
public sealed record SummaryTimelineScores(
    IReadOnlyList<SummaryTimelineScore> Timelines,
    PrecisionRecall Dates,
    PrecisionRecall Concat1,
    PrecisionRecall Concat2,
    PrecisionRecall Align1,
    PrecisionRecall Align2,
    IReadOnlyList<string> MissingSystem);
