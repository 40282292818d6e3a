using EventTimeline.Documents;
using EventTimeline.Evaluation;

namespace EventTimeline.Tests.Time;

/// <summary>
/// Regression floor of the date layer: the real tagger and the TempEval-3 scorer on 40 fixed development documents
/// (the first 20 TimeBank and first 20 AQUAINT files by name, in data/tempeval3-subset). Floors sit slightly under
/// the measured figures so that a convention that breaks fails CI.
/// </summary>
public sealed class TempEval3SubsetTests
{
    private const double RelaxedF1Floor = 0.92;
    private const double StrictF1Floor = 0.86;
    private const double TypeF1Floor = 0.87;
    private const double ValueF1Floor = 0.76;

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "data", "tempeval3-subset");

    [Test]
    public void TagAndScore_FortyDevelopmentDocuments_StayAboveTheFloors()
    {
        var gold = Directory.EnumerateFiles(Folder, "*.tml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => (Name: Path.GetRelativePath(Folder, path), Document: TimeMlReader.Read(File.ReadAllText(path), path)))
            .ToList();
        Assert.That(gold, Has.Count.EqualTo(40));

        using var tagger = RealTagger.Start();
        var tagged = TimeMlTagging.Run(gold.Select(g => g.Document).ToList(), tagger);
        var scores = TimexScorer.Score(gold.Zip(tagged, (g, t) => new TimexDocumentPair(g.Name, g.Document, t.ReadBack(g.Name))));

        TestContext.Out.WriteLine($"strict F1 {scores.Strict.F1:F4}, relaxed F1 {scores.Relaxed.F1:F4}, type F1 {scores.TypeF1:F4}, value F1 {scores.ValueF1:F4}");
        Assert.Multiple(() =>
        {
            Assert.That(scores.Relaxed.F1, Is.GreaterThanOrEqualTo(RelaxedF1Floor), "relaxed F1");
            Assert.That(scores.Strict.F1, Is.GreaterThanOrEqualTo(StrictF1Floor), "strict F1");
            Assert.That(scores.TypeF1, Is.GreaterThanOrEqualTo(TypeF1Floor), "type F1");
            Assert.That(scores.ValueF1, Is.GreaterThanOrEqualTo(ValueF1Floor), "value F1");
        });
    }
}
