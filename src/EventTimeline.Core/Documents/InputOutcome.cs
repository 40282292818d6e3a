namespace EventTimeline.Documents;

/// <summary>What became of one input.</summary>
internal enum InputStatus
{
    /// <summary>Read: its documents (if any) are in the corpus, perhaps with notes such as a truncation.</summary>
    Processed,

    /// <summary>Not read for a reason that is the input's own (empty, not text, a duplicate id…).</summary>
    Skipped,

    /// <summary>Reading it went wrong (unreadable, invalid JSON, a manifest entry naming a missing file…).</summary>
    Failed,

    /// <summary>Not an input by its kind (an image, a folder's README, a hidden file); listed so that nothing goes unaccounted for.</summary>
    Ignored,
}

/// <summary>The kind of an input file.</summary>
internal enum InputFormat
{
    /// <summary>Plain text (.txt).</summary>
    Text,

    /// <summary>Markdown (.md).</summary>
    Markdown,

    /// <summary>A saved web page (.html, .htm).</summary>
    Html,

    /// <summary>JSON lines, one article per line (.jsonl, .ndjson).</summary>
    JsonLines,

    /// <summary>A .json file holding one article object or an array of them.</summary>
    Json,

    /// <summary>A TimeML file (.tml): the text of its TEXT element, dated by its DCT.</summary>
    TimeMl,

    /// <summary>A manifest.json giving metadata for the files beside it.</summary>
    Manifest,

    /// <summary>A folder (or a link to one).</summary>
    Folder,

    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>The outcome of one input file, or of one line of it (a JSON line, a manifest entry).</summary>
/// <param name="Path">The file relative to the input folder (under the folder's name when several inputs are given; a single file: its name), with forward slashes, so that it does not depend on where the corpus lies or how it was named on the command line.</param>
/// <param name="Line">The line within the file, when the outcome is one line's.</param>
/// <param name="Format">The kind of input.</param>
/// <param name="Status">What became of it.</param>
/// <param name="Reason">Short reason when not processed ("empty file", "invalid JSON"), the key summaries group by.</param>
/// <param name="Detail">The full message when not processed (with line and column where they apply).</param>
/// <param name="Documents">Ids of the documents it yielded, in order (for a failed outcome: the document that failed, if it got that far).</param>
/// <param name="Notes">What was changed on the way (truncations, replaced bytes, unusable fields), in order.</param>
/// <param name="Truncated">True when text was cut by an <see cref="InputLimits"/> limit.</param>
internal sealed record InputOutcome(
    string Path,
    int? Line,
    InputFormat Format,
    InputStatus Status,
    string? Reason,
    string? Detail,
    IReadOnlyList<string> Documents,
    IReadOnlyList<string> Notes,
    bool Truncated)
{
    /// <summary>An input that could not be used.</summary>
    public static InputOutcome NotUsed(string path, InputFormat format, InputStatus status, string reason, string? detail = null, int? line = null) =>
        new(path, line, format, status, reason, detail ?? reason, [], [], false);

    /// <summary>Orders outcomes by path (ordinal), then line (whole-file outcomes first).</summary>
    public static int Compare(InputOutcome a, InputOutcome b)
    {
        var byPath = string.CompareOrdinal(a.Path, b.Path);
        if (byPath != 0)
        {
            return byPath;
        }

        var byLine = (a.Line ?? 0).CompareTo(b.Line ?? 0);
        return byLine != 0 ? byLine : string.CompareOrdinal(a.Detail, b.Detail);
    }
}
