using EventTimeline.Time;
using EventTimeline.Time.Anchoring;

namespace EventTimeline.Tests.Time.Anchoring;

public sealed class TimexIntervalsTests
{
    [TestCase("2015-09-18", "2015-09-18", "2015-09-18", Granularity.Day)]
    [TestCase("2015-09-18TNI", "2015-09-18", "2015-09-18", Granularity.Time)]
    [TestCase("2015-09-18T22:00", "2015-09-18", "2015-09-18", Granularity.Time)]
    [TestCase("2015-W38", "2015-09-14", "2015-09-20", Granularity.Week)]
    [TestCase("2015-W38-WE", "2015-09-19", "2015-09-20", Granularity.Day)]
    [TestCase("2015-W01", "2014-12-29", "2015-01-04", Granularity.Week)]
    [TestCase("2015-09", "2015-09-01", "2015-09-30", Granularity.Month)]
    [TestCase("2016-02", "2016-02-01", "2016-02-29", Granularity.Month)]
    [TestCase("2015-Q3", "2015-07-01", "2015-09-30", Granularity.Quarter)]
    [TestCase("2015-H1", "2015-01-01", "2015-06-30", Granularity.HalfYear)]
    [TestCase("2015-WI", "2015-12-01", "2016-02-29", Granularity.Season)]
    [TestCase("2015-SU", "2015-06-01", "2015-08-31", Granularity.Season)]
    [TestCase("2008", "2008-01-01", "2008-12-31", Granularity.Year)]
    [TestCase("199", "1990-01-01", "1999-12-31", Granularity.Decade)]
    [TestCase("19", "1900-01-01", "1999-12-31", Granularity.Century)]
    public void Of_CalendarValue_IsItsInclusiveInterval(string value, string start, string end, Granularity granularity)
    {
        var interval = TimexIntervals.Of(value, null);

        Assert.That(interval, Is.EqualTo(new DateInterval(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), granularity)));
    }

    [TestCase("P3D")]
    [TestCase("PXY")]
    [TestCase("PAST_REF")]
    [TestCase("FUTURE_REF")]
    [TestCase("XXXX-09-05")]
    [TestCase("XXXX-WXX-5")]
    [TestCase("2015-13")]
    [TestCase("2015-02-30")]
    [TestCase("2014-W53")]
    public void Of_ValueWithoutCalendarPlace_IsNull(string value)
    {
        Assert.That(TimexIntervals.Of(value, new DateOnly(2015, 9, 18)), Is.Null);
    }

    [Test]
    public void Of_PresentRef_IsTheDocumentDayOnlyWithADocumentDate()
    {
        Assert.That(TimexIntervals.Of("PRESENT_REF", new DateOnly(2015, 9, 18)), Is.EqualTo(new DateInterval(new DateOnly(2015, 9, 18), new DateOnly(2015, 9, 18), Granularity.Day)));
        Assert.That(TimexIntervals.Of("PRESENT_REF", null), Is.Null);
    }
}
