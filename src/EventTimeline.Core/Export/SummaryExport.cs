using System.Globalization;
using System.Text;

using EventTimeline.Export.Escaping;
using EventTimeline.Model;
using EventTimeline.Summary;

namespace EventTimeline.Export;

/// <summary>Writes a key-dates summary as summary.json, as a Markdown page or in the plain Timeline17 ("tilse") layout.</summary>
internal static class SummaryExport
{
    /// <summary>The summary as JSON (format "eventtimeline-summary/1", docs/format.md).</summary>
    public static string ToJson(KeyDateSummary summary) => JsonFormat.Serialize(summary);

    /// <summary>The summary in the layout of Timeline17's gold files: a date line, its sentences one a line, 32 dashes.</summary>
    public static string ToTilse(KeyDateSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return SummaryTimelineFormat.Write(new SummaryTimeline(
            [.. summary.Dates.Select(d => new SummaryTimelineDate(
                DateOnly.ParseExact(d.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                [.. d.Sentences.Select(s => s.Text)]))]));
    }

    /// <summary>The summary as a readable Markdown page: each date, its sentences and, for each, the outlet and title of its source, linked when it has a web address.</summary>
    public static string ToMarkdown(KeyDateSummary summary, IReadOnlyList<TimelineDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(documents);
        var byId = documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var page = new StringBuilder();
        page.Append("# Key dates\n\n");
        if (summary.Empty is { } empty)
        {
            page.Append("No key dates: ").Append(MarkdownText.Escape(empty)).Append(".\n");
            return page.ToString();
        }

        foreach (var date in summary.Dates)
        {
            page.Append("## ").Append(date.Date).Append("\n\n");
            foreach (var sentence in date.Sentences)
            {
                page.Append("- ").Append(MarkdownText.Escape(sentence.Text)).Append(" (").Append(Source(sentence.Document, byId)).Append(")\n");
            }

            if (date.Sentences.Count == 0)
            {
                page.Append("- No sentence of an event dated to this day was found; named by ")
                    .Append(date.References.ToString(CultureInfo.InvariantCulture)).Append(" documents.\n");
            }

            var outlets = date.Outlets.Count == 0 ? string.Empty : " from " + string.Join(", ", date.Outlets.Select(MarkdownText.Escape));
            page.Append("\n*").Append(date.Documents.Count.ToString(CultureInfo.InvariantCulture)).Append(date.Documents.Count == 1 ? " document" : " documents")
                .Append(outlets).Append(".*\n\n");
        }

        return page.ToString();
    }

    private static string Source(string id, IReadOnlyDictionary<string, TimelineDocument> documents)
    {
        if (!documents.TryGetValue(id, out var document))
        {
            return MarkdownText.Escape(id);
        }

        var name = string.Join(", ", new[] { document.Source, document.Title ?? document.Id, document.Published }.OfType<string>());
        return MarkdownText.LinkTarget(document.Url) is { } url
            ? "[" + MarkdownText.Escape(name) + "](" + url + ")"
            : MarkdownText.Escape(name);
    }
}
