using EventTimeline.Actors;
using EventTimeline.Documents;
using EventTimeline.Events;
using EventTimeline.Export;
using EventTimeline.Graph;
using EventTimeline.Model;
using EventTimeline.Time;

namespace EventTimeline.Tests.Graph;

public sealed class TimelineGraphTests
{
    private static TimelineFile Timeline(params TimelineEvent[] events)
    {
        return new TimelineFile(
            TimelineFile.FormatName,
            [new TimelineDocument("d1", "a.txt", null, null, null, "2015-09-20", PublishedBasis.Manifest, null)],
            [
                new TimelineActor("country:RUS", "Russia", ActorKind.Country, "RUS", ["Russia"], [], 3),
                new TimelineActor("person:andrey-orlov", "Andrey Orlov", ActorKind.Person, "RUS", ["Andrey Orlov", "Orlov"], ["Foreign Minister"], 2),
                new TimelineActor("person:anna-berg", "Anna Berg", ActorKind.Person, "USA", ["Anna Berg"], [], 1),
            ],
            events);
    }

    private static TimelineEvent Event(string id, string? start, string? end, Granularity? granularity, params string[] documents)
    {
        return new TimelineEvent(
            id,
            "call",
            "042",
            1.0,
            "Orlov–Berg phone call",
            new TimelineDate(start, end, granularity, null, start is null ? EventDateBasis.Unresolved : EventDateBasis.Explicit),
            EventStatus.Asserted,
            [new TimelineEventActor("person:andrey-orlov", ParticipantRole.Source, "Andrey Orlov"), new TimelineEventActor("person:anna-berg", ParticipantRole.Target, "Anna Berg")],
            null,
            null,
            documents.Length,
            [.. documents.Select(document => new TimelineMention(document, 0, "They talked.", null, "talked"))]);
    }

    [Test]
    public void Build_Timeline_MapsActorsEventsDatesAndSources()
    {
        var graph = TimelineGraph.Build(Timeline(Event("e1", "2015-09-01", "2015-09-30", Granularity.Month, "d2", "d1", "d2")));

        var mapped = graph.Events["e1"];

        Assert.Multiple(() =>
        {
            Assert.That(mapped.Date, Is.EqualTo(new DateInterval(new DateOnly(2015, 9, 1), new DateOnly(2015, 9, 30), Granularity.Month)));
            Assert.That(mapped.ReportedBy, Is.EqualTo(new[] { "d1", "d2" }));
            Assert.That(graph.ParticipantsOf("e1"), Is.EqualTo(new[] { new GraphParticipant("person:andrey-orlov", ParticipantRole.Source), new GraphParticipant("person:anna-berg", ParticipantRole.Target) }));
            Assert.That(graph.AffiliationsOf("person:andrey-orlov"), Is.EqualTo(new[] { "country:RUS" }));
            Assert.That(graph.AffiliationsOf("person:anna-berg"), Is.Empty, "no USA actor in this timeline");
        });
    }

    [Test]
    public void Build_ActorWithOrganizationAffiliations_AddsEdgesToListedOrganizationsOnly()
    {
        var timeline = Timeline(Event("e1", "2015-09-01", "2015-09-01", Granularity.Day, "d1"));
        timeline = timeline with
        {
            Actors =
            [
                .. timeline.Actors.Select(actor => actor.Id == "person:andrey-orlov" ? actor with { Affiliations = ["country:RUS", "org:foreign-ministry", "org:not-listed"] } : actor),
                new TimelineActor("org:foreign-ministry", "Foreign Ministry", ActorKind.Government, "RUS", ["Foreign Ministry"], [], 1),
            ],
        };

        var graph = TimelineGraph.Build(timeline);

        Assert.That(graph.AffiliationsOf("person:andrey-orlov"), Is.EqualTo(new[] { "country:RUS", "org:foreign-ministry" }));
    }

    [Test]
    public void Build_UndatedEvent_HasNoDateAndNoChain()
    {
        var graph = TimelineGraph.Build(Timeline(Event("e1", null, null, null, "d1")));

        Assert.Multiple(() =>
        {
            Assert.That(graph.Events["e1"].Date, Is.Null);
            Assert.That(graph.Chain("person:andrey-orlov"), Is.Empty);
        });
    }

    [Test]
    public void Build_BadDate_ThrowsNamingTheEvent()
    {
        Assert.That(() => TimelineGraph.Build(Timeline(Event("e1", "Sept 5", "Sept 5", Granularity.Day, "d1"))), Throws.TypeOf<FormatException>().With.Message.Contains("e1"));
    }
}
