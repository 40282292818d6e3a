namespace EventTimeline.Cli.Output;

/// <summary>
/// Keeps two runs from writing into the same output folder at once: an exclusive handle on a lock file in the folder,
/// held for the whole run.
/// </summary>
/// <remarks>
/// The operating system releases the handle when the process ends, however it ends, so a lock file left by a killed
/// run never blocks the next one. The file itself is left in place: deleting it would let a run that opened the old file
/// and a run that created a new one both believe they hold the lock.
/// </remarks>
internal sealed class OutputLock : IDisposable
{
    /// <summary>The lock file's name (hidden, so that an output folder inside the input is never read as input).</summary>
    public const string FileName = ".eventtimeline.lock";

    private readonly FileStream _handle;

    private OutputLock(FileStream handle) => _handle = handle;

    /// <summary>Takes the lock on <paramref name="folder"/> (which exists); null and why when another run holds it or the file cannot be opened.</summary>
    public static OutputLock? TryAcquire(string folder, out string? refusal)
    {
        var path = Path.Combine(folder, FileName);
        try
        {
            var handle = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1, FileOptions.None);
            refusal = null;
            return new OutputLock(handle);
        }
        catch (IOException)
        {
            refusal = $"another run is writing to {folder} (it holds {path}); wait for it to finish or choose another --out folder";
        }
        catch (UnauthorizedAccessException e)
        {
            refusal = $"cannot open the lock file {path}: {e.Message}";
        }

        return null;
    }

    public void Dispose() => _handle.Dispose();
}
