using System.Globalization;
using System.Text;

using EventTimeline.Export;
using EventTimeline.Time;

namespace EventTimeline.Cli.Bench;

/// <summary>Writes benchmark runs as readable tables or as JSON.</summary>
internal static class BenchReport
{
    private const double Megabyte = 1024 * 1024;

    /// <summary>A table per run (stage by stage), then one line per run.</summary>
    public static string Tables(IReadOnlyList<BenchRun> runs, string machine)
    {
        var text = new StringBuilder();
        foreach (var run in runs)
        {
            text.Append(Invariant($"{run.Corpus}: {run.Documents:N0} documents, {run.Characters:N0} characters; engine {run.Engine}, jobs {run.Jobs}; startup {run.StartupSeconds:0.00} s (not counted); {Rounds(run)}\n"));
            var rows = run.Stages.Select(stage => new[]
            {
                stage.Stage,
                Invariant($"{stage.WallSeconds:0.000}"),
                Invariant($"{stage.CpuSeconds:0.000}"),
                Invariant($"{stage.GcPauseSeconds:0.000}"),
                Rate(run.Documents, stage.WallSeconds),
                Rate(run.Documents, stage.CpuSeconds),
                Rate(run.Characters, stage.WallSeconds),
                Invariant($"{stage.PeakWorkingSetBytes / Megabyte:0}"),
            });
            text.Append(Table(["stage", "wall s", "cpu s", "gc pause s", "docs/s", "docs/cpu-s", "chars/s", "peak MB"], rows));
            text.Append('\n');
        }

        text.Append(Invariant($"Summary ({machine}); docs/s per core = docs/s ÷ jobs; wall s = the median round's; speed-up = median wall time of jobs 1 ÷ this one's (the job counts took turns each round); bound = the speed-up the processor time of jobs 1 allows when only the per-document stages run in parallel (Amdahl), the figure to trust on a busy machine; dates ratio = this engine's dates docs/cpu-s ÷ microsoft's\n"));
        var summary = runs.Select(run =>
        {
            var dates = run.Stages.FirstOrDefault(stage => stage.Stage == "dates");
            var one = runs.FirstOrDefault(other => other.Corpus == run.Corpus && other.Engine == run.Engine && other.Jobs == 1);
            var otherEngine = runs.FirstOrDefault(other => other.Corpus == run.Corpus && other.Jobs == run.Jobs && other.Engine == MicrosoftTemporalTagger.EngineName);
            var otherDates = otherEngine?.Stages.FirstOrDefault(stage => stage.Stage == "dates");
            return new[]
            {
                run.Corpus,
                run.Engine,
                run.Jobs.ToString(CultureInfo.InvariantCulture),
                run.Documents.ToString("N0", CultureInfo.InvariantCulture),
                Invariant($"{run.Total.WallSeconds:0.00}"),
                Rate(run.Documents, run.Total.WallSeconds),
                Rate(run.Documents / (double)run.Jobs, run.Total.WallSeconds),
                Rate(run.Documents, run.Total.CpuSeconds),
                Rate(run.Characters, run.Total.WallSeconds),
                dates is null ? "-" : Rate(run.Documents, dates.CpuSeconds),
                one is null || one == run ? "-" : Invariant($"{one.Total.WallSeconds / run.Total.WallSeconds:0.00}×"),
                one is null || one == run ? "-" : Invariant($"{Bound(one, run.Jobs):0.00}×"),
                dates is null || otherDates is null || run.Engine == MicrosoftTemporalTagger.EngineName ? "-" : Invariant($"{otherDates.CpuSeconds / dates.CpuSeconds:0.0}×"),
                Invariant($"{run.Total.PeakWorkingSetBytes / Megabyte:0}"),
                run.Events.ToString("N0", CultureInfo.InvariantCulture),
            };
        });
        text.Append(Table(
            ["corpus", "engine", "jobs", "docs", "wall s", "docs/s", "docs/s/core", "docs/cpu-s", "chars/s", "dates docs/cpu-s", "speed-up", "bound", "dates ratio", "peak MB", "events"],
            summary));
        return text.ToString();
    }

    // "median of 5 rounds (1.19–1.31 s)", or "1 round".
    private static string Rounds(BenchRun run) => run.RoundSeconds.Count <= 1
        ? "1 round"
        : Invariant($"the median of {run.RoundSeconds.Count} rounds ({run.RoundSeconds.Min():0.00}–{run.RoundSeconds.Max():0.00} s)");

    /// <summary>The runs as JSON, with the machine description.</summary>
    public static string Json(IReadOnlyList<BenchRun> runs, string machine) => JsonFormat.Serialize(new { machine, runs });

    /// <summary>The speed-up <paramref name="jobs"/> threads can give at most, from the processor time of each stage of a one-job run.</summary>
    private static double Bound(BenchRun one, int jobs)
    {
        string[] perDocument = ["dates", "sentences", "actors", "events"];
        var stages = one.Stages.Take(one.Stages.Count - 1).ToList();
        var parallel = stages.Where(stage => perDocument.Contains(stage.Stage)).Sum(stage => stage.CpuSeconds);
        var serial = stages.Sum(stage => stage.CpuSeconds) - parallel;
        return (serial + parallel) / (serial + (parallel / jobs));
    }

    private static string Rate(double amount, double seconds) =>
        seconds <= 0 ? "-" : (amount / seconds).ToString(amount / seconds >= 100 ? "N0" : "0.0", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Table(IReadOnlyList<string> header, IEnumerable<string[]> rows)
    {
        var all = new List<string[]> { header.ToArray() };
        all.AddRange(rows);
        var widths = Enumerable.Range(0, header.Count).Select(column => all.Max(row => row[column].Length)).ToArray();
        var text = new StringBuilder();
        foreach (var row in all)
        {
            // First column left-aligned (names), the others right-aligned (numbers).
            text.Append(string.Join("  ", row.Select((cell, column) => column == 0 || (column < 2 && !char.IsAsciiDigit(cell.FirstOrDefault())) ? cell.PadRight(widths[column]) : cell.PadLeft(widths[column]))).TrimEnd());
            text.Append('\n');
        }

        return text.ToString();
    }
}
