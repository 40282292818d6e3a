using System.Globalization;

using EventTimeline.Tests.Cli;

using Newtonsoft.Json.Linq;

namespace EventTimeline.Tests.Browser;

/// <summary>
/// The report of a generated corpus of a few hundred articles in headless chromium: zooming to a week shows that week's events, the
/// find box finds an event by a word of its evidence, and the buttons, keys, wheel and drag move the time axis. The same checks at
/// 10,000 articles and on Timeline17's bpoil, with page size and time to interactive, are <see cref="HtmlReportBenchmark"/>
/// (tools/bench/report.sh).
/// </summary>
[NonParallelizable]
public sealed class HtmlReportScaleTests
{
    private const int Articles = 300;
    private TempFolder? _folder;
    private string _output = string.Empty;

    [OneTimeSetUp]
    public void BuildGeneratedCorpus()
    {
        if (!File.Exists(ExternalTools.Chromium))
        {
            return;
        }

        _folder = new TempFolder();
        var corpus = Path.Combine(_folder.Root, "corpus");
        _output = Path.Combine(_folder.Root, "out");
        var generate = CliRunner.Run("bench", "--generate", Articles.ToString(CultureInfo.InvariantCulture), "--write-corpus", corpus);
        Assert.That(generate.ExitCode, Is.EqualTo(0), generate.StdErr);
        var build = CliRunner.Run("build", corpus, "--out", _output, "--quiet");
        Assert.That(build.ExitCode, Is.EqualTo(0), build.StdErr);
    }

    [OneTimeTearDown]
    public void RemoveGeneratedCorpus() => _folder?.Dispose();

    [Test]
    public async Task Report_GeneratedCorpus_ZoomsToAWeekAndFindsAnEventByAWordOfItsEvidence()
    {
        BrowserSession.RequireBrowser();
        var timeline = JObject.Parse(File.ReadAllText(Path.Combine(_output, "timeline.json")));

        await using var session = await BrowserSession.OpenAsync(Path.Combine(_output, "index.html"), "generated");
        var check = await ReportChecks.RunAsync(session, timeline);

        check.AssertPassed();
    }

    [Test]
    public async Task Report_GeneratedCorpus_ButtonsKeysWheelAndDragMoveTheTimeAxis()
    {
        BrowserSession.RequireBrowser();
        await using var session = await BrowserSession.OpenAsync(Path.Combine(_output, "index.html"), "generated-axis");
        var page = session.Page;
        await page.EvaluateAsync("() => document.getElementById('full-timeline').scrollIntoView()");
        var opening = await SpanAsync();

        await page.ClickAsync("#zoom-in");
        var zoomedIn = await SpanAsync();
        await page.FocusAsync("#chart-scroll");
        await page.Keyboard.PressAsync("-");
        var zoomedOutByKey = await SpanAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        var panned = await SpanAsync();
        var ticks = await page.Locator("#chart .ticks").BoundingBoxAsync();
        await page.Mouse.MoveAsync(ticks!.X + (ticks.Width / 2), ticks.Y + (ticks.Height / 2));
        await page.Mouse.WheelAsync(0, -400);
        var wheeled = await SpanAsync();
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(ticks.X + (ticks.Width / 2) + 200, ticks.Y + (ticks.Height / 2), new() { Steps = 5 });
        await page.Mouse.UpAsync();
        var dragged = await SpanAsync();
        await page.ClickAsync("#zoom-fit");
        var back = await SpanAsync();

        Assert.Multiple(() =>
        {
            Assert.That(zoomedIn.Days, Is.LessThan(opening.Days * 0.7), "+ button");
            Assert.That(zoomedOutByKey.Days, Is.GreaterThan(zoomedIn.Days * 1.5), "- key");
            Assert.That(panned.From, Is.GreaterThan(zoomedOutByKey.From), "right arrow moves later");
            Assert.That(wheeled.Days, Is.LessThan(panned.Days), "wheel up over the dates zooms in");
            Assert.That(dragged.From, Is.LessThan(wheeled.From), "dragging to the right moves earlier");
            Assert.That(back, Is.EqualTo(opening), "where the events are");
            Assert.That(session.PageErrors, Is.Empty);
        });

        async Task<(DateOnly From, int Days)> SpanAsync()
        {
            await page.WaitForTimeoutAsync(250);
            var from = DateOnly.ParseExact(await page.InputValueAsync("#view-from"), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var to = DateOnly.ParseExact(await page.InputValueAsync("#view-to"), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            return (from, to.DayNumber - from.DayNumber + 1);
        }
    }
}
