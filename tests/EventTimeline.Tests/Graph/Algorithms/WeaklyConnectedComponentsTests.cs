using EventTimeline.Graph.Algorithms;

namespace EventTimeline.Tests.Graph.Algorithms;

public sealed class WeaklyConnectedComponentsTests
{
    [Test]
    public void ConnectedComponents_ThreeGroups_ListsThemByFirstVertexWithVerticesInInsertionOrder()
    {
        // Vertices in insertion order: solo, x, y, p, q, z, r.
        var graph = GraphFixtures.FromEdges("x>y p>q z>y r>p", "solo");

        var components = graph.ConnectedComponents();

        Assert.That(components, Is.EqualTo(new[]
        {
            new[] { "solo" },
            new[] { "x", "y", "z" },
            new[] { "p", "q", "r" },
        }));
    }

    [Test]
    public void ConnectedComponents_EdgeAgainstDirection_StillJoins()
    {
        var graph = GraphFixtures.FromEdges("b>a c>a");

        Assert.That(graph.ConnectedComponents(), Has.Count.EqualTo(1));
    }

    [Test]
    public void ConnectedComponents_EdgeFilter_SplitsAtFilteredEdges()
    {
        var graph = GraphFixtures.FromEdges("a>b b>c");

        var components = graph.ConnectedComponents(edge => edge.Tag != "b>c");

        Assert.That(components, Is.EqualTo(new[] { new[] { "a", "b" }, new[] { "c" } }));
    }

    [Test]
    public void ConnectedComponents_EmptyGraph_ReturnsNone()
    {
        Assert.That(GraphFixtures.FromEdges(string.Empty).ConnectedComponents(), Is.Empty);
    }
}
