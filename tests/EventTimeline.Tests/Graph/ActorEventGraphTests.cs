using EventTimeline.Actors;
using EventTimeline.Events;
using EventTimeline.Graph;

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
            Assert.That(graph.Vertices, Is.EqualTo(graph.ActorIds.Concat(graph.EventIds)));
            Assert.That(graph.Graph.VertexCount, Is.EqualTo(graph.Vertices.Length));
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
    public void RolesIn_ActorOfAnEventOrNot_GivesItsRolesThereOrNone()
    {
        var graph = Build();

        Assert.Multiple(() =>
        {
            Assert.That(graph.RolesIn(Orlov, "e-call"), Is.EqualTo(new[] { ParticipantRole.Source }));
            Assert.That(graph.RolesIn(Berg, "e-call"), Is.EqualTo(new[] { ParticipantRole.Target }));
            Assert.That(graph.RolesIn(PetrovIvan, "e-call"), Is.Empty);
            Assert.That(graph.RolesIn(Orlov, "e-no-such-event"), Is.Empty);
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

        var bergBefore = graph.Edges
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
    public void Edges_SampleWorld_ParticipantsByEventDateThenAffiliationsThenChains()
    {
        var graph = Build();

        Assert.Multiple(() =>
        {
            Assert.That(graph.Edges.Select(edge => edge.Tag.Kind), Is.Ordered, "participant, affiliation, before");
            Assert.That(graph.Edges.Take(3).Select(edge => (edge.Source, edge.Target)), Is.EqualTo(new[] { (PetrovOleg, "e-old"), (Russia, "e-old"), (Berg, "e-month") }));
            Assert.That(graph.Edges.Where(edge => edge.Tag.Kind == GraphEdgeKind.Affiliation).Select(edge => (edge.Source, edge.Target)), Is.EqualTo(new[] { (Orlov, Russia), (Berg, States), (Volkov, Russia), (Volkov, Nations) }));
            Assert.That(graph.Edges.Where(edge => edge.Tag.Kind == GraphEdgeKind.Before).Select(edge => edge.Tag.Chain).Distinct(), Is.EqualTo(new[] { Orlov, Berg, Volkov }));
            Assert.That(graph.Edges, Has.Length.EqualTo(graph.Graph.EdgeCount));
        });
    }

    [Test]
    public void Edges_SampleWorld_AreTheStoragesEdgesWalkedInTheDocumentedOrder()
    {
        var graph = Build();

        Assert.That(graph.Edges, Is.EqualTo(WalkedEdges(graph)));
    }

    [Test]
    public void AffiliationsOf_EveryActor_AreItsAffiliationEdgesInTheStorage()
    {
        var graph = Build();

        Assert.Multiple(() =>
        {
            foreach (var id in graph.ActorIds)
            {
                var stored = graph.Graph.OutEdges(id).Where(edge => edge.Tag.Kind == GraphEdgeKind.Affiliation).Select(edge => edge.Target);
                Assert.That(graph.AffiliationsOf(id), Is.EqualTo(stored), id);
            }
        });
    }

    [Test]
    public void TakesPart_EveryActor_SaysWhetherItHasEvents()
    {
        var graph = Build();

        Assert.Multiple(() =>
        {
            foreach (var id in graph.ActorIds)
            {
                Assert.That(graph.TakesPart(id), Is.EqualTo(graph.EventsOf(id).Count > 0), id);
            }

            Assert.That(graph.TakesPart(States), Is.False);
            Assert.That(graph.TakesPart(Orlov), Is.True);
            Assert.That(() => graph.TakesPart("e-call"), Throws.InstanceOf<KeyNotFoundException>());
        });
    }

    /// <summary>The edges as the graph's storage holds them, in <see cref="ActorEventGraph.Edges"/>'s documented order: each event's participant in-edges in date order, each actor's affiliation out-edges, then each actor's before chain along its events.</summary>
    internal static List<GraphEdge> WalkedEdges(ActorEventGraph graph)
    {
        var participants = graph.EventIds.SelectMany(eventId => graph.Graph.InEdges(eventId).Where(edge => edge.Tag.Kind == GraphEdgeKind.Participant));
        var affiliations = graph.ActorIds.SelectMany(actorId => graph.Graph.OutEdges(actorId).Where(edge => edge.Tag.Kind == GraphEdgeKind.Affiliation));
        var chains = graph.ActorIds.SelectMany(actorId => graph.EventsOf(actorId)
            .SelectMany(eventId => graph.Graph.OutEdges(eventId).Where(edge => edge.Tag.Kind == GraphEdgeKind.Before && edge.Tag.Chain == actorId)));
        return [.. participants.Concat(affiliations).Concat(chains)];
    }

    [Test]
    public void ChronologicalOrder_SampleWorld_RunsEveryChainForward()
    {
        var graph = Build();

        var order = graph.ChronologicalOrder().ToList();

        Assert.Multiple(() =>
        {
            Assert.That(order, Is.EquivalentTo(graph.EventIds));
            foreach (var edge in graph.Edges.Where(edge => edge.Tag.Kind == GraphEdgeKind.Before))
            {
                Assert.That(order.IndexOf(edge.Source), Is.LessThan(order.IndexOf(edge.Target)), $"{edge.Source} -> {edge.Target} ({edge.Tag.Chain})");
            }
        });
    }

    [Test]
    public void Components_SampleWorld_IsolatesActorsWithoutEventsOrAffiliations()
    {
        var graph = Build();

        var components = graph.Components();

        Assert.Multiple(() =>
        {
            Assert.That(components.Select(component => component[0]), Is.EqualTo(new[] { Russia, PetrovIvan }));
            Assert.That(components[0], Is.EqualTo(graph.Vertices.Where(id => id != PetrovIvan)), "in vertex order");
            Assert.That(components[1], Is.EqualTo(new[] { PetrovIvan }));
        });
    }

    [Test]
    public void Connection_EqualLengthChains_StepsToTheVertexThatComesFirst()
    {
        // Orlov-Russia-Volkov-UN and Orlov-meeting-Volkov-UN are both three edges long; actors come before events.
        Assert.That(Build().Connection(Orlov, Nations), Is.EqualTo(new[] { Orlov, Russia, Volkov, Nations }));
    }

    [Test]
    public void Connection_OrlovToPetrovOleg_GoesThroughAffiliationAndSharedEvent()
    {
        Assert.That(Build().Connection(Orlov, PetrovOleg), Is.EqualTo(new[] { Orlov, Russia, "e-old", PetrovOleg }));
    }

    [Test]
    public void Connection_SameActor_IsThatActorAlone()
    {
        Assert.That(Build().Connection(Berg, Berg), Is.EqualTo(new[] { Berg }));
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
    public void Connection_BeforeEdgeWouldBeShorter_GoesThroughTheSharedActor()
    {
        // a-e1-e2-b along x's before edge would be three edges; the connection goes through x instead.
        var actors = new[] { "person:a", "person:b", "person:x" }.Select(id => new GraphActor(id, id, ActorKind.Person, null, [id], [], 1));
        var events = new[]
        {
            Event("e1", "call", Day(2015, 1, 1), EventStatus.Asserted, ("person:a", ParticipantRole.Source), ("person:x", ParticipantRole.Target)),
            Event("e2", "call", Day(2015, 1, 2), EventStatus.Asserted, ("person:x", ParticipantRole.Source), ("person:b", ParticipantRole.Target)),
        };

        var graph = ActorEventGraphBuilder.Build(actors, events);

        Assert.Multiple(() =>
        {
            Assert.That(graph.Chain("person:x"), Is.EqualTo(new[] { "e1", "e2" }));
            Assert.That(graph.Connection("person:a", "person:b"), Is.EqualTo(new[] { "person:a", "e1", "person:x", "e2", "person:b" }));
        });
    }

    [Test]
    public void Neighborhood_BergTwoSteps_ReachesItsCountryAndEventsThenCoActors()
    {
        var graph = Build();

        Assert.Multiple(() =>
        {
            Assert.That(graph.Neighborhood(Berg, 2), Is.EqualTo(new[] { Berg, States, "e-month", "e-call", "e-debate", "e-plan", Nations, Orlov, Volkov }));
            Assert.That(graph.Neighborhood(Berg, 0), Is.EqualTo(new[] { Berg }));
            Assert.That(graph.Neighborhood("e-old", 1), Is.EqualTo(new[] { "e-old", Russia, PetrovOleg }));
        });
    }

    [Test]
    public void Neighborhood_UnknownId_Throws()
    {
        Assert.That(() => Build().Neighborhood("nothing", 1), Throws.TypeOf<KeyNotFoundException>());
    }

    [Test]
    public void Build_InputsShuffled_GivesTheSameVerticesAndEdges()
    {
        var first = Build();
        var second = ActorEventGraphBuilder.Build(AllActors.AsEnumerable().Reverse(), AllEvents.AsEnumerable().Reverse());

        Assert.Multiple(() =>
        {
            Assert.That(second.Vertices, Is.EqualTo(first.Vertices));
            Assert.That(second.Edges, Is.EqualTo(first.Edges));
        });
    }

    [Test]
    public void Build_DuplicateParticipant_AddsOneEdge()
    {
        var events = new[] { Event("e-twice", "call", Day(2015, 1, 1), EventStatus.Asserted, (Orlov, ParticipantRole.Source), (Orlov, ParticipantRole.Source)) };

        var graph = ActorEventGraphBuilder.Build(AllActors, events);

        Assert.That(graph.Graph.InEdges("e-twice"), Has.Count.EqualTo(1));
    }

    [Test]
    public void Build_SameEdgeListedTwice_IsOneEdgeInTheListAndTheStorage()
    {
        // Orlov in one role twice and in another once; Volkov affiliated with Russia twice; Berg in two events on one day (one chain edge).
        var actors = AllActors.Select(actor => actor.Id == Volkov ? actor with { Affiliations = [Russia, Nations, Russia] } : actor);
        var events = new[]
        {
            Event("e-twice", "call", Day(2015, 1, 1), EventStatus.Asserted, (Orlov, ParticipantRole.Source), (Orlov, ParticipantRole.Source), (Orlov, ParticipantRole.Target), (Berg, ParticipantRole.Target)),
            Event("e-same-day", "call", Day(2015, 1, 1), EventStatus.Asserted, (Berg, ParticipantRole.Source)),
        };

        var graph = ActorEventGraphBuilder.Build(actors, events);

        Assert.Multiple(() =>
        {
            Assert.That(graph.Edges.Count(edge => edge.Target == "e-twice" && edge.Tag.Kind == GraphEdgeKind.Participant), Is.EqualTo(3));
            Assert.That(graph.Edges.Where(edge => edge.Source == Volkov).Select(edge => edge.Target), Is.EqualTo(new[] { Russia, Nations }));
            Assert.That(graph.AffiliationsOf(Volkov), Is.EqualTo(new[] { Russia, Nations }));
            Assert.That(graph.Edges.Where(edge => edge.Tag.Kind == GraphEdgeKind.Before).Select(edge => (edge.Source, edge.Target)), Is.EqualTo(new[] { ("e-same-day", "e-twice") }));
            Assert.That(graph.Edges, Is.EqualTo(WalkedEdges(graph)));
            Assert.That(graph.Graph.EdgeCount, Is.EqualTo(graph.Edges.Length));
        });
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
