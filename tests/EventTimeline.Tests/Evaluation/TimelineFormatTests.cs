using EventTimeline.Evaluation;
using EventTimeline.Time;

namespace EventTimeline.Tests.Evaluation;

public sealed class TimelineFormatTests
{
    [Test]
    public void Read_TrialGold_ReadsEntityLinesAndCoreferentMentions()
    {
        var timeline = TimelineFormat.Read(File.ReadAllText(SemEvalData.GoldFile("iphone_3g.txt")), "iphone_3g.txt");

        Assert.That(timeline.Entity, Is.EqualTo("iPhone 3G"));
        Assert.That(timeline.Entries, Has.Count.EqualTo(4));
        Assert.That(timeline.Entries[0], Is.EqualTo(new TimelineEntry(1, "2008-06-09", timeline.Entries[0].Mentions)));
        Assert.That(timeline.Entries[0].Mentions, Is.EqualTo(new[] { "12315-2-launched", "12315-3-launching" }));
    }

    [Test]
    public void Read_TrialGold_ShortenedDatesMadeCanonical()
    {
        var beatles = TimelineFormat.Read(File.ReadAllText(SemEvalData.GoldFile("beatles_apple_corps.txt")), "b");
        var iphone = TimelineFormat.Read(File.ReadAllText(SemEvalData.GoldFile("iphone_3g.txt")), "i");

        Assert.That(beatles.Entries.Select(e => e.Date).Take(5), Is.EqualTo(new[] { "XXXX-XX-XX", "1968-XX-XX", "1989-XX-XX", "1989-XX-XX", "2006-03-XX" }));
        Assert.That(iphone.Entries[2].Date, Is.EqualTo("XXXX-XX-XX"));
    }

    [Test]
    public void Read_MultiTokenMention_KeptWithUnderscores()
    {
        var timeline = TimelineFormat.Read("E\r\n6\t2006-05-08\t4954-2-court_case\r\n\r\n", "crlf.txt");

        Assert.That(timeline.Entries.Single(), Is.EqualTo(new TimelineEntry(6, "2006-05-08", timeline.Entries[0].Mentions)));
        Assert.That(timeline.Entries[0].Mentions, Is.EqualTo(new[] { "4954-2-court_case" }));
    }

    [Test]
    public void Read_UnknownAnchorString_KeptAsWritten()
    {
        var timeline = TimelineFormat.Read("E\n1\tZZZZ\t1-1-a\n", "ordering-only.txt");

        Assert.That(timeline.Entries[0].Date, Is.EqualTo("ZZZZ"));
    }

    [Test]
    public void Read_EmptyFile_IsEmptyTimeline()
    {
        var timeline = TimelineFormat.Read(string.Empty, "empty.txt");

        Assert.That(timeline, Is.EqualTo(new Timeline(string.Empty, timeline.Entries)));
        Assert.That(timeline.Entries, Is.Empty);
    }

    [TestCase("E\n1 2008 1-1-a\n", 2)]
    [TestCase("E\n1\t2008\t1-1-a\nfirst\t2008\t1-1-b\n", 3)]
    [TestCase("E\n-1\t2008\t1-1-a\n", 2)]
    [TestCase("E\n\n1\t2008\t \n", 3)]
    public void Read_MalformedLine_ErrorNamesLine(string text, int line)
    {
        var error = Assert.Throws<TimelineFormatException>(() => TimelineFormat.Read(text, "bad.txt"));

        Assert.That(error!.Line, Is.EqualTo(line));
        Assert.That(error.Message, Does.StartWith($"bad.txt:{line}: "));
    }

    [Test]
    public void Build_StepsAndUnorderedEvents_SharedOrdinalsAndExactText()
    {
        var day = TimelineDate.Of(new DateOnly(2010, 6, 7));
        var timeline = TimelineFormat.Build(
            "iPhone 4",
            [
                [new TimelineEvent(day, ["16900-2-announced"]), new TimelineEvent(day, ["16844-5-introducing", "16900-11-introduced"])],
                [],
                [new TimelineEvent(new TimelineDate(2010, 6, null), ["16844-11-uses"])],
            ],
            [new TimelineEvent(TimelineDate.Unknown, ["17036-15-dropped"]), new TimelineEvent(TimelineDate.Unknown, ["16844-16-use"])]);

        Assert.That(TimelineFormat.Write(timeline), Is.EqualTo(
            "iPhone 4\n" +
            "0\tXXXX-XX-XX\t16844-16-use\n" +
            "0\tXXXX-XX-XX\t17036-15-dropped\n" +
            "1\t2010-06-07\t16844-5-introducing\t16900-11-introduced\n" +
            "1\t2010-06-07\t16900-2-announced\n" +
            "2\t2010-06-XX\t16844-11-uses\n"));
    }

    [Test]
    public void Write_ThenRead_GivesTheSameTimeline()
    {
        var original = TimelineFormat.Read(File.ReadAllText(SemEvalData.GoldFile("steve_jobs.txt")), "steve_jobs.txt");

        var again = TimelineFormat.Read(TimelineFormat.Write(original), "again");

        Assert.That(again.Entity, Is.EqualTo(original.Entity));
        Assert.That(again.Entries.Select(Line), Is.EqualTo(original.Entries.OrderBy(e => e.Ordinal).Select(Line)));
    }

    [Test]
    public void Write_MentionWithTab_Throws()
    {
        var timeline = new Timeline("E", [new TimelineEntry(1, "2008-XX-XX", ["1-1-a\tb"])]);

        Assert.Throws<ArgumentException>(() => TimelineFormat.Write(timeline));
    }

    [Test]
    public void MentionId_TokensOfOneMention_JoinedWithUnderscore()
    {
        Assert.That(TimelineFormat.MentionId("4954", 2, ["court", "case"]), Is.EqualTo("4954-2-court_case"));
        Assert.That(TimelineFormat.MentionId("4596", 6, ["sued"]), Is.EqualTo("4596-6-sued"));
    }

    [TestCase("iTunes store", "itunes_store.txt")]
    [TestCase("Beatles Apple Corps", "beatles_apple_corps.txt")]
    [TestCase(" iPhone  3G ", "iphone_3g.txt")]
    public void FileName_EntityName_LowerCaseWithUnderscores(string entity, string expected)
    {
        Assert.That(TimelineFormat.FileName(entity), Is.EqualTo(expected));
    }

    [TestCase("2008-06-09", "2008-06-09")]
    [TestCase("2008-03-XX", "2008-03-XX")]
    [TestCase("2008-XX-XX", "2008-XX-XX")]
    [TestCase("XXXX-XX-XX", "XXXX-XX-XX")]
    [TestCase("2006-03", "2006-03-XX")]
    [TestCase("1968", "1968-XX-XX")]
    [TestCase("XXX-XX-XX", "XXXX-XX-XX")]
    public void TryParse_TaskAndShortenedForms_Canonical(string text, string expected)
    {
        Assert.That(TimelineDate.TryParse(text, out var date), Is.True);
        Assert.That(date.ToString(), Is.EqualTo(expected));
    }

    [TestCase("ZZZZ")]
    [TestCase("2008-13-01")]
    [TestCase("2009-02-29")]
    [TestCase("2008-XX-05")]
    [TestCase("08-06-09")]
    [TestCase("2008-06-09T10:00")]
    [TestCase("")]
    public void TryParse_NotADate_False(string text)
    {
        Assert.That(TimelineDate.TryParse(text, out _), Is.False);
    }

    [TestCase("2010-06-07", "2010-06-07", Granularity.Day, "2010-06-07")]
    [TestCase("2010-06-01", "2010-06-30", Granularity.Month, "2010-06-XX")]
    [TestCase("2010-06-07", "2010-06-13", Granularity.Week, "2010-06-XX")]
    [TestCase("2010-06-28", "2010-07-04", Granularity.Week, "2010-XX-XX")]
    [TestCase("2010-01-01", "2010-12-31", Granularity.Year, "2010-XX-XX")]
    [TestCase("2000-01-01", "2009-12-31", Granularity.Decade, "XXXX-XX-XX")]
    public void Of_Interval_FinestAnchorThatHoldsIt(string start, string end, Granularity granularity, string expected)
    {
        var interval = new DateInterval(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), granularity);

        Assert.That(TimelineDate.Of(interval).ToString(), Is.EqualTo(expected));
        Assert.That(TimelineDate.Of((DateInterval?)null), Is.EqualTo(TimelineDate.Unknown));
    }

    private static string Line(TimelineEntry e) => $"{e.Ordinal}|{e.Date}|{string.Join(",", e.Mentions)}";
}
