using System.CommandLine;

namespace EventTimeline.Training;

/// <summary>Entry point of <c>eventtimeline-train</c>: the commands that learn the product's model files.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var root = new RootCommand("Learns the model files EventTimeline ships (Microsoft.ML); the tool itself evaluates them without Microsoft.ML.");
        root.Subcommands.Add(TrainMergeCommand.Create());
        return root.Parse(args).Invoke();
    }
}
