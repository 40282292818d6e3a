using System.Globalization;

using Newtonsoft.Json.Linq;

namespace EventTimeline.Tests.Browser;

/// <summary>
/// The report benchmark that tools/bench/report.sh runs: for each built output folder named in <see cref="FoldersVariable"/>, the size
/// of <c>index.html</c>, the time to interactive (median of three loads in headless chromium), the span the page opens on, and the
/// checks of <see cref="ReportChecks"/>. It fails when a page is 10 MB or more or takes 3 s or more.
/// </summary>
[Explicit("a benchmark: tools/bench/report.sh builds the corpora and runs it")]
[Category("Benchmark")]
[NonParallelizable]
public sealed class HtmlReportBenchmark
{
    /// <summary>Output folders to measure, <c>name=folder</c> separated by <c>;</c>.</summary>
    public const string FoldersVariable = "EVENTTIMELINE_REPORT_BENCH";

    /// <summary>Where the screenshots go (one folder per name).</summary>
    public const string ShotsVariable = "EVENTTIMELINE_REPORT_SHOTS";

    private const int Loads = 3;
    private const long MaxBytes = 10_000_000;
    private const double MaxMilliseconds = 3000;

    [Test]
    public async Task Report_BuiltOutputs_SmallAndInteractiveWithinThreeSeconds()
    {
        BrowserSession.RequireBrowser();
        var folders = (Environment.GetEnvironmentVariable(FoldersVariable) ?? string.Empty)
            .Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(entry => entry.Split('=', 2))
            .ToList();
        Assert.That(folders, Is.Not.Empty, $"{FoldersVariable} names no output folder");
        var shots = Environment.GetEnvironmentVariable(ShotsVariable) is { Length: > 0 } folder ? folder : null;
        foreach (var entry in folders)
        {
            var (name, output) = (entry[0], entry[1]);
            var page = Path.Combine(output, "index.html");
            var bytes = new FileInfo(page).Length;
            var timeline = JObject.Parse(await File.ReadAllTextAsync(Path.Combine(output, "timeline.json")));
            await using var session = await BrowserSession.OpenAsync(page, name, shots is null ? null : Path.Combine(shots, name));
            var loads = new List<double>();
            for (var i = 0; i < Loads; i++)
            {
                loads.Add(await session.ReloadAsync());
            }

            var opening = await session.Page.InnerTextAsync("#view-text");
            await session.Page.EvaluateAsync("() => document.getElementById('full-timeline').scrollIntoView()");
            await session.ShotAsync("timeline-1280x800.png");
            await session.Page.EvaluateAsync("() => window.scrollTo(0, 0)");
            await session.ShotAsync("report-1280x800.png");
            await session.Page.EvaluateAsync("() => document.getElementById('full-timeline').scrollIntoView()");
            var checks = await ReportChecks.RunAsync(session, timeline);
            var median = loads.Order().ElementAt(Loads / 2);
            TestContext.Out.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"report {name}: {timeline["documents"]!.Count():N0} documents, {timeline["events"]!.Count():N0} events; index.html {bytes / 1e6:0.00} MB; interactive {median:0} ms (median of {string.Join(", ", loads.Select(l => l.ToString("0", CultureInfo.InvariantCulture)))}); opens on {opening}; week of {checks.Week:yyyy-MM-dd}: {checks.List.Length} events listed, {checks.Chart.Length} drawn; find \"{checks.Searched.Word}\": {checks.Found.Length} listed"));
            checks.AssertPassed();
            Assert.Multiple(() =>
            {
                Assert.That(bytes, Is.LessThan(MaxBytes), $"{name}: index.html bytes");
                Assert.That(median, Is.LessThan(MaxMilliseconds), $"{name}: median time to interactive, ms");
            });
        }
    }
}
