using EventTimeline.Actors;
using EventTimeline.Events;
using EventTimeline.Graph;

using static EventTimeline.Tests.Graph.SampleWorld;

namespace EventTimeline.Tests.Graph;

public sealed class ActorSummaryTests
{
    [Test]
    public void List_SampleWorld_SortsByEventCountThenName()
    {
        var names = ActorSummary.List(Build()).Select(summary => summary.Name);

        Assert.That(names, Is.EqualTo(new[]
        {
            "Andrey Orlov", "Anna Berg", "Dmitriy Volkov", "Oleg Petrov", "Russia", "United Nations", "Ivan Petrov", "United States",
        }));
    }

    [Test]
    public void Of_Orlov_CountsEventsRolesAndDates()
    {
        var summary = ActorSummary.Of(Build(), Orlov);

        Assert.That(summary, Is.EqualTo(new ActorSummary(Orlov, "Andrey Orlov", ActorKind.Person, "RUS", 4, 2, new DateOnly(2015, 9, 5), new DateOnly(2015, 10, 1), 12)));
    }

    [Test]
    public void Of_ActorWithoutEvents_HasNoDates()
    {
        var summary = ActorSummary.Of(Build(), PetrovIvan);

        Assert.Multiple(() =>
        {
            Assert.That(summary.Events, Is.Zero);
            Assert.That(summary.First, Is.Null);
            Assert.That(summary.Last, Is.Null);
        });
    }

    [Test]
    public void List_IsEachActorsSummary_AlsoWithAnActorTwiceInOneEvent()
    {
        // Orlov is both the doer and the one addressed in one event: it counts once, as one he is the source of.
        var twice = Event("e-twice", "statement", Day(2015, 8, 30), EventStatus.Asserted, (Orlov, ParticipantRole.Target), (Orlov, ParticipantRole.Source), (Berg, ParticipantRole.Target));
        var undated = Event("e-undated", "meeting", null, EventStatus.Asserted, (Berg, ParticipantRole.Source));
        foreach (var graph in new[] { Build(), ActorEventGraphBuilder.Build(AllActors, [.. AllEvents, twice, undated]) })
        {
            var expected = graph.ActorIds.Select(id => ActorSummary.Of(graph, id)).OrderByDescending(s => s.Events).ThenBy(s => s.Name, StringComparer.Ordinal).ThenBy(s => s.Id, StringComparer.Ordinal);

            Assert.That(ActorSummary.List(graph), Is.EqualTo(expected));
        }

        // Without the graph: actors and events in any order give the graph's list.
        GraphEvent[] events = [undated, .. AllEvents.Reverse(), twice];
        Assert.That(ActorSummary.List([.. AllActors.Reverse()], events), Is.EqualTo(ActorSummary.List(ActorEventGraphBuilder.Build(AllActors, events))));

        Assert.That(ActorSummary.Of(ActorEventGraphBuilder.Build(AllActors, [.. AllEvents, twice]), Orlov), Is.EqualTo(new ActorSummary(Orlov, "Andrey Orlov", ActorKind.Person, "RUS", 5, 3, new DateOnly(2015, 8, 30), new DateOnly(2015, 10, 1), 12)));
    }
}
