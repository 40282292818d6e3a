using EventTimeline.Time;
using EventTimeline.Time.Native;

namespace EventTimeline.Tests.Time;

/// <summary>The combined engine: native expressions and values, plus the recognizer's named times where native found nothing.</summary>
public sealed class CombinedTemporalTaggerTests
{
    private static readonly DateOnly DocumentDate = new(1999, 10, 8);

    private CombinedTemporalTagger _combined = null!;
    private NativeTemporalTagger _native = null!;
    private MicrosoftTemporalTagger _microsoft = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _combined = new CombinedTemporalTagger();
        _native = new NativeTemporalTagger();
        _microsoft = RealTagger.Start();
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _combined.Dispose();
        _native.Dispose();
        _microsoft.Dispose();
    }

    [Test]
    public void Tag_NativeFindsEverything_GivesTheNativeMentions()
    {
        const string text = "The treaty was signed on March 5, 1998, and talks resume next Tuesday.";

        Assert.That(_combined.Tag(text, DocumentDate), Is.EqualTo(_native.Tag(text, DocumentDate)));
    }

    [Test]
    public void Tag_OnlyTheRecognizerFindsANamedTime_AddsItsMention()
    {
        const string text = "The blast came at midday, and rescuers arrived on Friday.";
        Assert.That(RealTagger.Over(_native.Tag(text, DocumentDate), text, "midday"), Is.Empty, "the premise: native misses it");

        var mentions = _combined.Tag(text, DocumentDate);

        var midday = RealTagger.Single(mentions, text, "midday");
        Assert.Multiple(() =>
        {
            Assert.That(midday.Text, Is.EqualTo("midday"));
            Assert.That(midday.Type, Is.EqualTo(TimexType.Time));
            Assert.That(RealTagger.Single(mentions, text, "Friday"), Is.EqualTo(RealTagger.Single(_native.Tag(text, DocumentDate), text, "Friday")));
            Assert.That(mentions.Select(mention => mention.Start), Is.Ordered);
        });
    }

    [Test]
    public void Tag_OnlyTheRecognizerFindsAVagueTime_LeavesItOut()
    {
        const string text = "The plant will reopen soon, the company said.";
        Assert.That(RealTagger.Over(RealTagger.Tag(_microsoft, text, "1999-10-08"), text, "soon"), Is.Not.Empty, "the premise: the recognizer's engine finds it");

        Assert.That(RealTagger.Over(_combined.Tag(text, DocumentDate), text, "soon"), Is.Empty);
    }

    [Test]
    public void Tag_Batch_OneListPerRequestAndTheEngineName()
    {
        var result = _combined.Tag([new TaggingRequest("He left at midday on Friday.", DocumentDate), new TaggingRequest("Nothing here.", null)]);

        Assert.That(result, Has.Count.EqualTo(2));
        Assert.That(result[1], Is.Empty);
        Assert.That(_combined.Name, Is.EqualTo("combined"));
    }
}
