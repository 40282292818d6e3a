using System.Collections.Immutable;

using EventTimeline.Events;

namespace EventTimeline.Graph;

/// <summary>The product's graph: actors and events as id vertices, joined by participant, affiliation and before edges, with the data behind each id in dictionaries.</summary>
/// <remarks>
/// Immutable and thread-safe once built by <see cref="ActorEventGraphBuilder"/>. Vertices are actors sorted by id, then events in date order; edges are participant edges in event order, affiliation edges in actor order, then each actor's before chain in actor order.
/// The graph library's storage (<see cref="Graph"/>) is filled from the vertices and edges, in that order, the first time something asks it: what reads only the
/// vertices, the edges in order, the data and the affiliations (the exports) never pays for it.
/// </remarks>
internal sealed class ActorEventGraph
{
    private readonly Dictionary<string, int> _vertexRank;
    private readonly Lazy<ITaggedGraph> _storage;
    private readonly Lazy<HashSet<string>> _taking;

    /// <summary>The graph of <paramref name="actors"/> and <paramref name="events"/>, whose edges are <paramref name="edges"/>, in the order <see cref="Edges"/> describes and each once (the builder makes them so).</summary>
    internal ActorEventGraph(
        ImmutableArray<GraphActor> actors,
        ImmutableArray<GraphEvent> events,
        ImmutableArray<GraphEdge> edges)
    {
        ActorIds = [.. actors.Select(actor => actor.Id)];
        EventIds = [.. events.Select(graphEvent => graphEvent.Id)];
        Vertices = [.. ActorIds, .. EventIds];
        Actors = actors.ToDictionary(actor => actor.Id, StringComparer.Ordinal);
        Events = events.ToDictionary(graphEvent => graphEvent.Id, StringComparer.Ordinal);
        _vertexRank = new Dictionary<string, int>(Vertices.Length, StringComparer.Ordinal);
        foreach (var id in Vertices)
        {
            if (!_vertexRank.TryAdd(id, _vertexRank.Count))
            {
                throw new ArgumentException($"two vertices have the id '{id}'", nameof(events));
            }
        }

        Edges = edges;
        _storage = new(Store, LazyThreadSafetyMode.ExecutionAndPublication);
        _taking = new(() => Edges.Where(edge => edge.Tag.Kind == GraphEdgeKind.Participant).Select(edge => edge.Source).ToHashSet(StringComparer.Ordinal), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The vertices and tagged edges, behind the project's own graph interface (filled the first time it is asked for).</summary>
    public ITaggedGraph Graph => _storage.Value;

    /// <summary>Every vertex: actor ids sorted ordinally, then event ids in date order.</summary>
    public ImmutableArray<string> Vertices { get; }

    /// <summary>Every edge: participant edges event by event in date order (each event's participants in the order it lists them), affiliation edges actor by actor, then each actor's before chain, actors in id order.</summary>
    /// <remarks>This order is the graph's own, not the storage's (QuikGraph lists edges grouped by source vertex); the exports write edges in it. The edges are the storage's own objects, not copies.</remarks>
    public ImmutableArray<GraphEdge> Edges { get; }

    /// <summary>Actor ids, sorted ordinally.</summary>
    public ImmutableArray<string> ActorIds { get; }

    /// <summary>Event ids in date order (start, end, id; undated last).</summary>
    public ImmutableArray<string> EventIds { get; }

    /// <summary>The data of each actor, by id (for lookups: <see cref="ActorIds"/> is the order).</summary>
    public IReadOnlyDictionary<string, GraphActor> Actors { get; }

    /// <summary>The data of each event, by id (for lookups: <see cref="EventIds"/> is the order).</summary>
    public IReadOnlyDictionary<string, GraphEvent> Events { get; }

    /// <summary>Returns whether <paramref name="id"/> names an actor or an event, or null when it names neither.</summary>
    public GraphVertexKind? KindOf(string id) => !_vertexRank.TryGetValue(id, out var rank) ? null : rank < ActorIds.Length ? GraphVertexKind.Actor : GraphVertexKind.Event;

    /// <summary>Returns the position of an event in date order.</summary>
    /// <exception cref="KeyNotFoundException">No event has that id.</exception>
    public int EventRank(string eventId) => KindOf(eventId) == GraphVertexKind.Event ? _vertexRank[eventId] - ActorIds.Length : throw new KeyNotFoundException($"no event has id '{eventId}'");

    /// <summary>Returns the events <paramref name="actorId"/> takes part in (its participant out-edges), each once, in date order.</summary>
    /// <exception cref="KeyNotFoundException">No actor has that id.</exception>
    public IReadOnlyList<string> EventsOf(string actorId)
    {
        RequireActor(actorId);
        return Graph.OutEdges(actorId)
            .Where(edge => edge.Tag.Kind == GraphEdgeKind.Participant)
            .Select(edge => edge.Target)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(eventId => _vertexRank[eventId])
            .ToList();
    }

    /// <summary>Returns whether <paramref name="actorId"/> takes part in any event (what <c>EventsOf(actorId).Count &gt; 0</c> says, without listing them).</summary>
    /// <exception cref="KeyNotFoundException">No actor has that id.</exception>
    public bool TakesPart(string actorId)
    {
        RequireActor(actorId);
        return _taking.Value.Contains(actorId);
    }

    /// <summary>Returns the roles <paramref name="actorId"/> has in <paramref name="eventId"/>, in edge order (empty when it takes no part).</summary>
    public IReadOnlyList<ParticipantRole> RolesIn(string actorId, string eventId)
    {
        RequireActor(actorId);

        // Looked for among the event's few in-edges, not the actor's out-edges: an actor of a large corpus takes part in hundreds of
        // thousands of events, and asking of each of them would take the square of that. The two lists keep edges in the same order.
        if (!Graph.ContainsVertex(eventId))
        {
            return [];
        }

        return Graph.InEdges(eventId)
            .Where(edge => edge.Tag.Kind == GraphEdgeKind.Participant && edge.Source == actorId && edge.Tag.Role is not null)
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
    /// <remarks>Read from the actor's data (<see cref="GraphActor.AffiliationTargets"/>, which the builder made its affiliation edges from), without the storage.</remarks>
    public IReadOnlyList<string> AffiliationsOf(string actorId)
    {
        RequireActor(actorId);
        return [.. Actors[actorId].AffiliationTargets()];
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
    /// <remarks>Before edges are not walked: two events of one actor are joined through the actor, not through its chronology. Among equally short chains, each step goes to the vertex that comes first in <see cref="Vertices"/>, so the answer never depends on how the graph is stored.</remarks>
    /// <exception cref="KeyNotFoundException">Either actor is not in the graph.</exception>
    public IReadOnlyList<string>? Connection(string fromActorId, string toActorId)
    {
        RequireActor(fromActorId);
        RequireActor(toActorId);
        var toTarget = Graph.Distances(toActorId, IsMembership);
        if (!toTarget.TryGetValue(fromActorId, out var left))
        {
            return null;
        }

        var path = new List<string> { fromActorId };
        var current = fromActorId;
        while (left > 0)
        {
            left--;
            current = Neighbors(current, IsMembership)
                .Where(next => toTarget.TryGetValue(next, out var distance) && distance == left)
                .MinBy(next => _vertexRank[next])!;
            path.Add(current);
        }

        return path;
    }

    /// <summary>Returns <paramref name="id"/> and every vertex at most <paramref name="radius"/> participant or affiliation edges away (walked either way), nearest first, equally near ones in <see cref="Vertices"/> order.</summary>
    /// <exception cref="KeyNotFoundException">No actor or event has that id.</exception>
    public IReadOnlyList<string> Neighborhood(string id, int radius)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(radius);
        RequireVertex(id);
        return [.. Graph.Distances(id, IsMembership)
            .Where(pair => pair.Value <= radius)
            .OrderBy(pair => pair.Value)
            .ThenBy(pair => _vertexRank[pair.Key])
            .Select(pair => pair.Key)];
    }

    /// <summary>Returns the groups of actors and events joined by participant or affiliation edges: each group in <see cref="Vertices"/> order, groups ordered by their first vertex.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Components()
    {
        var component = Graph.WeaklyConnectedComponents(IsMembership);
        return [.. Vertices
            .GroupBy(id => component[id])
            .Select(group => (IReadOnlyList<string>)[.. group])
            .OrderBy(group => _vertexRank[group[0]])];
    }

    /// <summary>Returns the events in an order in which every actor's chain runs forward: a topological order of the before edges.</summary>
    /// <remarks>The chains come from dates, so they cannot form a cycle; among the orders that keep them, this one is the graph library's depth-first order.</remarks>
    public IReadOnlyList<string> ChronologicalOrder()
    {
        return [.. Graph.TopologicalOrder(edge => edge.Tag.Kind == GraphEdgeKind.Before).Where(id => KindOf(id) == GraphVertexKind.Event)];
    }

    private static bool IsMembership(GraphEdge edge) => edge.Tag.Kind != GraphEdgeKind.Before;

    private IEnumerable<string> Neighbors(string id, Func<GraphEdge, bool> follow)
    {
        return Graph.OutEdges(id).Where(follow).Select(edge => edge.Target)
            .Concat(Graph.InEdges(id).Where(follow).Select(edge => edge.Source));
    }

    // The graph library's storage: the vertices, then the edges, added in the graph's order, so each vertex's out- and in-edges keep it.
    private ITaggedGraph Store()
    {
        var storage = new QuikTaggedGraph();
        foreach (var id in Vertices)
        {
            storage.AddVertex(id);
        }

        foreach (var edge in Edges)
        {
            if (!storage.AddEdge(edge))
            {
                throw new InvalidOperationException($"the edge {edge.Source} -> {edge.Target} is listed twice");
            }
        }

        return storage;
    }

    private void RequireVertex(string id)
    {
        if (KindOf(id) is null)
        {
            throw new KeyNotFoundException($"no actor or event has id '{id}'");
        }
    }

    private void RequireActor(string actorId)
    {
        if (KindOf(actorId) != GraphVertexKind.Actor)
        {
            throw new KeyNotFoundException($"no actor has id '{actorId}'");
        }
    }
}
