namespace EventTimeline.Graph;

/// <summary>A mutable directed graph that keeps each vertex's out-edges, in-edges and incident edges in insertion order (QuikGraph's <c>BidirectionalGraph&lt;TVertex, TEdge&gt;</c>).</summary>
/// <typeparam name="TVertex">The vertex type; vertices are compared with the comparer given to the constructor.</typeparam>
/// <typeparam name="TEdge">The edge type; edges are compared with their own equality.</typeparam>
/// <remarks>Not thread-safe while being built; safe to read from many threads once building is done. Vertices and edges are never removed, so every list is in insertion order.</remarks>
internal sealed class BidirectionalGraph<TVertex, TEdge> : IBidirectionalGraph<TVertex, TEdge>
    where TVertex : notnull
    where TEdge : IEdge<TVertex>
{
    private readonly List<TVertex> _vertices = [];
    private readonly List<TEdge> _edges = [];
    private readonly HashSet<TEdge> _edgeSet = [];
    private readonly Dictionary<TVertex, Incidence> _incidence;
    private readonly IEqualityComparer<TVertex> _comparer;

    /// <summary>Creates an empty graph.</summary>
    /// <param name="allowParallelEdges">Whether two edges may join the same source to the same target (equal edges are never added twice).</param>
    /// <param name="comparer">How vertices are compared, or null for their default equality.</param>
    public BidirectionalGraph(bool allowParallelEdges = true, IEqualityComparer<TVertex>? comparer = null)
    {
        AllowParallelEdges = allowParallelEdges;
        _comparer = comparer ?? EqualityComparer<TVertex>.Default;
        VertexComparer = _comparer;
        _incidence = new Dictionary<TVertex, Incidence>(_comparer);
    }

    /// <inheritdoc/>
    public IReadOnlyList<TVertex> Vertices => _vertices;

    /// <inheritdoc/>
    public IReadOnlyList<TEdge> Edges => _edges;

    /// <inheritdoc/>
    public int VertexCount => _vertices.Count;

    /// <inheritdoc/>
    public int EdgeCount => _edges.Count;

    /// <inheritdoc/>
    public IEqualityComparer<TVertex> VertexComparer { get; }

    /// <inheritdoc/>
    public bool AllowParallelEdges { get; }

    /// <summary>Adds <paramref name="vertex"/>; returns false when it is already there.</summary>
    public bool AddVertex(TVertex vertex)
    {
        ArgumentNullException.ThrowIfNull(vertex);
        if (_incidence.ContainsKey(vertex))
        {
            return false;
        }

        _incidence.Add(vertex, new Incidence());
        _vertices.Add(vertex);
        return true;
    }

    /// <summary>Adds every vertex of <paramref name="vertices"/> not yet there, in order; returns how many were added.</summary>
    public int AddVertexRange(IEnumerable<TVertex> vertices)
    {
        ArgumentNullException.ThrowIfNull(vertices);
        return vertices.Count(AddVertex);
    }

    /// <summary>Adds <paramref name="edge"/> between two vertices already in the graph; returns false when an equal edge, or with parallel edges disallowed any edge between the same ends, is already there.</summary>
    /// <exception cref="KeyNotFoundException">The source or the target is not in the graph.</exception>
    public bool AddEdge(TEdge edge)
    {
        ArgumentNullException.ThrowIfNull(edge);
        var source = Find(edge.Source);
        var target = Find(edge.Target);
        if (_edgeSet.Contains(edge) || (!AllowParallelEdges && ContainsEdge(edge.Source, edge.Target)))
        {
            return false;
        }

        _edgeSet.Add(edge);
        _edges.Add(edge);
        source.Out.Add(edge);
        target.In.Add(edge);
        source.Adjacent.Add(edge);
        if (!ReferenceEquals(source, target))
        {
            target.Adjacent.Add(edge);
        }

        source.AddNeighbor(edge.Target, _comparer);
        target.AddNeighbor(edge.Source, _comparer);
        return true;
    }

    /// <summary>Adds <paramref name="edge"/>, first adding its source and target when they are missing; returns whether the edge was added.</summary>
    public bool AddVerticesAndEdge(TEdge edge)
    {
        ArgumentNullException.ThrowIfNull(edge);
        AddVertex(edge.Source);
        AddVertex(edge.Target);
        return AddEdge(edge);
    }

    /// <summary>Adds every edge of <paramref name="edges"/> in order (see <see cref="AddEdge"/>); returns how many were added.</summary>
    public int AddEdgeRange(IEnumerable<TEdge> edges)
    {
        ArgumentNullException.ThrowIfNull(edges);
        return edges.Count(AddEdge);
    }

    /// <inheritdoc/>
    public bool ContainsVertex(TVertex vertex) => _incidence.ContainsKey(vertex);

    /// <inheritdoc/>
    public bool ContainsEdge(TEdge edge) => _edgeSet.Contains(edge);

    /// <inheritdoc/>
    public bool ContainsEdge(TVertex source, TVertex target)
    {
        return _incidence.TryGetValue(source, out var incidence)
            && incidence.Out.Exists(edge => _comparer.Equals(edge.Target, target));
    }

    /// <inheritdoc/>
    public IReadOnlyList<TEdge> OutEdges(TVertex vertex) => Find(vertex).Out;

    /// <inheritdoc/>
    public IReadOnlyList<TEdge> InEdges(TVertex vertex) => Find(vertex).In;

    /// <inheritdoc/>
    public IReadOnlyList<TEdge> AdjacentEdges(TVertex vertex) => Find(vertex).Adjacent;

    /// <inheritdoc/>
    public int OutDegree(TVertex vertex) => Find(vertex).Out.Count;

    /// <inheritdoc/>
    public int InDegree(TVertex vertex) => Find(vertex).In.Count;

    /// <inheritdoc/>
    public IReadOnlyList<TVertex> AdjacentVertices(TVertex vertex) => Find(vertex).Neighbors;

    private Incidence Find(TVertex vertex)
    {
        ArgumentNullException.ThrowIfNull(vertex);
        return _incidence.TryGetValue(vertex, out var incidence)
            ? incidence
            : throw new KeyNotFoundException($"vertex '{vertex}' is not in the graph");
    }

    private sealed class Incidence
    {
        private HashSet<TVertex>? _neighborSet;

        public List<TEdge> Out { get; } = [];

        public List<TEdge> In { get; } = [];

        public List<TEdge> Adjacent { get; } = [];

        public List<TVertex> Neighbors { get; } = [];

        public void AddNeighbor(TVertex neighbor, IEqualityComparer<TVertex> comparer)
        {
            _neighborSet ??= new HashSet<TVertex>(comparer);
            if (_neighborSet.Add(neighbor))
            {
                Neighbors.Add(neighbor);
            }
        }
    }
}
