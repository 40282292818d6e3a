using System.Collections.Immutable;

namespace EventTimeline.Graph;

/// <summary>Builds the actor/event graph from actors and events.</summary>
internal static class ActorEventGraphBuilder
{
    /// <summary>Builds the graph: a vertex per actor and per event, a participant edge per distinct (actor, role) of an event, an affiliation edge per affiliation, and for each actor a before edge between each two consecutive dated events it takes part in.</summary>
    /// <remarks>
    /// Events on the same dates are chained in id order, so "before" means "comes earlier in the actor's chronology", not a proven precedence. The result does not depend on the order of the inputs.
    /// The edges are made here in the graph's own order (<see cref="ActorEventGraph.Edges"/>), each once; the graph library's storage is filled from them when a query first needs it, so the exports, which read the edges in order, never build it.
    /// </remarks>
    /// <exception cref="ArgumentException">An id is used twice (among actors and events together), or a participant or affiliation names an unknown actor.</exception>
    public static ActorEventGraph Build(IEnumerable<GraphActor> actors, IEnumerable<GraphEvent> events)
    {
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(events);
        var sortedActors = actors.OrderBy(actor => actor.Id, StringComparer.Ordinal).ToImmutableArray();
        var sortedEvents = events.Order(EventDateOrder.Instance).ToImmutableArray();

        var ids = new HashSet<string>(sortedActors.Length + sortedEvents.Length, StringComparer.Ordinal);
        foreach (var id in sortedActors.Select(actor => actor.Id).Concat(sortedEvents.Select(graphEvent => graphEvent.Id)))
        {
            if (!ids.Add(id))
            {
                throw new ArgumentException($"the id '{id}' is used twice", nameof(actors));
            }
        }

        var actorIds = sortedActors.Select(actor => actor.Id).ToHashSet(StringComparer.Ordinal);
        var edges = new List<GraphEdge>();

        // Each actor's events, each once, in date order: its chronology, chained below.
        var chronologies = new Dictionary<string, List<GraphEvent>>(StringComparer.Ordinal);
        foreach (var graphEvent in sortedEvents)
        {
            var first = edges.Count;
            foreach (var participant in graphEvent.Participants)
            {
                RequireActor(actorIds, participant.ActorId, $"event '{graphEvent.Id}'", nameof(events));
                AddNew(edges, first, new GraphEdge(participant.ActorId, graphEvent.Id, GraphEdgeTag.Participant(participant.Role)));
                if (!chronologies.TryGetValue(participant.ActorId, out var chronology))
                {
                    chronologies[participant.ActorId] = chronology = [];
                }

                if (chronology.Count == 0 || !ReferenceEquals(chronology[^1], graphEvent))
                {
                    chronology.Add(graphEvent);
                }
            }
        }

        foreach (var actor in sortedActors)
        {
            foreach (var affiliation in actor.Affiliations)
            {
                RequireActor(actorIds, affiliation, $"actor '{actor.Id}'", nameof(actors));
            }

            edges.AddRange(actor.AffiliationTargets().Select(affiliation => new GraphEdge(actor.Id, affiliation, GraphEdgeTag.Affiliation)));
        }

        foreach (var actor in sortedActors)
        {
            if (!chronologies.TryGetValue(actor.Id, out var chronology))
            {
                continue;
            }

            string? previous = null;
            // One tag for the whole chain: an actor of a large corpus has hundreds of thousands of before edges.
            var before = GraphEdgeTag.Before(actor.Id);
            foreach (var graphEvent in chronology.Where(graphEvent => graphEvent.Date is not null))
            {
                if (previous is not null)
                {
                    edges.Add(new GraphEdge(previous, graphEvent.Id, before));
                }

                previous = graphEvent.Id;
            }
        }

        return new ActorEventGraph(sortedActors, sortedEvents, [.. edges]);
    }

    // Adds an edge unless an equal one (same ends and tag) is among those added from place first on: only the edges of the same
    // event can be equal to a participant edge.
    private static void AddNew(List<GraphEdge> edges, int first, GraphEdge edge)
    {
        for (var i = first; i < edges.Count; i++)
        {
            if (edges[i] == edge)
            {
                return;
            }
        }

        edges.Add(edge);
    }

    private static void RequireActor(HashSet<string> actorIds, string id, string where, string parameter)
    {
        if (!actorIds.Contains(id))
        {
            throw new ArgumentException($"{where} names the unknown actor '{id}'", parameter);
        }
    }
}
