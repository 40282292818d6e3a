using System.Text.Json;

using EventTimeline.Tests.Cli;

using Microsoft.Playwright;

using Newtonsoft.Json.Linq;

namespace EventTimeline.Tests.Browser;

/// <summary>
/// Opens the HTML report of the seeds and of the hostile corpus in headless Debian chromium, driven through Microsoft.Playwright,
/// and checks what a reader would see and that hostile article text stays inert. Screenshots are attached to the test results.
/// </summary>
/// <remarks>Playwright is given the chromium binary to drive and never downloads a browser; the flags keep chromium off the network.</remarks>
[NonParallelizable]
public sealed class HtmlReportBrowserTests
{
    [Test]
    public async Task Report_Seeds_ShowsTheTimelineFiltersByActorAndShowsSources()
    {
        RequireBrowser();
        using var output = new TempFolder();
        var build = CliRunner.Run("build", SeedFiles.Folder, "--out", output.Root);
        Assert.That(build.ExitCode, Is.EqualTo(0), build.StdErr);
        var timeline = JObject.Parse(File.ReadAllText(Path.Combine(output.Root, "timeline.json")));

        await using var session = await BrowserSession.OpenAsync(Path.Combine(output.Root, "index.html"), "seeds");
        var page = session.Page;
        var listRows = await page.EvalOnSelectorAllAsync<string[]>("#event-list .row", "rows => rows.map(r => r.innerText.replace(/\\s+/g, ' ').trim())");
        var chartEvents = await page.EvalOnSelectorAllAsync<int>("#chart .ev", "evs => evs.length");
        await session.ShotAsync("report-1280x800.png");
        await session.ShotAsync("report-1280-full.png", fullPage: true);

        var filters = new Dictionary<string, (string[] Events, string[] Lanes)>();
        foreach (var query in new[] { "Lavrov", "Sergey V. Lavrov", "russian foreign minister" })
        {
            await page.FillAsync("#actor-filter", query);
            filters[query] = (
                await page.EvalOnSelectorAllAsync<string[]>("#event-list .row", "rows => rows.map(r => r.getAttribute('data-event'))"),
                await page.EvalOnSelectorAllAsync<string[]>("#chart .lane-label", "ls => ls.map(l => l.firstChild.textContent)"));
        }

        await page.FillAsync("#actor-filter", "Lavrov");
        await session.ShotAsync("report-1280x800-lavrov.png");

        // Open the first of Lavrov's events from the chart by keyboard: focus, Enter.
        await page.FocusAsync("#chart .ev");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("#details:not([hidden])");
        var details = await page.EvaluateAsync<JsonElement>(
            """
            () => ({
              text: document.getElementById('details-body').innerText,
              sources: document.querySelectorAll('#details .source').length,
              quotes: Array.from(document.querySelectorAll('#details blockquote')).map(q => q.textContent),
              focused: document.activeElement && document.activeElement.id,
            })
            """);
        await session.ShotAsync("report-1280x800-details.png");
        await page.Keyboard.PressAsync("Escape");
        var afterEscape = await page.EvaluateAsync<JsonElement>(
            "() => ({ hidden: document.getElementById('details').hidden, focusedEvent: document.activeElement && document.activeElement.getAttribute('data-event') })");

        await page.FillAsync("#actor-filter", string.Empty);
        await page.CheckAsync("input[name=\"lanes\"][value=\"type\"]");
        await session.ShotAsync("report-1280x800-types.png");
        await page.CheckAsync("input[name=\"lanes\"][value=\"actor\"]");

        await page.SetViewportSizeAsync(390, 844);
        await page.WaitForTimeoutAsync(300);
        await session.ShotAsync("report-390x844.png");
        var phoneOverflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        await page.ClickAsync("#event-list .row");
        await page.WaitForSelectorAsync("#details:not([hidden])");
        await session.ShotAsync("report-390x844-details.png");
        await page.Keyboard.PressAsync("Escape");
        await page.EvaluateAsync("() => document.querySelector('.event-list').scrollIntoView()");
        await session.ShotAsync("report-390x844-list.png");

        Assert.Multiple(() =>
        {
            Assert.That(session.ConsoleErrors, Is.Empty, "console errors");
            Assert.That(session.PageErrors, Is.Empty, "page errors");
            Assert.That(session.Requests, Is.Empty, "network requests");
            Assert.That(session.Csp, Does.StartWith("default-src 'none'; script-src 'sha256-"));
            Assert.That(listRows, Has.Some.Matches("^18 Sep 2015 .*Carter–Shoigu phone call"), "the Carter–Shoigu call in September 2015");
            Assert.That(chartEvents, Is.GreaterThanOrEqualTo(timeline["events"]!.Count()));
        });

        // The actor's id and name follow the spelling the corpus uses most ("Sergei", "Sergey").
        var lavrov = timeline["actors"]!.Single(a => ((string?)a["name"])!.EndsWith("Lavrov", StringComparison.Ordinal));
        var lavrovEvents = timeline["events"]!
            .Where(e => e["actors"]!.Any(a => (string?)a["id"] == (string?)lavrov["id"]))
            .Select(e => (string)e["id"]!)
            .ToList();
        Assert.That(lavrovEvents, Is.Not.Empty);
        foreach (var query in new[] { "Lavrov", "Sergey V. Lavrov" })
        {
            Assert.That(filters[query].Events, Is.EquivalentTo(lavrovEvents), $"filter \"{query}\"");
            Assert.That(filters[query].Lanes, Is.EqualTo(new[] { (string?)lavrov["name"] }), $"lanes for \"{query}\"");
        }

        Assert.That(filters["russian foreign minister"].Events, Is.SupersetOf(lavrovEvents));

        var mentionTexts = timeline["events"]!.SelectMany(e => e["mentions"]!).Select(m => (string)m["text"]!).ToHashSet();
        var quotes = details.GetProperty("quotes").EnumerateArray().Select(quote => quote.GetString()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(details.GetProperty("sources").GetInt32(), Is.GreaterThanOrEqualTo(1), "sources in the details");
            Assert.That(quotes, Is.Not.Empty.And.All.Matches<string?>(t => t is not null && mentionTexts.Contains(t)), "evidence sentences");
            Assert.That(details.GetProperty("text").GetString(), Does.Contain("CAMEO").And.Contain("Goldstein").And.Contain("Participants"));
            Assert.That(details.GetProperty("focused").GetString(), Is.EqualTo("details-title"), "focus moves into the details");
            Assert.That(afterEscape.GetProperty("hidden").GetBoolean(), Is.True, "Escape closes the details");
            Assert.That(afterEscape.GetProperty("focusedEvent").GetString(), Is.Not.Null, "focus returns to the event");
            Assert.That(phoneOverflow, Is.LessThanOrEqualTo(0), "no sideways scrolling of the page at 390 px");
        });
    }

    [Test]
    public async Task Report_Seeds_OpensOnKeyDatesWithSourcesAndSwitchesToTheFullTimeline()
    {
        RequireBrowser();
        using var output = new TempFolder();
        var build = CliRunner.Run("build", SeedFiles.Folder, "--out", output.Root);
        Assert.That(build.ExitCode, Is.EqualTo(0), build.StdErr);
        var summary = JObject.Parse(File.ReadAllText(Path.Combine(output.Root, "summary.json")));
        var timeline = JObject.Parse(File.ReadAllText(Path.Combine(output.Root, "timeline.json")));
        var mentionTexts = timeline["events"]!.SelectMany(e => e["mentions"]!).Select(m => (string)m["text"]!).ToHashSet();

        await using var session = await BrowserSession.OpenAsync(Path.Combine(output.Root, "index.html"), "keydates");
        var page = session.Page;
        var keyDateItems = await page.EvalOnSelectorAllAsync<JsonElement>(
            "#key-date-list .key-date[data-date]",
            """
            items => items.map(li => ({
              date: li.getAttribute('data-date'),
              sentences: Array.from(li.querySelectorAll('.key-sentence')).map(p => p.textContent),
              links: Array.from(li.querySelectorAll('a[href]')).map(a => a.getAttribute('href')),
              sources: li.querySelectorAll('.key-source').length,
            }))
            """);
        var firstView = await page.EvaluateAsync<JsonElement>(
            """
            () => ({
              keyDatesTop: document.getElementById('key-dates').getBoundingClientRect().top,
              chartTop: document.getElementById('chart-scroll').getBoundingClientRect().top,
              viewport: window.innerHeight,
            })
            """);
        await session.ShotAsync("keydates-1280x800.png");

        await page.ClickAsync("#show-timeline");
        await page.WaitForTimeoutAsync(300);
        var afterSwitch = await page.EvaluateAsync<JsonElement>(
            "() => ({ fullTimelineTop: document.getElementById('full-timeline').getBoundingClientRect().top, focused: document.activeElement && document.activeElement.id })");
        await session.ShotAsync("keydates-after-switch-1280x800.png");

        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.ClickAsync("#key-date-list button[data-event]");
        await page.WaitForSelectorAsync("#details:not([hidden])");
        var keySources = await page.EvalOnSelectorAllAsync<int>("#details .source", "sources => sources.length");
        await page.Keyboard.PressAsync("Escape");

        await page.SetViewportSizeAsync(390, 844);
        await page.WaitForTimeoutAsync(300);
        var phoneOverflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        await session.ShotAsync("keydates-390x844.png");

        var keyDates = keyDateItems.EnumerateArray()
            .Select(item => (
                Date: item.GetProperty("date").GetString()!,
                Sentences: item.GetProperty("sentences").EnumerateArray().Select(s => s.GetString()).ToList(),
                Links: item.GetProperty("links").EnumerateArray().Select(l => l.GetString()).ToList(),
                Sources: item.GetProperty("sources").GetInt32()))
            .ToList();
        var keyDatesTop = firstView.GetProperty("keyDatesTop").GetDouble();
        Assert.Multiple(() =>
        {
            Assert.That(session.ConsoleErrors, Is.Empty, "console errors");
            Assert.That(session.PageErrors, Is.Empty, "page errors");
            Assert.That(session.Requests, Is.Empty, "network requests");
            Assert.That(keyDates.Select(d => d.Date), Is.EqualTo(summary["dates"]!.Select(d => (string)d["date"]!)), "the days of summary.json, in date order");
            Assert.That(SentencesOn("2015-09-05"), Has.Some.Contains("Lavrov"), "the Kerry–Lavrov call");
            Assert.That(SentencesOn("2015-09-18"), Has.Some.Contains("defense ministers").Or.Some.Contains("Shoigu"), "the Carter–Shoigu call");
            Assert.That(keyDates.SelectMany(d => d.Sentences), Is.Not.Empty.And.All.Matches<string?>(t => t is not null && mentionTexts.Contains(t)), "sentences are evidence of events");
            Assert.That(keyDates.Select(d => d.Sources - d.Sentences.Count), Has.All.EqualTo(0), "each sentence has its source line");
            Assert.That(keyDates.SelectMany(d => d.Links), Has.All.Matches("^https?://"), "source links");
            Assert.That(keyDatesTop, Is.LessThan(firstView.GetProperty("viewport").GetDouble()), "key dates in the first screen");
            Assert.That(keyDatesTop, Is.LessThan(firstView.GetProperty("chartTop").GetDouble()), "key dates above the full timeline");
            Assert.That(Math.Abs(afterSwitch.GetProperty("fullTimelineTop").GetDouble()), Is.LessThan(5), "the switch scrolls to the full timeline");
            Assert.That(afterSwitch.GetProperty("focused").GetString(), Is.EqualTo("actor-filter"), "focus moves to the timeline's filter");
            Assert.That(keySources, Is.GreaterThanOrEqualTo(1), "a key sentence opens its event's sources");
            Assert.That(phoneOverflow, Is.LessThanOrEqualTo(0), "no sideways scrolling at 390 px");
        });

        List<string?> SentencesOn(string date) => keyDates.Where(d => d.Date == date).SelectMany(d => d.Sentences).ToList();
    }

    [Test]
    public async Task Report_HostileCorpus_StaysInertWhenEveryEventIsOpened()
    {
        RequireBrowser();
        using var output = new TempFolder();
        var build = CliRunner.Run("build", Path.Combine(AppContext.BaseDirectory, "data", "hostile"), "--out", output.Root);
        Assert.That(build.ExitCode, Is.EqualTo(0).Or.EqualTo(2), build.StdErr);

        await using var session = await BrowserSession.OpenAsync(Path.Combine(output.Root, "index.html"), "hostile");
        var page = session.Page;
        var eventIds = await page.EvalOnSelectorAllAsync<string[]>("[data-event]", "els => els.map(e => e.getAttribute('data-event'))");
        var clicked = 0;
        for (var i = 0; i < eventIds.Length; i++)
        {
            var handles = await page.QuerySelectorAllAsync("[data-event]");
            if (i >= handles.Count)
            {
                continue;
            }

            await handles[i].ScrollIntoViewIfNeededAsync();
            await handles[i].ClickAsync(new ElementHandleClickOptions { Force = true });
            await page.WaitForSelectorAsync("#details:not([hidden])");
            await page.Keyboard.PressAsync("Escape");
            clicked++;
        }

        // Open each event once more and collect what the details panel made of the hostile text.
        var detailsLinks = new List<string>();
        foreach (var id in eventIds.Distinct(StringComparer.Ordinal))
        {
            await page.EvaluateAsync("eventId => document.querySelector('#event-list [data-event=\"' + CSS.escape(eventId) + '\"]').click()", id);
            detailsLinks.AddRange(await page.EvalOnSelectorAllAsync<string[]>("#details a[href]", "as => as.map(a => a.getAttribute('href'))"));
            await page.Keyboard.PressAsync("Escape");
        }

        await page.WaitForTimeoutAsync(200);
        var hrefs = await page.EvalOnSelectorAllAsync<string[]>("[href]", "els => els.map(e => e.getAttribute('href'))");
        var scripts = await page.EvalOnSelectorAllAsync<string[]>("script", "s => s.map(x => x.type || 'classic')");
        var handlerAttributes = await page.EvaluateAsync<string[]>(
            """
            () => {
              const found = [];
              document.querySelectorAll('*').forEach(e => {
                for (const a of e.attributes) { if (/^on/i.test(a.name)) { found.push(e.tagName + ' ' + a.name); } }
              });
              return found;
            }
            """);
        var injectedElements = await page.EvalOnSelectorAllAsync<string[]>("img:not(#graph-image), iframe, object, embed, svg, form, base", "els => els.map(e => e.tagName)");
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.ClickAsync("#event-list .row");
        await page.WaitForSelectorAsync("#details:not([hidden])");
        await session.ShotAsync("hostile-1280x800.png");

        Assert.Multiple(() =>
        {
            Assert.That(session.Dialogs, Is.Empty, "dialogs");
            Assert.That(session.PageErrors, Is.Empty, "page errors");
            Assert.That(session.ConsoleErrors, Is.Empty, "console errors (a blocked injected script would log one)");
            Assert.That(session.Requests, Is.Empty, "network requests");
            Assert.That(session.Csp, Does.StartWith("default-src 'none'; script-src 'sha256-"));
            Assert.That(clicked, Is.GreaterThan(0).And.EqualTo(eventIds.Length), "every event opened");
            Assert.That(hrefs.Concat(detailsLinks), Has.All.Matches("^(https?://|data:,$)"), "links");
            Assert.That(scripts, Is.EqualTo(new[] { "application/json", "classic" }), "script elements");
            Assert.That(handlerAttributes, Is.Empty, "event-handler attributes");
            Assert.That(injectedElements, Is.Empty, "elements from the articles' markup");
        });
    }

    private static void RequireBrowser() => BrowserSession.RequireBrowser();
}
