using EventTimeline.Documents;

namespace EventTimeline.Tests.Documents;

public sealed class ExplicitDateParserTests
{
    private static readonly ExplicitDateParser _parser = ExplicitDateParser.CreateDefault();

    [TestCase("21 September 2015", "2015-09-21")]
    [TestCase("on 21st of September, 2015 in", "2015-09-21")]
    [TestCase("September 21, 2015", "2015-09-21")]
    [TestCase("Sept. 14, 2013", "2013-09-14")]
    [TestCase("Sept 14 2013", "2013-09-14")]
    [TestCase("Sep. 14, 2013", "2013-09-14")]
    [TestCase("Jan. 5, 2000", "2000-01-05")]
    [TestCase("MARCH 3RD, 2014", "2014-03-03")]
    [TestCase("May 3, 2014", "2014-05-03")]
    [TestCase("2014-03-03", "2014-03-03")]
    [TestCase("2014-03-03T10:00:00Z", "2014-03-03")]
    [TestCase("2014/3/3", "2014-03-03")]
    public void Find_ExplicitDate_ReturnsIt(string text, string expected)
    {
        var dates = _parser.Find(text);

        Assert.That(dates.Select(d => d.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(new[] { expected }));
    }

    [TestCase("On September 5, Kerry warned")]
    [TestCase("in May 2013, according to")]
    [TestCase("officials may 3, 2014 be")]
    [TestCase("February 30, 2015")]
    [TestCase("03/04/2014")]
    [TestCase("Mark 5, 2014")]
    [TestCase("2015-13-01")]
    [TestCase("in 2008")]
    public void Find_IncompleteOrInvalidDate_ReturnsNothing(string text)
    {
        Assert.That(_parser.Find(text), Is.Empty);
    }

    [Test]
    public void Find_Offsets_PointAtTheDate()
    {
        const string text = "Geneva, Switzerland, Sept. 14, 2013 (photo)";

        var date = _parser.Find(text).Single();

        Assert.That(text.Substring(date.Start, date.Length), Is.EqualTo("Sept. 14, 2013"));
    }
}
