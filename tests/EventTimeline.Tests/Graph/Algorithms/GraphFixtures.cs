using EventTimeline.Graph;

namespace EventTimeline.Tests.Graph.Algorithms;

/// <summary>Small graphs written edge by edge for the algorithm tests.</summary>
internal static class GraphFixtures
{
    /// <summary>Builds a graph from "a>b" edge strings (the tag is the edge string itself), adding loose vertices first.</summary>
    public static BidirectionalGraph<string, TaggedEdge<string, string>> FromEdges(string edges, params string[] looseVertices)
    {
        var graph = new BidirectionalGraph<string, TaggedEdge<string, string>>(comparer: StringComparer.Ordinal);
        graph.AddVertexRange(looseVertices);
        foreach (var edge in edges.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var ends = edge.Split('>');
            graph.AddVerticesAndEdge(new TaggedEdge<string, string>(ends[0], ends[1], edge));
        }

        return graph;
    }
}
