using EventTimeline.Evaluation;

namespace EventTimeline.Tests.Evaluation;

/// <summary>The SemEval-2015 Task 4 trial data copied under tests/data/semeval.</summary>
internal static class SemEvalData
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "data", "semeval");

    public static string GoldFolder => Path.Combine(Folder, "gold-timelines");

    public static string EntitiesFile => Path.Combine(Folder, "target-entities.txt");

    public static string GoldFile(string name) => Path.Combine(GoldFolder, name);

    public static IEnumerable<(string Name, Timeline Timeline)> GoldTimelines() =>
        Directory.EnumerateFiles(GoldFolder, "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), TimelineFormat.Read(File.ReadAllText(path), path)));
}
