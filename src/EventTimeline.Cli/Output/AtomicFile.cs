using System.Text;

namespace EventTimeline.Cli.Output;

/// <summary>Writes files so that a reader never sees a half-written one: a temporary file in the same folder, then a rename.</summary>
internal static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Deletes temporary files a killed run left in <paramref name="folder"/> (call it while holding the folder's <see cref="OutputLock"/>).</summary>
    public static void RemoveLeftovers(string folder)
    {
        foreach (var leftover in Directory.EnumerateFiles(folder, ".*.tmp-*"))
        {
            try
            {
                File.Delete(leftover);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Not ours to remove after all; it does no harm.
            }
        }
    }

    public static void WriteAllText(string path, string contents)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, "." + Path.GetFileName(path) + ".tmp-" + Environment.ProcessId);
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                var bytes = Utf8NoBom.GetBytes(contents);
                stream.Write(bytes);

                // On disk before the rename: after a power cut the name holds the old file or the new one, never an empty one.
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
