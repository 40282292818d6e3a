namespace EventTimeline.Graph.Algorithms;

/// <summary>Finds a path with the fewest edges between two vertices, treating edges as undirected.</summary>
/// <remarks>Breadth first, edges tried in insertion order; among paths of equal length the one the walk meets first wins, so the answer is the same on every run.</remarks>
internal static class ShortestPath
{
    /// <summary>Returns the edges of a shortest path from <paramref name="from"/> to <paramref name="to"/> in walking order, an empty list when they are the same vertex, or null when no path joins them.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="from">Where the path starts.</param>
    /// <param name="to">Where the path ends.</param>
    /// <param name="follow">Which edges may be walked, or null for all.</param>
    /// <exception cref="KeyNotFoundException">Either vertex is not in the graph.</exception>
    public static IReadOnlyList<TEdge>? ShortestPathEdges<TVertex, TEdge>(
        this IBidirectionalGraph<TVertex, TEdge> graph,
        TVertex from,
        TVertex to,
        Func<TEdge, bool>? follow = null)
        where TVertex : notnull
        where TEdge : IEdge<TVertex>
    {
        ArgumentNullException.ThrowIfNull(graph);
        foreach (var end in new[] { from, to })
        {
            if (!graph.ContainsVertex(end))
            {
                throw new KeyNotFoundException($"vertex '{end}' is not in the graph");
            }
        }

        var comparer = graph.VertexComparer;
        if (comparer.Equals(from, to))
        {
            return [];
        }

        var reachedBy = new Dictionary<TVertex, TEdge>(comparer);
        var seen = new HashSet<TVertex>(comparer) { from };
        var queue = new Queue<TVertex>();
        queue.Enqueue(from);
        while (queue.TryDequeue(out var vertex))
        {
            foreach (var edge in graph.AdjacentEdges(vertex))
            {
                if (follow is not null && !follow(edge))
                {
                    continue;
                }

                var next = comparer.Equals(edge.Source, vertex) ? edge.Target : edge.Source;
                if (!seen.Add(next))
                {
                    continue;
                }

                reachedBy[next] = edge;
                if (comparer.Equals(next, to))
                {
                    return Unwind(reachedBy, from, to, comparer);
                }

                queue.Enqueue(next);
            }
        }

        return null;
    }

    /// <summary>Returns the vertices a path of edges walks through, starting at <paramref name="from"/> (edges may be walked against their direction).</summary>
    public static IReadOnlyList<TVertex> PathVertices<TVertex, TEdge>(this IReadOnlyList<TEdge> path, TVertex from, IEqualityComparer<TVertex>? comparer = null)
        where TVertex : notnull
        where TEdge : IEdge<TVertex>
    {
        ArgumentNullException.ThrowIfNull(path);
        comparer ??= EqualityComparer<TVertex>.Default;
        var vertices = new List<TVertex> { from };
        foreach (var edge in path)
        {
            var last = vertices[^1];
            vertices.Add(comparer.Equals(edge.Source, last) ? edge.Target : edge.Source);
        }

        return vertices;
    }

    private static List<TEdge> Unwind<TVertex, TEdge>(Dictionary<TVertex, TEdge> reachedBy, TVertex from, TVertex to, IEqualityComparer<TVertex> comparer)
        where TVertex : notnull
        where TEdge : IEdge<TVertex>
    {
        var path = new List<TEdge>();
        var vertex = to;
        while (!comparer.Equals(vertex, from))
        {
            var edge = reachedBy[vertex];
            path.Add(edge);
            vertex = comparer.Equals(edge.Target, vertex) ? edge.Source : edge.Target;
        }

        path.Reverse();
        return path;
    }
}
