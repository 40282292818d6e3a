using EventTimeline.Documents;
using EventTimeline.Evaluation;
using EventTimeline.Events;
using EventTimeline.Model;
using EventTimeline.Time;

using TimelineDate = EventTimeline.Model.TimelineDate;
using TimelineEvent = EventTimeline.Model.TimelineEvent;

namespace EventTimeline.Tests.Evaluation;

public sealed class JudgedSampleTests
{
    private static TimelineEvent Event(string document, int sentence, string trigger, string date, params (string Name, ParticipantRole Role)[] actors) => new(
        "event:" + document + sentence,
        "statement",
        null,
        null,
        trigger,
        new TimelineDate(date, date, Granularity.Day, null, EventDateBasis.Reported),
        EventStatus.Asserted,
        [.. actors.Select(a => new TimelineEventActor("person:" + a.Name, a.Role, a.Name))],
        null,
        null,
        1,
        [new TimelineMention(document, sentence, "Kerry " + trigger + ".", null, trigger)]);

    private static TimelineFile Timeline(params TimelineEvent[] events) => new(
        TimelineFile.FormatName,
        [.. events.Select(e => e.Mentions[0].Document).Distinct().Select(d => new TimelineDocument(d, d + ".txt", null, null, null, "2015-09-05", PublishedBasis.Manifest, null))],
        [],
        events);

    private static TimelineEvent[] Many(int count) =>
        [.. Enumerable.Range(0, count).Select(i => Event("doc" + i, i % 7, "said", "2015-09-05", ("Kerry", ParticipantRole.Source)))];

    [Test]
    public void Draw_SameSeed_GivesSameSampleAndKeepsRanksWhenEventsAreAdded()
    {
        var events = Many(40);
        var first = JudgedSample.Draw([("seeds", Timeline(events))], 10, 22);
        var again = JudgedSample.Draw([("seeds", Timeline(events))], 10, 22);
        var grown = JudgedSample.Draw([("seeds", Timeline([.. events, .. Many(60).Skip(40)]))], 60, 22);

        Assert.That(again.Select(e => e.Key), Is.EqualTo(first.Select(e => e.Key)));
        Assert.That(first[0].Key, Does.StartWith("seeds/doc"));
        var drawn = first.Select(e => e.Key).ToHashSet();
        Assert.That(grown.Select(e => e.Key).Where(drawn.Contains), Is.EqualTo(first.Select(e => e.Key)), "the old sample keeps its order among the new events");
        Assert.That(JudgedSample.Draw([("seeds", Timeline(events))], 10, 23).Select(e => e.Key), Is.Not.EqualTo(first.Select(e => e.Key)));
    }

    [Test]
    public void Write_ChangedActors_LeavesTheEventToJudgeAgain()
    {
        var before = JudgedSample.Draw([("t", Timeline(Event("a", 1, "said", "2015-09-05", ("Kerry", ParticipantRole.Source)), Event("b", 2, "met", "2015-09-04")))], 2, 1);
        var judged = JudgedSample.Parse(JudgedSample.Write(before, []).Replace("?\t?\t?\t", "y\ty\tn\tdoer missing", StringComparison.Ordinal), "judged.tsv");
        var after = JudgedSample.Draw([("t", Timeline(Event("a", 1, "said", "2015-09-05", ("Kerry", ParticipantRole.Source)), Event("b", 2, "met", "2015-09-04", ("Lavrov", ParticipantRole.Source))))], 2, 1);

        var rewritten = JudgedSample.Write(after, judged);

        Assert.That(rewritten, Does.Contain("t/a#1#said\tstatement\t2015-09-05 (reported)\tsource:Kerry\ty\ty\tn\tdoer missing"));
        Assert.That(rewritten, Does.Contain("t/b#2#met\tstatement\t2015-09-04 (reported)\tsource:Lavrov\t?\t?\t?\t"));
        Assert.That(JudgedSample.Figures(after, judged), Is.EqualTo(new JudgedFigures(1, 1, 1, 0, 0)));
    }

    [Test]
    public void Figures_NotRealEvents_CountOnlyTowardsReal()
    {
        var sample = JudgedSample.Draw([("t", Timeline(Event("a", 1, "said", "2015-09-05"), Event("b", 2, "met", "2015-09-04")))], 2, 1);
        var text = JudgedSample.Header + "\n"
            + "t/a#1#said\tstatement\t2015-09-05 (reported)\t\tn\t-\t-\ta byline\n"
            + "t/b#2#met\tstatement\t2015-09-04 (reported)\t\ty\ty\ty\tright\n";

        Assert.That(JudgedSample.Figures(sample, JudgedSample.Parse(text, "judged.tsv")), Is.EqualTo(new JudgedFigures(2, 1, 1, 1, 1)));
    }

    [TestCase("t/a#1#said\tstatement\td\ta\tyes\ty\ty\tr", "y, n or -")]
    [TestCase("t/a#1#said\tstatement\td", "8 tab-separated fields")]
    public void Parse_BadLine_Throws(string line, string reason)
    {
        Assert.That(() => JudgedSample.Parse(JudgedSample.Header + "\n" + line + "\n", "judged.tsv"), Throws.TypeOf<InputFormatException>().With.Message.Contains(reason));
    }
}
