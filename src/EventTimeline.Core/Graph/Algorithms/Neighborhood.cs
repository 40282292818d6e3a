namespace EventTimeline.Graph.Algorithms;

/// <summary>Finds the vertices within a number of hops of a vertex, breadth first.</summary>
internal static class Neighborhood
{
    /// <summary>Returns <paramref name="start"/> and every vertex at most <paramref name="radius"/> edges away, nearest first, each distance in the order the walk meets them (edges in insertion order).</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="start">The vertex to start from.</param>
    /// <param name="radius">The most edges to walk; 0 gives the start alone.</param>
    /// <param name="direction">Which edges to follow.</param>
    /// <param name="follow">Which edges may be walked, or null for all.</param>
    /// <exception cref="KeyNotFoundException">The start is not in the graph.</exception>
    public static IReadOnlyList<TVertex> KHopNeighborhood<TVertex, TEdge>(
        this IBidirectionalGraph<TVertex, TEdge> graph,
        TVertex start,
        int radius,
        EdgeDirection direction = EdgeDirection.Both,
        Func<TEdge, bool>? follow = null)
        where TVertex : notnull
        where TEdge : IEdge<TVertex>
    {
        return graph.KHopDistances(start, radius, direction, follow).Select(pair => pair.Vertex).ToList();
    }

    /// <summary>Returns the same vertices as <see cref="KHopNeighborhood"/>, each with its distance in edges from the start.</summary>
    /// <exception cref="KeyNotFoundException">The start is not in the graph.</exception>
    public static IReadOnlyList<(TVertex Vertex, int Distance)> KHopDistances<TVertex, TEdge>(
        this IBidirectionalGraph<TVertex, TEdge> graph,
        TVertex start,
        int radius,
        EdgeDirection direction = EdgeDirection.Both,
        Func<TEdge, bool>? follow = null)
        where TVertex : notnull
        where TEdge : IEdge<TVertex>
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfNegative(radius);
        if (!graph.ContainsVertex(start))
        {
            throw new KeyNotFoundException($"vertex '{start}' is not in the graph");
        }

        var seen = new HashSet<TVertex>(graph.VertexComparer) { start };
        var result = new List<(TVertex Vertex, int Distance)> { (start, 0) };
        for (var head = 0; head < result.Count; head++)
        {
            var (vertex, distance) = result[head];
            if (distance == radius)
            {
                continue;
            }

            foreach (var next in Steps(graph, vertex, direction, follow))
            {
                if (seen.Add(next))
                {
                    result.Add((next, distance + 1));
                }
            }
        }

        return result;
    }

    /// <summary>Returns the vertices one step from <paramref name="vertex"/> along the allowed edges, in edge insertion order, possibly repeated.</summary>
    internal static IEnumerable<TVertex> Steps<TVertex, TEdge>(
        IBidirectionalGraph<TVertex, TEdge> graph,
        TVertex vertex,
        EdgeDirection direction,
        Func<TEdge, bool>? follow)
        where TVertex : notnull
        where TEdge : IEdge<TVertex>
    {
        var edges = direction switch
        {
            EdgeDirection.Out => graph.OutEdges(vertex),
            EdgeDirection.In => graph.InEdges(vertex),
            _ => graph.AdjacentEdges(vertex),
        };
        foreach (var edge in edges)
        {
            if (follow is null || follow(edge))
            {
                yield return graph.VertexComparer.Equals(edge.Source, vertex) && direction != EdgeDirection.In ? edge.Target : edge.Source;
            }
        }
    }
}
