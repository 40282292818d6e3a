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
        foreach (var id in sortedActors.Select(actor => actor.Id).Concat(sortedEvents.Select(graphEvent => graphEvent.Id)))
        {
            if (!graph.AddVertex(id))
            {
                throw new ArgumentException($"the id '{id}' is used twice", nameof(actors));
            }
        }

        // Each actor's dated events, each once, in date order: its chronology, gathered as the participant edges are added in that order.
        var chronologies = sortedActors.ToDictionary(actor => actor.Id, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var graphEvent in sortedEvents)
        {
            foreach (var participant in graphEvent.Participants)
            {
                if (!chronologies.TryGetValue(participant.ActorId, out var chronology))
                {
                    throw new ArgumentException($"event '{graphEvent.Id}' names the unknown actor '{participant.ActorId}'", nameof(events));
                }

                graph.AddEdge(new GraphEdge(participant.ActorId, graphEvent.Id, GraphEdgeTag.Participant(participant.Role)));
                if (graphEvent.Date is not null && (chronology.Count == 0 || chronology[^1] != graphEvent.Id))
                {
                    chronology.Add(graphEvent.Id);
                }
            }
        }

        foreach (var actor in sortedActors)
        {
            foreach (var affiliation in actor.Affiliations)
            {
                if (!chronologies.ContainsKey(affiliation))
                {
                    throw new ArgumentException($"actor '{actor.Id}' names the unknown actor '{affiliation}'", nameof(actors));
                }

                if (affiliation != actor.Id)
                {
                    graph.AddEdge(new GraphEdge(actor.Id, affiliation, GraphEdgeTag.Affiliation));
                }
            }
        }

        foreach (var actor in sortedActors)
        {
            var chronology = chronologies[actor.Id];
            for (var i = 1; i < chronology.Count; i++)
            {
                graph.AddEdge(new GraphEdge(chronology[i - 1], chronology[i], GraphEdgeTag.Before(actor.Id)));
            }
        }

        return new ActorEventGraph(graph, sortedActors, sortedEvents);
    }
}
