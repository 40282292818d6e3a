using System.Collections.Immutable;

namespace EventTimeline.Events;

/// <summary>What <see cref="ReporterFilter"/> reads in one document's text, found while the text is at hand, so that the filter runs on stored mentions without the text.</summary>
/// <param name="BylineTriggers">Trigger offsets of the event mentions whose trigger opens a reporting phrase right after a person's name ("Matthew Price reports from the hospital"), ascending.</param>
/// <param name="ReportingAfter">Indexes of the person actor mentions a reporting phrase follows ("X, reporting from Beirut"), ascending.</param>
/// <param name="PossessiveAfter">Indexes <c>i</c> of the actor mentions of a reporting kind followed by "'s" and, as mention <c>i + 1</c>, a person ("The BBC's Matthew Price"), ascending.</param>
internal sealed record ReporterCues(ImmutableArray<int> BylineTriggers, ImmutableArray<int> ReportingAfter, ImmutableArray<int> PossessiveAfter)
{
    /// <summary>A document in which the text shows no reporter.</summary>
    public static ReporterCues None { get; } = new([], [], []);
}
