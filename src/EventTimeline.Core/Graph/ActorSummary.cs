using System.Collections.Immutable;

using EventTimeline.Actors;
using EventTimeline.Events;
using EventTimeline.Time;

namespace EventTimeline.Graph;

/// <summary>One line of the actor list: who an actor is and how many events it takes part in.</summary>
/// <param name="Id">The actor id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Kind">What sort of actor it is.</param>
/// <param name="Country">ISO alpha-3 of its country, or null.</param>
/// <param name="Events">How many events it takes part in.</param>
/// <param name="AsSource">How many of those it takes part in as the doer.</param>
/// <param name="First">Start of its earliest dated event, or null.</param>
/// <param name="Last">End of its latest dated event, or null.</param>
/// <param name="Mentions">How many mentions in the corpus refer to it.</param>
internal sealed record ActorSummary(
    string Id,
    string Name,
    ActorKind Kind,
    string? Country,
    int Events,
    int AsSource,
    DateOnly? First,
    DateOnly? Last,
    int Mentions)
{
    /// <summary>Returns a summary of every actor, most events first, then by name and id (ordinal): for each actor what <see cref="Of"/> gives.</summary>
    /// <remarks>Made in one pass over the events' participants rather than actor by actor through the edges, which at scale asks the graph for every event of every actor.</remarks>
    public static IReadOnlyList<ActorSummary> List(ActorEventGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var tallies = new Dictionary<string, Tally>(graph.ActorIds.Length, StringComparer.Ordinal);
        foreach (var id in graph.ActorIds)
        {
            tallies[id] = new Tally();
        }

        foreach (var graphEvent in graph.Events.Values)
        {
            var participants = graphEvent.Participants;
            for (var i = 0; i < participants.Length; i++)
            {
                var actorId = participants[i].ActorId;
                if (Earlier(participants, i, actorId))
                {
                    continue;
                }

                var tally = tallies[actorId];
                tally.Events++;
                if (participants.Any(participant => participant.Role == ParticipantRole.Source && participant.ActorId == actorId))
                {
                    tally.AsSource++;
                }

                if (graphEvent.Date is { } date)
                {
                    tally.First = tally.First is { } first && first <= date.Start ? first : date.Start;
                    tally.Last = tally.Last is { } last && last >= date.End ? last : date.End;
                }
            }
        }

        return graph.ActorIds
            .Select(id =>
            {
                var actor = graph.Actors[id];
                var tally = tallies[id];
                return new ActorSummary(actor.Id, actor.Name, actor.Kind, actor.Country, tally.Events, tally.AsSource, tally.First, tally.Last, actor.Mentions);
            })
            .OrderByDescending(summary => summary.Events)
            .ThenBy(summary => summary.Name, StringComparer.Ordinal)
            .ThenBy(summary => summary.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Returns the summary of one actor.</summary>
    /// <exception cref="KeyNotFoundException">No actor has that id.</exception>
    public static ActorSummary Of(ActorEventGraph graph, string actorId)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var events = graph.EventsOf(actorId);
        var dates = events.Select(eventId => graph.Events[eventId].Date).OfType<DateInterval>().ToList();
        var asSource = events.Count(eventId => graph.RolesIn(actorId, eventId).Contains(ParticipantRole.Source));
        var actor = graph.Actors[actorId];
        return new ActorSummary(
            actor.Id,
            actor.Name,
            actor.Kind,
            actor.Country,
            events.Count,
            asSource,
            dates.Count == 0 ? null : dates.Min(date => date.Start),
            dates.Count == 0 ? null : dates.Max(date => date.End),
            actor.Mentions);
    }

    // Whether the actor at place i of an event's participants is listed before it too (in another role): the event counts once for it.
    private static bool Earlier(ImmutableArray<GraphParticipant> participants, int i, string actorId)
    {
        for (var k = 0; k < i; k++)
        {
            if (string.Equals(participants[k].ActorId, actorId, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class Tally
    {
        public int Events { get; set; }

        public int AsSource { get; set; }

        public DateOnly? First { get; set; }

        public DateOnly? Last { get; set; }
    }
}
