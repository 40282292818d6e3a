using EventTimeline.Export;

namespace EventTimeline.Cli.Output;

/// <summary>Writes an evaluation verb's scores as JSON (<c>--json FILE</c>), the same way for every scorer.</summary>
internal static class ScoresFile
{
    /// <summary>
    /// Writes <paramref name="scores"/> to <paramref name="path"/> through a temporary file, making its folder if needed;
    /// returns false, with one line on stderr naming <paramref name="verb"/>, when the file cannot be written.
    /// </summary>
    public static bool TryWrite(string verb, string path, object scores)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            AtomicFile.WriteAllText(path, JsonFormat.Serialize(scores));
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"{verb}: {path}: {e.Message}");
            return false;
        }
    }
}
