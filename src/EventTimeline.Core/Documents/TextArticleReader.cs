using EventTimeline.Text;

namespace EventTimeline.Documents;

/// <summary>Reads a .txt or .md article: one document, its title the front matter's or the first line unless the manifest gives one.</summary>
/// <remarks>
/// A front-matter block (YAML between "---" lines, TOML between "+++") gives metadata and is not article text.
/// Markdown (.md files, and .txt files that carry Markdown headings or links) is reduced to plain text after the limits are applied.
/// </remarks>
internal static class TextArticleReader
{
    private const int MaxTitleLength = 300;

    private static readonly Lazy<MetadataDateParser> _dates = new(MetadataDateParser.CreateDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Reads <paramref name="file"/> within <paramref name="limits"/>, with the manifest's metadata when given.</summary>
    public static FileReading Read(InputFile file, InputFormat format, ManifestEntry? manifest, InputLimits limits)
    {
        var (bytes, partial, length) = file.ReadPrefix(limits.MaxFileBytes);
        if (bytes.Length == 0)
        {
            return FileReading.Refused(InputOutcome.NotUsed(file.Shown, format, InputStatus.Skipped, "empty file"));
        }

        var decoded = TextDecoder.Decode(bytes, partial);
        if (decoded.Text is not { } raw)
        {
            return FileReading.Refused(InputOutcome.NotUsed(file.Shown, format, InputStatus.Skipped, "binary file", decoded.Refusal));
        }

        var notes = new List<string>();
        if (decoded.Note is { } note)
        {
            notes.Add(note);
        }

        if (partial)
        {
            notes.Add(InputFile.PartialReadNote(bytes.Length, length));
        }

        var limited = TextLimiter.Apply(raw, limits);
        notes.AddRange(TextLimiter.Notes(limited, limits));
        var text = limited.Text;
        var front = FrontMatter.Read(text, ArticleFields.BuiltIn, _dates.Value);
        if (front is not null)
        {
            text = front.Body;
            notes.AddRange(front.Notes);
        }

        if (format == InputFormat.Markdown || MarkdownStripper.LooksLikeMarkdown(text))
        {
            text = MarkdownStripper.Strip(text);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return FileReading.Refused(InputOutcome.NotUsed(file.Shown, format, InputStatus.Skipped, "no text", "no text (only whitespace or markup)"));
        }

        // A headline run into the first sentence ("… since the quake hit The body of …") gets its own line, and so is the title alone.
        text = FusedHeadline.Separate(text);
        var own = front?.Metadata ?? ArticleMetadata.None;
        var metadata = (own with { Title = own.Title ?? FirstLineTitle(text) }).Under(manifest);
        var document = new RawDocument(file.Id, file.Relative, metadata.Title, metadata.Source, metadata.Url, metadata.Published, text);
        return new FileReading([(document, null)], notes, limited.Truncated || partial, [], null);
    }

    /// <summary>The first non-blank line, when short enough to be a headline.</summary>
    public static string? FirstLineTitle(string text)
    {
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0)
            {
                return trimmed.Length <= MaxTitleLength ? trimmed.ToString() : null;
            }
        }

        return null;
    }
}
