using EventTimeline.Events;
using EventTimeline.Graph;

using static EventTimeline.Tests.Graph.SampleWorld;

namespace EventTimeline.Tests.Graph;

public sealed class ActorQueryTests
{
    private static IReadOnlyList<string> Ids(ActorQuery query) => query.Run(Build()).Select(hit => hit.EventId).ToList();

    [Test]
    public void Run_NoFilters_ListsEveryEventInDateOrderUndatedLast()
    {
        Assert.That(Ids(new ActorQuery(Berg)), Is.EqualTo(new[] { "e-month", "e-call", "e-debate", "e-plan" }));
    }

    [Test]
    public void Run_WithCoActor_KeepsOnlySharedEvents()
    {
        Assert.That(Ids(new ActorQuery(Orlov) { With = [Volkov] }), Is.EqualTo(new[] { "e-meeting" }));
    }

    [Test]
    public void Run_WithTwoCoActors_KeepsEventsSharedWithBoth()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Ids(new ActorQuery(Berg) { With = [Volkov, Nations] }), Is.EqualTo(new[] { "e-debate" }));
            Assert.That(Ids(new ActorQuery(Berg) { With = [Volkov, Orlov] }), Is.Empty);
        });
    }

    [Test]
    public void Run_WithSelf_IsIgnored()
    {
        Assert.That(Ids(new ActorQuery(Orlov) { With = [Orlov] }), Has.Count.EqualTo(4));
    }

    [Test]
    public void Run_DateRange_KeepsOverlappingEventsAndDropsUndated()
    {
        var query = new ActorQuery(Berg) { From = new DateOnly(2015, 9, 10), To = new DateOnly(2015, 9, 30) };

        // The month-long statement overlaps the range; the 5 September call does not.
        Assert.That(Ids(query), Is.EqualTo(new[] { "e-month", "e-debate" }));
    }

    [Test]
    public void Run_FromOnly_DropsUndatedAndEarlierEvents()
    {
        Assert.That(Ids(new ActorQuery(Orlov) { From = new DateOnly(2015, 9, 6) }), Is.EqualTo(new[] { "e-meeting", "e-plan" }));
    }

    [Test]
    public void Run_ToOnly_KeepsEventsStartingByThatDay()
    {
        Assert.That(Ids(new ActorQuery(Orlov) { To = new DateOnly(2015, 9, 5) }), Is.EqualTo(new[] { "e-call" }));
    }

    [Test]
    public void Run_TypeInAnyCase_KeepsThatType()
    {
        Assert.That(Ids(new ActorQuery(Orlov) { Type = "CALL" }), Is.EqualTo(new[] { "e-call", "e-plan" }));
    }

    [Test]
    public void Run_Status_KeepsThatStatus()
    {
        Assert.That(Ids(new ActorQuery(Orlov) { Status = EventStatus.Planned }), Is.EqualTo(new[] { "e-plan" }));
    }

    [Test]
    public void Run_Call_GivesActorRoleAndOtherParticipants()
    {
        var hit = new ActorQuery(Berg) { Type = "call", Status = EventStatus.Asserted }.Run(Build()).Single();

        Assert.Multiple(() =>
        {
            Assert.That(hit.EventId, Is.EqualTo("e-call"));
            Assert.That(hit.Roles, Is.EqualTo(new[] { ParticipantRole.Target }));
            Assert.That(hit.Others, Is.EqualTo(new[] { new GraphParticipant(Orlov, ParticipantRole.Source) }));
        });
    }

    [Test]
    public void Run_UnknownActor_Throws()
    {
        Assert.That(() => new ActorQuery("person:ghost").Run(Build()), Throws.TypeOf<KeyNotFoundException>());
    }

    [Test]
    public void Run_UnknownCoActor_Throws()
    {
        Assert.That(() => new ActorQuery(Orlov) { With = ["person:ghost"] }.Run(Build()), Throws.TypeOf<KeyNotFoundException>());
    }
}
