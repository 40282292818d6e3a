namespace EventTimeline.Graph;

/// <summary>The directed graph of string ids with tagged edges that the actor/event graph is stored in, and the graph algorithms its queries use.</summary>
/// <remarks>The only surface the rest of the project sees of the graph library: <see cref="QuikTaggedGraph"/> implements it over QuikGraph. Results that are sets (components, distances) come back as dictionaries; callers order them by their own vertex order.</remarks>
internal interface ITaggedGraph
{
    /// <summary>The number of vertices.</summary>
    int VertexCount { get; }

    /// <summary>The number of edges.</summary>
    int EdgeCount { get; }

    /// <summary>Returns whether <paramref name="vertex"/> is in the graph.</summary>
    bool ContainsVertex(string vertex);

    /// <summary>Returns the edges leaving <paramref name="vertex"/>, in the order they were added.</summary>
    /// <exception cref="KeyNotFoundException">The vertex is not in the graph.</exception>
    IReadOnlyList<GraphEdge> OutEdges(string vertex);

    /// <summary>Returns the edges entering <paramref name="vertex"/>, in the order they were added.</summary>
    /// <exception cref="KeyNotFoundException">The vertex is not in the graph.</exception>
    IReadOnlyList<GraphEdge> InEdges(string vertex);

    /// <summary>Returns, for every vertex joined to <paramref name="start"/> by edges that <paramref name="follow"/> keeps (walked either way), the fewest edges between them; the start itself has 0.</summary>
    /// <exception cref="KeyNotFoundException">The start is not in the graph.</exception>
    IReadOnlyDictionary<string, int> Distances(string start, Func<GraphEdge, bool> follow);

    /// <summary>Returns the weakly connected component of every vertex, as a component number, counting only edges that <paramref name="follow"/> keeps.</summary>
    IReadOnlyDictionary<string, int> WeaklyConnectedComponents(Func<GraphEdge, bool> follow);

    /// <summary>Returns every vertex in an order where each edge that <paramref name="follow"/> keeps goes forward.</summary>
    /// <exception cref="InvalidOperationException">Those edges form a cycle.</exception>
    IReadOnlyList<string> TopologicalOrder(Func<GraphEdge, bool> follow);
}
