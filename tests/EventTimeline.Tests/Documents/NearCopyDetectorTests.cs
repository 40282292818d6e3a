using EventTimeline.Documents;

namespace EventTimeline.Tests.Documents;

public sealed class NearCopyDetectorTests
{
    private static readonly NearCopyDetector _detector = new();

    [Test]
    public void Find_RepostWithNewIntro_LinksCopyToDatedOriginal()
    {
        var original = Paragraphs(0, 10);
        var repost = "A new headline written by the reposting site\n\n" + Paragraphs(2, 6) + "\n\nLeave your thoughts below.";

        var copies = _detector.Find([
            new CopyCandidate("b-original", original, new DateOnly(2015, 9, 21)),
            new CopyCandidate("a-repost", repost, null),
            new CopyCandidate("c-unrelated", Paragraphs(20, 8), new DateOnly(2015, 9, 1)),
        ]);

        Assert.That(copies.Keys, Is.EqualTo(new[] { "a-repost" }));
        Assert.That(copies["a-repost"].OriginalId, Is.EqualTo("b-original"));
        Assert.That(copies["a-repost"].Containment, Is.GreaterThanOrEqualTo(NearCopyDetector.DefaultThreshold));
    }

    [Test]
    public void Find_BothUndated_LongerIsTheOriginal()
    {
        var copies = _detector.Find([
            new CopyCandidate("a", Paragraphs(0, 4), null),
            new CopyCandidate("b", Paragraphs(0, 8), null),
        ]);

        Assert.That(copies.Single().Value, Has.Property("Id").EqualTo("a").And.Property("OriginalId").EqualTo("b"));
    }

    [Test]
    public void Find_BothDated_EarlierIsTheOriginal()
    {
        var copies = _detector.Find([
            new CopyCandidate("a", Paragraphs(0, 8), new DateOnly(2015, 9, 22)),
            new CopyCandidate("b", Paragraphs(0, 6), new DateOnly(2015, 9, 21)),
        ]);

        Assert.That(copies.Single().Value, Has.Property("Id").EqualTo("a").And.Property("OriginalId").EqualTo("b"));
    }

    [Test]
    public void Find_ThreeCopies_AllPointToOneOriginal()
    {
        var copies = _detector.Find([
            new CopyCandidate("x", Paragraphs(0, 6), null),
            new CopyCandidate("y", Paragraphs(0, 6) + "\n\nExtra closing words from one site.", null),
            new CopyCandidate("z", Paragraphs(0, 6), new DateOnly(2020, 1, 1)),
        ]);

        Assert.That(copies.Values.Select(c => (c.Id, c.OriginalId)), Is.EquivalentTo(new[] { ("x", "z"), ("y", "z") }));
    }

    [TestCase(0.5)]
    [TestCase(0.3)]
    [TestCase(0.8)]
    public void Pairs_DocumentsOfStockSentences_EqualEveryPairCompared(double threshold)
    {
        // Documents made of a few sentences out of a small stock, of many lengths: many pairs share shingles, many near the threshold.
        var random = new Random(20151);
        var stock = Enumerable.Range(0, 40).Select(i => string.Join(' ', Enumerable.Range(0, 6 + (i % 9)).Select(_ => "w" + random.Next(60).ToString(System.Globalization.CultureInfo.InvariantCulture))) + ".").ToArray();
        var docs = Enumerable.Range(0, 400)
            .Select(i => new CopyCandidate("d" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), string.Join(' ', Enumerable.Range(0, 2 + random.Next(12)).Select(_ => stock[random.Next(8 + (i % 32))])), null))
            .ToList();
        var detector = new NearCopyDetector(threshold);

        var pairs = detector.Pairs(docs, jobs: 2);

        var shingles = docs.Select(d => NearCopyDetector.Shingles(d.Text)).ToList();
        var expected = new List<(string, string, double)>();
        for (var a = 0; a < docs.Count; a++)
        {
            for (var b = 0; b < docs.Count; b++)
            {
                var (sa, sb) = (shingles[a].Count, shingles[b].Count);
                if (a != b && (sa < sb || (sa == sb && a < b)) && sa >= NearCopyDetector.MinShingles && (double)shingles[a].Count(shingles[b].Contains) / sa is var containment && containment >= threshold)
                {
                    expected.Add((docs[a].Id, docs[b].Id, containment));
                }
            }
        }

        Assert.That(expected, Has.Count.GreaterThan(50));
        Assert.That(pairs, Is.EqualTo(expected.OrderBy(p => p.Item1, StringComparer.Ordinal).ThenBy(p => p.Item2, StringComparer.Ordinal)));
    }

    [Test]
    public void Find_ShortTexts_AreNeverCopies()
    {
        var copies = _detector.Find([
            new CopyCandidate("a", "Officials met on Friday in Geneva.", null),
            new CopyCandidate("b", "Officials met on Friday in Geneva.", null),
        ]);

        Assert.That(copies, Is.Empty);
    }

    [Test]
    public void Find_InputOrder_DoesNotChangeTheResult()
    {
        var docs = new List<CopyCandidate>
        {
            new("p", Paragraphs(0, 6), null),
            new("q", Paragraphs(0, 6), null),
            new("r", Paragraphs(3, 6), new DateOnly(2015, 1, 1)),
            new("s", Paragraphs(10, 5), null),
        };

        var forward = _detector.Find(docs);
        var backward = _detector.Find(docs.AsEnumerable().Reverse().ToList());

        Assert.That(backward, Is.EquivalentTo(forward));
    }

    [Test]
    public void Find_Seeds_004IsACopyOf003AndNothingElseIs()
    {
        var seeds = new CorpusReader().Read([SeedFiles.Folder]).Documents;
        var filter = EventTimeline.Text.BoilerplateFilter.CreateDefault();

        var copies = _detector.Find(seeds.Select(d => new CopyCandidate(d.Id, filter.Filter(d.Text).Text, d.Published)).ToList());

        Assert.That(copies.Values.Select(c => (c.Id[..3], c.OriginalId[..3])), Is.EqualTo(new[] { ("004", "003") }));
    }

    [Test]
    public void Find_TwoThousandDocumentsWithReposts_FindsExactlyTheReposts()
    {
        // Deterministic synthetic news: 1,980 distinct texts over a shared vocabulary plus 20 reposts.
        // Its speed on 1k/5k/10k documents is measured by `eventtimeline bench --generate`, not here.
        var vocabulary = Enumerable.Range(0, 5000).Select(i => "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var random = new Random(12345);
        var docs = new List<CopyCandidate>();
        for (var i = 0; i < 1980; i++)
        {
            var words = Enumerable.Range(0, 300).Select(_ => vocabulary[random.Next(vocabulary.Length)]);
            docs.Add(new CopyCandidate("d" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture), "The " + string.Join(' ', words) + ".", null));
        }

        for (var i = 0; i < 20; i++)
        {
            docs.Add(new CopyCandidate("r" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture), docs[i * 7].Text + " plus a short sign-off.", null));
        }

        var copies = _detector.Find(docs);

        var pairs = copies.Values.Select(copy => string.Join('+', new[] { copy.Id, copy.OriginalId }.Order(StringComparer.Ordinal)));
        var reposts = Enumerable.Range(0, 20).Select(i => docs[i * 7].Id + "+" + docs[1980 + i].Id);
        Assert.That(pairs, Is.EquivalentTo(reposts));
    }

    // Distinct sentences built from numbered words so that texts overlap exactly where intended.
    private static string Paragraphs(int first, int count) =>
        string.Join("\n\n", Enumerable.Range(first, count).Select(p =>
            $"Paragraph {p} reports that delegation {p} met envoy {p * 3} near border post {p * 7} before talks {p + 100} resumed, and officials of group {p * 11} confirmed the meeting {p + 5} in a statement numbered {p * 13}."));
}
