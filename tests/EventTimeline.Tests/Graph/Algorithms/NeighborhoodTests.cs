using EventTimeline.Graph;
using EventTimeline.Graph.Algorithms;

namespace EventTimeline.Tests.Graph.Algorithms;

public sealed class NeighborhoodTests
{
    // a -> b -> c -> d, and e -> b, f alone.
    private static BidirectionalGraph<string, TaggedEdge<string, string>> Chain() => GraphFixtures.FromEdges("a>b b>c c>d e>b", "f");

    [TestCase(0, "b")]
    [TestCase(1, "b a c e")]
    [TestCase(2, "b a c e d")]
    [TestCase(9, "b a c e d")]
    public void KHopNeighborhood_BothDirections_GrowsRingByRing(int radius, string expected)
    {
        Assert.That(Chain().KHopNeighborhood("b", radius), Is.EqualTo(expected.Split(' ')));
    }

    [Test]
    public void KHopNeighborhood_OutEdgesOnly_FollowsEdgeDirection()
    {
        Assert.That(Chain().KHopNeighborhood("b", 5, EdgeDirection.Out), Is.EqualTo(new[] { "b", "c", "d" }));
    }

    [Test]
    public void KHopNeighborhood_InEdgesOnly_WalksBackwards()
    {
        Assert.That(Chain().KHopNeighborhood("c", 5, EdgeDirection.In), Is.EqualTo(new[] { "c", "b", "a", "e" }));
    }

    [Test]
    public void KHopNeighborhood_EdgeFilter_SkipsFilteredEdges()
    {
        var hood = Chain().KHopNeighborhood("b", 3, EdgeDirection.Both, edge => edge.Tag != "e>b");

        Assert.That(hood, Is.EqualTo(new[] { "b", "a", "c", "d" }));
    }

    [Test]
    public void KHopDistances_Chain_GivesHopCounts()
    {
        var distances = Chain().KHopDistances("a", 3, EdgeDirection.Out);

        Assert.That(distances, Is.EqualTo(new[] { ("a", 0), ("b", 1), ("c", 2), ("d", 3) }));
    }

    [Test]
    public void KHopNeighborhood_IsolatedVertex_ReturnsItself()
    {
        Assert.That(Chain().KHopNeighborhood("f", 2), Is.EqualTo(new[] { "f" }));
    }

    [Test]
    public void KHopNeighborhood_UnknownStart_Throws()
    {
        Assert.That(() => Chain().KHopNeighborhood("nowhere", 1), Throws.TypeOf<KeyNotFoundException>());
    }
}
