using System.Globalization;

using EventTimeline.Documents;

namespace EventTimeline.Tests.Documents;

public sealed class FreshCopyIndexTests
{
    [TestCase(0.5)]
    [TestCase(0.3)]
    [TestCase(0.8)]
    public void PairsWith_OldAndNewDocumentsOfStockSentences_WithNewPairsEqualEveryPairOfTheUnion(double threshold)
    {
        // Documents made of a few sentences out of a small stock, of many lengths: many pairs share shingles, many near the threshold.
        var random = new Random(20151);
        var stock = Enumerable.Range(0, 40).Select(i => string.Join(' ', Enumerable.Range(0, 6 + (i % 9)).Select(_ => "w" + random.Next(60).ToString(CultureInfo.InvariantCulture))) + ".").ToArray();
        var shingles = Enumerable.Range(0, 400)
            .Select(i => string.Join(' ', Enumerable.Range(0, 2 + random.Next(12)).Select(_ => stock[random.Next(8 + (i % 32))])))
            .Select(text =>
            {
                var sorted = NearCopyDetector.Shingles(text).ToArray();
                Array.Sort(sorted);
                return sorted;
            })
            .ToList();
        var detector = new NearCopyDetector(threshold);
        var (old, fresh) = (shingles.Take(300).ToList(), shingles.Skip(300).ToList());

        var index = detector.IndexFresh(fresh);
        var found = detector.PairsOf(fresh).Select(p => Pair(300 + p.Shorter, 300 + p.Other, p.Overlap))
            .Concat(old.SelectMany((s, j) => index.PairsWith(s).Select(p => Pair(j, 300 + p.Fresh, p.Overlap))))
            .Concat(detector.PairsOf(old).Select(p => Pair(p.Shorter, p.Other, p.Overlap)))
            .Order()
            .ToList();

        var all = detector.PairsOf(shingles).Select(p => Pair(p.Shorter, p.Other, p.Overlap)).Order().ToList();
        Assert.That(all.Count(p => p.B >= 300 && p.A < 300), Is.GreaterThan(20));
        Assert.That(found, Is.EqualTo(all));
    }

    [Test]
    public void PairsWith_ShortStoredDocument_IsNeverACopy()
    {
        var detector = new NearCopyDetector();
        var text = string.Join(' ', Enumerable.Range(0, 30).Select(i => "word" + i.ToString(CultureInfo.InvariantCulture)));
        var full = NearCopyDetector.Shingles(text).Order().ToArray();

        var index = detector.IndexFresh([full]);

        Assert.Multiple(() =>
        {
            Assert.That(index.PairsWith(full), Is.EqualTo(new[] { (0, full.Length) }));
            Assert.That(index.PairsWith(full[..(NearCopyDetector.MinShingles - 1)]), Is.Empty);
        });
    }

    private static (int A, int B, int Overlap) Pair(int a, int b, int overlap) => (Math.Min(a, b), Math.Max(a, b), overlap);
}
