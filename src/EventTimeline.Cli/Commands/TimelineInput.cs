using EventTimeline.Export;
using EventTimeline.Graph;

namespace EventTimeline.Cli.Commands;

/// <summary>Loads a timeline.json written by <c>build</c> and its graph for the query verbs, reporting a missing or broken file in one line.</summary>
internal static class TimelineInput
{
    public const string DefaultPath = "output/timeline.json";

    public static (TimelineFile Timeline, ActorEventGraph Graph)? Load(string verb, string path) =>
        LoadTimeline(verb, path) is { } timeline ? (timeline, TimelineGraph.Build(timeline)) : null;

    /// <summary>Loads the timeline alone (no graph), reporting a missing or broken file in one line on stderr.</summary>
    public static TimelineFile? LoadTimeline(string verb, string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var hint = File.Exists(path) || Directory.Exists(path) ? e.Message : "no such file (run 'eventtimeline build' first, or pass --input)";
            Console.Error.WriteLine($"{verb}: cannot read {path}: {hint}");
            return null;
        }

        try
        {
            return TimelineFileReader.Read(json);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or KeyNotFoundException)
        {
            Console.Error.WriteLine($"{verb}: {path}: {e.Message}");
            return null;
        }
    }
}
