using QuikGraph;
using QuikGraph.Algorithms;
using QuikGraph.Algorithms.Observers;
using QuikGraph.Algorithms.Search;
using QuikGraph.Predicates;

namespace EventTimeline.Graph;

/// <summary>The actor/event graph's storage and algorithms on QuikGraph: a <c>BidirectionalGraph</c> of string ids whose edges hold the <see cref="GraphEdge"/>s added; the one file that names QuikGraph.</summary>
/// <remarks>
/// Vertices are never removed, so QuikGraph keeps each vertex's out-edges and in-edges in the order they were added,
/// which the exports rely on; its <c>Edges</c> (grouped by source vertex) and its vertex enumeration are not used for
/// anything that is written out. Not thread-safe while being built; safe to read from many threads afterwards.
/// </remarks>
internal sealed class QuikTaggedGraph : ITaggedGraph
{
    private readonly BidirectionalGraph<string, StoredEdge> _graph = new(allowParallelEdges: true);

    /// <inheritdoc/>
    public int VertexCount => _graph.VertexCount;

    /// <inheritdoc/>
    public int EdgeCount => _graph.EdgeCount;

    /// <summary>Adds <paramref name="vertex"/>; returns false when it is already there.</summary>
    public bool AddVertex(string vertex)
    {
        ArgumentNullException.ThrowIfNull(vertex);
        return _graph.AddVertex(vertex);
    }

    /// <summary>Adds <paramref name="edge"/> between two vertices already in the graph; returns false when an edge with the same ends and tag is already there.</summary>
    /// <exception cref="KeyNotFoundException">The source or the target is not in the graph.</exception>
    public bool AddEdge(GraphEdge edge)
    {
        ArgumentNullException.ThrowIfNull(edge);
        RequireVertex(edge.Source);
        RequireVertex(edge.Target);

        // Parallel edges are allowed (two actors' chains may join the same two events), equal ones are not. They are looked for among the
        // fewer of the source's out-edges and the target's in-edges: an actor of a large corpus has hundreds of thousands, an event a few.
        var equal = _graph.OutDegree(edge.Source) <= _graph.InDegree(edge.Target)
            ? _graph.OutEdges(edge.Source).Any(existing => existing.Edge == edge)
            : _graph.InEdges(edge.Target).Any(existing => existing.Edge == edge);
        if (equal)
        {
            return false;
        }

        return _graph.AddEdge(new StoredEdge(edge));
    }

    /// <inheritdoc/>
    public bool ContainsVertex(string vertex) => _graph.ContainsVertex(vertex);

    /// <inheritdoc/>
    public IReadOnlyList<GraphEdge> OutEdges(string vertex)
    {
        RequireVertex(vertex);
        return [.. _graph.OutEdges(vertex).Select(stored => stored.Edge)];
    }

    /// <inheritdoc/>
    public IReadOnlyList<GraphEdge> InEdges(string vertex)
    {
        RequireVertex(vertex);
        return [.. _graph.InEdges(vertex).Select(stored => stored.Edge)];
    }

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, int> Distances(string start, Func<GraphEdge, bool> follow)
    {
        ArgumentNullException.ThrowIfNull(follow);
        RequireVertex(start);
        var undirected = new FilteredUndirectedGraph<string, StoredEdge, UndirectedBidirectionalGraph<string, StoredEdge>>(
            new UndirectedBidirectionalGraph<string, StoredEdge>(_graph),
            _ => true,
            edge => follow(edge.Edge));
        var search = new UndirectedBreadthFirstSearchAlgorithm<string, StoredEdge>(undirected);
        var recorder = new UndirectedVertexDistanceRecorderObserver<string, StoredEdge>(_ => 1.0);
        using (recorder.Attach(search))
        {
            search.Compute(start);
        }

        // The recorder notes a vertex when a tree edge reaches it, so the start is not among them.
        var distances = new Dictionary<string, int>(StringComparer.Ordinal) { [start] = 0 };
        foreach (var (vertex, distance) in recorder.Distances)
        {
            distances[vertex] = (int)distance;
        }

        return distances;
    }

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, int> WeaklyConnectedComponents(Func<GraphEdge, bool> follow)
    {
        ArgumentNullException.ThrowIfNull(follow);
        var components = new Dictionary<string, int>(StringComparer.Ordinal);
        Filtered(follow).WeaklyConnectedComponents(components);
        return components;
    }

    /// <inheritdoc/>
    public IReadOnlyList<string> TopologicalOrder(Func<GraphEdge, bool> follow)
    {
        ArgumentNullException.ThrowIfNull(follow);
        try
        {
            return [.. Filtered(follow).TopologicalSort()];
        }
        catch (NonAcyclicGraphException exception)
        {
            throw new InvalidOperationException("the edges form a cycle, so no topological order exists", exception);
        }
    }

    private FilteredBidirectionalGraph<string, StoredEdge, BidirectionalGraph<string, StoredEdge>> Filtered(Func<GraphEdge, bool> follow)
    {
        return new(_graph, _ => true, edge => follow(edge.Edge));
    }

    private void RequireVertex(string vertex)
    {
        ArgumentNullException.ThrowIfNull(vertex);
        if (!_graph.ContainsVertex(vertex))
        {
            throw new KeyNotFoundException($"vertex '{vertex}' is not in the graph");
        }
    }

    // QuikGraph's edge: the project's edge as added, which the graph's readers get back without a copy.
    private sealed class StoredEdge(GraphEdge edge) : IEdge<string>
    {
        public GraphEdge Edge { get; } = edge;

        public string Source => Edge.Source;

        public string Target => Edge.Target;
    }
}
