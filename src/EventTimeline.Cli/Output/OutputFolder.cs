namespace EventTimeline.Cli.Output;

/// <summary>Checks, before any work, that the output folder can be created and written.</summary>
internal static class OutputFolder
{
    /// <summary>Creates <paramref name="path"/> if needed and writes and deletes a probe file in it; returns null when that worked, else why not.</summary>
    public static string? Prepare(string path)
    {
        var probe = Path.Combine(path, ".eventtimeline-write-test-" + Environment.ProcessId);
        try
        {
            Directory.CreateDirectory(path);
            File.WriteAllText(probe, string.Empty);
            File.Delete(probe);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return e.Message;
        }
    }
}
