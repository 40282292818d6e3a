using EventTimeline.Time;

namespace EventTimeline.Tests.Time;

/// <summary>The date traps listed in the seeds' README, run through the real tagger with each seed's publication date.</summary>
public sealed class SeedTrapTests
{
    private MicrosoftTemporalTagger _tagger = null!;

    [OneTimeSetUp]
    public void StartTagger() => _tagger = RealTagger.Start();

    [OneTimeTearDown]
    public void StopTagger() => _tagger.Dispose();

    [Test]
    public void Seed000_LastFriday_Resolves20150918Not2013()
    {
        var text = SeedFiles.Read("000");
        var mention = RealTagger.Single(RealTagger.Tag(_tagger, text, "2015-09-21"), text, "last Friday");

        Assert.That(mention.Value, Is.EqualTo("2015-09-18"));
        Assert.That(mention.Interval, Is.EqualTo(new DateInterval(new DateOnly(2015, 9, 18), new DateOnly(2015, 9, 18), Granularity.Day)));
        Assert.That(mention.Basis, Is.EqualTo(TimeBasis.RelativeToDct));
    }

    [TestCase("2015-09-18")]
    [TestCase("2015-09-21")]
    public void Seed001_OnSeptember5_Resolves20150905(string documentDate)
    {
        var text = SeedFiles.Read("001");
        var mention = RealTagger.Single(RealTagger.Tag(_tagger, text, documentDate), text, "September 5");

        Assert.That(mention.Text, Is.EqualTo("September 5"));
        Assert.That(mention.Value, Is.EqualTo("2015-09-05"));
        Assert.That(mention.Interval?.Start, Is.EqualTo(new DateOnly(2015, 9, 5)));
    }

    [Test]
    public void Seed001_WithoutDocumentDate_SeptemberFiveStaysUnresolved()
    {
        var text = SeedFiles.Read("001");
        var mention = RealTagger.Single(RealTagger.Tag(_tagger, text, null), text, "September 5");

        Assert.That(mention.Value, Is.EqualTo("XXXX-09-05"));
        Assert.That(mention.Interval, Is.Null);
        Assert.That(mention.Basis, Is.EqualTo(TimeBasis.Unresolved));
    }

    [Test]
    public void Seed002_Friday_Resolves20150918()
    {
        var text = SeedFiles.Read("002");
        var mention = RealTagger.Single(RealTagger.Tag(_tagger, text, "2015-09-18"), text, "Friday");

        Assert.That(mention.Value, Is.EqualTo("2015-09-18"));
    }

    [Test]
    public void Seed002_TwoWeeksAgo_ResolvesToWeekOf20150904()
    {
        var text = SeedFiles.Read("002");
        var mention = RealTagger.Single(RealTagger.Tag(_tagger, text, "2015-09-18"), text, "two weeks ago");

        Assert.That(mention.Text, Is.EqualTo("two weeks ago"));
        Assert.That(mention.Value, Is.EqualTo("2015-W36"));
        Assert.That(mention.Interval!.Granularity, Is.EqualTo(Granularity.Week));
        Assert.That(mention.Interval.Start, Is.LessThanOrEqualTo(new DateOnly(2015, 9, 4)));
        Assert.That(mention.Interval.End, Is.GreaterThanOrEqualTo(new DateOnly(2015, 9, 4)));
    }

    [Test]
    public void Seed000_LaterThisMonth_ResolvesToSeptember2015()
    {
        var text = SeedFiles.Read("000");
        var mention = RealTagger.Single(RealTagger.Tag(_tagger, text, "2015-09-21"), text, "later this month");

        Assert.That(mention.Value, Is.EqualTo("2015-09"));
        Assert.That(mention.Interval, Is.EqualTo(new DateInterval(new DateOnly(2015, 9, 1), new DateOnly(2015, 9, 30), Granularity.Month)));
    }

    [Test]
    public void Seed002_LaterThisMonth_ResolvesToSeptember2015()
    {
        // 002 itself says "this month"; the trap is the phrase in the same context with 002's date.
        const string text = "He plans to unveil a new diplomatic plan for the conflict later this month at the meeting of the United Nations General Assembly in New York.";
        var mention = RealTagger.Single(RealTagger.Tag(_tagger, text, "2015-09-18"), text, "later this month");

        Assert.That(mention.Value, Is.EqualTo("2015-09"));
        Assert.That(mention.Interval!.Granularity, Is.EqualTo(Granularity.Month));
    }

    [Test]
    public void Seed002_ThisMonth_ResolvesToSeptember2015()
    {
        var text = SeedFiles.Read("002");
        var mention = RealTagger.Single(RealTagger.Tag(_tagger, text, "2015-09-18"), text, "this month");

        Assert.That(mention.Value, Is.EqualTo("2015-09"));
        Assert.That(mention.Interval!.Granularity, Is.EqualTo(Granularity.Month));
    }

    [Test]
    public void Seed003_Saturday_Resolves20150919()
    {
        var text = SeedFiles.Read("003");
        var mention = RealTagger.Single(RealTagger.Tag(_tagger, text, "2015-09-21"), text, "Saturday");

        Assert.That(mention.Value, Is.EqualTo("2015-09-19"));
    }

    [Test]
    public void Seed003_In2008_ResolvesToYear2008WithoutThePreposition()
    {
        var text = SeedFiles.Read("003");
        var mention = RealTagger.Single(RealTagger.Tag(_tagger, text, "2015-09-21"), text, "in 2008");

        Assert.That(mention.Text, Is.EqualTo("2008"));
        Assert.That(mention.Value, Is.EqualTo("2008"));
        Assert.That(mention.Interval, Is.EqualTo(new DateInterval(new DateOnly(2008, 1, 1), new DateOnly(2008, 12, 31), Granularity.Year)));
        Assert.That(mention.Basis, Is.EqualTo(TimeBasis.Explicit));
    }

    [Test]
    public void Seed003_May2013_Resolves201305()
    {
        var text = SeedFiles.Read("003");
        var mention = RealTagger.Single(RealTagger.Tag(_tagger, text, "2015-09-21"), text, "May 2013");

        Assert.That(mention.Value, Is.EqualTo("2013-05"));
        Assert.That(mention.Interval!.Granularity, Is.EqualTo(Granularity.Month));
    }

    [Test]
    public void Seed000_MayHope_GivesNoMention()
    {
        var text = SeedFiles.Read("000");
        var mentions = RealTagger.Tag(_tagger, text, "2015-09-21");

        Assert.That(RealTagger.Over(mentions, text, "may hope"), Is.Empty);
        Assert.That(RealTagger.Over(mentions, text, "may be necessary"), Is.Empty);
    }

    [Test]
    public void Seed002_TwoFlightsADay_GivesNoMention()
    {
        var text = SeedFiles.Read("002");
        var mentions = RealTagger.Tag(_tagger, text, "2015-09-18");

        Assert.That(RealTagger.Over(mentions, text, "two cargo supply flights a day"), Is.Empty);
    }

    [Test]
    public void Seed002_FourAndAHalfYearsOld_GivesNoMention()
    {
        var text = SeedFiles.Read("002");
        var mentions = RealTagger.Tag(_tagger, text, "2015-09-18");

        Assert.That(RealTagger.Over(mentions, text, "41/2 years old"), Is.Empty);
    }

    [Test]
    public void Seed000_SubscribeNowAndToday_GiveNoMention()
    {
        var text = SeedFiles.Read("000");
        var mentions = RealTagger.Tag(_tagger, text, "2015-09-21");

        Assert.That(RealTagger.Over(mentions, text, "Subscribe now"), Is.Empty);
        Assert.That(RealTagger.Over(mentions, text, "subscribe today"), Is.Empty);
    }

    [Test]
    public void Seed000_PhotoCaptionDate_IsExplicit2013()
    {
        var text = SeedFiles.Read("000");
        var mention = RealTagger.Single(RealTagger.Tag(_tagger, text, "2015-09-21"), text, "Sept. 14, 2013");

        Assert.That(mention.Value, Is.EqualTo("2013-09-14"));
        Assert.That(mention.Basis, Is.EqualTo(TimeBasis.Explicit));
    }
}
