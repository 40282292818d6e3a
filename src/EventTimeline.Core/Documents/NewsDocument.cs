namespace EventTimeline.Documents;

/// <summary>Where a document's publication date (its DCT) came from.</summary>
public enum PublishedBasis
{
    /// <summary>Given by the manifest or the input's own metadata.</summary>
    Manifest,

    /// <summary>Read from a dateline or byline in the first lines of the text.</summary>
    Dateline,

    /// <summary>Estimated from other documents of the corpus that report the same events.</summary>
    Corpus,

    /// <summary>Unknown: relative time expressions stay unresolved.</summary>
    None,
}

/// <summary>A document as read from the input, before its publication date is settled.</summary>
/// <param name="Id">Stable identifier (the path relative to the input root, without extension).</param>
/// <param name="Path">Path relative to the input root, with forward slashes.</param>
/// <param name="Title">Title from metadata or the first line, when known.</param>
/// <param name="Source">Outlet name, when known.</param>
/// <param name="Url">Canonical URL, when known.</param>
/// <param name="Published">Publication date from metadata, when given.</param>
/// <param name="Text">The raw article text.</param>
public sealed record RawDocument(
    string Id,
    string Path,
    string? Title,
    string? Source,
    string? Url,
    DateOnly? Published,
    string Text);

/// <summary>A document with clean text and a settled publication date.</summary>
/// <param name="Id">Stable identifier.</param>
/// <param name="Path">Path relative to the input root.</param>
/// <param name="Title">Title, when known.</param>
/// <param name="Source">Outlet name, when known.</param>
/// <param name="Url">Canonical URL, when known.</param>
/// <param name="Published">Publication date (the DCT), when known.</param>
/// <param name="PublishedBasis">Where <paramref name="Published"/> came from.</param>
/// <param name="Text">Article text with boilerplate removed; all offsets refer to it.</param>
/// <param name="DuplicateOf">Id of the document this one is a near-copy of, if any.</param>
public sealed record NewsDocument(
    string Id,
    string Path,
    string? Title,
    string? Source,
    string? Url,
    DateOnly? Published,
    PublishedBasis PublishedBasis,
    string Text,
    string? DuplicateOf)
{
    /// <summary>Whether the document is an opinion piece (a column, an op-ed, a digest of commentators; see <see cref="OpinionDetector"/>): its sentences give no events.</summary>
    public bool Opinion { get; init; }
}
