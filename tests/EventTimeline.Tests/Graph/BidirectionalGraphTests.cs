using EventTimeline.Graph;

namespace EventTimeline.Tests.Graph;

public sealed class BidirectionalGraphTests
{
    private static TaggedEdge<string, string> Edge(string source, string target, string tag = "") => new(source, target, tag);

    [Test]
    public void Vertices_AddedOutOfAlphabeticalOrder_KeepInsertionOrder()
    {
        var graph = new BidirectionalGraph<string, TaggedEdge<string, string>>();
        foreach (var vertex in new[] { "m", "b", "z", "a", "q" })
        {
            graph.AddVertex(vertex);
        }

        Assert.That(graph.Vertices, Is.EqualTo(new[] { "m", "b", "z", "a", "q" }));
    }

    [Test]
    public void AddVertex_Twice_ReturnsFalseAndKeepsOne()
    {
        var graph = new BidirectionalGraph<string, TaggedEdge<string, string>>();

        Assert.Multiple(() =>
        {
            Assert.That(graph.AddVertex("a"), Is.True);
            Assert.That(graph.AddVertex("a"), Is.False);
            Assert.That(graph.VertexCount, Is.EqualTo(1));
        });
    }

    [Test]
    public void AddEdge_MissingVertex_Throws()
    {
        var graph = new BidirectionalGraph<string, TaggedEdge<string, string>>();
        graph.AddVertex("a");

        Assert.That(() => graph.AddEdge(Edge("a", "b")), Throws.TypeOf<KeyNotFoundException>());
    }

    [Test]
    public void AddVerticesAndEdge_MissingVertices_AddsThemInSourceTargetOrder()
    {
        var graph = new BidirectionalGraph<string, TaggedEdge<string, string>>();

        var added = graph.AddVerticesAndEdge(Edge("y", "x"));

        Assert.Multiple(() =>
        {
            Assert.That(added, Is.True);
            Assert.That(graph.Vertices, Is.EqualTo(new[] { "y", "x" }));
            Assert.That(graph.EdgeCount, Is.EqualTo(1));
        });
    }

    [Test]
    public void OutEdgesAndInEdges_SmallGraph_ListEdgesInInsertionOrder()
    {
        var graph = new BidirectionalGraph<string, TaggedEdge<string, string>>();
        graph.AddVerticesAndEdge(Edge("a", "c", "1"));
        graph.AddVerticesAndEdge(Edge("a", "b", "2"));
        graph.AddVerticesAndEdge(Edge("b", "c", "3"));
        graph.AddVerticesAndEdge(Edge("c", "a", "4"));

        Assert.Multiple(() =>
        {
            Assert.That(graph.OutEdges("a").Select(edge => edge.Tag), Is.EqualTo(new[] { "1", "2" }));
            Assert.That(graph.InEdges("c").Select(edge => edge.Tag), Is.EqualTo(new[] { "1", "3" }));
            Assert.That(graph.AdjacentEdges("a").Select(edge => edge.Tag), Is.EqualTo(new[] { "1", "2", "4" }));
            Assert.That(graph.OutDegree("a"), Is.EqualTo(2));
            Assert.That(graph.InDegree("a"), Is.EqualTo(1));
            Assert.That(graph.OutDegree("b"), Is.EqualTo(1));
            Assert.That(graph.InDegree("c"), Is.EqualTo(2));
        });
    }

    [Test]
    public void AdjacentVertices_EdgesBothWays_ListsEachNeighbourOnceInFirstEdgeOrder()
    {
        var graph = new BidirectionalGraph<string, TaggedEdge<string, string>>();
        graph.AddVerticesAndEdge(Edge("x", "c"));
        graph.AddVerticesAndEdge(Edge("a", "x"));
        graph.AddVerticesAndEdge(Edge("x", "c", "again"));
        graph.AddVerticesAndEdge(Edge("x", "b"));

        Assert.That(graph.AdjacentVertices("x"), Is.EqualTo(new[] { "c", "a", "b" }));
    }

    [Test]
    public void AddEdge_EqualEdgeTwice_AddsItOnce()
    {
        var graph = new BidirectionalGraph<string, TaggedEdge<string, string>>();
        graph.AddVerticesAndEdge(Edge("a", "b", "t"));

        Assert.Multiple(() =>
        {
            Assert.That(graph.AddEdge(Edge("a", "b", "t")), Is.False);
            Assert.That(graph.AddEdge(Edge("a", "b", "other tag")), Is.True);
            Assert.That(graph.EdgeCount, Is.EqualTo(2));
            Assert.That(graph.ContainsEdge(Edge("a", "b", "t")), Is.True);
        });
    }

    [Test]
    public void AddEdge_ParallelEdgesDisallowed_RefusesSecondEdgeBetweenSameEnds()
    {
        var graph = new BidirectionalGraph<string, TaggedEdge<string, string>>(allowParallelEdges: false);
        graph.AddVerticesAndEdge(Edge("a", "b", "first"));

        Assert.Multiple(() =>
        {
            Assert.That(graph.AddEdge(Edge("a", "b", "second")), Is.False);
            Assert.That(graph.AddEdge(Edge("b", "a", "reverse")), Is.True);
            Assert.That(graph.ContainsEdge("a", "b"), Is.True);
            Assert.That(graph.ContainsEdge("a", "c"), Is.False);
        });
    }

    [Test]
    public void SelfLoop_Added_CountsOnceAmongAdjacentEdges()
    {
        var graph = new BidirectionalGraph<string, TaggedEdge<string, string>>();
        graph.AddVerticesAndEdge(Edge("a", "a"));

        Assert.Multiple(() =>
        {
            Assert.That(graph.AdjacentEdges("a"), Has.Count.EqualTo(1));
            Assert.That(graph.OutDegree("a"), Is.EqualTo(1));
            Assert.That(graph.InDegree("a"), Is.EqualTo(1));
            Assert.That(graph.AdjacentVertices("a"), Is.EqualTo(new[] { "a" }));
        });
    }

    [Test]
    public void Comparer_CaseInsensitive_TreatsCaseVariantsAsOneVertex()
    {
        var graph = new BidirectionalGraph<string, TaggedEdge<string, string>>(comparer: StringComparer.OrdinalIgnoreCase);
        graph.AddVertex("Node");
        graph.AddVerticesAndEdge(Edge("NODE", "other"));

        Assert.Multiple(() =>
        {
            Assert.That(graph.Vertices, Is.EqualTo(new[] { "Node", "other" }));
            Assert.That(graph.OutDegree("node"), Is.EqualTo(1));
        });
    }

    [Test]
    public void OutEdges_UnknownVertex_Throws()
    {
        var graph = new BidirectionalGraph<string, TaggedEdge<string, string>>();

        Assert.That(() => graph.OutEdges("nowhere"), Throws.TypeOf<KeyNotFoundException>());
    }
}
