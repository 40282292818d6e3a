namespace EventTimeline.Graph.Algorithms;

/// <summary>Splits a graph into the groups of vertices joined by edges of either direction (QuikGraph's <c>WeaklyConnectedComponents</c>).</summary>
internal static class WeaklyConnectedComponents
{
    /// <summary>Returns the weakly connected components: each a list of vertices in insertion order, the components ordered by their first vertex.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="follow">Which edges join vertices, or null for all.</param>
    public static IReadOnlyList<IReadOnlyList<TVertex>> ConnectedComponents<TVertex, TEdge>(
        this IBidirectionalGraph<TVertex, TEdge> graph,
        Func<TEdge, bool>? follow = null)
        where TVertex : notnull
        where TEdge : IEdge<TVertex>
    {
        ArgumentNullException.ThrowIfNull(graph);
        var component = new Dictionary<TVertex, int>(graph.VertexComparer);
        var count = 0;
        foreach (var root in graph.Vertices)
        {
            if (component.ContainsKey(root))
            {
                continue;
            }

            component[root] = count;
            var queue = new Queue<TVertex>();
            queue.Enqueue(root);
            while (queue.TryDequeue(out var vertex))
            {
                foreach (var next in Neighborhood.Steps(graph, vertex, EdgeDirection.Both, follow))
                {
                    if (component.TryAdd(next, count))
                    {
                        queue.Enqueue(next);
                    }
                }
            }

            count++;
        }

        var components = new List<List<TVertex>>(count);
        for (var i = 0; i < count; i++)
        {
            components.Add([]);
        }

        // Walking the vertex list (not the walk order) keeps each component in insertion order.
        foreach (var vertex in graph.Vertices)
        {
            components[component[vertex]].Add(vertex);
        }

        return components;
    }
}
