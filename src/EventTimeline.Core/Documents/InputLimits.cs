namespace EventTimeline.Documents;

/// <summary>How much of an input is processed, so that a hostile or broken file cannot exhaust the machine.</summary>
/// <remarks>Longer documents and sentences are truncated and the truncation is reported, never dropped silently.</remarks>
/// <param name="MaxDocumentChars">Characters of text kept per document.</param>
/// <param name="MaxSentenceChars">Characters kept per sentence (a run of text without a sentence end or line break).</param>
internal sealed record InputLimits(int MaxDocumentChars, int MaxSentenceChars)
{
    /// <summary>Default characters kept per document: far above any news article (a long feature is 20,000).</summary>
    public const int DefaultMaxDocumentChars = 2_000_000;

    /// <summary>Default characters kept per sentence: a long news sentence is 400.</summary>
    public const int DefaultMaxSentenceChars = 5_000;

    /// <summary>Upper bound of <see cref="MaxDocumentChars"/>, so that byte budgets derived from it stay within memory.</summary>
    public const int MaxAllowedDocumentChars = 100_000_000;

    /// <summary>Bytes read from a manifest.json: it holds about 150 bytes per article it lists, so this covers some three million articles in one folder; a larger one is refused, not cut short silently.</summary>
    public const long MaxManifestBytes = 512L << 20;

    /// <summary>The default limits.</summary>
    public static InputLimits Default { get; } = new(DefaultMaxDocumentChars, DefaultMaxSentenceChars);

    /// <summary>Bytes read from a single-article file: four per character kept (UTF-32's width, UTF-8's worst case), so the kept text is never short of bytes.</summary>
    public long MaxFileBytes => ((long)MaxDocumentChars * 4) + 4;

    /// <summary>Characters read per JSON line: six per character kept (a "\uXXXX" escape) plus room for the other fields.</summary>
    public int MaxJsonLineChars => (int)Math.Min(int.MaxValue / 2, ((long)MaxDocumentChars * 6) + 65_536);

    /// <summary>Returns null when the limits are usable, else what is wrong with them.</summary>
    public string? Validate() =>
        MaxDocumentChars < 1 || MaxDocumentChars > MaxAllowedDocumentChars ? $"the maximum document size must be between 1 and {MaxAllowedDocumentChars} characters"
        : MaxSentenceChars < 1 ? "the maximum sentence length must be at least 1 character"
        : null;
}
