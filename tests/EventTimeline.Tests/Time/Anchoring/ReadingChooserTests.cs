using EventTimeline.Time.Anchoring;

namespace EventTimeline.Tests.Time.Anchoring;

public sealed class ReadingChooserTests
{
    private static readonly DateOnly Friday = new(2015, 9, 18);

    private static IReadOnlyList<CalendarOption> Fridays() =>
        UnderspecifiedDates.Options("XXXX-WXX-5", Friday);

    [TestCase("Past", "2015-09-18")]
    [TestCase("Future", "2015-09-18")]
    [TestCase("Neutral", "2015-09-18")]
    public void Choose_WeekdayOfTheDocumentDate_IsThatDayInEveryDirection(string direction, string expected)
    {
        Assert.That(ReadingChooser.Choose(Fridays(), Friday, Enum.Parse<TemporalDirection>(direction))!.Value, Is.EqualTo(expected));
    }

    [TestCase("Past", "2015-09-15")]
    [TestCase("Future", "2015-09-22")]
    [TestCase("Neutral", "2015-09-15")]
    public void Choose_Tuesday_FollowsDirectionAndNeutralIsNearest(string direction, string expected)
    {
        var options = UnderspecifiedDates.Options("XXXX-WXX-2", Friday);

        Assert.That(ReadingChooser.Choose(options, Friday, Enum.Parse<TemporalDirection>(direction))!.Value, Is.EqualTo(expected));
    }

    [Test]
    public void Choose_NeutralTie_PrefersThePast()
    {
        // Monday 2015-09-21 and Tuesday 2015-09-15 are not a tie, but Friday 2015-09-11 and 2015-09-25 from Friday 2015-09-18 are a week apart both ways.
        var options = new[]
        {
            new CalendarOption(new DateOnly(2015, 9, 11), new DateOnly(2015, 9, 11), "past"),
            new CalendarOption(new DateOnly(2015, 9, 25), new DateOnly(2015, 9, 25), "future"),
        };

        Assert.That(ReadingChooser.Choose(options, Friday, TemporalDirection.Neutral)!.Value, Is.EqualTo("past"));
    }

    [Test]
    public void Choose_MonthOfTheDocumentDate_IsThatMonthInThePast()
    {
        var options = UnderspecifiedDates.Options("XXXX-09", Friday);

        Assert.That(ReadingChooser.Choose(options, Friday, TemporalDirection.Past)!.Value, Is.EqualTo("2015-09"));
    }

    [Test]
    public void Choose_PastReadingElevenMonthsBack_YieldsToTheNearestReading()
    {
        var options = UnderspecifiedDates.Options("XXXX-10-01", Friday);

        Assert.That(ReadingChooser.Choose(options, Friday, TemporalDirection.Past)!.Value, Is.EqualTo("2015-10-01"));
        Assert.That(ReadingChooser.Choose(options, Friday, TemporalDirection.Past, bounded: false)!.Value, Is.EqualTo("2014-10-01"));
    }

    [Test]
    public void Choose_NoOptions_IsNull()
    {
        Assert.That(ReadingChooser.Choose([], Friday, TemporalDirection.Past), Is.Null);
    }
}
