using EventTimeline.Time;
using EventTimeline.Time.Anchoring;

namespace EventTimeline.Tests.Time.Anchoring;

/// <summary>The normalizer on hand-made recognizer candidates, without the recognizer.</summary>
public sealed class TimexNormalizerTests
{
    private static readonly DateOnly Monday = new(2015, 9, 21);

    private static NormalizedTimex? Normalize(CandidateKind kind, string surface, string? timex, string? value = null, TemporalDirection direction = TemporalDirection.Neutral, DateOnly? documentDate = null) =>
        TimexNormalizer.Normalize(
            new TimexCandidate(0, surface.Length, kind, [new CandidateReading(timex, value, null, null, null)]),
            surface,
            documentDate ?? Monday,
            () => direction);

    [TestCase("four years ago", "2011-09-21", "2011")]
    [TestCase("two months ago", "2015-07-21", "2015-07")]
    [TestCase("two weeks ago", "2015-09-07", "2015-W37")]
    [TestCase("three days ago", "2015-09-18", "2015-09-18")]
    [TestCase("a year earlier", "2014-09-21", "2014")]
    [TestCase("a decade ago", "2005-09-21", "200")]
    public void Normalize_AmountOfUnitsAgo_KeepsTheUnitsGranularity(string surface, string resolved, string expected)
    {
        Assert.That(Normalize(CandidateKind.Date, surface, resolved, resolved), Is.EqualTo(new NormalizedTimex(TimexType.Date, expected)));
    }

    [TestCase("several years ago", "PAST_REF")]
    [TestCase("a few days later", "FUTURE_REF")]
    public void Normalize_VagueAmountAgo_IsAReference(string surface, string expected)
    {
        Assert.That(Normalize(CandidateKind.Date, surface, "2012-09-21", "2012-09-21")!.Value, Is.EqualTo(expected));
    }

    [TestCase("the third quarter", "(XXXX-07-01,XXXX-10-01,P3M)", "Past", "2015-Q3")]
    [TestCase("the third quarter", "(XXXX-07-01,XXXX-10-01,P3M)", "Future", "2015-Q3")]
    [TestCase("the fourth quarter of 1988", "(1988-10-01,1989-01-01,P3M)", "Neutral", "1988-Q4")]
    [TestCase("the second half of 1989", "(1989-07-01,1990-01-01,P6M)", "Neutral", "1989-H2")]
    public void Normalize_QuarterOrHalfRange_IsAQuarterOrHalf(string surface, string timex, string direction, string expected)
    {
        Assert.That(Normalize(CandidateKind.DateRange, surface, timex, direction: Enum.Parse<TemporalDirection>(direction)), Is.EqualTo(new NormalizedTimex(TimexType.Date, expected)));
    }

    [TestCase("the past three months", "(2015-06-21,2015-09-21,P3M)", "P3M")]
    [TestCase("the past few weeks", "(2015-08-31,2015-09-21,P3W)", "PXW")]
    [TestCase("coming weeks", "(2015-09-22,2015-09-29,P1W)", "PXW")]
    public void Normalize_RangeBackOrForwardFromToday_IsADuration(string surface, string timex, string expected)
    {
        Assert.That(Normalize(CandidateKind.DateRange, surface, timex), Is.EqualTo(new NormalizedTimex(TimexType.Duration, expected)));
    }

    [TestCase("Friday", "XXXX-WXX-5", "Past", "2015-09-18")]
    [TestCase("Friday", "XXXX-WXX-5", "Future", "2015-09-25")]
    [TestCase("Wednesday night", "XXXX-WXX-3TNI", "Past", "2015-09-16")]
    [TestCase("September 5", "XXXX-09-05", "Past", "2015-09-05")]
    [TestCase("October", "XXXX-10", "Neutral", "2015-10")]
    [TestCase("the summer", "SU", "Past", "2015-SU")]
    public void Normalize_UnderspecifiedDate_ChoosesByDirection(string surface, string timex, string direction, string expected)
    {
        Assert.That(Normalize(CandidateKind.Date, surface, timex, direction: Enum.Parse<TemporalDirection>(direction))!.Value, Is.EqualTo(expected));
    }

    [Test]
    public void Normalize_LastMonthName_IsTheLatestSuchMonthBeforeTheDocumentDate()
    {
        Assert.That(Normalize(CandidateKind.DateRange, "last May", "2014-05")!.Value, Is.EqualTo("2015-05"));
        Assert.That(Normalize(CandidateKind.DateRange, "last November", "2014-11")!.Value, Is.EqualTo("2014-11"));
    }

    [Test]
    public void Normalize_UnderspecifiedDateWithoutDocumentDate_StaysAPattern()
    {
        var normalized = TimexNormalizer.Normalize(
            new TimexCandidate(0, 6, CandidateKind.Date, [new CandidateReading("XXXX-WXX-5", "2000-01-07", null, null, null)]),
            "Friday",
            null,
            () => throw new AssertionException("no direction is needed without a document date"));

        Assert.That(normalized!.Value, Is.EqualTo("XXXX-WXX-5"));
    }

    [TestCase("7:15 p.m.", "T19:15", "2015-09-21T19:15")]
    [TestCase("10 p.m.", "T22", "2015-09-21T22:00")]
    public void Normalize_ClockTime_TakesTheDocumentDay(string surface, string timex, string expected)
    {
        Assert.That(Normalize(CandidateKind.Time, surface, timex), Is.EqualTo(new NormalizedTimex(TimexType.Time, expected)));
    }

    [Test]
    public void Normalize_Now_IsPresentRefDate()
    {
        Assert.That(Normalize(CandidateKind.DateTime, "now", "PRESENT_REF"), Is.EqualTo(new NormalizedTimex(TimexType.Date, "PRESENT_REF")));
    }

    [Test]
    public void Normalize_RecognizerMissedTheWrittenYear_TakesTheYearFromTheText()
    {
        Assert.That(Normalize(CandidateKind.DateRange, "mid-1996", null), Is.EqualTo(new NormalizedTimex(TimexType.Date, "1996")));
    }

    [Test]
    public void Normalize_Preset_ComputesItsValue()
    {
        var candidate = new TimexCandidate(0, 11, CandidateKind.Date, [], new PresetTimex(TimexType.Date, "@quarter:-1"));

        Assert.That(TimexNormalizer.Normalize(candidate, "the quarter", Monday, () => TemporalDirection.Neutral), Is.EqualTo(new NormalizedTimex(TimexType.Date, "2015-Q2")));
    }
}
