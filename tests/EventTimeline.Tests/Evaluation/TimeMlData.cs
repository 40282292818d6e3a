using EventTimeline.Documents;

namespace EventTimeline.Tests.Evaluation;

/// <summary>The TempEval-3 documents copied under tests/data/timeml.</summary>
internal static class TimeMlData
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "data", "timeml");

    public static IEnumerable<string> Files() =>
        Directory.EnumerateFiles(Folder, "*.tml", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    public static IEnumerable<(string Name, TimeMlDocument Document)> ReadAll() =>
        Files().Select(path => (Path.GetRelativePath(Folder, path).Replace('\\', '/'), TimeMlReader.Read(File.ReadAllText(path), path)));
}
