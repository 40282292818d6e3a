using EventTimeline.Time;

namespace EventTimeline.Tests.Time;

public sealed class TimeNamingWordsTests
{
    [TestCase("11th century")]
    [TestCase("the nineties")]
    [TestCase("mid afternoon")]
    [TestCase("Friday")]
    [TestCase("one day")]
    [TestCase("the mid-1990s")]
    [TestCase("Easter")]
    public void Names_ExpressionThatNamesItsTime_IsTrue(string expression)
    {
        Assert.That(TimeNamingWords.Default.Names(expression), Is.True);
    }

    [TestCase("soon")]
    [TestCase("recent")]
    [TestCase("the year")]
    [TestCase("the foreseeable future")]
    [TestCase("the Mayor's term")]
    [TestCase("a Decadent era")]
    public void Names_VagueOrAnaphoricExpression_IsFalse(string expression)
    {
        Assert.That(TimeNamingWords.Default.Names(expression), Is.False);
    }

    [Test]
    public void NamesOutside_NamingWordOnlyInsideAKnownSpan_IsFalse()
    {
        const string text = "It rained on Friday for a while that year.";
        var friday = text.IndexOf("Friday", StringComparison.Ordinal);

        Assert.Multiple(() =>
        {
            Assert.That(TimeNamingWords.Default.NamesOutside(text[5..], 5, [(friday, friday + 6)]), Is.False);
            Assert.That(TimeNamingWords.Default.NamesOutside(text[5..], 5, []), Is.True);
        });
    }
}
