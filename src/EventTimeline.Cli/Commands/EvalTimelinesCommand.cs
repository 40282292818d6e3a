using System.CommandLine;
using System.Globalization;
using System.Text;

using EventTimeline.Cli.Output;
using EventTimeline.Evaluation;
using EventTimeline.Export;

namespace EventTimeline.Cli.Commands;

/// <summary><c>eventtimeline eval-timelines GOLD_DIR SYSTEM_DIR</c>: SemEval-2015 Task 4 temporal-awareness scores of entity timelines.</summary>
internal static class EvalTimelinesCommand
{
    public static Command Create()
    {
        var gold = new Argument<string>("GOLD_DIR") { Description = "Folder of gold timelines (*.txt, one per entity)." };
        var system = new Argument<string>("SYSTEM_DIR") { Description = "Folder of system timelines, paired with the gold ones by file name; a missing one counts as empty." };
        var json = new Option<string?>("--json") { Description = "Also write the per-entity and micro scores with their counts as JSON to this file." };
        var orderingOnly = new Option<bool>("--ordering-only") { Description = "Ignore the time anchors, score the order alone (the task's ordering-only subtrack)." };
        var command = new Command(
            "eval-timelines",
            "Score entity timelines against gold (SemEval-2015 Task 4: temporal-awareness P/R/F1 per entity, micro-averaged). Exit 0 ok, 1 error.");
        command.Arguments.Add(gold);
        command.Arguments.Add(system);
        command.Options.Add(json);
        command.Options.Add(orderingOnly);
        command.SetAction(parse => Run(parse.GetValue(gold)!, parse.GetValue(system)!, parse.GetValue(json), parse.GetValue(orderingOnly)));
        return command;
    }

    private static int Run(string gold, string system, string? json, bool orderingOnly)
    {
        if (!Directory.Exists(gold))
        {
            Console.Error.WriteLine($"eval-timelines: gold folder not found: {gold}");
            return 1;
        }

        if (!Directory.Exists(system))
        {
            Console.Error.WriteLine($"eval-timelines: system folder not found: {system}");
            return 1;
        }

        var goldFiles = Directory.EnumerateFiles(gold, "*.txt").Order(StringComparer.Ordinal).ToList();
        if (goldFiles.Count == 0)
        {
            Console.Error.WriteLine($"eval-timelines: no *.txt timeline in {gold}");
            return 1;
        }

        var failed = false;
        var pairs = new List<TimelinePair>();
        foreach (var goldPath in goldFiles)
        {
            var name = Path.GetFileName(goldPath);
            var goldTimeline = ReadOrReport(goldPath);
            if (goldTimeline is null)
            {
                failed = true;
                continue;
            }

            var systemPath = Path.Combine(system, name);
            Timeline? systemTimeline = null;
            if (File.Exists(systemPath))
            {
                systemTimeline = ReadOrReport(systemPath);
                failed |= systemTimeline is null;
            }

            pairs.Add(new TimelinePair(name, goldTimeline, systemTimeline));
        }

        var goldNames = goldFiles.Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        foreach (var extra in Directory.EnumerateFiles(system, "*.txt").Select(Path.GetFileName).Where(n => !goldNames.Contains(n)).Order(StringComparer.Ordinal))
        {
            Console.Error.WriteLine($"eval-timelines: {extra} has no gold timeline: ignored");
        }

        var scores = TimelineScorer.Score(pairs, orderingOnly);
        foreach (var name in scores.MissingSystem)
        {
            Console.Error.WriteLine($"eval-timelines: no system timeline {name}: scored as empty");
        }

        Console.Out.Write(Table(scores));
        if (json is not null && !ScoresFile.TryWrite("eval-timelines", json, scores))
        {
            return 1;
        }

        return failed ? 1 : 0;
    }

    private static Timeline? ReadOrReport(string path)
    {
        try
        {
            return TimelineFormat.Read(File.ReadAllText(path), path);
        }
        catch (TimelineFormatException e)
        {
            Console.Error.WriteLine($"eval-timelines: {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"eval-timelines: {path}: {e.Message}");
        }

        return null;
    }

    internal static string Table(TimelineScores s)
    {
        var c = CultureInfo.InvariantCulture;
        var width = Math.Max("micro".Length, s.Entities.Select(e => e.Name.Length).DefaultIfEmpty(0).Max());
        var text = new StringBuilder();
        text.Append(c, $"temporal awareness{(s.OrderingOnly ? " (ordering only)" : string.Empty)}, {s.Entities.Count} timelines (no system file: {s.MissingSystem.Count})\n\n");
        text.Append(c, $"{"timeline".PadRight(width)}  {"mentions g/s/=",-16}{"relations g/s",-15}{"P%",7}{"R%",8}{"F1%",8}\n");
        foreach (var e in s.Entities)
        {
            var mentions = $"{e.GoldMentions}/{e.SystemMentions}/{e.MatchedMentions}";
            var relations = $"{e.GoldRelations}/{e.SystemRelations}";
            text.Append(c, $"{e.Name.PadRight(width)}  {mentions,-16}{relations,-15}{Percent(e.Scores.Precision),7}{Percent(e.Scores.Recall),8}{Percent(e.Scores.F1),8}\n");
        }

        var total = $"{s.GoldRelations}/{s.SystemRelations}";
        text.Append(c, $"{"micro".PadRight(width)}  {string.Empty,-16}{total,-15}{Percent(s.Micro.Precision),7}{Percent(s.Micro.Recall),8}{Percent(s.Micro.F1),8}\n");
        return text.ToString();
    }

    private static string Percent(double value) => (100 * value).ToString("0.00", CultureInfo.InvariantCulture);
}
