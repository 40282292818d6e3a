using System.Collections.Immutable;

namespace EventTimeline.Graph;

/// <summary>Builds the actor/event graph from actors and events.</summary>
internal static class ActorEventGraphBuilder
{
    /// <summary>Builds the graph: a vertex per actor and per event, a participant edge per distinct (actor, role) of an event, an affiliation edge per affiliation, and for each actor a before edge between each two consecutive dated events it takes part in.</summary>
    /// <remarks>Events on the same dates are chained in id order, so "before" means "comes earlier in the actor's chronology", not a proven precedence. The result does not depend on the order of the inputs.</remarks>
    /// <exception cref="ArgumentException">An id is used twice (among actors and events together), or a participant or affiliation names an unknown actor.</exception>
    public static ActorEventGraph Build(IEnumerable<GraphActor> actors, IEnumerable<GraphEvent> events)
    {
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(events);
        var sortedActors = actors.OrderBy(actor => actor.Id, StringComparer.Ordinal).ToImmutableArray();
        var sortedEvents = events.Order(EventDateOrder.Instance).ToImmutableArray();

        var graph = new QuikTaggedGraph();
        var edges = new List<GraphEdge>();
        foreach (var id in sortedActors.Select(actor => actor.Id).Concat(sortedEvents.Select(graphEvent => graphEvent.Id)))
        {
            if (!graph.AddVertex(id))
            {
                throw new ArgumentException($"the id '{id}' is used twice", nameof(actors));
            }
        }

        var eventsById = sortedEvents.ToDictionary(graphEvent => graphEvent.Id, StringComparer.Ordinal);
        var actorIds = sortedActors.Select(actor => actor.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var graphEvent in sortedEvents)
        {
            foreach (var participant in graphEvent.Participants)
            {
                RequireActor(actorIds, participant.ActorId, $"event '{graphEvent.Id}'", nameof(events));
                Add(graph, edges, new GraphEdge(participant.ActorId, graphEvent.Id, GraphEdgeTag.Participant(participant.Role)));
            }
        }

        foreach (var actor in sortedActors)
        {
            foreach (var affiliation in actor.Affiliations)
            {
                RequireActor(actorIds, affiliation, $"actor '{actor.Id}'", nameof(actors));
                if (affiliation != actor.Id)
                {
                    Add(graph, edges, new GraphEdge(actor.Id, affiliation, GraphEdgeTag.Affiliation));
                }
            }
        }

        foreach (var actor in sortedActors)
        {
            var dated = graph.OutEdges(actor.Id)
                .Where(edge => edge.Tag.Kind == GraphEdgeKind.Participant)
                .Select(edge => edge.Target)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            string? previous = null;
            // One tag for the whole chain: an actor of a large corpus has hundreds of thousands of before edges.
            var before = GraphEdgeTag.Before(actor.Id);
            foreach (var eventId in dated)
            {
                // Participant edges were added in date order, so the out-edges already are the actor's chronology.
                if (eventsById[eventId].Date is null)
                {
                    continue;
                }

                if (previous is not null)
                {
                    Add(graph, edges, new GraphEdge(previous, eventId, before));
                }

                previous = eventId;
            }
        }

        return new ActorEventGraph(graph, sortedActors, sortedEvents, [.. edges]);
    }

    // Adds an edge to the storage and, when it is new there, to the graph's edge list: the edges are added in the graph's own order.
    private static void Add(QuikTaggedGraph graph, List<GraphEdge> edges, GraphEdge edge)
    {
        if (graph.AddEdge(edge))
        {
            edges.Add(edge);
        }
    }

    private static void RequireActor(HashSet<string> actorIds, string id, string where, string parameter)
    {
        if (!actorIds.Contains(id))
        {
            throw new ArgumentException($"{where} names the unknown actor '{id}'", parameter);
        }
    }
}
