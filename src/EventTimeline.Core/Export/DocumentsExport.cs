using EventTimeline.Documents;

namespace EventTimeline.Export;

/// <summary>Builds <c>documents.json</c>: every document read, with its publication date and where that date came from.</summary>
internal static class DocumentsExport
{
    public const string Format = "eventtimeline-documents/1";

    public static string ToJson(IReadOnlyList<AnalyzedDocument> documents) => TextExport.ToText(writer => Write(documents, writer));

    /// <summary>Writes the file <see cref="ToJson"/> returns to <paramref name="writer"/>.</summary>
    public static void Write(IReadOnlyList<AnalyzedDocument> documents, TextWriter writer) => JsonFormat.Write(
        new
    {
        format = Format,
        documents = documents.Select(a => new
        {
            id = a.Document.Id,
            path = a.Document.Path,
            title = a.Document.Title,
            source = a.Document.Source,
            url = a.Document.Url,
            published = Iso(a.Document.Published),
            publishedBasis = a.Document.PublishedBasis,
            duplicateOf = a.Document.DuplicateOf,
            characters = a.Characters,
            sentences = a.Sentences.Count,
            timeMentions = a.TimeMentions.Count,
            boilerplateRemoved = a.Note.BoilerplateCharacters,
            dateline = a.Note.Dateline,
            corpusEstimateFrom = a.Note.Estimate?.FromId,
        }),
    }, writer);

    internal static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
