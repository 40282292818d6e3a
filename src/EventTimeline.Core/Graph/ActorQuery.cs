using System.Collections.Immutable;

using EventTimeline.Events;

namespace EventTimeline.Graph;

/// <summary>A question about one actor's events: which events it takes part in, optionally only those shared with other actors, within dates, of a type or of a status.</summary>
/// <param name="ActorId">The actor asked about.</param>
internal sealed record ActorQuery(string ActorId)
{
    /// <summary>Actors that must also take part in each event (any role).</summary>
    public ImmutableArray<string> With { get; init; } = [];

    /// <summary>Keep only events whose dates reach this day or later; undated events are dropped when set.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Keep only events whose dates reach this day or earlier; undated events are dropped when set.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Keep only events of this type id (any case).</summary>
    public string? Type { get; init; }

    /// <summary>Keep only events with this status.</summary>
    public EventStatus? Status { get; init; }

    /// <summary>Runs the query over the graph's participant edges and returns the matching events in date order (undated last).</summary>
    /// <remarks>An event matches a date range when its interval overlaps it, so a month-long "September 2015" event is kept for --from 2015-09-18.</remarks>
    /// <exception cref="KeyNotFoundException">The actor or a co-actor is not in the graph.</exception>
    public IReadOnlyList<ActorEventHit> Run(ActorEventGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var shared = With
            .Where(other => other != ActorId)
            .Select(other => graph.EventsOf(other).ToHashSet(StringComparer.Ordinal))
            .ToList();
        var hits = new List<ActorEventHit>();
        foreach (var eventId in graph.EventsOf(ActorId))
        {
            var graphEvent = graph.Events[eventId];
            if (!shared.TrueForAll(events => events.Contains(eventId)) || !Keeps(graphEvent))
            {
                continue;
            }

            var participants = graph.ParticipantsOf(eventId);
            hits.Add(new ActorEventHit(
                eventId,
                [.. participants.Where(participant => participant.ActorId == ActorId).Select(participant => participant.Role)],
                [.. participants.Where(participant => participant.ActorId != ActorId)]));
        }

        return hits;
    }

    private bool Keeps(GraphEvent graphEvent)
    {
        if (Type is not null && !string.Equals(graphEvent.Type, Type, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (Status is not null && graphEvent.Status != Status)
        {
            return false;
        }

        if (From is null && To is null)
        {
            return true;
        }

        return graphEvent.Date is not null
            && (From is null || graphEvent.Date.End >= From.Value)
            && (To is null || graphEvent.Date.Start <= To.Value);
    }
}

/// <summary>One event an actor query found.</summary>
/// <param name="EventId">The event.</param>
/// <param name="Roles">The roles the asked actor has in it.</param>
/// <param name="Others">Its other actors with their roles, in the order the event lists them.</param>
internal sealed record ActorEventHit(string EventId, ImmutableArray<ParticipantRole> Roles, ImmutableArray<GraphParticipant> Others);
