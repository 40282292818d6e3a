using System.Collections.Immutable;

namespace EventTimeline.Events;

/// <summary>One report of a merged event: where it was found and how it was written.</summary>
/// <param name="DocumentId">The document.</param>
/// <param name="Sentence">Index of the sentence.</param>
/// <param name="SentenceText">The sentence as written.</param>
/// <param name="TimeText">The time expression that dated it, as written, or null.</param>
/// <param name="Trigger">The trigger as written.</param>
/// <param name="TriggerStart">Offset of the trigger in the document text.</param>
/// <param name="Type">The mention's own event type.</param>
internal sealed record MergedMention(string DocumentId, int Sentence, string SentenceText, string? TimeText, string Trigger, int TriggerStart, string Type)
{
    /// <summary>The date the mention's own clause gives it, or null when not known.</summary>
    public EventDate? Date { get; init; }
}

/// <summary>A resolved actor of a merged event and its role.</summary>
/// <param name="ActorId">The actor's id.</param>
/// <param name="Role">Its role, the one its mentions give it most often.</param>
internal sealed record MergedParticipant(string ActorId, ParticipantRole Role);

/// <summary>One real-world event, merged from all its mentions across documents.</summary>
/// <param name="Id">Stable id derived from its earliest mention.</param>
/// <param name="Type">Event type id.</param>
/// <param name="Date">The most specific date its mentions agree on.</param>
/// <param name="Status">Whether it happened.</param>
/// <param name="Actors">Resolved actors with roles, doers first.</param>
/// <param name="Location">Where it happened, as most mentions name it, or null.</param>
/// <param name="Sources">Number of distinct documents reporting it, a near-copy counting as its original.</param>
/// <param name="Mentions">Every mention, by document, sentence and offset.</param>
internal sealed record MergedEvent(
    string Id,
    string Type,
    EventDate Date,
    EventStatus Status,
    ImmutableArray<MergedParticipant> Actors,
    string? Location,
    int Sources,
    ImmutableArray<MergedMention> Mentions)
{
    /// <summary>The resolved actor id of <see cref="Location"/>, or null when the place is not a known actor.</summary>
    public string? LocationId { get; init; }
}
