using EventTimeline.Time;

namespace EventTimeline.Tests.Time;

/// <summary>The real tagger on sentences written for one convention each: tense choice, extents, values, false positives.</summary>
public sealed class MicrosoftTemporalTaggerTests
{
    private MicrosoftTemporalTagger _tagger = null!;

    [OneTimeSetUp]
    public void StartTagger() => _tagger = RealTagger.Start();

    [OneTimeTearDown]
    public void StopTagger() => _tagger.Dispose();

    // 2015-09-17 is a Thursday.
    [TestCase("The minister resigned on Tuesday.", "Tuesday", "2015-09-15")]
    [TestCase("The minister has resigned on Tuesday.", "Tuesday", "2015-09-15")]
    [TestCase("The minister will resign on Tuesday.", "Tuesday", "2015-09-22")]
    [TestCase("The minister plans to resign on Tuesday.", "Tuesday", "2015-09-22")]
    [TestCase("The meeting was postponed until Saturday.", "Saturday", "2015-09-19")]
    [TestCase("Officials said Thursday that the talks had ended.", "Thursday", "2015-09-17")]
    [TestCase("Talks on Thursday in Geneva", "Thursday", "2015-09-17")]
    [TestCase("The vote took place in March.", "March", "2015-03")]
    [TestCase("The vote is due in March.", "March", "2016-03")]
    [TestCase("Talks are set for Sept. 30 in Vienna.", "Sept. 30", "2015-09-30")]
    [TestCase("The ceasefire collapsed on March 30.", "March 30", "2015-03-30")]
    [TestCase("Talks will resume on March 30.", "March 30", "2016-03-30")]
    [TestCase("The accord was signed last May.", "last May", "2015-05")]
    public void Tag_UnderspecifiedDate_ChosenByClauseTense(string text, string expression, string expected)
    {
        var mention = RealTagger.Single(RealTagger.Tag(_tagger, text, "2015-09-17"), text, expression);

        Assert.That(mention.Value, Is.EqualTo(expected));
        Assert.That(mention.Basis, Is.EqualTo(TimeBasis.RelativeToDct));
    }

    [TestCase("The war began four years ago.", "four years ago", "four years ago", "DATE", "2011")]
    [TestCase("Officials met last week.", "last week", "last week", "DATE", "2015-W37")]
    [TestCase("Shelling continued for several days.", "several days", "several days", "DURATION", "PXD")]
    [TestCase("Prices rose in the past three months.", "the past three months", "the past three months", "DURATION", "P3M")]
    [TestCase("The talks lasted almost seven years.", "almost seven years", "almost seven years", "DURATION", "P7Y")]
    [TestCase("Emissions must fall by 2030.", "2030", "2030", "DATE", "2030")]
    [TestCase("The troops are now in Latakia.", "now", "now", "DATE", "PRESENT_REF")]
    [TestCase("Guards patrol every morning.", "every morning", "every morning", "SET", "XXXX-XX-XXTMO")]
    [TestCase("The talks have stalled recently.", "recently", "recently", "DATE", "PAST_REF")]
    [TestCase("Attacks have risen in recent years.", "recent years", "recent years", "DATE", "PAST_REF")]
    [TestCase("Growth slowed in the 1990s.", "the 1990s", "the 1990s", "DATE", "199")]
    [TestCase("Earnings fell in the third quarter.", "the third quarter", "the third quarter", "DATE", "2015-Q3")]
    [TestCase("Three days later, the talks resumed.", "Three days later", "Three days", "DURATION", "P3D")]
    [TestCase("The fighting ended in less than one hour.", "less than one hour", "less than one hour", "DURATION", "PT1H")]
    [TestCase("They vote this coming Sunday.", "this coming Sunday", "this coming Sunday", "DATE", "2015-09-20")]
    [TestCase("Shells fell on the town Wednesday night.", "Wednesday night", "Wednesday night", "DATE", "2015-09-16")]
    [TestCase("Both sides will meet in the coming weeks.", "coming weeks", "the coming weeks", "DURATION", "PXW")]
    public void Tag_Expression_FollowsTimeMLConventions(string text, string fragment, string extent, string type, string value)
    {
        var mention = RealTagger.Single(RealTagger.Tag(_tagger, text, "2015-09-17"), text, fragment);

        Assert.That(mention.Text, Is.EqualTo(extent));
        Assert.That(mention.Type.ToString().ToUpperInvariant(), Is.EqualTo(type));
        Assert.That(mention.Value, Is.EqualTo(value));
    }

    [Test]
    public void Tag_RangeOfTwoDates_GivesTwoDates()
    {
        const string text = "The offer runs from Aug. 26 to Oct. 20.";
        var mentions = RealTagger.Tag(_tagger, text, "2015-09-17");

        Assert.That(mentions.Select(mention => (mention.Text, mention.Value)), Is.EqualTo(new[] { ("Aug. 26", "2015-08-26"), ("Oct. 20", "2015-10-20") }));
    }

    [Test]
    public void Tag_QuantityBeforeADate_StillFindsTheDate()
    {
        const string text = "Sales rose to more than 300,000 last year, and the company said Friday that it expects more.";
        var mentions = RealTagger.Tag(_tagger, text, "2015-09-17");

        Assert.That(mentions.Select(mention => (mention.Text, mention.Value)), Is.EqualTo(new[] { ("last year", "2014"), ("Friday", "2015-09-11") }));
    }

    [Test]
    public void Tag_FourYearsAgo_IsTheWholeYear()
    {
        const string text = "The war began four years ago.";
        var mention = RealTagger.Single(RealTagger.Tag(_tagger, text, "2015-09-17"), text, "four years ago");

        Assert.That(mention.Interval, Is.EqualTo(new DateInterval(new DateOnly(2011, 1, 1), new DateOnly(2011, 12, 31), Granularity.Year)));
    }

    [TestCase("The 22-year-old soldier was wounded.", "22-year")]
    [TestCase("A 52 years old man was arrested.", "52 years")]
    [TestCase("The boy, 4 1/2 years old, survived.", "1/2 years")]
    [TestCase("They flew four sorties a day.", "a day")]
    [TestCase("The company earns $33 million a year.", "a year")]
    [TestCase("He may visit Moscow.", "may")]
    [TestCase("May the talks succeed.", "May")]
    [TestCase("The stock rose 9 1/2 to 39.", "1/2")]
    [TestCase("Sales were little changed at 2.46 billion guilders.", "2.46")]
    [TestCase("Subscribe now to get full access.", "now")]
    public void Tag_NotATimeExpression_GivesNothing(string text, string fragment)
    {
        var mentions = RealTagger.Tag(_tagger, text, "2015-09-17");

        Assert.That(RealTagger.Over(mentions, text, fragment), Is.Empty);
    }

    [Test]
    public void Tag_WithoutDocumentDate_LeavesRelativeExpressionsUnresolved()
    {
        const string text = "Talks began last Friday and resume on Monday; the accord of 12 May 2014 still holds.";
        var mentions = RealTagger.Tag(_tagger, text, null);

        var lastFriday = RealTagger.Single(mentions, text, "last Friday");
        var monday = RealTagger.Single(mentions, text, "Monday");
        var explicitDay = RealTagger.Single(mentions, text, "12 May 2014");
        Assert.That(lastFriday.Value, Is.EqualTo("XXXX-XX-XX"));
        Assert.That(lastFriday.Interval, Is.Null);
        Assert.That(lastFriday.Basis, Is.EqualTo(TimeBasis.Unresolved));
        Assert.That(monday.Value, Is.EqualTo("XXXX-WXX-1"));
        Assert.That(monday.Basis, Is.EqualTo(TimeBasis.Unresolved));
        Assert.That(explicitDay.Value, Is.EqualTo("2014-05-12"));
        Assert.That(explicitDay.Basis, Is.EqualTo(TimeBasis.Explicit));
    }

    [Test]
    public void Tag_Batch_ReturnsOneSortedListPerRequestWithOffsetsIntoItsText()
    {
        var first = "Kerry spoke on Friday.\n\nLavrov answered on Saturday, and they meet again next week.";
        var second = "Nothing to date here.";
        var third = "In 2008 the base opened.";

        var result = _tagger.Tag([
            new TaggingRequest(first, new DateOnly(2015, 9, 21)),
            new TaggingRequest(second, new DateOnly(2015, 9, 21)),
            new TaggingRequest(third, null),
        ]);

        Assert.That(result, Has.Count.EqualTo(3));
        Assert.That(result[0].Select(mention => mention.Text), Is.EqualTo(new[] { "Friday", "Saturday", "next week" }));
        Assert.That(result[1], Is.Empty);
        Assert.That(result[2].Single().Value, Is.EqualTo("2008"));
        Assert.That(result[0].Select(mention => first.Substring(mention.Start, mention.Length)), Is.EqualTo(result[0].Select(mention => mention.Text)));
        Assert.That(result[0].Select(mention => mention.Start), Is.Ordered);
    }

    [Test]
    public void Name_IsMicrosoft()
    {
        Assert.That(_tagger.Name, Is.EqualTo("microsoft"));
    }
}
