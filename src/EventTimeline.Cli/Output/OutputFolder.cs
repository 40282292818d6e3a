namespace EventTimeline.Cli.Output;

/// <summary>Checks, before any work, that the output folder can be created and written, and claims it for one run.</summary>
internal static class OutputFolder
{
    /// <summary>
    /// Makes <paramref name="path"/> writable and takes its lock for this run, then deletes the temporary files a killed run left
    /// there; on failure prints why, prefixed by <paramref name="verb"/>, and returns null. Dispose the result to release the folder.
    /// </summary>
    public static OutputLock? Claim(string verb, string path)
    {
        if (Prepare(path) is { } unwritable)
        {
            Console.Error.WriteLine($"{verb}: cannot write to {path}: {unwritable}");
            return null;
        }

        var claimed = OutputLock.TryAcquire(path, out var locked);
        if (claimed is null)
        {
            Console.Error.WriteLine($"{verb}: {locked}");
            return null;
        }

        AtomicFile.RemoveLeftovers(path);
        return claimed;
    }

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
