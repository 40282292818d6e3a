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

    /// <summary>Writes <paramref name="contents"/> to <paramref name="path"/> as UTF-8 without a byte-order mark, atomically.</summary>
    public static void WriteAllText(string path, string contents) => Write(path, stream => stream.Write(Utf8NoBom.GetBytes(contents)));

    /// <summary>Writes the text <paramref name="write"/> gives a writer to <paramref name="path"/>, as UTF-8 without a byte-order mark and with "\n" newlines, atomically; the text is never held whole in memory.</summary>
    public static void WriteText(string path, Action<TextWriter> write) => Write(path, stream =>
    {
        using var writer = new StreamWriter(stream, Utf8NoBom, bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\n" };
        write(writer);
    });

    private static void Write(string path, Action<Stream> write)
    {
        // A device or a link to one ("--out /dev/null", "/dev/stdout") is written in place: a rename would put a file in its stead.
        if (IsDevice(path))
        {
            using var device = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
            write(device);
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, "." + Path.GetFileName(path) + ".tmp-" + Environment.ProcessId);
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                write(stream);

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

    // Whether the path names an existing device (under /dev, itself or through a link such as /dev/stdout), not a file of a folder.
    private static bool IsDevice(string path)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            return false;
        }

        if (full.StartsWith("/dev/", StringComparison.Ordinal))
        {
            return true;
        }

        try
        {
            var target = File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName;
            return target is not null && (target.StartsWith("/dev/", StringComparison.Ordinal) || target.StartsWith("/proc/", StringComparison.Ordinal));
        }
        catch (IOException)
        {
            return false;
        }
    }
}
