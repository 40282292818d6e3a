using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace EventTimeline.Documents;

/// <summary>Reads a saved web page (.html, .htm): one document, the article's text with its title, date, URL and site from the page's metadata.</summary>
/// <remarks>
/// Work is bounded: the file is read up to <see cref="InputLimits.MaxFileBytes"/>, the markup is passed through
/// <see cref="HtmlMarkupLimiter"/> before parsing, and the extracted text through <see cref="TextLimiter"/>.
/// The charset is the BOM's, else the one a &lt;meta&gt; declares in the first 1024 bytes, else UTF-8 (see <see cref="TextDecoder"/>).
/// </remarks>
internal sealed partial class HtmlArticleReader
{
    // Browsers look for a declared charset in the first 1024 bytes.
    private const int CharsetPrescanBytes = 1024;

    private readonly HtmlArticleExtractor _extractor;

    /// <summary>Creates a reader that finds articles with <paramref name="extractor"/>.</summary>
    public HtmlArticleReader(HtmlArticleExtractor extractor)
    {
        _extractor = extractor;
    }

    /// <summary>Reads <paramref name="file"/> within <paramref name="limits"/>; the manifest's metadata, when given, wins over the page's.</summary>
    public FileReading Read(InputFile file, ManifestEntry? manifest, InputLimits limits)
    {
        var (bytes, partial, length) = file.ReadPrefix(limits.MaxFileBytes);
        if (bytes.Length == 0)
        {
            return FileReading.Refused(InputOutcome.NotUsed(file.Shown, InputFormat.Html, InputStatus.Skipped, "empty file"));
        }

        var decoded = TextDecoder.Decode(bytes, partial, DeclaredCharset(bytes));
        if (decoded.Text is not { } html)
        {
            return FileReading.Refused(InputOutcome.NotUsed(file.Shown, InputFormat.Html, InputStatus.Skipped, "binary file", decoded.Refusal));
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

        var markup = HtmlMarkupLimiter.Apply(html);
        if (markup.TagsDropped > 0)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{markup.TagsDropped} tag(s) beyond the markup limits (nesting {HtmlMarkupLimiter.MaxDepth}, {HtmlMarkupLimiter.MaxElements} elements, {HtmlMarkupLimiter.MaxAttributes} attributes) dropped"));
        }

        var article = _extractor.Extract(HtmlPageParser.Parse(markup.Html));
        var limited = TextLimiter.Apply(article.Text, limits);
        notes.AddRange(TextLimiter.Notes(limited, limits));
        if (string.IsNullOrWhiteSpace(limited.Text))
        {
            return FileReading.Refused(InputOutcome.NotUsed(file.Shown, InputFormat.Html, InputStatus.Skipped, "no text", "no article text found in the page"));
        }

        var metadata = new ArticleMetadata(article.Title, article.Source, article.Url, article.Published).Under(manifest);
        var document = new RawDocument(file.Id, file.Relative, metadata.Title, metadata.Source, metadata.Url, metadata.Published, limited.Text);
        return new FileReading([(document, null)], notes, limited.Truncated || partial, [], null);
    }

    /// <summary>The charset a &lt;meta charset&gt; or http-equiv Content-Type declares in the first bytes, or null.</summary>
    public static string? DeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, CharsetPrescanBytes)]);
        var match = MetaCharset().Match(head);
        return match.Success ? match.Groups["charset"].Value : null;
    }

    [GeneratedRegex(@"<meta\b[^>]*?\bcharset\s*=\s*[""']?\s*(?<charset>[A-Za-z0-9_.:\-]{1,40})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex MetaCharset();
}
