using System.CommandLine;

namespace EventTimeline.Cli.Commands;

/// <summary>The verbs of the <c>eventtimeline</c> command, in the order help lists them.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All()
    {
        yield return BuildCommand.Create();
        yield return ExtractCommand.Create();
        yield return MergeCommand.Create();
        yield return QueryCommand.Create();
        yield return TopCommand.Create();
        yield return SummarizeCommand.Create();
        yield return ActorsCommand.Create();
        yield return TimeMlCommand.Create();
        yield return EvalTimexCommand.Create();
        yield return EvalTimelinesCommand.Create();
        yield return SemEvalCommand.Create();
        yield return EvalTlsCommand.Create();
        yield return EcbPlusCommand.Create();
        yield return JudgeSampleCommand.Create();
        yield return EvalCorefCommand.Create();
        yield return BenchCommand.Create();
    }
}
