using System.Collections.Immutable;
using System.IO.Compression;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

using EventTimeline.Actors;
using EventTimeline.Benchmark;
using EventTimeline.Documents;
using EventTimeline.Events;
using EventTimeline.Store;
using EventTimeline.Text;
using EventTimeline.Time;
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

    [Test]
    public void DecodeExtraction_EveryFieldSet_GivesEveryFieldBack()
    {
        var extraction = Everything();

        var decoded = ExtractionCodec.DecodeExtraction(ExtractionCodec.Encode(extraction), new SharedStrings());

        Assert.That(AllFields(decoded), Is.EqualTo(AllFields(extraction)));
        Assert.That(decoded.Events[0].Time, Is.SameAs(decoded.TimeMentions[1]), "a time expression of the document is read back as the document's own");
        Assert.That(decoded.Events[1].Time, Is.EqualTo(extraction.Events[1].Time));
    }

    [Test]
    public void DecodeExtraction_WithoutSentenceTexts_EveryOtherFieldBack()
    {
        var extraction = Everything();
        var withoutTexts = extraction with { Sentences = [.. extraction.Sentences.Select(sentence => sentence with { Text = string.Empty })] };

        var decoded = ExtractionCodec.DecodeExtraction(ExtractionCodec.Encode(extraction), new SharedStrings(), sentenceTexts: false);

        Assert.That(AllFields(decoded), Is.EqualTo(AllFields(withoutTexts)));
        Assert.That(decoded.Sentences.Select(sentence => sentence.Text), Is.All.Empty);
    }

    [Test]
    public void DecodeExtraction_WithoutSentenceTextsLongerThanTheSkipBuffer_ReadsOnAfterThem()
    {
        var extraction = Everything();
        var longer = extraction with { Sentences = [new Sentence(0, 0, 2000, string.Concat(Enumerable.Repeat("Long sentence — é. ", 120)))] };

        var decoded = ExtractionCodec.DecodeExtraction(ExtractionCodec.Encode(longer), sentenceTexts: false);

        Assert.That(AllFields(decoded), Is.EqualTo(AllFields(longer with { Sentences = [longer.Sentences[0] with { Text = string.Empty }] })));
    }

    [Test]
    public void DecodeExtraction_SeedAndGeneratedExtractions_EveryFieldBack()
    {
        using var tagger = new NativeTemporalTagger();
        var pipeline = EventTimelinePipeline.CreateDefault(tagger);
        var documents = new CorpusReader().Read([SeedFiles.Folder]).Documents.Concat(NewsCorpusGenerator.Default.Generate(30, seed: 7)).ToList();

        foreach (var extraction in pipeline.ExtractEach(pipeline.Prepare(documents).Documents))
        {
            Assert.That(AllFields(ExtractionCodec.DecodeExtraction(ExtractionCodec.Encode(extraction))), Is.EqualTo(AllFields(extraction)), extraction.DocumentId);
        }
    }

    [Test]
    public void ExtractionBinary_WritesEveryPropertyOfTheRecords()
    {
        // The binary form names no property: a property added to one of these records must be written by ExtractionBinary, and listed here.
        var written = new Dictionary<Type, string[]>
        {
            [typeof(DocumentExtraction)] = ["DocumentId", "Sentences", "TimeMentions", "Actors", "Events", "Error", "Cues"],
            [typeof(Sentence)] = ["Index", "Start", "Length", "Text"],
            [typeof(TimeMention)] = ["Start", "Length", "Text", "Type", "Value", "Interval", "Basis"],
            [typeof(DateInterval)] = ["Start", "End", "Granularity"],
            [typeof(ActorMention)] = ["Start", "Length", "Text", "Sentence", "Kind", "Name", "KnownId", "Country", "Title", "RoleOnly", "Affiliation", "Plural", "Tentative"],
            [typeof(EventMention)] = ["DocumentId", "Sentence", "TriggerStart", "TriggerLength", "Trigger", "Type", "Participants", "Location", "Time", "Date", "Status", "LocationMention"],
            [typeof(MentionParticipant)] = ["ActorMention", "Role"],
            [typeof(EventDate)] = ["Interval", "Timex", "Basis"],
            [typeof(ReporterCues)] = ["BylineTriggers", "ReportingAfter", "PossessiveAfter"],
        };

        foreach (var (type, names) in written)
        {
            var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(property => property.CanWrite).Select(property => property.Name);
            Assert.That(properties.Order(StringComparer.Ordinal), Is.EqualTo(names.Order(StringComparer.Ordinal)), type.Name);
        }
    }

    [Test]
    public void DecodeExtraction_OtherOrBrokenBytes_IsRefusedClearly()
    {
        var bytes = ExtractionCodec.Encode(Everything());
        using var json = new MemoryStream();
        using (var zlib = new ZLibStream(json, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write("{\"DocumentId\":\"d\"}"u8);
        }

        Assert.Multiple(() =>
        {
            Assert.That(() => ExtractionCodec.DecodeExtraction(json.ToArray()), Throws.InstanceOf<InvalidDataException>().With.Message.Contains("format"));
            Assert.That(() => ExtractionCodec.DecodeExtraction(CutShort(bytes, 40)), Throws.InstanceOf<InvalidDataException>());
            Assert.That(() => ExtractionCodec.Encode(Everything() with { DocumentId = "d\uD800" }), Throws.InstanceOf<System.Text.EncoderFallbackException>());
        });
    }

    // The first bytes of what the stored bytes hold, compressed again: an extraction cut short.
    private static byte[] CutShort(byte[] bytes, int length)
    {
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(new MemoryStream(bytes), CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        using var buffer = new MemoryStream();
        using (var zlib = new ZLibStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(inflated.ToArray().AsSpan(0, length));
        }

        return buffer.ToArray();
    }

    // An extraction with every field set to something other than its default, including an event mention of another document with a
    // time expression that is not among the document's.
    private static DocumentExtraction Everything()
    {
        var interval = new DateInterval(new DateOnly(2015, 9, 1), new DateOnly(2015, 9, 30), Granularity.Month);
        TimeMention[] times =
        [
            new(3, 6, "Monday", TimexType.Date, "2015-09-14", new DateInterval(new DateOnly(2015, 9, 14), new DateOnly(2015, 9, 14), Granularity.Day), TimeBasis.RelativeToDct),
            new(20, 14, "September 2015", TimexType.Date, "2015-09", interval, TimeBasis.Explicit),
        ];
        var actor = new ActorMention(40, 5, "Lavro", 1, ActorKind.Person, "Sergei Lavro", "known-1", "RUS", "foreign minister", RoleOnly: true)
        {
            Affiliation = "country:RUS",
            Plural = true,
            Tentative = true,
        };
        var own = new TimeMention(99, 4, "then", TimexType.Duration, "PXD", null, TimeBasis.Unresolved);
        EventMention[] events =
        [
            new("doc-é", 1, 50, 4, "met", "meet", [new MentionParticipant(0, ParticipantRole.Target)], "Geneva", times[1], new EventDate(interval, "2015-09", EventDateBasis.RelativeToDct), EventStatus.Planned) { LocationMention = 2 },
            new("other", 0, 7, 5, "spoke", "statement", [], null, own, new EventDate(null, null, EventDateBasis.Explicit), EventStatus.Asserted),
        ];
        return new DocumentExtraction("doc-é", [new Sentence(0, 0, 19, "First sentence — é."), new Sentence(1, 20, 40, "Second, with \"quotes\" and \\ slashes.")], times, [actor], events, "a stage failed")
        {
            Cues = new ReporterCues([1, 300], [70000], [-1]),
        };
    }

    // Every public property of the records, written as JSON through reflection (not the store's own code).
    private static string AllFields(DocumentExtraction extraction) =>
        JsonSerializer.Serialize(extraction, new JsonSerializerOptions { TypeInfoResolver = new DefaultJsonTypeInfoResolver(), IncludeFields = false });

    // Event mentions hold immutable arrays, which compare by reference: compare them by their contents.
    private static string Comparable(EventTimeline.Events.EventMention mention) =>
        $"{mention with { Participants = [] }}|{string.Join(',', mention.Participants)}|{mention.LocationMention}";
}
