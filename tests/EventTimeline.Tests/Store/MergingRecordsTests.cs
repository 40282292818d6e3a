using EventTimeline.Benchmark;
using EventTimeline.Documents;
using EventTimeline.Store;
using EventTimeline.Summary;
using EventTimeline.Time.Native;

namespace EventTimeline.Tests.Store;

[TestFixture]
public sealed class MergingRecordsTests
{
    [Test]
    public void Of_DecodedExtractions_KeepsWhatMergingReadsAndSharesEqualValues()
    {
        using var tagger = new NativeTemporalTagger();
        var pipeline = EventTimelinePipeline.CreateDefault(tagger);
        var extractions = pipeline.ExtractEach(pipeline.Prepare(NewsCorpusGenerator.Default.Generate(20, seed: 7)).Documents);
        var records = new MergingRecords();

        // Decoded twice, as a store would give them: equal values are separate objects until they are shared.
        var kept = extractions.Select(extraction => records.Of(ExtractionCodec.DecodeExtraction(ExtractionCodec.Encode(extraction)))).ToList();

        var mentions = kept.SelectMany(e => e.Events).ToList();
        var dated = mentions.Where(mention => mention.Time is not null).ToList();
        Assert.That(dated, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            // Every event mention is the one extracted, its time expression's value left out.
            Assert.That(
                mentions.Select(m => (m.DocumentId, m.Sentence, m.TriggerStart, m.Type, m.Date, m.Time?.Text, m.Participants.Count())),
                Is.EqualTo(extractions.SelectMany(e => e.Events).Select(m => (m.DocumentId, m.Sentence, m.TriggerStart, m.Type, m.Date, m.Time?.Text, m.Participants.Count()))));
            Assert.That(mentions.SelectMany(m => m.Participants), Is.EqualTo(extractions.SelectMany(e => e.Events).SelectMany(m => m.Participants)));

            // Sentences keep their spans, not their texts (the evidence is read back after merging).
            Assert.That(kept.SelectMany(e => e.Sentences).Select(s => (s.Index, s.Start, s.Length)), Is.EqualTo(extractions.SelectMany(e => e.Sentences).Select(s => (s.Index, s.Start, s.Length))));
            Assert.That(kept.SelectMany(e => e.Sentences).Select(s => s.Text), Has.All.Empty);

            // An event mention's time expression is its document's own object, which keeps its text; the others lose theirs.
            foreach (var (extraction, document) in extractions.Zip(kept))
            {
                Assert.That(document.TimeMentions.Select(t => (t.Start, t.Length, t.Interval)), Is.EqualTo(extraction.TimeMentions.Select(t => (t.Start, t.Length, t.Interval))));
                foreach (var mention in document.Events.Where(m => m.Time is not null))
                {
                    Assert.That(document.TimeMentions.Any(time => ReferenceEquals(time, mention.Time)), Is.True);
                    Assert.That(mention.Time!.Text, Is.Not.Empty);
                }

                var governing = document.Events.Select(m => m.Time).Where(t => t is not null).ToHashSet();
                Assert.That(document.TimeMentions.Where(t => !governing.Contains(t)).Select(t => t.Text), Has.All.Empty);
            }

            // Equal dates are one object across documents.
            Assert.That(mentions.GroupBy(m => m.Date).All(group => group.All(m => ReferenceEquals(m.Date, group.First().Date))), Is.True);
            Assert.That(mentions.Select(m => m.Date).Distinct().Count(), Is.LessThan(mentions.Count));
        });
    }

    [Test]
    public void Of_TimeExpressions_KeepTheDayReferencesOfTheWholeExtraction()
    {
        using var tagger = new NativeTemporalTagger();
        var pipeline = EventTimelinePipeline.CreateDefault(tagger);
        var text = "Talks open in Geneva\n\nThe talks are now under way, the minister said on Tuesday. Today the delegations met for three hours, "
            + "and they will meet again on Friday. Officials currently expect a statement next week.";
        var raw = new RawDocument("d1", "d1.txt", "Talks open in Geneva", "Test", null, new DateOnly(2020, 3, 12), text);
        var extraction = pipeline.ExtractEach(pipeline.Prepare([raw]).Documents).Single();
        var kept = new MergingRecords().Of(extraction);

        var whole = extraction.TimeMentions.Select(t => DateReference.DayOf(t.Value, t.Interval)).ToList();
        Assert.Multiple(() =>
        {
            // The sample names days and speaks of the time of writing, so that leaving out the wrong values would show.
            Assert.That(whole.Count(day => day is not null), Is.GreaterThanOrEqualTo(2));
            Assert.That(extraction.TimeMentions.Select(t => t.Value), Has.Some.EndsWith("_REF"));
            Assert.That(kept.TimeMentions.Select(t => DateReference.DayOf(t.Value, t.Interval)), Is.EqualTo(whole));
            Assert.That(kept.TimeMentions.Select(t => t.Value).Where(value => value.Length > 0), Has.All.EndsWith("_REF"));
        });
    }
}
