using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

using EventTimeline.Actors;
using EventTimeline.Documents;
using EventTimeline.Events;
using EventTimeline.Export;
using EventTimeline.Model;
using EventTimeline.Summary;
using EventTimeline.Time;

using Newtonsoft.Json.Linq;

namespace EventTimeline.Tests.Export;

public sealed class HtmlReportTests
{
    private const string Attack = "</script><script>alert(1)</script><!--<img src=x onerror=alert(2)>\u2028\u2029";

    private static TimelineFile Hostile(string url = "javascript:alert(document.cookie)") => new(
        TimelineFile.FormatName,
        [new TimelineDocument("doc-" + Attack, "a.txt", "Title " + Attack, "Outlet " + Attack, url, "2019-03-12", PublishedBasis.Manifest, null)],
        [
            new TimelineActor("person:x", "Name " + Attack, ActorKind.Person, "RUS", ["Alias " + Attack], ["foreign-minister"], 2),
            new TimelineActor("country:RUS", "Russia", ActorKind.Country, "RUS", ["Russia", "Russian"], [], 1),
        ],
        [
            new TimelineEvent(
                "event:" + Attack,
                "meeting",
                "040",
                1.0,
                "Label " + Attack,
                new TimelineDate("2019-03-11", "2019-03-11", Granularity.Day, "2019-03-11", EventDateBasis.RelativeToDct),
                EventStatus.Asserted,
                [new TimelineEventActor("person:x", ParticipantRole.Source, "Name " + Attack)],
                "Place " + Attack,
                null,
                1,
                [new TimelineMention("doc-" + Attack, 0, "Sentence " + Attack, "Monday", "met")]),
        ]);

    [Test]
    public void Render_HostileText_NeverClosesTheDataScriptOrAddsMarkup()
    {
        var html = HtmlReport.Render(Hostile(), graphSvg: null);

        Assert.That(Regex.Matches(html, "<script", RegexOptions.IgnoreCase), Has.Count.EqualTo(2));
        Assert.That(Regex.Matches(html, "</script", RegexOptions.IgnoreCase), Has.Count.EqualTo(2));
        Assert.That(html, Does.Not.Contain("<img"));
        Assert.That(html, Does.Not.Contain("<!--"));
        Assert.That(Regex.Match(html, "<script type=\"application/json\"[^>]*>(.*?)</script>", RegexOptions.Singleline).Groups[1].Value, Does.Not.Contain("\u2028"));
        Assert.That(
            Regex.Replace(html, "<script type=\"application/json\"[^>]*>.*?</script>", string.Empty, RegexOptions.Singleline),
            Does.Not.Contain("javascript:"),
            "the unsafe URL is only in the data, as text");
    }

    [Test]
    public void Render_EmbeddedData_RoundTripsTheTextAndLinksOnlyHttpUrls()
    {
        var data = EmbeddedData(HtmlReport.Render(Hostile(), graphSvg: null));

        var document = (JArray)data["documents"]![0]!;
        Assert.That((string?)document[1], Is.EqualTo("Title " + Attack));
        Assert.That(document[5]!.Type, Is.EqualTo(JTokenType.Null));
        Assert.That((string?)document[6], Is.EqualTo("javascript:alert(document.cookie)"));
        Assert.That((string?)data["cameo"]!["040"]![0], Is.EqualTo("Consult- not specified below"));
        var actors = data["actors"]!.Cast<JArray>().ToList();
        var person = actors.Single(a => (string?)a[0] == "person:x");
        Assert.That(person[5]!.Values<string>(), Does.Contain("foreign minister").And.Contain("Alias " + Attack));
        var country = actors[(int)person[3]!];
        Assert.That((string?)country[0], Is.EqualTo("country:RUS"));
        Assert.That(country[5]!.Values<string>(), Does.Contain("Russian"));
        Assert.That((string?)data["sentences"]![0], Is.EqualTo("Sentence " + Attack));

        var linked = (JArray)EmbeddedData(HtmlReport.Render(Hostile("https://example.com/a b"), graphSvg: null))["documents"]![0]!;
        Assert.That(((string?)linked[5], (string?)linked[6]), Is.EqualTo(((string?)null, "https://example.com/a b")));
        var good = (JArray)EmbeddedData(HtmlReport.Render(Hostile("https://example.com/story"), graphSvg: null))["documents"]![0]!;
        Assert.That(((string?)good[5], (string?)good[6]), Is.EqualTo(("https://example.com/story", (string?)null)));
    }

    [Test]
    public void Render_ContentSecurityPolicy_AllowsOnlyTheEmbeddedScriptAndStyleByHash()
    {
        var html = HtmlReport.Render(Hostile(), graphSvg: null);

        var csp = Regex.Match(html, "<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">").Groups[1].Value.Replace("&#39;", "'", StringComparison.Ordinal);
        var script = Regex.Match(html, "<script>(.*?)</script>", RegexOptions.Singleline).Groups[1].Value;
        var style = Regex.Match(html, "<style>(.*?)</style>", RegexOptions.Singleline).Groups[1].Value;
        Assert.That(csp, Is.EqualTo($"default-src 'none'; script-src '{Hash(script)}'; style-src '{Hash(style)}'; img-src data:; base-uri 'none'; form-action 'none'"));
        Assert.That(script, Does.Not.Contain("innerHTML").And.Not.Contain("insertAdjacentHTML").And.Not.Contain("document.write").And.Not.Contain("eval("));
        Assert.That(html, Does.Not.Contain(" style=\""), "inline style attributes would need 'unsafe-inline'");
        Assert.That(Regex.IsMatch(html, "(src|href)=\"(https?:)?//"), Is.False, "nothing is loaded from the network");
    }

    [Test]
    public void Render_GraphSvg_IsEmbeddedAsAnImageElseTheActorListIsShown()
    {
        const string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script><text>x</text></svg>";

        var withGraph = HtmlReport.Render(Hostile(), svg);
        var without = HtmlReport.Render(Hostile(), graphSvg: null);

        Assert.That(withGraph, Does.Contain("<img id=\"graph-image\" alt=\"Graph of actors linked through the events they take part in\" src=\"data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(svg)) + "\">"));
        Assert.That(without, Does.Not.Contain("graph-image"));
        Assert.That(without, Does.Contain("<span class=\"actor-name\">Name &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;!--&lt;img src=x onerror=alert(2)&gt;\u2028\u2029</span>"));
        Assert.That(without, Does.Contain("data-event=\"event:&lt;/script&gt;&lt;script&gt;alert(1)"));
    }

    [Test]
    public void Render_KeyDatesWithHostileText_EscapedAndOpensTheReport()
    {
        var summary = new KeyDateSummary(
            KeyDateSummary.FormatName,
            1,
            1,
            null,
            null,
            null,
            [new KeyDate("2019-03-11", 1.5, 1, [new KeyDateSentence("Sentence " + Attack, "doc-" + Attack, 0, "event:" + Attack)], ["event:" + Attack], ["doc-" + Attack], ["Outlet " + Attack])]);

        var html = HtmlReport.Render(Hostile(), graphSvg: null, summary);
        var linked = HtmlReport.Render(Hostile("https://example.com/story"), graphSvg: null, summary);

        Assert.That(Regex.Matches(html, "<script", RegexOptions.IgnoreCase), Has.Count.EqualTo(2));
        Assert.That(html, Does.Not.Contain("<img").And.Not.Contain("<!--").And.Not.Contain("href=\"javascript"));
        Assert.That(html, Does.Contain("<p class=\"key-sentence\">Sentence &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;!--&lt;img src=x onerror=alert(2)&gt;\u2028\u2029</p>"));
        Assert.That(html.IndexOf("id=\"key-dates\"", StringComparison.Ordinal), Is.LessThan(html.IndexOf("id=\"full-timeline\"", StringComparison.Ordinal)), "the page opens on the key dates");
        Assert.That(html, Does.Contain("<button type=\"button\" class=\"view-switch\" id=\"show-timeline\">"));
        Assert.That(linked, Does.Contain("<a class=\"key-link\" href=\"https://example.com/story\" rel=\"noopener noreferrer\" target=\"_blank\">Outlet &lt;/script&gt;"));
    }

    [Test]
    public void Render_EmptyKeyDates_SaysWhy()
    {
        var summary = new KeyDateSummary(KeyDateSummary.FormatName, 5, 2, null, null, "no event in the timeline has a date precise to the day", []);

        var html = HtmlReport.Render(Hostile(), graphSvg: null, summary);

        Assert.That(html, Does.Contain("<p class=\"hint\" id=\"key-dates-empty\">No key dates: no event in the timeline has a date precise to the day.</p>"));
    }

    [Test]
    public void Render_SameTimeline_GivesTheSameBytes()
    {
        var first = HtmlReport.Render(Hostile(), "<svg/>");
        var second = HtmlReport.Render(Hostile(), "<svg/>");

        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void Render_StoryWithBackgroundYears_HeadsWithWhereMostEventsAreThenTheWholeSpan()
    {
        var events = Enumerable.Range(0, 150).Select(i => ReportViewTests.Event(i, new DateOnly(2010, 1, 12).AddDays(i % 13), Granularity.Day))
            .Append(ReportViewTests.Event(500, new DateOnly(1751, 1, 1), Granularity.Year))
            .Append(ReportViewTests.Event(501, new DateOnly(2050, 1, 1), Granularity.Year))
            .ToList();
        var timeline = Hostile() with { Events = events };

        var html = HtmlReport.Render(timeline, graphSvg: null);

        // The span the chart opens on: the shortest that holds nine tenths of the events.
        Assert.That(ReportView.Opening(events), Is.EqualTo(new ReportView(new DateOnly(2010, 1, 12), new DateOnly(2010, 1, 23))));
        Assert.That(Regex.Match(html, "<p class=\"sub\" id=\"summary\">([^<]*)</p>").Groups[1].Value, Does.EndWith("most events dated 2010-01-12 – 2010-01-23 (all 1751–2050)"));
        Assert.That(Regex.Match(html, "<title>([^<]*)</title>").Groups[1].Value, Does.EndWith(", 2010-01-12 – 2010-01-23"));
    }

    private static JObject EmbeddedData(string html) =>
        JObject.Parse(ReportData.Unpacked(Regex.Match(html, "<script type=\"application/json\" id=\"timeline-data\">(.*?)</script>", RegexOptions.Singleline).Groups[1].Value));

    private static string Hash(string text) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
