using EventTimeline.Time;
using EventTimeline.Time.Anchoring;

namespace EventTimeline.Tests.Time.Anchoring;

public sealed class QuarterFocusTests
{
    private static TimeMention Mention(int start, string text, string value) =>
        new(start, text.Length, text, TimexType.Date, value, TimexIntervals.Of(value, null), TimeBasis.RelativeToDct);

    [Test]
    public void Apply_YearEarlierAfterAQuarter_IsThatQuarterAYearBefore()
    {
        var mentions = new[] { Mention(10, "the third quarter", "1989-Q3"), Mention(80, "a year earlier", "1988") };

        var result = QuarterFocus.Apply(mentions);

        Assert.That(result[1].Value, Is.EqualTo("1988-Q3"));
        Assert.That(result[1].Interval!.Granularity, Is.EqualTo(Granularity.Quarter));
    }

    [Test]
    public void Apply_YearEarlierFarFromAnyQuarter_IsUnchanged()
    {
        var mentions = new[] { Mention(10, "the third quarter", "1989-Q3"), Mention(10 + QuarterFocus.FocusDistance + 100, "a year earlier", "1988") };

        Assert.That(QuarterFocus.Apply(mentions)[1].Value, Is.EqualTo("1988"));
    }

    [Test]
    public void Apply_WithoutQuarter_IsUnchanged()
    {
        var mentions = new[] { Mention(10, "Friday", "1989-10-27"), Mention(40, "a year ago", "1988") };

        Assert.That(QuarterFocus.Apply(mentions), Is.EqualTo(mentions));
    }
}
