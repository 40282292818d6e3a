using EventTimeline.Time.Anchoring;

namespace EventTimeline.Tests.Time.Anchoring;

public sealed class ComputedValuesTests
{
    [TestCase("nineteen ninety-six", 1996)]
    [TestCase("nineteen seventy-nine", 1979)]
    [TestCase("nineteen ninety", 1990)]
    [TestCase("nineteen hundred", 1900)]
    [TestCase("two thousand", 2000)]
    [TestCase("two thousand and one", 2001)]
    [TestCase("twenty ten", 2010)]
    public void SpelledYear_Words_GiveYear(string words, int expected)
    {
        Assert.That(ComputedValues.SpelledYear(words), Is.EqualTo(expected));
    }

    [TestCase("seven hundred")]
    [TestCase("hello world")]
    public void SpelledYear_NotAYear_IsNull(string words)
    {
        Assert.That(ComputedValues.SpelledYear(words), Is.Null);
    }

    [TestCase("@quarter:-1", "2015-Q2")]
    [TestCase("@quarter:0", "2015-Q3")]
    [TestCase("@quarter:-5", "2014-Q2")]
    [TestCase("@quarter:2", "2016-Q1")]
    [TestCase("@decade:nineties", "199")]
    [TestCase("@century:20", "19")]
    [TestCase("@year:nineteen eighty-four", "1984")]
    [TestCase("@vague:months", "PXM")]
    public void Compute_WithDocumentDate_GivesValue(string value, string expected)
    {
        Assert.That(ComputedValues.Compute(value, new DateOnly(2015, 9, 18)), Is.EqualTo(expected));
    }

    [Test]
    public void Compute_QuarterWithoutDocumentDate_IsUnresolvedQuarter()
    {
        Assert.That(ComputedValues.Compute("@quarter:-1", null), Is.EqualTo("XXXX-QX"));
    }
}
