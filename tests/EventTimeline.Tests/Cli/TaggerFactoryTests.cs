using EventTimeline.Cli;

namespace EventTimeline.Tests.Cli;

public sealed class TaggerFactoryTests
{
    [Test]
    public void Create_Microsoft_StartsTheMicrosoftEngine()
    {
        using var tagger = TaggerFactory.Create("microsoft");

        Assert.That(tagger.Name, Is.EqualTo("microsoft"));
    }

    [Test]
    public void Create_MicrosoftForTwoJobs_SharesOneTaggerThatTagsInParallel()
    {
        using var tagger = TaggerFactory.Create("microsoft", jobs: 2);
        var requests = Enumerable.Range(0, 4).Select(i => new EventTimeline.Time.TaggingRequest($"The talks resumed on March {i + 3}, 2016.", new DateOnly(2016, 3, 20))).ToList();

        var results = new IReadOnlyList<IReadOnlyList<EventTimeline.Time.TimeMention>>[4];
        Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i => results[i] = tagger.Tag([requests[i]]));

        Assert.Multiple(() =>
        {
            Assert.That(tagger, Is.TypeOf<EventTimeline.Time.MicrosoftTemporalTagger>());
            Assert.That(tagger.Name, Is.EqualTo("microsoft"));
            Assert.That(results.Select(r => r[0][0].Value), Is.EqualTo(new[] { "2016-03-03", "2016-03-04", "2016-03-05", "2016-03-06" }));
        });
    }

    [Test]
    public void Create_NativeForTwoJobs_SharesTheThreadSafeTagger()
    {
        using var tagger = TaggerFactory.Create("native", jobs: 2);

        Assert.That(tagger, Is.TypeOf<EventTimeline.Time.Native.NativeTemporalTagger>());
    }

    [Test]
    public void Create_Combined_StartsTheCombinedEngine()
    {
        using var tagger = TaggerFactory.Create("combined", jobs: 2);

        Assert.That(tagger, Is.TypeOf<EventTimeline.Time.CombinedTemporalTagger>());
        Assert.That(TaggerFactory.KnownEngines, Does.Contain("combined"));
    }

    [Test]
    public void Create_UnknownEngine_ThrowsListingKnownEngines()
    {
        var error = Assert.Throws<ArgumentException>(() => TaggerFactory.Create("heideltime"));

        Assert.That(error!.Message, Does.Contain("heideltime").And.Contain("microsoft"));
    }
}
