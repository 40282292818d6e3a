using EventTimeline.Actors;
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
}
