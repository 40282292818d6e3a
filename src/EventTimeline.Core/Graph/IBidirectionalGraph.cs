namespace EventTimeline.Graph;

/// <summary>A read-only directed graph whose in-edges are as cheap to reach as its out-edges (QuikGraph's <c>IBidirectionalGraph&lt;TVertex, TEdge&gt;</c>).</summary>
/// <typeparam name="TVertex">The vertex type.</typeparam>
/// <typeparam name="TEdge">The edge type.</typeparam>
/// <remarks>Every enumeration is in insertion order: vertices as added, each vertex's edges as added; nothing depends on hash order.</remarks>
internal interface IBidirectionalGraph<TVertex, TEdge>
    where TVertex : notnull
    where TEdge : IEdge<TVertex>
{
    /// <summary>Every vertex, in the order added.</summary>
    IReadOnlyList<TVertex> Vertices { get; }

    /// <summary>Every edge, in the order added.</summary>
    IReadOnlyList<TEdge> Edges { get; }

    /// <summary>The number of vertices.</summary>
    int VertexCount { get; }

    /// <summary>The number of edges.</summary>
    int EdgeCount { get; }

    /// <summary>How vertices are compared (algorithms key their dictionaries with it).</summary>
    IEqualityComparer<TVertex> VertexComparer { get; }

    /// <summary>Whether parallel edges (two edges with the same source and target) may be added.</summary>
    bool AllowParallelEdges { get; }

    /// <summary>Returns whether <paramref name="vertex"/> is in the graph.</summary>
    bool ContainsVertex(TVertex vertex);

    /// <summary>Returns whether an edge equal to <paramref name="edge"/> is in the graph.</summary>
    bool ContainsEdge(TEdge edge);

    /// <summary>Returns whether an edge leads from <paramref name="source"/> to <paramref name="target"/>.</summary>
    bool ContainsEdge(TVertex source, TVertex target);

    /// <summary>Returns the edges leaving <paramref name="vertex"/>, in the order added.</summary>
    /// <exception cref="KeyNotFoundException">The vertex is not in the graph.</exception>
    IReadOnlyList<TEdge> OutEdges(TVertex vertex);

    /// <summary>Returns the edges entering <paramref name="vertex"/>, in the order added.</summary>
    /// <exception cref="KeyNotFoundException">The vertex is not in the graph.</exception>
    IReadOnlyList<TEdge> InEdges(TVertex vertex);

    /// <summary>Returns the edges leaving or entering <paramref name="vertex"/>, in the order added (a self-loop once).</summary>
    /// <exception cref="KeyNotFoundException">The vertex is not in the graph.</exception>
    IReadOnlyList<TEdge> AdjacentEdges(TVertex vertex);

    /// <summary>Returns the number of edges leaving <paramref name="vertex"/>.</summary>
    /// <exception cref="KeyNotFoundException">The vertex is not in the graph.</exception>
    int OutDegree(TVertex vertex);

    /// <summary>Returns the number of edges entering <paramref name="vertex"/>.</summary>
    /// <exception cref="KeyNotFoundException">The vertex is not in the graph.</exception>
    int InDegree(TVertex vertex);

    /// <summary>Returns the other ends of the edges leaving or entering <paramref name="vertex"/>, each once, in the order their first edge was added.</summary>
    /// <exception cref="KeyNotFoundException">The vertex is not in the graph.</exception>
    IReadOnlyList<TVertex> AdjacentVertices(TVertex vertex);
}
