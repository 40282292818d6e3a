using EventTimeline.Time.Anchoring;

namespace EventTimeline.Tests.Time.Anchoring;

public sealed class FalsePositiveFilterTests
{
    private static readonly FalsePositiveFilter Filter = new(TimeLexicon.Default);

    [TestCase("Putin may hope that the talks succeed.", "may")]
    [TestCase("May the talks succeed.", "May")]
    [TestCase("They joined the march on Sunday.", "march")]
    [TestCase("Prices may fall further.", "fall")]
    [TestCase("the 22-year-old soldier", "22-year")]
    [TestCase("a man, 52 years old, was hurt", "52 years")]
    [TestCase("Now 41/2 years old, the war goes on.", "1/2 years")]
    [TestCase("an average of two cargo supply flights a day", "a day")]
    [TestCase("The firm pays $33 million a year in interest.", "a year")]
    [TestCase("They work 24 hours a day.", "a day")]
    [TestCase("Or, Subscribe now to get full access.", "now")]
    [TestCase("available to you when you subscribe today.", "today")]
    [TestCase("Intel eased 1/8 to 31 7/8.", "7/8")]
    [TestCase("LIN surged 4 5/8 to 112.", "5/8")]
    [TestCase("sales were little changed at 2.46 billion guilders", "at 2.46")]
    [TestCase("trading 15 million shares", "15")]
    [TestCase("it will be a second betrayal", "a second")]
    [TestCase("declared a quarterly cash dividend", "quarterly")]
    [TestCase("Jan Kavan of the Czech Republic", "Jan")]
    [TestCase("• Daily articles with original analysis", "Daily")]
    [TestCase("The tremor hit at 1653 (2153 GMT) on Tuesday.", "at 1653")]
    [TestCase("The tremor hit at 1653 (2153 GMT) on Tuesday.", "2153")]
    [TestCase("the rescue effort ended at 1600 local time", "1600")]
    [TestCase("The deadline is 0900 hours.", "0900")]
    public void RejectingRule_NotATimeExpression_NamesARule(string text, string mention)
    {
        var start = text.IndexOf(mention, StringComparison.Ordinal);

        Assert.That(Filter.RejectingRule(text, start, start + mention.Length), Is.Not.Null);
    }

    [TestCase("The talks resumed in May.", "May")]
    [TestCase("in May 2013, according to the Journal", "May 2013")]
    [TestCase("Talks began in March.", "March")]
    [TestCase("The war is four years old now.", "now")]
    [TestCase("Officials said today that the talks had ended.", "today")]
    [TestCase("within a day of the attack", "a day")]
    [TestCase("The base opened in 1971.", "1971")]
    [TestCase("the 1988 second quarter", "1988")]
    [TestCase("In 2010 (the year of the quake) GDP fell.", "2010")]
    [TestCase("The 1999 hours-long siege ended.", "1999")]
    [TestCase("Prices fell in the past two years.", "the past two years")]
    [TestCase("It was a day of mourning.", "a day")]
    [TestCase("a second later, the bomb exploded", "a second")]
    public void RejectingRule_TimeExpression_IsNull(string text, string mention)
    {
        var start = text.IndexOf(mention, StringComparison.Ordinal);

        Assert.That(Filter.RejectingRule(text, start, start + mention.Length), Is.Null);
    }

    [Test]
    public void RejectingRule_SpanAcrossLines_IsRejected()
    {
        const string text = "last\nweek";

        Assert.That(Filter.RejectingRule(text, 0, text.Length), Is.Not.Null);
    }
}
