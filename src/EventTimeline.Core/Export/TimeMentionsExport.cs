using EventTimeline.Time;

namespace EventTimeline.Export;

/// <summary>Builds <c>time-mentions.json</c>: every time expression of every document, with its TIMEX3 value and calendar interval.</summary>
internal static class TimeMentionsExport
{
    public const string Format = "eventtimeline-time-mentions/1";

    public static string ToJson(IReadOnlyList<AnalyzedDocument> documents) => TextExport.ToText(writer => Write(documents, writer));

    /// <summary>Writes the file <see cref="ToJson"/> returns to <paramref name="writer"/>.</summary>
    public static void Write(IEnumerable<AnalyzedDocument> documents, TextWriter writer) => JsonFormat.Write(
        new
    {
        format = Format,
        documents = documents.Select(a => new
        {
            id = a.Document.Id,
            published = DocumentsExport.Iso(a.Document.Published),
            mentions = a.TimeMentions.Select(m => new
            {
                sentence = a.SentenceAt(m.Start),
                start = m.Start,
                length = m.Length,
                text = m.Text,
                type = TimexTypeName(m.Type),
                value = m.Value,
                interval = m.Interval is { } interval
                    ? new
                    {
                        start = DocumentsExport.Iso(interval.Start),
                        end = DocumentsExport.Iso(interval.End),
                        granularity = interval.Granularity,
                    }
                    : null,
                basis = m.Basis,
            }),
        }),
    }, writer);

    /// <summary>The TIMEX3 spelling of a type: DATE, TIME, DURATION, SET.</summary>
    public static string TimexTypeName(TimexType type) => type.ToString().ToUpperInvariant();
}
