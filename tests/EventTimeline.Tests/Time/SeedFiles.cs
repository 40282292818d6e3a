namespace EventTimeline.Tests.Time;

/// <summary>Reads the seed articles from the repository's <c>seeds/</c> folder.</summary>
internal static class SeedFiles
{
    public static string Read(string number)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "seeds")))
        {
            directory = directory.Parent;
        }

        Assert.That(directory, Is.Not.Null, "no seeds/ folder above the test directory");
        var file = Directory.GetFiles(Path.Combine(directory!.FullName, "seeds"), number + "_*.txt").Single();
        return File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
