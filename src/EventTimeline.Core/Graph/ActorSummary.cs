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
        return List([.. graph.ActorIds.Select(id => graph.Actors[id])], graph.EventIds.Select(id => graph.Events[id]));
    }

    /// <summary>Returns what <see cref="List(ActorEventGraph)"/> gives for the graph of <paramref name="actors"/> and <paramref name="events"/>, without building the graph.</summary>
    /// <exception cref="KeyNotFoundException">An event names an actor not among <paramref name="actors"/>.</exception>
    public static IReadOnlyList<ActorSummary> List(IReadOnlyList<GraphActor> actors, IEnumerable<GraphEvent> events)
    {
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(events);
        var tallies = new Dictionary<string, (GraphActor Actor, Tally Tally)>(actors.Count, StringComparer.Ordinal);
        foreach (var actor in actors)
        {
            tallies[actor.Id] = (actor, new Tally());
        }

        foreach (var graphEvent in events)
        {
            var participants = graphEvent.Participants;
            for (var i = 0; i < participants.Length; i++)
            {
                var actorId = participants[i].ActorId;
                if (Earlier(participants, i, actorId))
                {
                    continue;
                }

                tallies[actorId].Tally.Add(graphEvent, actorId);
            }
        }

        return tallies.Values
            .Select(pair => pair.Tally.Summary(pair.Actor))
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
        var tally = new Tally();
        foreach (var eventId in graph.EventsOf(actorId))
        {
            tally.Add(graph.Events[eventId], actorId);
        }

        return tally.Summary(graph.Actors[actorId]);
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

    // What an actor's summary counts over its events: each event once, those it is the source of, and the span of their dates.
    private sealed class Tally
    {
        private int _events;
        private int _asSource;
        private DateOnly? _first;
        private DateOnly? _last;

        public void Add(GraphEvent graphEvent, string actorId)
        {
            _events++;
            if (graphEvent.Participants.Any(participant => participant.Role == ParticipantRole.Source && string.Equals(participant.ActorId, actorId, StringComparison.Ordinal)))
            {
                _asSource++;
            }

            if (graphEvent.Date is { } date)
            {
                _first = _first is { } first && first <= date.Start ? first : date.Start;
                _last = _last is { } last && last >= date.End ? last : date.End;
            }
        }

        public ActorSummary Summary(GraphActor actor) =>
            new(actor.Id, actor.Name, actor.Kind, actor.Country, _events, _asSource, _first, _last, actor.Mentions);
    }
}
