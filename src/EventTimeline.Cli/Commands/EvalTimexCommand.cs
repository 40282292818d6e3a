using System.CommandLine;
using System.Globalization;
using System.Text;

using EventTimeline.Cli.Output;
using EventTimeline.Documents;
using EventTimeline.Evaluation;
using EventTimeline.Export;

namespace EventTimeline.Cli.Commands;

/// <summary><c>eventtimeline eval-timex GOLD SYSTEM</c>: TempEval-3 Task A timex scores of SYSTEM against GOLD.</summary>
internal static class EvalTimexCommand
{
    public static Command Create()
    {
        var gold = new Argument<string>("GOLD") { Description = "Gold .tml file or folder." };
        var system = new Argument<string>("SYSTEM") { Description = "System .tml file or folder, paired with GOLD by relative path." };
        var json = new Option<string?>("--json") { Description = "Also write the scores, counts and every disagreement as JSON to this file." };
        var command = new Command("eval-timex", "Score TIMEX3 tags against gold (TempEval-3: strict/relaxed P/R/F1, type and value F1). Exit 0 ok, 1 error.");
        command.Arguments.Add(gold);
        command.Arguments.Add(system);
        command.Options.Add(json);
        command.SetAction(parse => Run(parse.GetValue(gold)!, parse.GetValue(system)!, parse.GetValue(json)));
        return command;
    }

    private static int Run(string gold, string system, string? json)
    {
        var goldFiles = TimeMlFiles.Find(gold);
        if (goldFiles is null)
        {
            Console.Error.WriteLine($"eval-timex: gold not found: {gold}");
            return 1;
        }

        if (!File.Exists(system) && !Directory.Exists(system))
        {
            Console.Error.WriteLine($"eval-timex: system not found: {system}");
            return 1;
        }

        var systemIsFile = File.Exists(system);
        var pairs = new List<TimexDocumentPair>();
        var failed = false;
        foreach (var (goldPath, relative) in goldFiles)
        {
            var goldDocument = ReadOrReport(goldPath);
            if (goldDocument is null)
            {
                failed = true;
                continue;
            }

            var systemPath = systemIsFile ? system : Path.Combine(system, relative);
            TimeMlDocument? systemDocument = null;
            if (File.Exists(systemPath))
            {
                systemDocument = ReadOrReport(systemPath);
                failed |= systemDocument is null;
            }

            pairs.Add(new TimexDocumentPair(relative, goldDocument, systemDocument));
        }

        var scores = TimexScorer.Score(pairs);
        foreach (var name in scores.MissingSystem)
        {
            Console.Error.WriteLine($"eval-timex: no usable system file for {name}: its gold timexes count as missed");
        }

        foreach (var name in scores.TextMismatch)
        {
            Console.Error.WriteLine($"eval-timex: system TEXT differs from gold in {name}: its gold timexes count as missed");
        }

        Console.Out.Write(Table(scores));
        if (json is not null && !ScoresFile.TryWrite("eval-timex", json, scores))
        {
            return 1;
        }

        return failed ? 1 : 0;
    }

    private static TimeMlDocument? ReadOrReport(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return TimeMlReader.Read(stream, path);
        }
        catch (InputFormatException e)
        {
            Console.Error.WriteLine($"eval-timex: {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"eval-timex: {path}: {e.Message}");
        }

        return null;
    }

    internal static string Table(TimexScores s)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.Append(c, $"documents {s.Documents} (no system file: {s.MissingSystem.Count}, text mismatch: {s.TextMismatch.Count})\n");
        text.Append(c, $"gold {s.GoldCount}  system {s.SystemCount}  relaxed matches {s.RelaxedMatches}  strict matches {s.StrictMatches}\n");
        text.Append('\n');
        text.Append("          P       R       F1\n");
        text.Append(c, $"strict    {s.Strict.Precision:0.0000}  {s.Strict.Recall:0.0000}  {s.Strict.F1:0.0000}\n");
        text.Append(c, $"relaxed   {s.Relaxed.Precision:0.0000}  {s.Relaxed.Recall:0.0000}  {s.Relaxed.F1:0.0000}\n");
        text.Append('\n');
        text.Append("          F1      accuracy  correct\n");
        text.Append(c, $"type      {s.TypeF1:0.0000}  {s.TypeAccuracy:0.0000}    {s.TypeMatches}\n");
        text.Append(c, $"value     {s.ValueF1:0.0000}  {s.ValueAccuracy:0.0000}    {s.ValueMatches}\n");
        var kinds = s.Disagreements.GroupBy(d => d.Kind).OrderBy(g => g.Key).Select(g => $"{g.Key.ToString().ToLowerInvariant()} {g.Count()}");
        text.Append('\n').Append("disagreements: ").Append(s.Disagreements.Count == 0 ? "none" : string.Join(", ", kinds)).Append('\n');
        return text.ToString();
    }
}
