using EventTimeline.Documents;
using EventTimeline.Export;

namespace EventTimeline.Cli.Output;

/// <summary>What <c>build</c> says about its inputs: a line per input not read (up to a limit) on stderr, <c>report.json</c>, the exit code.</summary>
internal static class InputReportOutput
{
    public const string FileName = "report.json";

    // Beyond this many, the problems are only in report.json: a corpus of broken lines must not flood the terminal.
    private const int MaxProblemLines = 20;

    public static void PrintProblems(CorpusReadResult read, TextWriter error)
    {
        var problems = read.Outcomes.Where(o => o.Status is InputStatus.Skipped or InputStatus.Failed).ToList();
        foreach (var problem in problems.Take(MaxProblemLines))
        {
            var where = problem.Line is { } line ? $"{problem.Path}:{line}" : problem.Path;
            error.WriteLine($"build: {problem.Status.ToString().ToLowerInvariant()} {where}: {problem.Detail ?? problem.Reason}");
        }

        if (problems.Count > MaxProblemLines)
        {
            error.WriteLine($"build: … and {problems.Count - MaxProblemLines} more inputs not read (see {FileName})");
        }
    }

    public static void Write(string output, CorpusReadResult read, InputLimits limits, CorpusResult? result = null) =>
        AtomicFile.WriteAllText(Path.Combine(output, FileName), InputReportExport.ToJson(read, limits, result));

    /// <summary>0 when every input was processed (ignored files aside), 2 when some were skipped or failed, 1 when no document was read.</summary>
    public static int ExitCode(CorpusReadResult read) =>
        read.Documents.Count == 0 ? 1
        : read.Outcomes.Any(o => o.Status is InputStatus.Skipped or InputStatus.Failed) ? 2
        : 0;
}
