namespace EventTimeline.Tests;

/// <summary>Finds the repository's <c>seeds/</c> folder from the test binaries and reads the seed articles.</summary>
internal static class SeedFiles
{
    public static string Folder { get; } = Find();

    public static string PathOf(string fileName) => Path.Combine(Folder, fileName);

    /// <summary>The text of the seed whose file name starts with <paramref name="number"/> ("002"), with "\n" newlines.</summary>
    public static string Read(string number)
    {
        var file = Directory.GetFiles(Folder, number + "_*.txt").Single();
        return File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "seeds");
            if (File.Exists(Path.Combine(candidate, "manifest.json")) && File.Exists(Path.Combine(dir.FullName, "EventTimeline.sln")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("seeds/ not found above " + AppContext.BaseDirectory);
    }
}
