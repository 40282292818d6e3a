using EventTimeline.Benchmark;

namespace EventTimeline.Tests.Benchmark;

public sealed class NewsCorpusGeneratorTests
{
    [Test]
    public void Generate_SameSeedTwice_GivesTheSameDocuments()
    {
        var first = NewsCorpusGenerator.Default.Generate(50, seed: 42);
        var second = NewsCorpusGenerator.Default.Generate(50, seed: 42);

        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void Generate_OtherSeed_GivesOtherTexts()
    {
        var first = NewsCorpusGenerator.Default.Generate(20, seed: 1);
        var second = NewsCorpusGenerator.Default.Generate(20, seed: 2);

        Assert.That(first.Select(d => d.Text).Intersect(second.Select(d => d.Text)), Is.Empty);
    }

    [Test]
    public void Generate_ThousandDocuments_EveryTextAndParagraphIsUnique()
    {
        var documents = NewsCorpusGenerator.Default.Generate(1000, seed: 7);

        // A recognizer that caches results per input string (per paragraph) must not be helped by repeats.
        var paragraphs = documents.SelectMany(d => d.Text.Split("\n\n").Skip(1)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(documents.Select(d => d.Id).Distinct().Count(), Is.EqualTo(1000));
            Assert.That(documents.Select(d => d.Text).Distinct().Count(), Is.EqualTo(1000));
            Assert.That(paragraphs.Distinct().Count(), Is.GreaterThan(paragraphs.Count * 0.97));
        });
    }

    [Test]
    public void Generate_Documents_LookLikeDatedNews()
    {
        var documents = NewsCorpusGenerator.Default.Generate(200, seed: 9);

        Assert.Multiple(() =>
        {
            Assert.That(documents.All(d => d.Published is not null && d.Title is not null), Is.True);
            Assert.That(documents.Average(d => d.Text.Length), Is.InRange(1000, 6000));
            Assert.That(documents.Count(d => d.Text.Contains(" said", StringComparison.Ordinal)), Is.GreaterThan(100));
            Assert.That(documents.Count(d => d.Text.Contains("last week", StringComparison.Ordinal)), Is.GreaterThan(20));
        });
    }

    [Test]
    public void Generate_ThroughThePipeline_FindsEventsActorsAndDates()
    {
        using var tagger = new EventTimeline.Time.Native.NativeTemporalTagger();

        var result = EventTimelinePipeline.CreateDefault(tagger).Build(NewsCorpusGenerator.Default.Generate(30, seed: 4));

        Assert.Multiple(() =>
        {
            Assert.That(result.Timeline.Events, Has.Count.GreaterThan(30));
            Assert.That(result.Actors.Actors, Has.Length.GreaterThan(10));
            Assert.That(result.Documents.Sum(d => d.TimeMentions.Count), Is.GreaterThan(100));
        });
    }
}
