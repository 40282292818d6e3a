using EventTimeline.Documents;
using EventTimeline.Text;

namespace EventTimeline.Tests.Documents;

[Explicit]
public sealed class ExploreTests
{
    [Test]
    public void Dump()
    {
        var read = new CorpusReader().Read([SeedFiles.Folder]);
        foreach (var p in read.Problems)
        {
            TestContext.Out.WriteLine($"PROBLEM {p.Path}: {p.Message}");
        }
        var prepared = DocumentPreparer.CreateDefault().Prepare(read.Documents);
        foreach (var (d, n) in prepared.Documents.Zip(prepared.Notes))
        {
            TestContext.Out.WriteLine($"== {d.Id} title={d.Title} pub={d.Published} basis={d.PublishedBasis} dup={d.DuplicateOf} removed={n.BoilerplateCharacters} rules={string.Join(",", n.BoilerplateRules)} dateline={n.Dateline} est={n.Estimate} copy={n.NearCopy}");
        }

        var est = CorpusDateEstimator.CreateDefault();
        var texts = prepared.Documents.Select(d => d.Text).ToList();
        var vectors = est.Vectors(texts);
        for (var i = 0; i < texts.Count; i++)
        {
        for (var j = i + 1; j < texts.Count; j++)
        {
            var sa = NearCopyDetector.Shingles(texts[i]); var sb = NearCopyDetector.Shingles(texts[j]);
            var inter = sa.Count(sb.Contains);
            TestContext.Out.WriteLine($"{prepared.Documents[i].Id[..3]}-{prepared.Documents[j].Id[..3]} cos={CorpusDateEstimator.Cosine(vectors[i], vectors[j]):F3} contain={(double)inter / Math.Min(sa.Count, sb.Count):F3}");
        }
        }

        var splitter = SentenceSplitter.CreateDefault();
        foreach (var d in prepared.Documents)
        {
            TestContext.Out.WriteLine($"######## {d.Id}");
            foreach (var s in splitter.Split(d.Text))
            {
                TestContext.Out.WriteLine($"  [{s.Index}] {s.Text}");
            }
        }
    }
}
