using EventTimeline.Time.Anchoring;

namespace EventTimeline.Tests.Time.Anchoring;

public sealed class UnderspecifiedDatesTests
{
    private static readonly DateOnly Monday = new(2015, 9, 21);

    [Test]
    public void Options_Weekday_AreThatWeekdayInTheWeeksAroundTheDocumentDate()
    {
        var options = UnderspecifiedDates.Options("XXXX-WXX-5", Monday);

        Assert.That(options.Select(option => option.Value), Is.EqualTo(new[] { "2015-09-11", "2015-09-18", "2015-09-25", "2015-10-02", "2015-10-09" }));
    }

    [Test]
    public void Options_FebruaryTwentyNinth_SkipsYearsWithoutIt()
    {
        var options = UnderspecifiedDates.Options("XXXX-02-29", new DateOnly(2015, 9, 21));

        Assert.That(options.Select(option => option.Value), Is.EqualTo(new[] { "2016-02-29" }));
    }

    [TestCase("XXXX-09", new[] { "2014-09", "2015-09", "2016-09" })]
    [TestCase("XXXX-Q3", new[] { "2014-Q3", "2015-Q3", "2016-Q3" })]
    [TestCase("SU", new[] { "2014-SU", "2015-SU", "2016-SU" })]
    [TestCase("XXXX-WXX-WE", new[] { "2015-W38-WE", "2015-W39-WE", "2015-W40-WE" })]
    public void Options_Pattern_AreItsReadingsAroundTheDocumentYear(string pattern, string[] expected)
    {
        Assert.That(UnderspecifiedDates.Options(pattern, Monday).Select(option => option.Value), Is.EqualTo(expected));
    }

    [TestCase("2015-09-18")]
    [TestCase("P3D")]
    public void Options_ConcreteValue_AreEmpty(string value)
    {
        Assert.That(UnderspecifiedDates.Options(value, Monday), Is.Empty);
    }
}
