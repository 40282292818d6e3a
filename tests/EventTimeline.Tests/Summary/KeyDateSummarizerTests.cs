using EventTimeline.Documents;
using EventTimeline.Events;
using EventTimeline.Export;
using EventTimeline.Model;
using EventTimeline.Summary;
using EventTimeline.Time;

namespace EventTimeline.Tests.Summary;

public sealed class KeyDateSummarizerTests
{
    private static readonly KeyDateSummarizer Summarizer = KeyDateSummarizer.Default;

    [Test]
    public void Summarize_NoDayPreciseEvent_EmptyWithReason()
    {
        var timeline = Timeline([Doc("a", "wire", "2010-05-01")], [Event("e1", "2010-04", Granularity.Month, EventDateBasis.Explicit, ("a", 0, "Oil leaked in April .", "April"))]);

        var summary = Summarizer.Summarize(timeline, [], new SummaryOptions(Dates: 3));

        Assert.That(summary.Dates, Is.Empty);
        Assert.That(summary.Empty, Does.Contain("no event in the timeline has a date precise to the day"));
        Assert.That(SummaryExport.ToJson(summary), Does.Contain("\"empty\": \"no event"));
    }

    [Test]
    public void Summarize_DayNamedByMoreOutlets_OutranksDayNamedByAsManyDocumentsOfOneOutlet()
    {
        var docs = new[] { Doc("a1", "bbc", "2010-05-01"), Doc("a2", "bbc", "2010-05-01"), Doc("a3", "bbc", "2010-05-01"), Doc("b1", "bbc", "2010-05-02"), Doc("b2", "cnn", "2010-05-02"), Doc("b3", "fox", "2010-05-02") };
        var references = new[]
        {
            Ref("a1", "2010-04-20"), Ref("a2", "2010-04-20"), Ref("a3", "2010-04-20"),
            Ref("b1", "2010-04-22"), Ref("b2", "2010-04-22"), Ref("b3", "2010-04-22"),
        };

        var summary = Summarizer.Summarize(Timeline(docs, []), references, new SummaryOptions(Dates: 1));

        // 3 documents + 0.5 x 3 outlets = 4.5 against 3 + 0.5 x 1 = 3.5.
        Assert.That(summary.Dates.Select(d => (d.Date, d.Score, d.References)), Is.EqualTo(new[] { ("2010-04-22", 4.5, 3) }));
        Assert.That(summary.Dates[0].Outlets, Is.EqualTo(new[] { "bbc", "cnn", "fox" }));
    }

    [Test]
    public void Summarize_PublicationDayAlone_DoesNotMakeAKeyDate()
    {
        // The event has no time of its own: it is dated to its report's publication day, which nothing in the text names.
        var timeline = Timeline([Doc("a", "wire", "2010-05-01")], [Event("e1", "2010-05-01", Granularity.Day, EventDateBasis.Reported, ("a", 0, "BP raised its estimate of the leak .", null))]);

        var summary = Summarizer.Summarize(timeline, [], new SummaryOptions(Dates: 3));

        Assert.That(summary.Dates, Is.Empty);
        Assert.That(summary.Empty, Is.EqualTo("no day is named by any document or dated by any event"));
    }

    [Test]
    public void Summarize_NearCopies_CountOnce()
    {
        var docs = new[] { Doc("a", "wire", "2010-05-01"), Doc("a-copy", "blog", "2010-05-02", duplicateOf: "a"), Doc("b", "wire", "2010-05-01"), Doc("c", "paper", "2010-05-01") };
        var references = new[] { Ref("a", "2010-04-20"), Ref("a-copy", "2010-04-20"), Ref("b", "2010-04-21"), Ref("c", "2010-04-21") };

        var summary = Summarizer.Summarize(Timeline(docs, []), references, new SummaryOptions(Dates: 1));

        Assert.That(summary.Dates.Single().Date, Is.EqualTo("2010-04-21"));
    }

    [Test]
    public void Summarize_FromTo_OnlyDaysInTheRange()
    {
        var docs = new[] { Doc("a", "wire", "2010-05-01"), Doc("b", "paper", "2010-05-01") };
        var references = new[] { Ref("a", "2010-04-20"), Ref("b", "2010-04-20"), Ref("a", "2010-04-25") };

        var summary = Summarizer.Summarize(Timeline(docs, []), references, new SummaryOptions(Dates: 5, From: new DateOnly(2010, 4, 21), To: new DateOnly(2010, 4, 30)));

        Assert.That(summary.Dates.Select(d => d.Date), Is.EqualTo(new[] { "2010-04-25" }));
        Assert.That((summary.From, summary.To), Is.EqualTo(("2010-04-21", "2010-04-30")));
    }

    [Test]
    public void Summarize_TwoReportsSayingTheSame_OneSentence()
    {
        var timeline = Timeline(
            [Doc("a", "wire", "2010-04-21"), Doc("b", "paper", "2010-04-21")],
            [
                Event(
                    "e1",
                    "2010-04-20",
                    Granularity.Day,
                    EventDateBasis.RelativeToDct,
                    ("a", 0, "The Deepwater Horizon rig exploded on Tuesday in the Gulf of Mexico , killing 11 workers .", "Tuesday"),
                    ("b", 3, "The Deepwater Horizon rig exploded Tuesday in the Gulf of Mexico , killing 11 workers .", "Tuesday")),
            ]);

        var summary = Summarizer.Summarize(timeline, [], new SummaryOptions(Dates: 1, Sentences: 2));

        Assert.That(summary.Dates.Single().Sentences, Has.Count.EqualTo(1));
        Assert.That(summary.Dates[0].Sentences[0].Event, Is.EqualTo("event:e1"));
    }

    [Test]
    public void Summarize_SeveralEventsOnTheDay_MostReportedEventFirstThenAnother()
    {
        var timeline = Timeline(
            [Doc("a", "wire", "2010-04-21"), Doc("b", "paper", "2010-04-21"), Doc("c", "tv", "2010-04-21")],
            [
                Event("e-minor", "2010-04-20", Granularity.Day, EventDateBasis.RelativeToDct, ("a", 5, "A coastguard vessel sailed from Mobile on Tuesday to the scene .", "Tuesday")),
                Event(
                    "e-blast",
                    "2010-04-20",
                    Granularity.Day,
                    EventDateBasis.RelativeToDct,
                    ("a", 0, "The rig exploded on Tuesday , killing 11 workers .", "Tuesday"),
                    ("b", 0, "An explosion on Tuesday destroyed the drilling rig and killed 11 workers .", "Tuesday"),
                    ("c", 0, "Eleven workers died when the rig blew up on Tuesday night after a gas surge .", "Tuesday night")),
            ]);

        var one = Summarizer.Summarize(timeline, [], new SummaryOptions(Dates: 1, Sentences: 1));
        var two = Summarizer.Summarize(timeline, [], new SummaryOptions(Dates: 1, Sentences: 2));

        Assert.That(one.Dates.Single().Sentences.Single().Event, Is.EqualTo("event:e-blast"));
        Assert.That(two.Dates.Single().Sentences.Select(s => s.Event), Is.EqualTo(new[] { "event:e-blast", "event:e-minor" }));
        Assert.That(two.Dates[0].Events, Is.EqualTo(new[] { "event:e-blast", "event:e-minor" }), "most reported first");
        Assert.That(two.Dates[0].Documents, Is.EqualTo(new[] { "a", "b", "c" }));
    }

    [Test]
    public void Summarize_ReferencesInAnotherOrder_SameJson()
    {
        var docs = new[] { Doc("a", "wire", "2010-05-01"), Doc("b", "paper", "2010-05-01"), Doc("c", "tv", "2010-05-01") };
        var references = new[] { Ref("a", "2010-04-20"), Ref("b", "2010-04-21"), Ref("c", "2010-04-22"), Ref("a", "2010-04-22"), Ref("b", "2010-04-20") };

        var first = SummaryExport.ToJson(Summarizer.Summarize(Timeline(docs, []), references, new SummaryOptions(Dates: 2)));
        var second = SummaryExport.ToJson(Summarizer.Summarize(Timeline(docs, []), [.. references.Reverse()], new SummaryOptions(Dates: 2)));

        Assert.That(second, Is.EqualTo(first));
    }

    [TestCase(1, 5)]
    [TestCase(300, 12)]
    [TestCase(1460, 40)]
    public void DefaultDates_Documents_OnePerTwentyFiveWithinBounds(int documents, int expected)
    {
        Assert.That(SummaryOptions.DefaultDates(documents), Is.EqualTo(expected));
    }

    [Test]
    public void Summarize_FromAfterTo_ArgumentException()
    {
        var options = new SummaryOptions(From: new DateOnly(2010, 5, 1), To: new DateOnly(2010, 4, 1));

        Assert.That(() => Summarizer.Summarize(Timeline([], []), [], options), Throws.ArgumentException.With.Message.Contains("--from 2010-05-01 is after --to 2010-04-01"));
    }

    private static DateReference Ref(string document, string day) => new(document, 0, DateOnly.ParseExact(day, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    private static TimelineDocument Doc(string id, string source, string published, string? duplicateOf = null) =>
        new(id, id + ".txt", "Title of " + id, source, "https://example.com/" + id, published, PublishedBasis.Manifest, duplicateOf);

    private static TimelineEvent Event(string id, string date, Granularity granularity, EventDateBasis basis, params (string Document, int Sentence, string Text, string? Time)[] mentions)
    {
        var end = date;
        return new TimelineEvent(
            "event:" + id,
            "attack",
            null,
            null,
            id,
            new TimelineDate(date, end, granularity, basis == EventDateBasis.Reported ? null : date, basis),
            EventStatus.Asserted,
            [],
            null,
            null,
            mentions.Select(m => m.Document).Distinct().Count(),
            [.. mentions.Select(m => new TimelineMention(m.Document, m.Sentence, m.Text, m.Time, "exploded"))]);
    }

    private static TimelineFile Timeline(IReadOnlyList<TimelineDocument> documents, IReadOnlyList<TimelineEvent> events) =>
        new(TimelineFile.FormatName, documents, [], events);
}
