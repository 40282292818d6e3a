using EventTimeline.Events;
using EventTimeline.Graph;
using EventTimeline.Graph.Algorithms;

using static EventTimeline.Tests.Graph.SampleWorld;

namespace EventTimeline.Tests.Graph;

public sealed class ActorEventGraphTests
{
    [Test]
    public void Build_SampleWorld_HasActorsSortedThenEventsByDate()
    {
        var graph = Build();

        Assert.Multiple(() =>
        {
            Assert.That(graph.ActorIds, Is.EqualTo(new[] { Russia, States, Nations, Orlov, Berg, Volkov, PetrovIvan, PetrovOleg }));
            Assert.That(graph.EventIds, Is.EqualTo(new[] { "e-old", "e-month", "e-call", "e-debate", "e-meeting", "e-plan", "e-visit" }));
            Assert.That(graph.Graph.Vertices, Is.EqualTo(graph.ActorIds.Concat(graph.EventIds)));
        });
    }

    [Test]
    public void KindOf_ActorEventAndUnknownIds_GivesVertexKind()
    {
        var graph = Build();

        Assert.Multiple(() =>
        {
            Assert.That(graph.KindOf(Orlov), Is.EqualTo(GraphVertexKind.Actor));
            Assert.That(graph.KindOf("e-call"), Is.EqualTo(GraphVertexKind.Event));
            Assert.That(graph.KindOf("nothing"), Is.Null);
        });
    }

    [Test]
    public void ParticipantEdges_Call_GoFromActorsToEventWithRoles()
    {
        var graph = Build();

        var edges = graph.Graph.InEdges("e-call").Where(edge => edge.Tag.Kind == GraphEdgeKind.Participant).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(edges.Select(edge => (edge.Source, edge.Tag.Role)), Is.EqualTo(new[] { (Orlov, (ParticipantRole?)ParticipantRole.Source), (Berg, ParticipantRole.Target) }));
            Assert.That(edges.Select(edge => edge.Tag.RoleName), Is.EqualTo(new[] { "source", "target" }));
            Assert.That(graph.ParticipantsOf("e-call"), Is.EqualTo(new[] { new GraphParticipant(Orlov, ParticipantRole.Source), new GraphParticipant(Berg, ParticipantRole.Target) }));
        });
    }

    [Test]
    public void AffiliationEdges_Volkov_PointToCountryAndOrganization()
    {
        var graph = Build();

        Assert.Multiple(() =>
        {
            Assert.That(graph.AffiliationsOf(Volkov), Is.EqualTo(new[] { Russia, Nations }));
            Assert.That(graph.MembersOf(Russia), Is.EqualTo(new[] { Orlov, Volkov }));
            Assert.That(graph.Graph.OutEdges(Volkov).Where(edge => edge.Tag.Kind == GraphEdgeKind.Affiliation).Select(edge => edge.Tag.KindName), Is.All.EqualTo("affiliation"));
        });
    }

    [Test]
    public void EventsOf_Orlov_ListsHisEventsInDateOrderUndatedLast()
    {
        Assert.That(Build().EventsOf(Orlov), Is.EqualTo(new[] { "e-call", "e-meeting", "e-plan", "e-visit" }));
    }

    [Test]
    public void Chain_Orlov_FollowsHisBeforeEdgesThroughDatedEvents()
    {
        var graph = Build();

        Assert.That(graph.Chain(Orlov), Is.EqualTo(new[] { "e-call", "e-meeting", "e-plan" }));
    }

    [Test]
    public void Chain_Berg_SharesEventsWithOthersButKeepsItsOwnBeforeEdges()
    {
        var graph = Build();

        var bergBefore = graph.Graph.Edges
            .Where(edge => edge.Tag.Kind == GraphEdgeKind.Before && edge.Tag.Chain == Berg)
            .Select(edge => (edge.Source, edge.Target));

        Assert.Multiple(() =>
        {
            Assert.That(graph.Chain(Berg), Is.EqualTo(new[] { "e-month", "e-call", "e-debate", "e-plan" }));
            Assert.That(bergBefore, Is.EqualTo(new[] { ("e-month", "e-call"), ("e-call", "e-debate"), ("e-debate", "e-plan") }));
        });
    }

    [Test]
    public void Chain_SameDayEvents_ChainedInIdOrder()
    {
        // Volkov's two events fall on one day: e-debate sorts before e-meeting by id.
        Assert.That(Build().Chain(Volkov), Is.EqualTo(new[] { "e-debate", "e-meeting" }));
    }

    [Test]
    public void Chain_ActorWithoutEvents_IsEmpty()
    {
        Assert.That(Build().Chain(PetrovIvan), Is.Empty);
    }

    [Test]
    public void BeforeEdges_WholeGraph_FormAnAcyclicGraphConsistentWithDates()
    {
        var graph = Build();

        var order = graph.Graph.TopologicalSort(id => graph.KindOf(id) == GraphVertexKind.Event ? graph.EventRank(id) : -1);

        Assert.That(order.Where(id => graph.KindOf(id) == GraphVertexKind.Event), Is.EqualTo(graph.EventIds));
    }

    [Test]
    public void Components_SampleWorld_IsolatesActorsWithoutEvents()
    {
        var graph = Build();

        var components = graph.Graph.ConnectedComponents();

        Assert.That(components.Select(component => component[0]), Is.EqualTo(new[] { Russia, PetrovIvan }));
    }

    [Test]
    public void ShortestPath_OrlovToNations_GoesThroughSharedEvents()
    {
        var graph = Build();

        var path = graph.Graph.ShortestPathEdges(Orlov, Nations, edge => edge.Tag.Kind == GraphEdgeKind.Participant);

        Assert.That(path!.PathVertices(Orlov), Is.EqualTo(new[] { Orlov, "e-call", Berg, "e-debate", Nations }));
    }

    [Test]
    public void Connection_OrlovToPetrovOleg_GoesThroughAffiliationAndSharedEvent()
    {
        Assert.That(Build().Connection(Orlov, PetrovOleg), Is.EqualTo(new[] { Orlov, Russia, "e-old", PetrovOleg }));
    }

    [Test]
    public void Connection_ActorWithoutEventsOrAffiliations_IsNull()
    {
        Assert.That(Build().Connection(Orlov, PetrovIvan), Is.Null);
    }

    [Test]
    public void Connection_EventId_Throws()
    {
        Assert.That(() => Build().Connection(Orlov, "e-call"), Throws.TypeOf<KeyNotFoundException>());
    }

    [Test]
    public void KHopNeighborhood_Berg_ReachesEventsThenCoActors()
    {
        var graph = Build();

        var hood = graph.Graph.KHopNeighborhood(Berg, 2, EdgeDirection.Both, edge => edge.Tag.Kind == GraphEdgeKind.Participant);

        Assert.That(hood, Is.EqualTo(new[] { Berg, "e-month", "e-call", "e-debate", "e-plan", Orlov, Volkov, Nations }));
    }

    [Test]
    public void Build_InputsShuffled_GivesTheSameVerticesAndEdges()
    {
        var first = Build();
        var second = ActorEventGraphBuilder.Build(AllActors.AsEnumerable().Reverse(), AllEvents.AsEnumerable().Reverse());

        Assert.Multiple(() =>
        {
            Assert.That(second.Graph.Vertices, Is.EqualTo(first.Graph.Vertices));
            Assert.That(second.Graph.Edges, Is.EqualTo(first.Graph.Edges));
        });
    }

    [Test]
    public void Build_DuplicateParticipant_AddsOneEdge()
    {
        var events = new[] { Event("e-twice", "call", Day(2015, 1, 1), EventStatus.Asserted, (Orlov, ParticipantRole.Source), (Orlov, ParticipantRole.Source)) };

        var graph = ActorEventGraphBuilder.Build(AllActors, events);

        Assert.That(graph.Graph.InDegree("e-twice"), Is.EqualTo(1));
    }

    [Test]
    public void Build_IdUsedByActorAndEvent_Throws()
    {
        var events = new[] { Event(Orlov, "call", null, EventStatus.Asserted) };

        Assert.That(() => ActorEventGraphBuilder.Build(AllActors, events), Throws.ArgumentException.With.Message.Contains(Orlov));
    }

    [Test]
    public void Build_UnknownParticipant_Throws()
    {
        var events = new[] { Event("e-x", "call", null, EventStatus.Asserted, ("person:ghost", ParticipantRole.Source)) };

        Assert.That(() => ActorEventGraphBuilder.Build(AllActors, events), Throws.ArgumentException.With.Message.Contains("person:ghost"));
    }
}
