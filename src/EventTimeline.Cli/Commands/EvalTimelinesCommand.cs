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
        if (TimelineFolders.Read("eval-timelines", gold, system, ReadOrReport) is not { } read)
        {
            return 1;
        }

        var pairs = read.Pairs.Select(pair => new TimelinePair(pair.Name, pair.Gold, pair.System)).ToList();
        var scores = TimelineScorer.Score(pairs, orderingOnly);
        TimelineFolders.ReportMissing("eval-timelines", scores.MissingSystem);

        Console.Out.Write(Table(scores));
        if (json is not null && !ScoresFile.TryWrite("eval-timelines", json, scores))
        {
            return 1;
        }

        return read.Failed ? 1 : 0;
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
