namespace EventTimeline.Documents;

/// <summary>Metadata of one article, from wherever it was read.</summary>
/// <param name="Title">Title, when known.</param>
/// <param name="Source">Outlet, when known.</param>
/// <param name="Url">URL, when known.</param>
/// <param name="Published">Publication date, when known.</param>
internal sealed record ArticleMetadata(string? Title, string? Source, string? Url, DateOnly? Published)
{
    /// <summary>No metadata.</summary>
    public static ArticleMetadata None { get; } = new(null, null, null, null);

    /// <summary>These fields, each replaced by the manifest's when the manifest gives it: the manifest has the last word.</summary>
    public ArticleMetadata Under(ManifestEntry? manifest) => manifest is null ? this : new(
        manifest.Title ?? Title,
        manifest.Source ?? Source,
        manifest.Url ?? Url,
        manifest.Published ?? Published);
}
