namespace EventTimeline.Tests.Events;

/// <summary>Golden-file comparison: the expected file lives under tests/EventTimeline.Tests/data; a mismatch writes a gitignored *.received.* next to it, and UPDATE_GOLDEN=1 accepts the new output.</summary>
internal static class Golden
{
    public static void Check(string actual, string relativePath)
    {
        var source = Path.Combine(SourceDataFolder(), relativePath);
        var received = Path.Combine(Path.GetDirectoryName(source)!, Path.GetFileName(source).Replace(".expected.", ".received.", StringComparison.Ordinal));
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(source, actual);
            return;
        }

        var expected = File.Exists(source) ? File.ReadAllText(source).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (expected != actual)
        {
            File.WriteAllText(received, actual);
        }
        else if (File.Exists(received))
        {
            File.Delete(received);
        }

        Assert.That(actual, Is.EqualTo(expected), $"{relativePath} differs; see {received}, or run with UPDATE_GOLDEN=1 to accept");
    }

    private static string SourceDataFolder() => Path.Combine(Path.GetDirectoryName(SeedFiles.Folder)!, "tests", "EventTimeline.Tests", "data");
}
