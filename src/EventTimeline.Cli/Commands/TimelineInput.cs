using EventTimeline.Cli.Output;
using EventTimeline.Export;
using EventTimeline.Graph;
using EventTimeline.Model;

namespace EventTimeline.Cli.Commands;

/// <summary>Loads a timeline.json written by <c>build</c> and its graph for the query verbs, reporting a missing or broken file in one line.</summary>
internal static class TimelineInput
{
    public const string DefaultPath = "output/timeline.json";

    public static (TimelineFile Timeline, ActorEventGraph Graph)? Load(string verb, string path)
    {
        if (LoadTimeline(verb, path) is not { } timeline)
        {
            return null;
        }

        try
        {
            var graph = TimelineGraph.Build(timeline);
            StartupTrace.Mark("graph built");
            return (timeline, graph);
        }
        catch (Exception e) when (e is ArgumentException or KeyNotFoundException)
        {
            Console.Error.WriteLine($"{verb}: {path}: {e.Message}");
            return null;
        }
    }

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
            var timeline = TimelineFileReader.Read(json);
            StartupTrace.Mark("timeline read");
            return timeline;
        }
        catch (Exception e) when (e is FormatException or ArgumentException or KeyNotFoundException)
        {
            Console.Error.WriteLine($"{verb}: {path}: {e.Message}");
            return null;
        }
    }
}
