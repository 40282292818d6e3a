using EventTimeline.Benchmark;
using EventTimeline.Store;
using EventTimeline.Documents;
using EventTimeline.Time.Native;

namespace EventTimeline.Tests.Store;

[TestFixture]
public sealed class ExtractionCodecTests
{
    [Test]
    public void DecodeExtraction_EncodedSeedExtractions_GivesTheSameRecords()
    {
        using var tagger = new NativeTemporalTagger();
        var pipeline = EventTimelinePipeline.CreateDefault(tagger);
        var documents = new CorpusReader().Read([SeedFiles.Folder]).Documents.Concat(NewsCorpusGenerator.Default.Generate(10, seed: 3)).ToList();
        var prepared = pipeline.Prepare(documents);

        var extractions = pipeline.ExtractEach(prepared.Documents);

        Assert.That(extractions.SelectMany(e => e.Events), Is.Not.Empty);
        foreach (var extraction in extractions)
        {
            var decoded = ExtractionCodec.DecodeExtraction(ExtractionCodec.Encode(extraction));
            Assert.That(decoded.Sentences, Is.EqualTo(extraction.Sentences));
            Assert.That(decoded.TimeMentions, Is.EqualTo(extraction.TimeMentions));
            Assert.That(decoded.Actors, Is.EqualTo(extraction.Actors));
            Assert.That(decoded.Events.Select(Comparable), Is.EqualTo(extraction.Events.Select(Comparable)));
            Assert.That(decoded.Error, Is.EqualTo(extraction.Error));
            Assert.That(decoded.Cues.BylineTriggers, Is.EqualTo(extraction.Cues.BylineTriggers));
            Assert.That(decoded.Cues.ReportingAfter, Is.EqualTo(extraction.Cues.ReportingAfter));
            Assert.That(decoded.Cues.PossessiveAfter, Is.EqualTo(extraction.Cues.PossessiveAfter));

            // The texts read back after merging are the same sentences and time expressions, read from the same bytes.
            var texts = ExtractionCodec.DecodeTexts(ExtractionCodec.Encode(extraction));
            Assert.That(texts.DocumentId, Is.EqualTo(extraction.DocumentId));
            Assert.That(texts.Sentences, Is.EqualTo(extraction.Sentences));
            Assert.That(texts.TimeMentions, Is.EqualTo(extraction.TimeMentions));
            Assert.That(texts.Error, Is.EqualTo(extraction.Error));
        }
    }

    [Test]
    public void DecodeExtraction_WithSharedStrings_SameRecordsAndOneInstanceOfEachShortString()
    {
        using var tagger = new NativeTemporalTagger();
        var pipeline = EventTimelinePipeline.CreateDefault(tagger);
        var extractions = pipeline.ExtractEach(pipeline.Prepare(NewsCorpusGenerator.Default.Generate(20, seed: 5)).Documents);
        var shared = new SharedStrings();

        var decoded = extractions.Select(extraction => ExtractionCodec.DecodeExtraction(ExtractionCodec.Encode(extraction), shared)).ToList();

        Assert.That(decoded.SelectMany(e => e.Events).Select(Comparable), Is.EqualTo(extractions.SelectMany(e => e.Events).Select(Comparable)));
        Assert.That(decoded.SelectMany(e => e.Actors), Is.EqualTo(extractions.SelectMany(e => e.Actors)));
        Assert.That(decoded.SelectMany(e => e.Sentences), Is.EqualTo(extractions.SelectMany(e => e.Sentences)));
        var types = decoded.SelectMany(e => e.Events).Select(mention => mention.Type).ToList();
        Assert.That(types.Distinct(StringComparer.Ordinal).Count(), Is.LessThan(types.Count));
        Assert.That(types.GroupBy(type => type, StringComparer.Ordinal).All(group => group.All(type => ReferenceEquals(type, group.First()))), Is.True);
    }

    [Test]
    public void DecodeRaw_EncodedDocument_GivesTheSameDocument()
    {
        var document = new RawDocument("a/b", "a/b.txt", "Title \u00e9", null, "https://x.example/1", new DateOnly(2015, 9, 18), "Text with \"quotes\", \\ and \u2014 dashes.\n");

        Assert.That(ExtractionCodec.DecodeRaw(ExtractionCodec.Encode(document)), Is.EqualTo(document));
    }

    // Event mentions hold immutable arrays, which compare by reference: compare them by their contents.
    private static string Comparable(EventTimeline.Events.EventMention mention) =>
        $"{mention with { Participants = [] }}|{string.Join(',', mention.Participants)}|{mention.LocationMention}";
}
