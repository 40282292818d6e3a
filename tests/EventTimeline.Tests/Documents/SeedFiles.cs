namespace EventTimeline.Tests.Documents;

/// <summary>Finds the repository's seeds/ folder from the test binaries.</summary>
internal static class SeedFiles
{
    public static string Folder { get; } = Find();

    public static string PathOf(string fileName) => Path.Combine(Folder, fileName);

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
