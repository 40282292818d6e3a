using EventTimeline.Events;
using EventTimeline.Graph;

namespace EventTimeline.Tests.Graph;

public sealed class QuikTaggedGraphTests
{
    private static readonly GraphEdgeTag _source = GraphEdgeTag.Participant(ParticipantRole.Source);
    private static readonly GraphEdgeTag _target = GraphEdgeTag.Participant(ParticipantRole.Target);

    [Test]
    public void AddEdge_EqualEdgeTwice_AddsItOnce()
    {
        var graph = Graph("a", "b");

        var first = graph.AddEdge(new GraphEdge("a", "b", _source));
        var second = graph.AddEdge(new GraphEdge("a", "b", _source));

        Assert.Multiple(() =>
        {
            Assert.That((first, second), Is.EqualTo((true, false)));
            Assert.That(graph.EdgeCount, Is.EqualTo(1));
        });
    }

    [Test]
    public void AddEdge_SameEndsOtherTag_AddsAParallelEdge()
    {
        var graph = Graph("a", "b");

        graph.AddEdge(new GraphEdge("a", "b", GraphEdgeTag.Before("x")));
        graph.AddEdge(new GraphEdge("a", "b", GraphEdgeTag.Before("y")));

        Assert.That(graph.OutEdges("a").Select(edge => edge.Tag.Chain), Is.EqualTo(new[] { "x", "y" }));
    }

    [Test]
    public void AddEdge_UnknownEnd_Throws()
    {
        Assert.That(() => Graph("a").AddEdge(new GraphEdge("a", "z", _source)), Throws.TypeOf<KeyNotFoundException>().With.Message.Contains("'z'"));
    }

    [Test]
    public void OutEdgesAndInEdges_AddedOutOfOrder_ComeBackInTheOrderAdded()
    {
        // The exports write participants in the order each event lists them: the storage must keep insertion order per vertex.
        var graph = Graph("z", "m", "a", "e");
        foreach (var actor in new[] { "z", "a", "m" })
        {
            graph.AddEdge(new GraphEdge(actor, "e", _source));
        }

        graph.AddEdge(new GraphEdge("a", "z", GraphEdgeTag.Affiliation));
        graph.AddEdge(new GraphEdge("a", "m", GraphEdgeTag.Affiliation));

        Assert.Multiple(() =>
        {
            Assert.That(graph.InEdges("e").Select(edge => edge.Source), Is.EqualTo(new[] { "z", "a", "m" }));
            Assert.That(graph.OutEdges("a").Select(edge => edge.Target), Is.EqualTo(new[] { "e", "z", "m" }));
        });
    }

    [Test]
    public void OutEdges_UnknownVertex_Throws()
    {
        Assert.That(() => Graph("a").OutEdges("z"), Throws.TypeOf<KeyNotFoundException>());
    }

    [Test]
    public void Distances_EdgesWalkedEitherWay_CountsFewestEdgesWithinTheComponent()
    {
        // a -> e1 <- b -> e2 <- c; d alone; a -> e2 is a before edge, which the filter leaves out.
        var graph = Graph("a", "b", "c", "d", "e1", "e2");
        graph.AddEdge(new GraphEdge("a", "e1", _source));
        graph.AddEdge(new GraphEdge("b", "e1", _target));
        graph.AddEdge(new GraphEdge("b", "e2", _source));
        graph.AddEdge(new GraphEdge("c", "e2", _target));
        graph.AddEdge(new GraphEdge("a", "e2", GraphEdgeTag.Before("a")));

        var all = graph.Distances("a", _ => true);
        var participants = graph.Distances("a", edge => edge.Tag.Kind == GraphEdgeKind.Participant);

        Assert.Multiple(() =>
        {
            Assert.That(participants, Is.EquivalentTo(new Dictionary<string, int> { ["a"] = 0, ["e1"] = 1, ["b"] = 2, ["e2"] = 3, ["c"] = 4 }));
            Assert.That(all["e2"], Is.EqualTo(1));
            Assert.That(all["c"], Is.EqualTo(2));
            Assert.That(all.ContainsKey("d"), Is.False);
        });
    }

    [Test]
    public void WeaklyConnectedComponents_TwoGroupsAndALoneVertex_NumbersThreeComponents()
    {
        var graph = Graph("a", "b", "c", "d", "e");
        graph.AddEdge(new GraphEdge("a", "b", _source));
        graph.AddEdge(new GraphEdge("c", "b", _source));
        graph.AddEdge(new GraphEdge("d", "e", GraphEdgeTag.Before("x")));

        var components = graph.WeaklyConnectedComponents(_ => true);
        var withoutBefore = graph.WeaklyConnectedComponents(edge => edge.Tag.Kind != GraphEdgeKind.Before);

        Assert.Multiple(() =>
        {
            Assert.That(components["a"], Is.EqualTo(components["b"]).And.EqualTo(components["c"]));
            Assert.That(components["d"], Is.EqualTo(components["e"]).And.Not.EqualTo(components["a"]));
            Assert.That(components.Values.Distinct().Count(), Is.EqualTo(2));
            Assert.That(withoutBefore.Values.Distinct().Count(), Is.EqualTo(3));
        });
    }

    [Test]
    public void TopologicalOrder_Dag_PutsEverySourceBeforeItsTarget()
    {
        var graph = Graph("d", "c", "b", "a");
        var edges = new[] { ("a", "b"), ("b", "c"), ("a", "c"), ("c", "d") };
        foreach (var (source, target) in edges)
        {
            graph.AddEdge(new GraphEdge(source, target, GraphEdgeTag.Before("x")));
        }

        var order = graph.TopologicalOrder(_ => true).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(order, Is.EqualTo(new[] { "a", "b", "c", "d" }), "the only order this graph allows");
            Assert.That(edges, Has.All.Matches<(string Source, string Target)>(edge => order.IndexOf(edge.Source) < order.IndexOf(edge.Target)));
        });
    }

    [Test]
    public void TopologicalOrder_Cycle_ThrowsUnlessTheFilterBreaksIt()
    {
        var graph = Graph("a", "b");
        graph.AddEdge(new GraphEdge("a", "b", GraphEdgeTag.Before("x")));
        graph.AddEdge(new GraphEdge("b", "a", GraphEdgeTag.Affiliation));

        Assert.Multiple(() =>
        {
            Assert.That(() => graph.TopologicalOrder(_ => true), Throws.InvalidOperationException.With.Message.Contains("cycle"));
            Assert.That(graph.TopologicalOrder(edge => edge.Tag.Kind == GraphEdgeKind.Before), Is.EqualTo(new[] { "a", "b" }));
        });
    }

    private static QuikTaggedGraph Graph(params string[] vertices)
    {
        var graph = new QuikTaggedGraph();
        foreach (var vertex in vertices)
        {
            graph.AddVertex(vertex);
        }

        return graph;
    }
}
