using System.Collections.Immutable;

using EventTimeline.Actors;
using EventTimeline.Events;
using EventTimeline.Text;
using EventTimeline.Time;

namespace EventTimeline;

/// <summary>What the per-document stages found in one prepared document: all that merging needs from it besides the document's metadata (not its text).</summary>
/// <param name="DocumentId">The document.</param>
/// <param name="Sentences">Its sentences, in order.</param>
/// <param name="TimeMentions">Its time expressions, sorted by offset.</param>
/// <param name="Actors">Its actor mentions, in text order.</param>
/// <param name="Events">Its event mentions, before reporters are filtered out.</param>
/// <param name="Error">Why a stage failed on it (then every list is empty), or null.</param>
/// <remarks>It depends on the prepared document alone (its text and publication date) and on the pipeline's rules, so a store may keep it as long as both are unchanged.</remarks>
internal sealed record DocumentExtraction(
    string DocumentId,
    IReadOnlyList<Sentence> Sentences,
    IReadOnlyList<TimeMention> TimeMentions,
    ImmutableArray<ActorMention> Actors,
    IReadOnlyList<EventMention> Events,
    string? Error)
{
    /// <summary>What the reporter filter reads in the document's text (<see cref="ReporterFilter.Cues"/>): with it, merging needs the mentions and not the text.</summary>
    public ReporterCues Cues { get; init; } = ReporterCues.None;

    /// <summary>The extraction of a document a stage failed on.</summary>
    public static DocumentExtraction Failed(string documentId, string error) => new(documentId, [], [], [], [], error);
}
