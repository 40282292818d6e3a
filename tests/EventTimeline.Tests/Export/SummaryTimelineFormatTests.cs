using EventTimeline.Evaluation;
using EventTimeline.Export;

namespace EventTimeline.Tests.Export;

public sealed class SummaryTimelineFormatTests
{
    [Test]
    public void Read_NewestFirstWithARepeatedDate_AscendingAndMerged()
    {
        const string Text = "2010-09-19\r\nThe well is sealed .\r\n--------------------------------\r\n\r\n2010-04-20\nThe rig explodes .\n-----\n2010-09-19\nAllen says so .\n";

        var timeline = SummaryTimelineFormat.Read(Text, "gold.txt");

        Assert.That(timeline.Dates.Select(d => d.Date), Is.EqualTo(new[] { new DateOnly(2010, 4, 20), new DateOnly(2010, 9, 19) }));
        Assert.That(timeline.Dates[1].Sentences, Is.EqualTo(new[] { "The well is sealed .", "Allen says so ." }));
        Assert.That(timeline.MeanSentencesPerDate, Is.EqualTo(1.5));
    }

    [Test]
    public void Read_SentenceBeforeAnyDate_FormatExceptionWithLine()
    {
        Assert.That(() => SummaryTimelineFormat.Read("\nOrphan sentence .\n2010-01-01\n", "x.txt"), Throws.TypeOf<FormatException>().With.Message.Contains("x.txt:2"));
    }

    [Test]
    public void Write_Timeline_DateLinesSentencesAnd32Dashes()
    {
        var timeline = new SummaryTimeline(
        [
            new SummaryTimelineDate(new DateOnly(2010, 9, 19), ["Sealed .", "Two\nlines ."]),
            new SummaryTimelineDate(new DateOnly(2010, 4, 20), []),
        ]);

        var text = SummaryTimelineFormat.Write(timeline);

        Assert.That(text, Is.EqualTo("2010-04-20\n" + new string('-', 32) + "\n2010-09-19\nSealed .\nTwo lines .\n" + new string('-', 32) + "\n"));
        Assert.That(SummaryTimelineFormat.Read(text, "round-trip").Dates.Select(d => d.Sentences.Count), Is.EqualTo(new[] { 0, 2 }));
    }
}
