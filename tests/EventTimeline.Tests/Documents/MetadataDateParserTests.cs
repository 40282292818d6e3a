using System.Globalization;

using EventTimeline.Documents;

namespace EventTimeline.Tests.Documents;

public sealed class MetadataDateParserTests
{
    private static readonly MetadataDateParser _parser = MetadataDateParser.CreateDefault();

    [TestCase("2019-03-12", "2019-03-12")]
    [TestCase(" 2019-03-12T23:15:00-05:00 ", "2019-03-12")]
    [TestCase("2019-03-12T08:15:00.123Z", "2019-03-12")]
    [TestCase("20190312", "2019-03-12")]
    [TestCase("20190312T081500Z", "2019-03-12")]
    [TestCase("Tue, 12 Mar 2019 08:15:00 GMT", "2019-03-12")]
    [TestCase("March 12, 2019 8:15 AM", "2019-03-12")]
    [TestCase("12 March 2019", "2019-03-12")]
    [TestCase("2019/03/12", "2019-03-12")]
    [TestCase("20190312081500", "2019-03-12")]
    [TestCase("1552378500", "2019-03-12")]
    [TestCase("1552378500000", "2019-03-12")]
    public void Parse_CommonMetadataForms_GiveTheDate(string value, string expected)
    {
        Assert.That(_parser.Parse(value), Is.EqualTo(DateOnly.Parse(expected, CultureInfo.InvariantCulture)));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("yesterday")]
    [TestCase("March 2019")]
    [TestCase("08:15")]
    [TestCase("2019-02-30")]
    [TestCase("201903121")]
    [TestCase("155237850")]
    [TestCase("15523785000")]
    public void Parse_NoFullDate_GivesNull(string? value)
    {
        Assert.That(_parser.Parse(value), Is.Null);
    }

    [Test]
    public void Parse_LongProse_IsNotADateField()
    {
        Assert.That(_parser.Parse(new string('x', 120) + " March 12, 2019"), Is.Null);
    }
}
