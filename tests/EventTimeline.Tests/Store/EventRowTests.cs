using EventTimeline.Events;
using EventTimeline.Model;
using EventTimeline.Store;

namespace EventTimeline.Tests.Store;

[TestFixture]
public sealed class EventRowTests
{
    [Test]
    public void Of_ActorTwiceAndTwoActorsOfOneName_ListsEachOtherNameOnceInOrder()
    {
        TimelineEventActor[] actors = [new("x", ParticipantRole.Source, "X"), new("y", ParticipantRole.Target, "Same"), new("x", ParticipantRole.Target, "X"), new("z", ParticipantRole.Target, "Same"), new("w", ParticipantRole.Target, "W")];
        var e = new TimelineEvent("e1", "call", null, null, "X calls", new TimelineDate("2015-09-01", "2015-09-30", null, null, default), EventStatus.Planned, actors, null, null, 2, [])
        {
            Salience = 1.5,
        };

        var row = EventRow.Of(e, "x");

        Assert.That(row, Is.EqualTo(new EventRow("e1", "2015-09-01", "2015-09-30", "call", "planned", "X calls", 2, 1.5, string.Empty, "Same; W")));
    }

    [Test]
    public void CompareByDate_MixedRows_DatedByFirstDayLastDayAndIdByCodeUnitThenUndatedById()
    {
        static EventRow Row(string id, string? start, string? end) => new(id, start, end, "call", "asserted", id, 1, 0, string.Empty, string.Empty);
        List<EventRow> rows = [Row("b", null, null), Row("a", null, null), Row("z", "2015-09-02", "2015-09-02"), Row("y", "2015-09-01", "2015-09-30"), Row("x", "2015-09-01", "2015-09-01"), Row("ä", "2015-09-01", "2015-09-01"), Row("B", "2015-09-01", "2015-09-01")];

        rows.Sort(EventRow.CompareByDate);

        Assert.That(rows.Select(row => row.Id), Is.EqualTo(new[] { "B", "x", "ä", "y", "z", "a", "b" }));
    }
}
