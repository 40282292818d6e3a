using System.Collections.Immutable;

using EventTimeline.Events;
using EventTimeline.Graph.Algorithms;

namespace EventTimeline.Graph;

/// <summary>The product's graph: actors and events as id vertices, joined by participant, affiliation and before edges, with the data behind each id in dictionaries.</summary>
/// <remarks>Immutable and thread-safe once built by <see cref="ActorEventGraphBuilder"/>. Vertices are actors sorted by id, then events in date order; edges are participant edges in event order, affiliation edges in actor order, then each actor's before chain in actor order.</remarks>
internal sealed class ActorEventGraph
{
    private readonly ImmutableDictionary<string, int> _eventRank;

    internal ActorEventGraph(
        IBidirectionalGraph<string, TaggedEdge<string, GraphEdgeTag>> graph,
        ImmutableArray<GraphActor> actors,
        ImmutableArray<GraphEvent> events)
    {
        Graph = graph;
        ActorIds = [.. actors.Select(actor => actor.Id)];
        EventIds = [.. events.Select(graphEvent => graphEvent.Id)];
        Actors = actors.ToImmutableSortedDictionary(actor => actor.Id, actor => actor, StringComparer.Ordinal);
        Events = events.ToImmutableSortedDictionary(graphEvent => graphEvent.Id, graphEvent => graphEvent, StringComparer.Ordinal);
        _eventRank = events.Select((graphEvent, rank) => (graphEvent.Id, rank)).ToImmutableDictionary(pair => pair.Id, pair => pair.rank, StringComparer.Ordinal);
        VertexKinds = ActorIds.Select(id => (id, GraphVertexKind.Actor))
            .Concat(EventIds.Select(id => (id, GraphVertexKind.Event)))
            .ToImmutableSortedDictionary(pair => pair.id, pair => pair.Item2, StringComparer.Ordinal);
    }

    /// <summary>The vertices and tagged edges.</summary>
    public IBidirectionalGraph<string, TaggedEdge<string, GraphEdgeTag>> Graph { get; }

    /// <summary>Actor ids, sorted ordinally.</summary>
    public ImmutableArray<string> ActorIds { get; }

    /// <summary>Event ids in date order (start, end, id; undated last).</summary>
    public ImmutableArray<string> EventIds { get; }

    /// <summary>The data of each actor, by id.</summary>
    public ImmutableSortedDictionary<string, GraphActor> Actors { get; }

    /// <summary>The data of each event, by id.</summary>
    public ImmutableSortedDictionary<string, GraphEvent> Events { get; }

    /// <summary>Whether each vertex id is an actor or an event.</summary>
    public ImmutableSortedDictionary<string, GraphVertexKind> VertexKinds { get; }

    /// <summary>Returns whether <paramref name="id"/> names an actor or an event, or null when it names neither.</summary>
    public GraphVertexKind? KindOf(string id) => VertexKinds.TryGetValue(id, out var kind) ? kind : null;

    /// <summary>Returns the position of an event in date order.</summary>
    /// <exception cref="KeyNotFoundException">No event has that id.</exception>
    public int EventRank(string eventId) => _eventRank[eventId];

    /// <summary>Returns the events <paramref name="actorId"/> takes part in (its participant out-edges), each once, in date order.</summary>
    /// <exception cref="KeyNotFoundException">No actor has that id.</exception>
    public IReadOnlyList<string> EventsOf(string actorId)
    {
        RequireActor(actorId);
        return Graph.OutEdges(actorId)
            .Where(edge => edge.Tag.Kind == GraphEdgeKind.Participant)
            .Select(edge => edge.Target)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(eventId => _eventRank[eventId])
            .ToList();
    }

    /// <summary>Returns the roles <paramref name="actorId"/> has in <paramref name="eventId"/>, in edge order (empty when it takes no part).</summary>
    public IReadOnlyList<ParticipantRole> RolesIn(string actorId, string eventId)
    {
        RequireActor(actorId);
        return Graph.OutEdges(actorId)
            .Where(edge => edge.Tag.Kind == GraphEdgeKind.Participant && edge.Target == eventId && edge.Tag.Role is not null)
            .Select(edge => edge.Tag.Role!.Value)
            .ToList();
    }

    /// <summary>Returns the actors of <paramref name="eventId"/> with their roles (its participant in-edges), in the order the event lists them.</summary>
    /// <exception cref="KeyNotFoundException">No event has that id.</exception>
    public IReadOnlyList<GraphParticipant> ParticipantsOf(string eventId)
    {
        if (KindOf(eventId) != GraphVertexKind.Event)
        {
            throw new KeyNotFoundException($"no event has id '{eventId}'");
        }

        return Graph.InEdges(eventId)
            .Where(edge => edge.Tag.Kind == GraphEdgeKind.Participant && edge.Tag.Role is not null)
            .Select(edge => new GraphParticipant(edge.Source, edge.Tag.Role!.Value))
            .ToList();
    }

    /// <summary>Returns the actors <paramref name="actorId"/> is affiliated with, in the order given.</summary>
    /// <exception cref="KeyNotFoundException">No actor has that id.</exception>
    public IReadOnlyList<string> AffiliationsOf(string actorId)
    {
        RequireActor(actorId);
        return Graph.OutEdges(actorId).Where(edge => edge.Tag.Kind == GraphEdgeKind.Affiliation).Select(edge => edge.Target).ToList();
    }

    /// <summary>Returns the actors affiliated with <paramref name="actorId"/> (its affiliation in-edges), in actor id order.</summary>
    /// <exception cref="KeyNotFoundException">No actor has that id.</exception>
    public IReadOnlyList<string> MembersOf(string actorId)
    {
        RequireActor(actorId);
        return Graph.InEdges(actorId).Where(edge => edge.Tag.Kind == GraphEdgeKind.Affiliation).Select(edge => edge.Source).ToList();
    }

    /// <summary>Returns <paramref name="actorId"/>'s own chain of dated events, walked along its before edges from its earliest event.</summary>
    /// <exception cref="KeyNotFoundException">No actor has that id.</exception>
    public IReadOnlyList<string> Chain(string actorId)
    {
        var first = EventsOf(actorId).FirstOrDefault(eventId => Events[eventId].Date is not null);
        if (first is null)
        {
            return [];
        }

        var chain = new List<string> { first };
        var current = first;
        while (true)
        {
            var next = Graph.OutEdges(current).FirstOrDefault(edge => edge.Tag.Kind == GraphEdgeKind.Before && edge.Tag.Chain == actorId);
            if (next is null)
            {
                return chain;
            }

            current = next.Target;
            chain.Add(current);
        }
    }

    /// <summary>Returns the vertices of a shortest chain of shared events and affiliations joining two actors (both ends included), or null when nothing joins them.</summary>
    /// <remarks>Before edges are not walked: two events of one actor are joined through the actor, not through its chronology.</remarks>
    /// <exception cref="KeyNotFoundException">Either actor is not in the graph.</exception>
    public IReadOnlyList<string>? Connection(string fromActorId, string toActorId)
    {
        RequireActor(fromActorId);
        RequireActor(toActorId);
        var path = Graph.ShortestPathEdges(fromActorId, toActorId, edge => edge.Tag.Kind != GraphEdgeKind.Before);
        return path?.PathVertices(fromActorId, StringComparer.Ordinal);
    }

    private void RequireActor(string actorId)
    {
        if (KindOf(actorId) != GraphVertexKind.Actor)
        {
            throw new KeyNotFoundException($"no actor has id '{actorId}'");
        }
    }
}
