using System.Globalization;

using EventTimeline.Events;
using EventTimeline.Export.Escaping;
using EventTimeline.Model;
using EventTimeline.Time;

using Newtonsoft.Json;

namespace EventTimeline.Export;

/// <summary>Writes timeline.timelinejs.json in Knight Lab TimelineJS3's JSON format: a title slide and one slide per dated event, grouped by event type.</summary>
/// <remarks>TimelineJS shows <c>headline</c> and <c>text</c> as HTML, so every string from the input is escaped with <see cref="XmlText"/> (its escaping of <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> and quotes is valid HTML escaping); the only markup is the <c>&lt;p&gt;</c> the exporter writes.</remarks>
internal static class TimelineJsExport
{
    /// <summary>Returns timeline.timelinejs.json for <paramref name="timeline"/>; undated events are left out, since TimelineJS needs a start year.</summary>
    public static string ToJson(TimelineFile timeline) => TextExport.ToText(writer => Write(timeline, writer));

    /// <summary>Writes timeline.timelinejs.json for <paramref name="timeline"/> to <paramref name="writer"/>, as <see cref="ToJson"/> returns it.</summary>
    public static void Write(TimelineFile timeline, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var documents = timeline.Documents.ToDictionary(document => document.Id, StringComparer.Ordinal);
        var dated = timeline.Events.Where(e => e.Date.Start is not null && e.Date.End is not null).ToList();
        var slides = dated.Select(e => ToSlide(e, documents)).ToList();
        var span = dated.Count == 0 ? string.Empty : ", " + Span(dated[0].Date.Start![..4], dated.Max(e => e.Date.End![..4])!);
        var title = new Slide(
            null,
            null,
            new SlideText(
                "EventTimeline",
                "<p>" + Count(dated.Count, "event") + " from " + Count(timeline.Documents.Count, "document") + span + "</p>"),
            null,
            null);
        JsonFormat.Write(new TimelineJs(title, slides), writer);
    }

    private static Slide ToSlide(TimelineEvent e, Dictionary<string, TimelineDocument> documents)
    {
        var start = EventDateText.Day(e.Date.Start!);
        var end = EventDateText.Day(e.Date.End!);
        var (startDate, endDate) = e.Date.Granularity switch
        {
            Granularity.Year or Granularity.Decade or Granularity.Century =>
                (new SlideDate(start.Year, null, null), end.Year != start.Year ? new SlideDate(end.Year, null, null) : null),
            Granularity.Month or Granularity.Season or Granularity.Quarter or Granularity.HalfYear =>
                (new SlideDate(start.Year, start.Month, null), (end.Year, end.Month) != (start.Year, start.Month) ? new SlideDate(end.Year, end.Month, null) : null),
            _ => (new SlideDate(start.Year, start.Month, start.Day), end != start ? new SlideDate(end.Year, end.Month, end.Day) : null),
        };

        var evidence = e.Mentions.Count > 0 ? e.Mentions[0].Text : string.Empty;
        var reporters = e.Mentions
            .Select(mention => mention.Document)
            .Distinct(StringComparer.Ordinal)
            .Select(id => documents.TryGetValue(id, out var document) ? document.Source ?? document.Title ?? document.Path : id)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var text = "<p>" + XmlText.Escape(evidence, attribute: true) + "</p>"
            + "<p>" + XmlText.Escape(StatusName(e.Status) + " " + e.Type + "; reported by " + string.Join(", ", reporters), attribute: true) + "</p>";
        return new Slide(startDate, endDate, new SlideText(XmlText.Escape(e.Label, attribute: true), text), e.Type, e.Id);
    }

    private static string StatusName(EventStatus status) => status.ToString().ToLowerInvariant();

    private static string Count(int count, string noun) => count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");

    private static string Span(string first, string last) => first == last ? first : first + "–" + last;

    private sealed record TimelineJs(
        [property: JsonProperty("title")] Slide Title,
        [property: JsonProperty("events")] IReadOnlyList<Slide> Events);

    [JsonObject(ItemNullValueHandling = NullValueHandling.Ignore)]
    private sealed record Slide(
        [property: JsonProperty("start_date", NullValueHandling = NullValueHandling.Ignore)] SlideDate? StartDate,
        [property: JsonProperty("end_date", NullValueHandling = NullValueHandling.Ignore)] SlideDate? EndDate,
        [property: JsonProperty("text")] SlideText Text,
        [property: JsonProperty("group", NullValueHandling = NullValueHandling.Ignore)] string? Group,
        [property: JsonProperty("unique_id", NullValueHandling = NullValueHandling.Ignore)] string? UniqueId);

    private sealed record SlideDate(
        [property: JsonProperty("year")] int Year,
        [property: JsonProperty("month", NullValueHandling = NullValueHandling.Ignore)] int? Month,
        [property: JsonProperty("day", NullValueHandling = NullValueHandling.Ignore)] int? Day);

    private sealed record SlideText(
        [property: JsonProperty("headline")] string Headline,
        [property: JsonProperty("text")] string Text);
}
