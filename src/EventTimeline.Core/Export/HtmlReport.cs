using System.Globalization;
using System.Security.Cryptography;
using System.Text;

using EventTimeline.Events;
using EventTimeline.Export.Escaping;
using EventTimeline.Model;
using EventTimeline.Resources;
using EventTimeline.Summary;

namespace EventTimeline.Export;

/// <summary>
/// Renders <c>index.html</c>: one self-contained page (inline style, script and data, nothing loaded from the network)
/// that opens on the key dates of the story (each with its sentences and links to their sources), then shows the full timeline on a
/// date axis, filters it by actor and shows every event's sources.
/// </summary>
/// <remarks>
/// Article text reaches the page only as escaped HTML (<see cref="HtmlText"/>) or as JSON in a non-executed script element that
/// the page's own script reads and turns into DOM text nodes. A Content-Security-Policy allows nothing but the page's own
/// script and style (by hash) and data: images, so injected markup could neither run nor load anything.
/// </remarks>
internal static class HtmlReport
{
    private static readonly Lazy<(string Script, string Style)> _assets = new(
        () => (ResourceFile.ReadText("report/report.js"), ResourceFile.ReadText("report/report.css")),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The script of the page, as embedded (its hash is in the page's Content-Security-Policy).</summary>
    public static string Script => _assets.Value.Script;

    /// <summary>The style sheet of the page, as embedded.</summary>
    public static string Style => _assets.Value.Style;

    /// <summary>The Content-Security-Policy of every report: only the embedded script and style, by SHA-256 hash, and data: images.</summary>
    public static string ContentSecurityPolicy =>
        $"default-src 'none'; script-src '{Sha256(Script)}'; style-src '{Sha256(Style)}'; img-src data:; base-uri 'none'; form-action 'none'";

    /// <summary>Renders the page for <paramref name="timeline"/>, opening on its key dates <paramref name="summary"/> when given and embedding <paramref name="graphSvg"/> (Graphviz's SVG of the actor/event graph) as an image when given.</summary>
    public static string Render(TimelineFile timeline, string? graphSvg, KeyDateSummary? summary = null)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        Render(timeline, graphSvg, summary, text);
        return text.ToString();
    }

    /// <summary>Writes the page <see cref="Render(TimelineFile, string?, KeyDateSummary?)"/> returns to <paramref name="writer"/>; the page's data, the bulk of a large timeline's page, is compressed as it is made and never held whole.</summary>
    public static void Render(TimelineFile timeline, string? graphSvg, KeyDateSummary? summary, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(writer);
        var (script, style) = _assets.Value;
        var span = Span(timeline.Events);
        var core = ReportView.Opening(timeline.Events);
        var heading = $"{Count(timeline.Events.Count, "event")} from {Count(timeline.Documents.Count, "document")}";

        var page = new StringBuilder(64 * 1024);
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        page.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(HtmlText.Attribute(ContentSecurityPolicy)).Append("\">\n");
        page.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        page.Append("<meta name=\"referrer\" content=\"no-referrer\">\n");
        page.Append("<meta name=\"generator\" content=\"EventTimeline\">\n");
        page.Append("<link rel=\"icon\" href=\"data:,\">\n");
        page.Append("<title>").Append(HtmlText.Escape($"Timeline: {heading}{(core is not null ? ", " + CoreText(core) : span.Length > 0 ? ", " + span : string.Empty)}")).Append("</title>\n");
        page.Append("<style>").Append(style).Append("</style>\n</head>\n<body>\n");
        page.Append("<header class=\"page-head\">\n<h1>").Append(HtmlText.Escape(heading)).Append("</h1>\n");
        page.Append("<p class=\"sub\" id=\"summary\">").Append(HtmlText.Escape(Summary(timeline, span, core))).Append("</p>\n</header>\n");
        page.Append("<noscript><p class=\"notice\">The interactive timeline needs JavaScript. The list of actors and their events below works without it.</p></noscript>\n");
        page.Append("<main id=\"main\">\n");
        if (summary is not null)
        {
            AppendKeyDates(page, summary, timeline);
        }

        page.Append(ControlsAndTimeline);
        page.Append("<section class=\"graph\" aria-labelledby=\"graph-title\">\n<h2 id=\"graph-title\">Actors and their events</h2>\n");
        if (graphSvg is { Length: > 0 })
        {
            page.Append("<p class=\"hint\">The actor/event graph (Graphviz). <button type=\"button\" id=\"graph-zoom\" aria-pressed=\"false\">Actual size</button></p>\n");
            page.Append("<div class=\"graph-frame\" id=\"graph-frame\"><img id=\"graph-image\" alt=\"Graph of actors linked through the events they take part in\" src=\"data:image/svg+xml;base64,")
                .Append(Convert.ToBase64String(Encoding.UTF8.GetBytes(graphSvg)))
                .Append("\"></div>\n");
        }

        AppendActorList(page, timeline);
        page.Append("</section>\n</main>\n");
        page.Append(DetailsPanel);
        page.Append("<footer class=\"page-foot\"><p>Made by EventTimeline from <code>timeline.json</code> (format ")
            .Append(HtmlText.Escape(timeline.Format))
            .Append("). Dates are inclusive intervals: a bar is a date known only to the week, month or year; a dot is a day. Links open the original articles.</p></footer>\n");
        page.Append("<script type=\"application/json\" id=\"timeline-data\">");
        writer.Write(page);
        // Base64 between fixed ASCII text: nothing in it needs escaping inside a script element.
        ReportData.WritePacked(json => ReportData.Write(timeline, CameoCodebook.BuiltIn, summary, json), writer);
        writer.Write("</script>\n<script>");
        writer.Write(script);
        writer.Write("</script>\n</body>\n</html>\n");
    }

    private const int ActorListActors = 60;
    private const int ActorListEvents = 12;

    private const string ControlsAndTimeline = """
        <section class="controls" id="full-timeline" aria-label="Timeline controls">
        <div class="control filter">
        <label for="actor-filter">Filter by actor</label>
        <input type="search" id="actor-filter" autocomplete="off" spellcheck="false" placeholder="Name, alias or role, e.g. Lavrov" list="actor-names" aria-describedby="filter-status">
        <datalist id="actor-names"></datalist>
        </div>
        <div class="control find">
        <label for="find">Find</label>
        <input type="search" id="find" autocomplete="off" spellcheck="false" placeholder="A word of a label, an actor or a sentence" aria-describedby="find-status">
        </div>
        <fieldset class="control lanes">
        <legend>Lanes</legend>
        <label><input type="radio" name="lanes" value="actor" checked> By actor</label>
        <label><input type="radio" name="lanes" value="type"> By event type</label>
        </fieldset>
        <fieldset class="control legend" id="legend">
        <legend>Status</legend>
        </fieldset>
        <p class="filter-status" id="filter-status" role="status" aria-live="polite"></p>
        <div class="find-results" id="find-results" hidden>
        <p class="find-status" id="find-status" role="status" aria-live="polite"></p>
        <ol class="events" id="find-list"></ol>
        <button type="button" class="more-button" id="find-more" hidden>Show more</button>
        </div>
        </section>
        <section class="timeline" aria-labelledby="timeline-title">
        <h2 id="timeline-title" class="visually-hidden">Timeline</h2>
        <div class="zoom-bar" role="toolbar" aria-label="Time axis">
        <button type="button" id="zoom-out" aria-label="Zoom out" title="Zoom out (−)">−</button>
        <button type="button" id="zoom-in" aria-label="Zoom in" title="Zoom in (+)">+</button>
        <button type="button" id="pan-left" aria-label="Earlier" title="Earlier (←)">←</button>
        <button type="button" id="pan-right" aria-label="Later" title="Later (→)">→</button>
        <button type="button" id="zoom-fit" title="Where the events are (Home)">Where the events are</button>
        <button type="button" id="zoom-all">All dates</button>
        <label class="view-date">From <input type="date" id="view-from"></label>
        <label class="view-date">to <input type="date" id="view-to"></label>
        <span class="view-text" id="view-text" aria-live="polite"></span>
        </div>
        <div class="chart-scroll" id="chart-scroll" tabindex="0" aria-label="Timeline chart: arrow keys move in time, + and − zoom"><div class="chart" id="chart"></div></div>
        <p class="hint" id="chart-hint"></p>
        <button type="button" class="more-button" id="more-lanes" hidden>More lanes</button>
        </section>
        <section class="event-list" aria-labelledby="list-title">
        <h2><span id="list-title">Events in date order</span> <small class="list-count" id="list-count"></small></h2>
        <fieldset class="control list-order">
        <legend>Order</legend>
        <label><input type="radio" name="list-order" value="date" checked> By date</label>
        <label><input type="radio" name="list-order" value="salience"> Most salient first</label>
        </fieldset>
        <ol class="events" id="event-list"></ol>
        <button type="button" class="more-button" id="list-more" hidden>Show more</button>
        </section>

        """;

    private const string DetailsPanel = """
        <aside class="details" id="details" hidden aria-labelledby="details-title" tabindex="-1">
        <div class="details-head"><h2 id="details-title">Event</h2><button type="button" class="close" id="details-close" aria-label="Close details (Escape)">×</button></div>
        <div class="details-body" id="details-body"></div>
        </aside>

        """;

    // The key dates, written as escaped HTML so they read without the script; the buttons open an event's details and jump to the full timeline.
    private static void AppendKeyDates(StringBuilder page, KeyDateSummary summary, TimelineFile timeline)
    {
        var documents = timeline.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        page.Append("<section class=\"key-dates\" id=\"key-dates\" aria-labelledby=\"key-dates-title\">\n");
        page.Append("<div class=\"view-head\"><h2 id=\"key-dates-title\">Key dates</h2>")
            .Append("<button type=\"button\" class=\"view-switch\" id=\"show-timeline\">Full timeline ↓</button></div>\n");
        if (summary.Empty is { } empty)
        {
            page.Append("<p class=\"hint\" id=\"key-dates-empty\">No key dates: ").Append(HtmlText.Escape(empty)).Append(".</p>\n</section>\n");
            return;
        }

        page.Append("<p class=\"hint\">The ").Append(HtmlText.Escape(Count(summary.Dates.Count, "day")))
            .Append(" the articles point at most (by the independent documents and outlets that name the day or date an event to it), each with what happened.</p>\n");
        page.Append("<ol class=\"key-date-list\" id=\"key-date-list\">\n");
        foreach (var date in summary.Dates)
        {
            page.Append("<li class=\"key-date\" data-date=\"").Append(HtmlText.Attribute(date.Date)).Append("\"><h3><time datetime=\"")
                .Append(HtmlText.Attribute(date.Date)).Append("\">").Append(HtmlText.Escape(LongDate(date.Date))).Append("</time></h3>\n<ul class=\"key-sentences\">\n");
            foreach (var sentence in date.Sentences)
            {
                page.Append("<li><p class=\"key-sentence\">").Append(HtmlText.Escape(sentence.Text)).Append("</p><p class=\"key-source\">");
                AppendSource(page, documents.GetValueOrDefault(sentence.Document), sentence.Document);
                page.Append(" · <button type=\"button\" class=\"link-button\" data-event=\"").Append(HtmlText.Attribute(sentence.Event)).Append("\">all sources of this event</button></p></li>\n");
            }

            if (date.Sentences.Count == 0)
            {
                page.Append("<li class=\"key-none\">No sentence of an event dated to this day was found.</li>\n");
            }

            var outlets = date.Outlets.Count == 0 ? string.Empty : " from " + string.Join(", ", date.Outlets);
            page.Append("</ul>\n<p class=\"key-meta\">").Append(HtmlText.Escape(Count(date.Documents.Count, "document") + outlets)).Append("</p></li>\n");
        }

        page.Append("</ol>\n</section>\n");
    }

    private static void AppendSource(StringBuilder page, TimelineDocument? document, string id)
    {
        var name = document is null ? id : string.Join(", ", new[] { document.Source, document.Title ?? document.Id, document.Published }.OfType<string>());
        if (HtmlText.LinkableUrl(document?.Url) is { } url)
        {
            page.Append("<a class=\"key-link\" href=\"").Append(HtmlText.Attribute(url)).Append("\" rel=\"noopener noreferrer\" target=\"_blank\">")
                .Append(HtmlText.Escape(name)).Append("</a>");
        }
        else
        {
            page.Append("<span class=\"key-link\">").Append(HtmlText.Escape(name)).Append("</span>");
        }
    }

    private static string LongDate(string iso) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)
            : iso;

    // The actors with the most evidence, each with its most salient events in date order, so the list reads without the script
    // and stays short at any corpus size (timeline.json and the filter above have every actor).
    private static void AppendActorList(StringBuilder page, TimelineFile timeline)
    {
        var order = timeline.Events.Select((e, i) => (e, i)).ToDictionary(x => x.e, x => x.i);
        var byActor = timeline.Events
            .SelectMany(e => e.Actors.Select(a => (a.Id, Event: e)))
            .GroupBy(x => x.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Event).Distinct().ToList(), StringComparer.Ordinal);
        var ranked = timeline.Actors
            .Where(a => byActor.ContainsKey(a.Id))
            .OrderByDescending(a => byActor[a.Id].Sum(e => Math.Max(e.Salience, 1.0)))
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .ToList();
        var actors = ranked
            .Take(ActorListActors)
            .OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(a => a.Id, StringComparer.Ordinal);
        page.Append("<ul class=\"actor-list\" id=\"actor-list\">\n");
        foreach (var actor in actors)
        {
            var all = byActor[actor.Id];
            var shown = all.OrderByDescending(e => e.Salience).ThenBy(e => order[e]).Take(ActorListEvents).OrderBy(e => order[e]);
            page.Append("<li data-actor=\"").Append(HtmlText.Attribute(actor.Id)).Append("\"><span class=\"actor-name\">").Append(HtmlText.Escape(actor.Name)).Append("</span> <span class=\"actor-kind\">")
                .Append(HtmlText.Escape(actor.Kind.ToString().ToLowerInvariant())).Append("</span>\n<ul>\n");
            foreach (var e in shown)
            {
                page.Append("<li><button type=\"button\" class=\"link-button\" data-event=\"").Append(HtmlText.Attribute(e.Id)).Append("\">")
                    .Append("<span class=\"when\">").Append(HtmlText.Escape(DateText(e.Date))).Append("</span> ")
                    .Append(HtmlText.Escape(e.Label)).Append("</button></li>\n");
            }

            if (all.Count > ActorListEvents)
            {
                page.Append("<li class=\"more-events\">").Append(HtmlText.Escape($"and {Count(all.Count - ActorListEvents, "more event")}")).Append("</li>\n");
            }

            page.Append("</ul></li>\n");
        }

        page.Append("</ul>\n");
        if (ranked.Count > ActorListActors)
        {
            page.Append("<p class=\"hint\">").Append(HtmlText.Escape($"The {ActorListActors} actors with the most evidence; {Count(ranked.Count - ActorListActors, "more actor")} in timeline.json and in the filter above.")).Append("</p>\n");
        }
    }

    // A large timeline's background mentions ("in 1751", "by 2050") stretch its span of years: where most events are comes first.
    private static string Summary(TimelineFile timeline, string span, ReportView? core)
    {
        var outlets = timeline.Documents.Select(d => d.Source).OfType<string>().Distinct(StringComparer.Ordinal).Count();
        var parts = new List<string> { Count(timeline.Actors.Count, "actor") };
        if (outlets > 0)
        {
            parts.Add(Count(outlets, "outlet"));
        }

        if (core is not null)
        {
            parts.Add($"most events dated {CoreText(core)} (all {span})");
        }
        else if (span.Length > 0)
        {
            parts.Add("events dated " + span);
        }

        return string.Join(" · ", parts);
    }

    private static string DateText(TimelineDate date) =>
        date.Start is null ? "undated"
        : date.End is null || date.End == date.Start ? date.Start
        : $"{date.Start} – {date.End}";

    private static string Span(IReadOnlyList<TimelineEvent> events)
    {
        var years = events
            .SelectMany(e => new[] { e.Date.Start, e.Date.End })
            .OfType<string>()
            .Select(date => date.Length >= 4 ? date[..4] : date)
            .Order(StringComparer.Ordinal)
            .ToList();
        return years.Count == 0 ? string.Empty : years[0] == years[^1] ? years[0] : $"{years[0]}–{years[^1]}";
    }

    private static string CoreText(ReportView core) =>
        core.From == core.To ? Iso(core.From) : $"{Iso(core.From)} – {Iso(core.To)}";

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? string.Empty : "s");

    private static string Sha256(string text) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
