using EventTimeline.Tests.Evaluation;

using Newtonsoft.Json.Linq;

namespace EventTimeline.Tests.Cli;

public sealed class EvalTimelinesCommandTests
{
    [Test]
    public void EvalTimelines_GoldAgainstItself_PrintsHundredAndWritesJson()
    {
        var json = Path.Combine(Path.GetTempPath(), $"eval-timelines-{Guid.NewGuid():N}.json");
        try
        {
            var result = CliRunner.Run("eval-timelines", SemEvalData.GoldFolder, SemEvalData.GoldFolder, "--json", json);

            Assert.That(result.ExitCode, Is.EqualTo(0), result.StdErr);
            Assert.That(result.StdOut, Does.Contain("steve_jobs.txt").And.Contain("6 timelines"));
            Assert.That(result.StdOut, Does.Match(@"micro\s+235/235\s+100\.00\s+100\.00\s+100\.00"));
            var scores = JObject.Parse(File.ReadAllText(json));
            Assert.That((double)scores["micro"]!["f1"]!, Is.EqualTo(1.0));
            Assert.That(scores["entities"]!.Count(), Is.EqualTo(6));
        }
        finally
        {
            File.Delete(json);
        }
    }

    [Test]
    public void EvalTimelines_SystemFileMissing_ScoredEmptyAndReported()
    {
        var system = Path.Combine(Path.GetTempPath(), $"eval-timelines-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(system);
            File.Copy(SemEvalData.GoldFile("ipod.txt"), Path.Combine(system, "ipod.txt"));

            var result = CliRunner.Run("eval-timelines", SemEvalData.GoldFolder, system);

            Assert.That(result.ExitCode, Is.EqualTo(0), result.StdErr);
            Assert.That(result.StdErr, Does.Contain("steve_jobs.txt").And.Contain("scored as empty"));
            Assert.That(result.StdOut, Does.Contain("no system file: 5"));
            Assert.That(result.StdOut, Does.Match(@"micro\s+235/11\s+100\.00\s+4\.68\s+8\.94"));
        }
        finally
        {
            Directory.Delete(system, recursive: true);
        }
    }

    [Test]
    public void EvalTimelines_MalformedSystemFile_ExitsNonZeroNamingLine()
    {
        var system = Path.Combine(Path.GetTempPath(), $"eval-timelines-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(system);
            File.WriteAllText(Path.Combine(system, "ipod.txt"), "iPod\n1\t2006-01\n");

            var result = CliRunner.Run("eval-timelines", SemEvalData.GoldFolder, system);

            Assert.That(result.ExitCode, Is.EqualTo(1));
            Assert.That(result.StdErr, Does.Contain("ipod.txt:2:"));
        }
        finally
        {
            Directory.Delete(system, recursive: true);
        }
    }

    [Test]
    public void EvalTimelines_GoldFolderMissing_ExitsNonZeroWithMessage()
    {
        var result = CliRunner.Run("eval-timelines", "/nonexistent/gold", Path.GetTempPath());

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.StdErr, Does.Contain("/nonexistent/gold"));
    }
}
