using EventTimeline.Tests.Cli;

using Newtonsoft.Json.Linq;

namespace EventTimeline.Tests.Browser;

/// <summary>
/// The report of a generated corpus of a few hundred articles in headless chromium: zooming to a week shows that week's events, and
/// the find box finds an event by a word of its evidence. The same checks at 10,000 articles and on Timeline17's bpoil, with page
/// size and time to interactive, are <see cref="HtmlReportBenchmark"/> (tools/bench/report.sh).
/// </summary>
[NonParallelizable]
public sealed class HtmlReportScaleTests
{
    private const int Articles = 300;

    [Test]
    public async Task Report_GeneratedCorpus_ZoomsToAWeekAndFindsAnEventByAWordOfItsEvidence()
    {
        BrowserSession.RequireBrowser();
        using var folder = new TempFolder();
        var corpus = Path.Combine(folder.Root, "corpus");
        var output = Path.Combine(folder.Root, "out");
        var generate = CliRunner.Run("bench", "--generate", Articles.ToString(System.Globalization.CultureInfo.InvariantCulture), "--write-corpus", corpus);
        Assert.That(generate.ExitCode, Is.EqualTo(0), generate.StdErr);
        var build = CliRunner.Run("build", corpus, "--out", output, "--quiet");
        Assert.That(build.ExitCode, Is.EqualTo(0), build.StdErr);
        var timeline = JObject.Parse(File.ReadAllText(Path.Combine(output, "timeline.json")));

        await using var session = await BrowserSession.OpenAsync(Path.Combine(output, "index.html"), "generated");
        var check = await ReportChecks.RunAsync(session, timeline);

        check.AssertPassed();
    }
}
