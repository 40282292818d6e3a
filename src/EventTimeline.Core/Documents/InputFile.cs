using System.Globalization;

namespace EventTimeline.Documents;

/// <summary>A file found in the inputs.</summary>
/// <param name="FullPath">Absolute path.</param>
/// <param name="Shown">Path relative to the input folder (see <see cref="InputOutcome.Path"/>), with forward slashes (what messages and the report show).</param>
/// <param name="Relative">Path relative to the input root, with forward slashes (what ids are made of).</param>
internal sealed record InputFile(string FullPath, string Shown, string Relative)
{
    /// <summary>The id of the file's document: its relative path without the extension.</summary>
    public string Id => Relative[..^System.IO.Path.GetExtension(Relative).Length];

    /// <summary>Length in bytes; 0 also for pipes and devices, which are never opened (opening a pipe waits for a writer).</summary>
    public long Length => new FileInfo(FullPath).Length;

    /// <summary>Reads at most <paramref name="maxBytes"/> bytes from the start of the file; says whether the file goes on and how long it is.</summary>
    public (byte[] Bytes, bool Truncated, long Length) ReadPrefix(long maxBytes)
    {
        if (Length == 0)
        {
            return ([], false, 0);
        }

        using var stream = new FileStream(FullPath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        var length = stream.CanSeek ? stream.Length : -1;
        var wanted = (int)Math.Min(maxBytes, length >= 0 ? length : maxBytes);
        var bytes = new byte[wanted];
        var read = 0;
        while (read < wanted && stream.Read(bytes, read, wanted - read) is var n and > 0)
        {
            read += n;
        }

        var truncated = read == wanted && stream.ReadByte() >= 0;
        return (read == bytes.Length ? bytes : bytes[..read], truncated, length);
    }

    /// <summary>The note for a file read only in part.</summary>
    public static string PartialReadNote(long read, long length) =>
        string.Create(CultureInfo.InvariantCulture, $"file of {length} bytes: only its first {read} bytes were read");
}

/// <summary>What reading one input file gave.</summary>
/// <param name="Documents">Documents read, with the line each came from (JSON lines) or null.</param>
/// <param name="Notes">What was changed on the way, in order.</param>
/// <param name="Truncated">True when a limit cut text.</param>
/// <param name="LineOutcomes">Outcomes of single lines that could not be used (JSON lines), in line order.</param>
/// <param name="Refusal">The outcome when the whole file could not be used, else null.</param>
internal sealed record FileReading(
    IReadOnlyList<(RawDocument Document, int? Line)> Documents,
    IReadOnlyList<string> Notes,
    bool Truncated,
    IReadOnlyList<InputOutcome> LineOutcomes,
    InputOutcome? Refusal)
{
    /// <summary>A file that could not be used at all.</summary>
    public static FileReading Refused(InputOutcome refusal) => new([], [], false, [], refusal);
}
