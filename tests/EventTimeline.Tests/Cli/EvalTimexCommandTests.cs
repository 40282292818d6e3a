using EventTimeline.Tests.Evaluation;

using Newtonsoft.Json.Linq;

namespace EventTimeline.Tests.Cli;

public sealed class EvalTimexCommandTests
{
    [Test]
    public void EvalTimex_GoldAgainstItself_PrintsOnesAndWritesJson()
    {
        var json = Path.Combine(Path.GetTempPath(), $"eval-timex-{Guid.NewGuid():N}.json");
        try
        {
            var result = CliRunner.Run("eval-timex", TimeMlData.Folder, TimeMlData.Folder, "--json", json);

            Assert.That(result.ExitCode, Is.EqualTo(0), result.StdErr);
            Assert.That(result.StdOut, Does.Contain("relaxed   1.0000  1.0000  1.0000"));
            Assert.That(result.StdOut, Does.Contain("value     1.0000"));
            var scores = JObject.Parse(File.ReadAllText(json));
            Assert.That((double)scores["relaxed"]!["f1"]!, Is.EqualTo(1.0));
            Assert.That((int)scores["documents"]!, Is.EqualTo(3));
        }
        finally
        {
            File.Delete(json);
        }
    }

    [Test]
    public void EvalTimex_SystemFileMissing_CountsAsMissedAndReports()
    {
        var system = Path.Combine(Path.GetTempPath(), $"eval-timex-{Guid.NewGuid():N}");
        try
        {
            var source = Path.Combine(TimeMlData.Folder, "TimeBank", "wsj_0068.tml");
            Directory.CreateDirectory(Path.Combine(system, "TimeBank"));
            File.Copy(source, Path.Combine(system, "TimeBank", "wsj_0068.tml"));

            var result = CliRunner.Run("eval-timex", TimeMlData.Folder, system);

            Assert.That(result.ExitCode, Is.EqualTo(0), result.StdErr);
            Assert.That(result.StdErr, Does.Contain("AQUAINT/APW19980810.0907.tml").And.Contain("TimeBank/wsj_0991.tml"));
            Assert.That(result.StdOut, Does.Contain("no system file: 2"));
        }
        finally
        {
            Directory.Delete(system, recursive: true);
        }
    }

    [Test]
    public void Timeml_InputMissing_ExitsNonZeroWithMessage()
    {
        var result = CliRunner.Run("timeml", "/nonexistent/in", Path.GetTempPath());

        Assert.That(result.ExitCode, Is.Not.EqualTo(0));
        Assert.That(result.StdErr, Does.Contain("/nonexistent/in"));
    }
}
