using EventTimeline.Evaluation;
using EventTimeline.Tests.Evaluation;

namespace EventTimeline.Tests.Cli;

public sealed class SemEvalCommandTests
{
    // Measured on the trial data when the verb was written (micro F1 0.35); the floor leaves a small margin for
    // changes elsewhere in the pipeline that move a few events.
    private const double MicroF1Floor = 0.32;

    [Test]
    public void SemEval2015_TrialData_WritesOneTimelinePerEntityInTheTaskFormatAboveFloor()
    {
        using var output = new TempFolder();

        var result = CliRunner.Run(
            "semeval2015",
            "--docs", Path.Combine(SemEvalData.Folder, "documents-cat"),
            "--entities", SemEvalData.EntitiesFile,
            "--out", output.Root);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.StdErr);
        Assert.That(result.StdErr, Does.Contain("event mentions: recall"));
        var entities = File.ReadAllLines(SemEvalData.EntitiesFile).Where(line => line.Trim().Length > 0).ToList();
        var written = Directory.EnumerateFiles(output.Root, "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.That(written, Is.EqualTo(entities.Select(TimelineFormat.FileName).Order(StringComparer.Ordinal).ToList()));

        var pairs = new List<TimelinePair>();
        foreach (var (name, gold) in SemEvalData.GoldTimelines())
        {
            var path = Path.Combine(output.Root, name);
            var lines = File.ReadAllText(path).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.That(lines[0], Is.EqualTo(gold.Entity));
            Assert.That(lines.Skip(1), Has.All.Match(@"^\d+\t(\d{4}-(\d{2}|XX)-(\d{2}|XX)|XXXX-XX-XX)(\t\d+-\d+-[^\t\s]+)+$"));
            pairs.Add(new TimelinePair(name, gold, TimelineFormat.Read(File.ReadAllText(path), path)));
        }

        var scores = TimelineScorer.Score(pairs);
        Assert.That(scores.Micro.F1, Is.GreaterThanOrEqualTo(MicroF1Floor), EventTimeline.Cli.Commands.EvalTimelinesCommand.Table(scores));
    }

    [Test]
    public void SemEval2015_MissingEntitiesFile_ExitsOne()
    {
        using var output = new TempFolder();

        var result = CliRunner.Run(
            "semeval2015",
            "--docs", Path.Combine(SemEvalData.Folder, "documents-cat"),
            "--entities", Path.Combine(output.Root, "none.txt"),
            "--out", output.Root);

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.StdErr, Does.Contain("semeval2015:"));
    }
}
