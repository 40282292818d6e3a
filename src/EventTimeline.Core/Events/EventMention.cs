using System.Collections.Immutable;

using EventTimeline.Time;

namespace EventTimeline.Events;

/// <summary>Whether an event happened, according to the text.</summary>
internal enum EventStatus
{
    /// <summary>Reported as having happened or happening.</summary>
    Asserted,

    /// <summary>Announced or expected for the future ("will address", "plans to unveil").</summary>
    Planned,

    /// <summary>Possible or conditional ("may", "could", "would").</summary>
    Hypothetical,

    /// <summary>Reported as not having happened.</summary>
    Negated,
}

/// <summary>What an actor does in an event.</summary>
internal enum ParticipantRole
{
    /// <summary>Who acts.</summary>
    Source,

    /// <summary>Whom the event is aimed at, or with whom it is done.</summary>
    Target,

    /// <summary>Takes part otherwise.</summary>
    Participant,
}

/// <summary>How an event's date was found.</summary>
internal enum EventDateBasis
{
    /// <summary>From a fully specified time expression in the clause.</summary>
    Explicit,

    /// <summary>From a time expression resolved against the document date.</summary>
    RelativeToDct,

    /// <summary>No time expression of its own: it happened on or before the document date.</summary>
    Reported,

    /// <summary>Not placed on the calendar.</summary>
    Unresolved,
}

/// <summary>An event's date: an inclusive interval with its granularity, the expression it came from, and how it was found.</summary>
/// <param name="Interval">The interval, or null when unresolved.</param>
/// <param name="Timex">The TIMEX3 value it came from, or null.</param>
/// <param name="Basis">How it was found.</param>
internal sealed record EventDate(DateInterval? Interval, string? Timex, EventDateBasis Basis);

/// <summary>One actor of an event mention: the index of the actor mention in its document and its role.</summary>
/// <param name="ActorMention">Index into the document's actor mentions.</param>
/// <param name="Role">What the actor does in the event.</param>
internal sealed record MentionParticipant(int ActorMention, ParticipantRole Role);

/// <summary>One report of an event in one sentence of one document, before mentions are merged into events.</summary>
/// <param name="DocumentId">The document.</param>
/// <param name="Sentence">Index of the sentence.</param>
/// <param name="TriggerStart">Offset of the trigger word or phrase in the document text.</param>
/// <param name="TriggerLength">Length of the trigger.</param>
/// <param name="Trigger">The trigger as written ("talked by phone", "warned", "arrival").</param>
/// <param name="Type">Event type id from the lexicon ("call", "warning", "deployment").</param>
/// <param name="Participants">Actors taking part, with roles.</param>
/// <param name="Location">Place name where the event happened, when the clause names one.</param>
/// <param name="Time">The time expression governing the clause, if any.</param>
/// <param name="Date">The date given to the event.</param>
/// <param name="Status">Whether it happened.</param>
internal sealed record EventMention(
    string DocumentId,
    int Sentence,
    int TriggerStart,
    int TriggerLength,
    string Trigger,
    string Type,
    ImmutableArray<MentionParticipant> Participants,
    string? Location,
    TimeMention? Time,
    EventDate Date,
    EventStatus Status)
{
    /// <summary>Index of the actor mention that names <see cref="Location"/>, or null when the place was read from plain text.</summary>
    public int? LocationMention { get; init; }
}
