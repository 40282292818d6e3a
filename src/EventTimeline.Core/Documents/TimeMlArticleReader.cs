namespace EventTimeline.Documents;

/// <summary>Reads a TimeML file (.tml, the TimeBank and TempEval format) as an article: the text of its TEXT element, its creation time (DCT) as the publication date unless the manifest gives one, its first line as the title.</summary>
/// <remarks>The annotations (TIMEX3, EVENT, SIGNAL) are dropped: the article is read as plain news. A file too large for the limits is refused whole, since a cut XML file cannot be parsed.</remarks>
internal static class TimeMlArticleReader
{
    /// <summary>Reads <paramref name="file"/> within <paramref name="limits"/>, with the manifest's metadata when given.</summary>
    public static FileReading Read(InputFile file, ManifestEntry? manifest, InputLimits limits)
    {
        var (bytes, partial, length) = file.ReadPrefix(limits.MaxFileBytes);
        if (bytes.Length == 0)
        {
            return FileReading.Refused(InputOutcome.NotUsed(file.Shown, InputFormat.TimeMl, InputStatus.Skipped, "empty file"));
        }

        if (partial)
        {
            return FileReading.Refused(InputOutcome.NotUsed(file.Shown, InputFormat.TimeMl, InputStatus.Failed, "too large", $"{length:N0} bytes, more than the {limits.MaxFileBytes:N0} a TimeML file may have (--max-document-chars); a cut XML file cannot be read"));
        }

        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Text is not { } raw)
        {
            return FileReading.Refused(InputOutcome.NotUsed(file.Shown, InputFormat.TimeMl, InputStatus.Skipped, "binary file", decoded.Refusal));
        }

        TimeMlDocument timeMl;
        try
        {
            timeMl = TimeMlReader.Read(raw, file.Shown);
        }
        catch (InputFormatException e)
        {
            return FileReading.Refused(InputOutcome.NotUsed(file.Shown, InputFormat.TimeMl, InputStatus.Failed, "malformed TimeML", e.Message));
        }

        var notes = new List<string>();
        if (decoded.Note is { } note)
        {
            notes.Add(note);
        }

        var limited = TextLimiter.Apply(timeMl.Text.Trim(), limits);
        notes.AddRange(TextLimiter.Notes(limited, limits));
        if (string.IsNullOrWhiteSpace(limited.Text))
        {
            return FileReading.Refused(InputOutcome.NotUsed(file.Shown, InputFormat.TimeMl, InputStatus.Skipped, "no text", "no text in its TEXT element"));
        }

        var metadata = new ArticleMetadata(TextArticleReader.FirstLineTitle(limited.Text), null, null, timeMl.DocumentDate).Under(manifest);
        var document = new RawDocument(file.Id, file.Relative, metadata.Title, metadata.Source, metadata.Url, metadata.Published, limited.Text);
        return new FileReading([(document, null)], notes, limited.Truncated, [], null);
    }
}
