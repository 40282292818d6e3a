using EventTimeline.Documents;
using EventTimeline.Evaluation;
using EventTimeline.Time;

namespace EventTimeline.Tests.Evaluation;

public sealed class TimeMlTaggingTests
{
    [Test]
    public void Run_FiveDocumentsBatchOfTwo_TagsInBatchesAndKeepsOrder()
    {
        var documents = Enumerable.Range(1, 5)
            .Select(i => new TimeMlDocument($"d{i}", new DateOnly(2000, 1, i), null, $"\nDoc {i} said Friday.\n", []))
            .ToList();
        using var tagger = new WordTagger("Friday");

        var tagged = TimeMlTagging.Run(documents, tagger, batchSize: 2);

        Assert.That(tagger.BatchSizes, Is.EqualTo(new[] { 2, 2, 1 }));
        Assert.That(tagger.Dates, Is.EqualTo(documents.Select(d => d.DocumentDate)));
        Assert.That(tagged.Select(t => t.Input.DocId), Is.EqualTo(new[] { "d1", "d2", "d3", "d4", "d5" }));
        var back = tagged[2].ReadBack("d3.tml");
        Assert.That(back.Text, Is.EqualTo(documents[2].Text));
        Assert.That(back.DocumentDate, Is.EqualTo(new DateOnly(2000, 1, 3)));
        Assert.That(back.GoldTimexes.Single().Text, Is.EqualTo("Friday"));
    }

    [Test]
    public void Run_DevDocuments_OutputScoresAgainstGold()
    {
        var gold = TimeMlData.ReadAll().ToList();
        using var tagger = new GoldEchoTagger(gold);

        var tagged = TimeMlTagging.Run(gold.Select(g => g.Document).ToList(), tagger);
        var scores = TimexScorer.Score(gold.Zip(tagged, (g, t) => new TimexDocumentPair(g.Name, g.Document, t.ReadBack(g.Name))));

        Assert.That(scores.GoldCount, Is.GreaterThan(0));
        Assert.That((scores.Strict.F1, scores.Relaxed.F1, scores.TypeF1, scores.ValueF1), Is.EqualTo((1.0, 1.0, 1.0, 1.0)));
    }

    /// <summary>Tags every occurrence of one word as a DATE; records what it was asked.</summary>
    private sealed class WordTagger(string word) : ITemporalTagger
    {
        public List<int> BatchSizes { get; } = [];

        public List<DateOnly?> Dates { get; } = [];

        public string Name => "word";

        public IReadOnlyList<IReadOnlyList<TimeMention>> Tag(IReadOnlyList<TaggingRequest> batch)
        {
            BatchSizes.Add(batch.Count);
            Dates.AddRange(batch.Select(r => r.DocumentDate));
            return batch.Select(r => (IReadOnlyList<TimeMention>)Find(r.Text).ToList()).ToList();
        }

        public void Dispose()
        {
        }

        private IEnumerable<TimeMention> Find(string text)
        {
            for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                yield return new TimeMention(at, word.Length, word, TimexType.Date, "XXXX-WXX-5", null, TimeBasis.Unresolved);
            }
        }
    }

    /// <summary>Returns each document's gold timexes as mentions, to check the tag-write-read-score loop.</summary>
    private sealed class GoldEchoTagger(IReadOnlyList<(string Name, TimeMlDocument Document)> gold) : ITemporalTagger
    {
        public string Name => "gold";

        public IReadOnlyList<IReadOnlyList<TimeMention>> Tag(IReadOnlyList<TaggingRequest> batch) =>
            batch.Select(r => (IReadOnlyList<TimeMention>)gold.First(g => g.Document.Text == r.Text).Document.GoldTimexes
                .Select(t => new TimeMention(t.Start, t.Length, t.Text, Enum.Parse<TimexType>(t.Type, ignoreCase: true), t.Value, null, TimeBasis.Explicit))
                .ToList()).ToList();

        public void Dispose()
        {
        }
    }
}
