using EventTimeline.Graph.Algorithms;

namespace EventTimeline.Tests.Graph.Algorithms;

public sealed class ShortestPathTests
{
    [Test]
    public void ShortestPathEdges_EdgesAgainstDirection_WalksThemUndirected()
    {
        // Two actors joined through a shared event: both edges point into the event.
        var graph = GraphFixtures.FromEdges("alice>meeting bob>meeting");

        var path = graph.ShortestPathEdges("alice", "bob");

        Assert.Multiple(() =>
        {
            Assert.That(path!.Select(edge => edge.Tag), Is.EqualTo(new[] { "alice>meeting", "bob>meeting" }));
            Assert.That(path!.PathVertices("alice"), Is.EqualTo(new[] { "alice", "meeting", "bob" }));
        });
    }

    [Test]
    public void ShortestPathEdges_LongAndShortRoutes_TakesFewestEdges()
    {
        var graph = GraphFixtures.FromEdges("a>b b>c c>d d>e a>x x>e");

        var path = graph.ShortestPathEdges("a", "e");

        Assert.That(path!.Select(edge => edge.Tag), Is.EqualTo(new[] { "a>x", "x>e" }));
    }

    [Test]
    public void ShortestPathEdges_TwoEqualRoutes_TakesTheOneWhoseEdgeWasAddedFirst()
    {
        var first = GraphFixtures.FromEdges("a>m1 a>m2 m1>z m2>z");
        var second = GraphFixtures.FromEdges("a>m2 a>m1 m1>z m2>z");

        Assert.Multiple(() =>
        {
            Assert.That(first.ShortestPathEdges("a", "z")!.PathVertices("a"), Is.EqualTo(new[] { "a", "m1", "z" }));
            Assert.That(second.ShortestPathEdges("a", "z")!.PathVertices("a"), Is.EqualTo(new[] { "a", "m2", "z" }));
        });
    }

    [Test]
    public void ShortestPathEdges_Unreachable_ReturnsNull()
    {
        var graph = GraphFixtures.FromEdges("a>b c>d");

        Assert.That(graph.ShortestPathEdges("a", "d"), Is.Null);
    }

    [Test]
    public void ShortestPathEdges_SameVertex_ReturnsEmptyPath()
    {
        var graph = GraphFixtures.FromEdges("a>b");

        Assert.That(graph.ShortestPathEdges("a", "a"), Is.Empty);
    }

    [Test]
    public void ShortestPathEdges_EdgeFilter_AvoidsFilteredEdges()
    {
        var graph = GraphFixtures.FromEdges("a>b b>c a>d d>e e>c");

        var path = graph.ShortestPathEdges("a", "c", edge => edge.Tag != "b>c");

        Assert.That(path!.PathVertices("a"), Is.EqualTo(new[] { "a", "d", "e", "c" }));
    }

    [Test]
    public void ShortestPathEdges_UnknownVertex_Throws()
    {
        var graph = GraphFixtures.FromEdges("a>b");

        Assert.That(() => graph.ShortestPathEdges("a", "nowhere"), Throws.TypeOf<KeyNotFoundException>());
    }
}
