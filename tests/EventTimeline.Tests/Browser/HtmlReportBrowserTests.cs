using System.Diagnostics;

using EventTimeline.Tests.Cli;

using Newtonsoft.Json.Linq;

namespace EventTimeline.Tests.Browser;

/// <summary>
/// Opens the HTML report of the seeds and of the hostile corpus in headless Debian chromium (driven by playwright-core through
/// check-report.js, installed next to the test binaries by the build) and checks what a reader would see and that hostile
/// article text stays inert. Screenshots are attached to the test results.
/// </summary>
[NonParallelizable]
public sealed class HtmlReportBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    private static readonly string _browserFolder = Path.Combine(AppContext.BaseDirectory, "browser");

    [Test]
    public void Report_Seeds_ShowsTheTimelineFiltersByActorAndShowsSources()
    {
        RequireBrowser();
        using var output = new TempFolder();
        var build = CliRunner.Run("build", SeedFiles.Folder, "--out", output.Root);
        Assert.That(build.ExitCode, Is.EqualTo(0), build.StdErr);
        var timeline = JObject.Parse(File.ReadAllText(Path.Combine(output.Root, "timeline.json")));

        var seen = Check(Path.Combine(output.Root, "index.html"), "seeds");

        Assert.Multiple(() =>
        {
            Assert.That(seen["consoleErrors"]!.Values<string>(), Is.Empty, "console errors");
            Assert.That(seen["pageErrors"]!.Values<string>(), Is.Empty, "page errors");
            Assert.That(seen["requests"]!.Values<string>(), Is.Empty, "network requests");
            Assert.That((string?)seen["csp"], Does.StartWith("default-src 'none'; script-src 'sha256-"));
            Assert.That(seen["listRows"]!.Values<string>(), Has.Some.Matches("^18 Sep 2015 .*Carter–Shoigu phone call"), "the Carter–Shoigu call in September 2015");
            Assert.That((int)seen["chartEvents"]!, Is.GreaterThanOrEqualTo(timeline["events"]!.Count()));
        });

        var lavrovEvents = timeline["events"]!
            .Where(e => e["actors"]!.Any(a => (string?)a["id"] == "person:sergey-lavrov"))
            .Select(e => (string)e["id"]!)
            .ToList();
        Assert.That(lavrovEvents, Is.Not.Empty);
        foreach (var query in new[] { "Lavrov", "Sergey V. Lavrov" })
        {
            Assert.That(seen["filters"]![query]!["events"]!.Values<string>(), Is.EquivalentTo(lavrovEvents), $"filter \"{query}\"");
            Assert.That(seen["filters"]![query]!["lanes"]!.Values<string>(), Is.EqualTo(new[] { "Sergey Lavrov" }), $"lanes for \"{query}\"");
        }

        Assert.That(seen["filters"]!["russian foreign minister"]!["events"]!.Values<string>(), Is.SupersetOf(lavrovEvents));

        var mentionTexts = timeline["events"]!.SelectMany(e => e["mentions"]!).Select(m => (string)m["text"]!).ToHashSet();
        var details = seen["details"]!;
        Assert.Multiple(() =>
        {
            Assert.That((int)details["sources"]!, Is.GreaterThanOrEqualTo(1), "sources in the details");
            Assert.That(details["quotes"]!.Values<string>(), Is.Not.Empty.And.All.Matches<string?>(t => t is not null && mentionTexts.Contains(t)), "evidence sentences");
            Assert.That((string?)details["text"], Does.Contain("CAMEO").And.Contain("Goldstein").And.Contain("Participants"));
            Assert.That((string?)details["focused"], Is.EqualTo("details-title"), "focus moves into the details");
            Assert.That((bool)seen["afterEscape"]!["hidden"]!, Is.True, "Escape closes the details");
            Assert.That((string?)seen["afterEscape"]!["focusedEvent"], Is.Not.Null, "focus returns to the event");
            Assert.That((int)seen["phoneOverflow"]!, Is.LessThanOrEqualTo(0), "no sideways scrolling of the page at 390 px");
        });
    }

    [Test]
    public void Report_Seeds_OpensOnKeyDatesWithSourcesAndSwitchesToTheFullTimeline()
    {
        RequireBrowser();
        using var output = new TempFolder();
        var build = CliRunner.Run("build", SeedFiles.Folder, "--out", output.Root);
        Assert.That(build.ExitCode, Is.EqualTo(0), build.StdErr);
        var summary = JObject.Parse(File.ReadAllText(Path.Combine(output.Root, "summary.json")));
        var timeline = JObject.Parse(File.ReadAllText(Path.Combine(output.Root, "timeline.json")));
        var mentionTexts = timeline["events"]!.SelectMany(e => e["mentions"]!).Select(m => (string)m["text"]!).ToHashSet();

        var seen = Check(Path.Combine(output.Root, "index.html"), "keydates");

        var keyDates = seen["keyDates"]!.ToDictionary(d => (string)d["date"]!, d => d["sentences"]!.Values<string>().ToList());
        var firstView = seen["firstView"]!;
        Assert.Multiple(() =>
        {
            Assert.That(seen["consoleErrors"]!.Values<string>(), Is.Empty, "console errors");
            Assert.That(seen["pageErrors"]!.Values<string>(), Is.Empty, "page errors");
            Assert.That(seen["requests"]!.Values<string>(), Is.Empty, "network requests");
            Assert.That(keyDates.Keys, Is.EqualTo(summary["dates"]!.Select(d => (string)d["date"]!)), "the days of summary.json, in date order");
            Assert.That(keyDates["2015-09-05"], Has.Some.Contains("Lavrov"), "the Kerry–Lavrov call");
            Assert.That(keyDates["2015-09-18"], Has.Some.Contains("defense ministers").Or.Some.Contains("Shoigu"), "the Carter–Shoigu call");
            Assert.That(keyDates.Values.SelectMany(s => s), Is.Not.Empty.And.All.Matches<string?>(t => t is not null && mentionTexts.Contains(t)), "sentences are evidence of events");
            Assert.That(seen["keyDates"]!.Select(d => (int)d["sources"]! - d["sentences"]!.Count()), Has.All.EqualTo(0), "each sentence has its source line");
            Assert.That(seen["keyDates"]!.SelectMany(d => d["links"]!.Values<string>()), Has.All.Matches("^https?://"), "source links");
            Assert.That((double)firstView["keyDatesTop"]!, Is.LessThan((double)firstView["viewport"]!), "key dates in the first screen");
            Assert.That((double)firstView["keyDatesTop"]!, Is.LessThan((double)firstView["chartTop"]!), "key dates above the full timeline");
            Assert.That(Math.Abs((double)seen["afterSwitch"]!["controlsTop"]!), Is.LessThan(5), "the switch scrolls to the full timeline");
            Assert.That((string?)seen["afterSwitch"]!["focused"], Is.EqualTo("actor-filter"), "focus moves to the timeline's filter");
            Assert.That((int)seen["keyDetails"]!["sources"]!, Is.GreaterThanOrEqualTo(1), "a key sentence opens its event's sources");
            Assert.That((int)seen["phoneOverflow"]!, Is.LessThanOrEqualTo(0), "no sideways scrolling at 390 px");
        });
    }

    [Test]
    public void Report_HostileCorpus_StaysInertWhenEveryEventIsOpened()
    {
        RequireBrowser();
        using var output = new TempFolder();
        var build = CliRunner.Run("build", Path.Combine(AppContext.BaseDirectory, "data", "hostile"), "--out", output.Root);
        Assert.That(build.ExitCode, Is.EqualTo(0).Or.EqualTo(2), build.StdErr);

        var seen = Check(Path.Combine(output.Root, "index.html"), "hostile");

        Assert.Multiple(() =>
        {
            Assert.That(seen["dialogs"]!.Values<string>(), Is.Empty, "dialogs");
            Assert.That(seen["pageErrors"]!.Values<string>(), Is.Empty, "page errors");
            Assert.That(seen["consoleErrors"]!.Values<string>(), Is.Empty, "console errors (a blocked injected script would log one)");
            Assert.That(seen["requests"]!.Values<string>(), Is.Empty, "network requests");
            Assert.That((string?)seen["csp"], Does.StartWith("default-src 'none'; script-src 'sha256-"));
            Assert.That((int)seen["clicked"]!, Is.GreaterThan(0).And.EqualTo(seen["eventIds"]!.Count()), "every event opened");
            Assert.That(seen["hrefs"]!.Values<string>().Concat(seen["detailsLinks"]!.Values<string>()), Has.All.Matches("^(https?://|data:,$)"), "links");
            Assert.That(seen["scripts"]!.Values<string>(), Is.EqualTo(new[] { "application/json", "classic" }), "script elements");
            Assert.That(seen["handlerAttributes"]!.Values<string>(), Is.Empty, "event-handler attributes");
            Assert.That(seen["injectedElements"]!.Values<string>(), Is.Empty, "elements from the articles' markup");
        });
    }

    private static void RequireBrowser()
    {
        var missing = !File.Exists(Chromium) ? $"{Chromium} is missing (apt-get install chromium)"
            : !File.Exists(Path.Combine(_browserFolder, "node_modules", "playwright-core", "package.json")) ? $"playwright-core is not installed in {_browserFolder} (the build runs `npm ci` there; is npm installed?)"
            : null;
        if (missing is null)
        {
            return;
        }

        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            Assert.Fail($"browser test cannot run in CI: {missing}");
        }

        Assert.Ignore($"browser test skipped: {missing}");
    }

    private static JObject Check(string report, string mode)
    {
        var screenshots = Path.Combine(TestContext.CurrentContext.WorkDirectory, "browser-report", mode);
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = _browserFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "check-report.js", "--report", report, "--out", screenshots, "--mode", mode, "--chromium", Chromium })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("the browser check did not finish within 3 minutes");
        }

        Assert.That(process.ExitCode, Is.EqualTo(0), "check-report.js failed: " + stderr.Result);
        var seen = JObject.Parse(stdout.Result);
        foreach (var file in seen["screenshots"]!.Values<string>())
        {
            TestContext.AddTestAttachment(file!, Path.GetFileName(file));
        }

        TestContext.Out.WriteLine($"screenshots in {screenshots}");
        return seen;
    }
}
