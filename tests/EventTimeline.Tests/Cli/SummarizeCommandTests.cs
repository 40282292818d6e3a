using Newtonsoft.Json.Linq;

namespace EventTimeline.Tests.Cli;

[NonParallelizable]
public sealed class SummarizeCommandTests
{
    private static TempFolder? _built;

    private static string Output => _built!.Root;

    [OneTimeSetUp]
    public void BuildSeeds()
    {
        _built = new TempFolder();
        var build = CliRunner.Run("build", SeedFiles.Folder, "--out", _built.Root, "--quiet");
        Assert.That(build.ExitCode, Is.EqualTo(0), build.StdErr);
    }

    [OneTimeTearDown]
    public void RemoveOutput() => _built?.Dispose();

    [Test]
    public void Summarize_DefaultsOnBuildOutput_SameBytesAsSummaryJsonOfBuild()
    {
        var first = CliRunner.Run("summarize", "--input", Path.Combine(Output, "timeline.json"));
        var second = CliRunner.Run("summarize", "--input", Path.Combine(Output, "timeline.json"));

        Assert.That(first.ExitCode, Is.EqualTo(0), first.StdErr);
        Assert.That(first.StdOut, Is.EqualTo(File.ReadAllText(Path.Combine(Output, "summary.json"))));
        Assert.That(second.StdOut, Is.EqualTo(first.StdOut));
    }

    [Test]
    public void Summarize_SeedsFiveDates_CallsUnderTheirDays()
    {
        var result = CliRunner.Run("summarize", "--input", Path.Combine(Output, "timeline.json"), "--dates", "5");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.StdErr);
        var dates = JObject.Parse(result.StdOut)["dates"]!.ToDictionary(d => (string)d["date"]!, d => string.Join("\n", d["sentences"]!.Select(s => (string)s["text"]!)));
        Assert.That(dates, Has.Count.EqualTo(5).Or.Count.EqualTo(4), "at most the days the seeds name");
        Assert.That(dates["2015-09-05"], Does.Contain("Lavrov"), "the Kerry–Lavrov call");
        Assert.That(dates["2015-09-18"], Does.Contain("phone call between the two countries’ defense ministers").Or.Contain("Shoigu"), "the Carter–Shoigu call");
    }

    [Test]
    public void Summarize_TilseAndMarkdownToFiles_WrittenAtomically()
    {
        var tilse = Path.Combine(Output, "seeds.tilse.txt");
        var markdown = Path.Combine(Output, "seeds.md");

        var a = CliRunner.Run("summarize", "--input", Path.Combine(Output, "timeline.json"), "--dates", "2", "--sentences", "1", "--format", "tilse", "--out", tilse);
        var b = CliRunner.Run("summarize", "--input", Path.Combine(Output, "timeline.json"), "--format", "markdown", "--out", markdown);

        Assert.That((a.ExitCode, b.ExitCode), Is.EqualTo((0, 0)), a.StdErr + b.StdErr);
        Assert.That(File.ReadAllText(tilse), Does.Match(@"^(\d{4}-\d{2}-\d{2}\n[^\n]+\n-{32}\n){2}$"));
        Assert.That(File.ReadAllText(markdown), Does.StartWith("# Key dates\n\n## 2"));
        Assert.That(Directory.GetFiles(Output, ".*.tmp-*"), Is.Empty);
    }

    [Test]
    public void Summarize_TimelineWithoutEvents_EmptySummaryAndReasonNotAnError()
    {
        using var folder = new TempFolder();
        var input = folder.Write("timeline.json", "{\"format\": \"eventtimeline/1\", \"documents\": [], \"actors\": [], \"events\": []}");

        var result = CliRunner.Run("summarize", "--input", input);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.StdErr);
        Assert.That(result.StdErr, Does.Contain("summarize: no key dates: no event in the timeline has a date precise to the day"));
        Assert.That(JObject.Parse(result.StdOut)["dates"]!, Is.Empty);
    }

    [TestCase("--dates", "0", "--dates must be at least 1")]
    [TestCase("--from", "2015-09", "--from and --to take a day as YYYY-MM-DD, not '2015-09'")]
    public void Summarize_BadOption_ExitOneWithMessage(string option, string value, string message)
    {
        var result = CliRunner.Run("summarize", "--input", Path.Combine(Output, "timeline.json"), option, value);

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.StdErr, Does.Contain(message));
    }
}
