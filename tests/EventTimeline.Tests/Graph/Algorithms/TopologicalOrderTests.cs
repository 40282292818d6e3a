using EventTimeline.Graph;
using EventTimeline.Graph.Algorithms;

namespace EventTimeline.Tests.Graph.Algorithms;

public sealed class TopologicalOrderTests
{
    [Test]
    public void TopologicalSort_Diamond_PutsEveryEdgeForwardAndBreaksTiesByInsertion()
    {
        var graph = GraphFixtures.FromEdges("a>c a>b b>d c>d");

        Assert.That(graph.TopologicalSort(), Is.EqualTo(new[] { "a", "c", "b", "d" }));
    }

    [Test]
    public void TopologicalSort_WithKey_ChoosesSmallestKeyAmongFreeVertices()
    {
        var graph = GraphFixtures.FromEdges("a>c a>b b>d c>d", "z");
        var dates = new Dictionary<string, int> { ["a"] = 5, ["b"] = 2, ["c"] = 3, ["d"] = 9, ["z"] = 4 };

        var order = graph.TopologicalSort(vertex => dates[vertex]);

        Assert.That(order, Is.EqualTo(new[] { "z", "a", "b", "c", "d" }));
    }

    [Test]
    public void TopologicalSort_KeyAgainstEdges_StillKeepsEdgesForward()
    {
        var graph = GraphFixtures.FromEdges("late>early");

        var order = graph.TopologicalSort(vertex => vertex == "early" ? 1 : 2);

        Assert.That(order, Is.EqualTo(new[] { "late", "early" }));
    }

    [Test]
    public void TopologicalSort_Cycle_Throws()
    {
        var graph = GraphFixtures.FromEdges("a>b b>c c>a", "free");

        Assert.That(() => graph.TopologicalSort(), Throws.TypeOf<NonAcyclicGraphException>());
    }

    [Test]
    public void TopologicalSort_EmptyGraph_ReturnsEmpty()
    {
        Assert.That(GraphFixtures.FromEdges(string.Empty).TopologicalSort(), Is.Empty);
    }
}
