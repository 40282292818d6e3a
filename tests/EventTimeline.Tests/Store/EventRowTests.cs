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

    [Test]
    public void Unpack_PackedRows_GivesEachRowBack()
    {
        EventRow[] rows =
        [
            new("e1", "2015-09-01", "2015-09-30", "call", "planned", "X calls", 2, 1.5, string.Empty, "Same; W"),
            new("e2", null, null, "statement", "asserted", "Ż said", 0, 0, "Żaneta said: « non »", string.Empty),
            new(new string('a', 300), "2015-09-01", null, "talks", "hypothetical", string.Concat(Enumerable.Repeat("Moscow 🇷🇺 ", 40)), int.MaxValue, -0.25, new string('e', 20_000), "A; B"),
        ];

        var back = rows.Select(row => EventRow.Unpack(row.Pack())).ToList();

        Assert.That(back, Is.EqualTo(rows));
    }

    [Test]
    public void Unpack_CutOrLengthenedBytes_IsRefusedAsNotAStoredRow()
    {
        var packed = new EventRow("e1", "2015-09-01", "2015-09-30", "call", "planned", "X calls", 2, 1.5, "X called.", "W").Pack();

        Assert.Multiple(() =>
        {
            Assert.That(() => EventRow.Unpack(packed.AsSpan(0, packed.Length - 1)), Throws.InstanceOf<InvalidDataException>());
            Assert.That(() => EventRow.Unpack(packed.AsSpan(0, 10)), Throws.InstanceOf<InvalidDataException>());
            Assert.That(() => EventRow.Unpack([.. packed, 0]), Throws.InstanceOf<InvalidDataException>());
            Assert.That(() => EventRow.Unpack([3, 0xC3, 0x28, .. packed[3..]]), Throws.InstanceOf<InvalidDataException>());
            Assert.That(() => EventRow.Unpack([0, .. packed[1..]]), Throws.InstanceOf<InvalidDataException>().With.Message.Contains("actor_events.listing"));
        });
    }

    [Test]
    public void SortByDate_RowsOfManyEqualDays_SameOrderAsCompareByDate()
    {
        var random = new Random(7);
        string Day() => $"{2014 + random.Next(3)}-{1 + random.Next(12):00}-{1 + random.Next(3):00}";
        var rows = Enumerable.Range(0, 500).Select(i =>
        {
            var dated = random.Next(5) > 0;
            return new EventRow($"e{random.Next(1000)}-{i}", dated ? Day() : null, dated ? Day() : null, "call", "asserted", "x", 1, 0, string.Empty, string.Empty);
        }).ToList();
        var expected = rows.ToList();
        expected.Sort(EventRow.CompareByDate);

        EventRow.SortByDate(rows);

        Assert.That(rows, Is.EqualTo(expected));
    }

    [Test]
    public void SortByDate_ADayNotWrittenYyyyMmDd_SameOrderAsCompareByDate()
    {
        List<EventRow> rows = [Row("c", "2015-09-02"), Row("b", "12015-01-01"), Row("a", "2015-09-02"), Row("d", "2015-9-1"), Row("e", null)];
        var expected = rows.ToList();
        expected.Sort(EventRow.CompareByDate);

        EventRow.SortByDate(rows);

        Assert.That(rows.Select(row => row.Id), Is.EqualTo(expected.Select(row => row.Id)));
        Assert.That(rows.Select(row => row.Id), Is.EqualTo(new[] { "b", "a", "c", "d", "e" }));
    }

    private static EventRow Row(string id, string? day) => new(id, day, day, "call", "asserted", id, 1, 0, string.Empty, string.Empty);
}
