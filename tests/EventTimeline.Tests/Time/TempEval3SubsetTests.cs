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
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "data", "tempeval3-subset");

    [TestCase("microsoft", 0.92, 0.86, 0.87, 0.76)]
    [TestCase("native", 0.93, 0.90, 0.90, 0.78)]
    [TestCase("combined", 0.93, 0.90, 0.90, 0.78)]
    public void TagAndScore_FortyDevelopmentDocuments_StayAboveTheFloors(string engine, double relaxedF1Floor, double strictF1Floor, double typeF1Floor, double valueF1Floor)
    {
        var gold = Directory.EnumerateFiles(Folder, "*.tml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => (Name: Path.GetRelativePath(Folder, path), Document: TimeMlReader.Read(File.ReadAllText(path), path)))
            .ToList();
        Assert.That(gold, Has.Count.EqualTo(40));

        using var tagger = EventTimeline.Cli.TaggerFactory.Create(engine);
        var tagged = TimeMlTagging.Run(gold.Select(g => g.Document).ToList(), tagger);
        var scores = TimexScorer.Score(gold.Zip(tagged, (g, t) => new TimexDocumentPair(g.Name, g.Document, t.ReadBack(g.Name))));

        TestContext.Out.WriteLine($"{engine}: strict F1 {scores.Strict.F1:F4}, relaxed F1 {scores.Relaxed.F1:F4}, type F1 {scores.TypeF1:F4}, value F1 {scores.ValueF1:F4}");
        Assert.Multiple(() =>
        {
            Assert.That(scores.Relaxed.F1, Is.GreaterThanOrEqualTo(relaxedF1Floor), "relaxed F1");
            Assert.That(scores.Strict.F1, Is.GreaterThanOrEqualTo(strictF1Floor), "strict F1");
            Assert.That(scores.TypeF1, Is.GreaterThanOrEqualTo(typeF1Floor), "type F1");
            Assert.That(scores.ValueF1, Is.GreaterThanOrEqualTo(valueF1Floor), "value F1");
        });
    }
}
