using System.CommandLine;

using EventTimeline.Cli.Commands;

namespace EventTimeline.Cli;

/// <summary>Entry point: wires the verbs together and returns their exit code.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        using var jit = Environment.GetEnvironmentVariable("EVENTTIMELINE_TRACE") == "jit" ? new Output.JitListener() : null;
        var root = new RootCommand("EventTimeline: turns a folder of news articles into a dated, sourced timeline of events.");
        foreach (var command in CommandCatalog.All())
        {
            root.Subcommands.Add(command);
        }

        return root.Parse(args).Invoke();
    }
}
