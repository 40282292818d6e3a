namespace EventTimeline.Graph.Algorithms;

/// <summary>Orders the vertices of an acyclic graph so that every edge goes forward (QuikGraph's <c>TopologicalSort</c>), with a deterministic choice among vertices that are free at the same time.</summary>
internal static class TopologicalOrder
{
    /// <summary>Returns the vertices in topological order, choosing among free vertices the one added first.</summary>
    /// <exception cref="NonAcyclicGraphException">The graph has a cycle.</exception>
    public static IReadOnlyList<TVertex> TopologicalSort<TVertex, TEdge>(this IBidirectionalGraph<TVertex, TEdge> graph)
        where TVertex : notnull
        where TEdge : IEdge<TVertex>
    {
        return graph.TopologicalSort(_ => 0);
    }

    /// <summary>Returns the vertices in topological order, choosing among free vertices the one with the smallest key, then the one added first (events by date, for instance).</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="key">The key free vertices are chosen by.</param>
    /// <param name="comparer">How keys compare, or null for their default order.</param>
    /// <exception cref="NonAcyclicGraphException">The graph has a cycle.</exception>
    public static IReadOnlyList<TVertex> TopologicalSort<TVertex, TEdge, TKey>(
        this IBidirectionalGraph<TVertex, TEdge> graph,
        Func<TVertex, TKey> key,
        IComparer<TKey>? comparer = null)
        where TVertex : notnull
        where TEdge : IEdge<TVertex>
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(key);
        var keyComparer = comparer ?? Comparer<TKey>.Default;
        var priority = Comparer<(TKey Key, int Index)>.Create((a, b) =>
        {
            var byKey = keyComparer.Compare(a.Key, b.Key);
            return byKey != 0 ? byKey : a.Index.CompareTo(b.Index);
        });

        var indegree = new Dictionary<TVertex, int>(graph.VertexComparer);
        var index = new Dictionary<TVertex, int>(graph.VertexComparer);
        var free = new PriorityQueue<TVertex, (TKey, int)>(priority);
        for (var i = 0; i < graph.VertexCount; i++)
        {
            var vertex = graph.Vertices[i];
            index[vertex] = i;
            indegree[vertex] = graph.InDegree(vertex);
            if (indegree[vertex] == 0)
            {
                free.Enqueue(vertex, (key(vertex), i));
            }
        }

        var order = new List<TVertex>(graph.VertexCount);
        while (free.TryDequeue(out var vertex, out _))
        {
            order.Add(vertex);
            foreach (var edge in graph.OutEdges(vertex))
            {
                if (--indegree[edge.Target] == 0)
                {
                    free.Enqueue(edge.Target, (key(edge.Target), index[edge.Target]));
                }
            }
        }

        if (order.Count < graph.VertexCount)
        {
            var stuck = graph.Vertices.First(vertex => indegree[vertex] > 0);
            throw new NonAcyclicGraphException($"the graph has a cycle through '{stuck}'");
        }

        return order;
    }
}
