using System.Collections.Immutable;

using EventTimeline.Events;
using EventTimeline.Time;

namespace EventTimeline.Graph;

/// <summary>The data behind one event vertex of the actor/event graph.</summary>
/// <param name="Id">The vertex id, unique among actors and events.</param>
/// <param name="Type">Event type id ("call", "meeting").</param>
/// <param name="Label">Short human label.</param>
/// <param name="Date">When it happened, or null when it is not on the calendar.</param>
/// <param name="Status">Whether it happened.</param>
/// <param name="Participants">Its actors with their roles, each made a participant edge.</param>
/// <param name="Location">Where it happened, or null.</param>
/// <param name="ReportedBy">Ids of the documents reporting it, kept as a property rather than as document vertices.</param>
internal sealed record GraphEvent(
    string Id,
    string Type,
    string Label,
    DateInterval? Date,
    EventStatus Status,
    ImmutableArray<GraphParticipant> Participants,
    string? Location,
    ImmutableArray<string> ReportedBy);

/// <summary>An actor of an event and its role.</summary>
/// <param name="ActorId">The actor's vertex id.</param>
/// <param name="Role">What it does in the event.</param>
internal sealed record GraphParticipant(string ActorId, ParticipantRole Role);
