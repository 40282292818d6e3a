using System.CommandLine;
using System.Globalization;
using System.Text;

using EventTimeline.Cli.Output;
using EventTimeline.Evaluation;
using EventTimeline.Export;

namespace EventTimeline.Cli.Commands;

/// <summary><c>eventtimeline eval-tls GOLD_DIR SYSTEM_DIR</c>: timeline summarization scores (date F1, ROUGE-1/2 concat and align+ m:1) of summaries in the Timeline17 layout.</summary>
internal static class EvalTlsCommand
{
    public static Command Create()
    {
        var gold = new Argument<string>("GOLD_DIR") { Description = "Folder of journalists' timelines (*.txt in the Timeline17 layout: a YYYY-MM-DD line, one sentence a line, a line of dashes)." };
        var system = new Argument<string>("SYSTEM_DIR") { Description = "Folder of system timelines in the same layout (summarize --format tilse), paired with the gold ones by file name; a missing one counts as empty." };
        var json = new Option<string?>("--json") { Description = "Also write the per-timeline and averaged scores as JSON to this file." };
        var command = new Command(
            "eval-tls",
            "Score timeline summaries against journalists' timelines as tilse does: date precision/recall/F1 and ROUGE-1/ROUGE-2 (concat and align+ m:1), per timeline and averaged (mean precision and mean recall over timelines, then F1). ROUGE here: lower case, ASCII letters and digits, 108 stop words removed, no stemming (docs/accuracy.md). Exit 0 ok, 1 error.");
        command.Arguments.Add(gold);
        command.Arguments.Add(system);
        command.Options.Add(json);
        command.SetAction(parse => Run(parse.GetValue(gold)!, parse.GetValue(system)!, parse.GetValue(json)));
        return command;
    }

    private static int Run(string gold, string system, string? json)
    {
        if (TimelineFolders.Read("eval-tls", gold, system, ReadOrReport) is not { } read)
        {
            return 1;
        }

        var pairs = read.Pairs.Select(pair => new SummaryTimelinePair(pair.Name, pair.Gold, pair.System)).ToList();
        var scores = SummaryTimelineScorer.Score(pairs);
        TimelineFolders.ReportMissing("eval-tls", scores.MissingSystem);

        Console.Out.Write(Table(scores));
        if (json is not null && !ScoresFile.TryWrite("eval-tls", json, scores))
        {
            return 1;
        }

        return read.Failed ? 1 : 0;
    }

    private static SummaryTimeline? ReadOrReport(string path)
    {
        try
        {
            return SummaryTimelineFormat.Read(File.ReadAllText(path), path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            Console.Error.WriteLine($"eval-tls: {(e is FormatException ? string.Empty : path + ": ")}{e.Message}");
            return null;
        }
    }

    internal static string Table(SummaryTimelineScores s)
    {
        var c = CultureInfo.InvariantCulture;
        var width = Math.Max("average".Length, s.Timelines.Select(e => e.Name.Length).DefaultIfEmpty(0).Max());
        var text = new StringBuilder();
        text.Append(c, $"timeline summarization, {s.Timelines.Count} timelines (no system file: {s.MissingSystem.Count}); F1 figures, align+ m:1 also P/R\n\n");
        text.Append(c, $"{"timeline".PadRight(width)}  {"dates g/s/=",-12}{"date P",7}{"date R",7}{"date F1",8}{"C-R1",7}{"C-R2",7}{"AR1 P",7}{"AR1 R",7}{"AR1",7}{"AR2",7}\n");
        foreach (var e in s.Timelines)
        {
            var dates = $"{e.GoldDates}/{e.SystemDates}/{e.MatchedDates}";
            text.Append(c, $"{e.Name.PadRight(width)}  {dates,-12}{F(e.Dates.Precision),7}{F(e.Dates.Recall),7}{F(e.Dates.F1),8}{F(e.Concat1.F1),7}{F(e.Concat2.F1),7}{F(e.Align1.Precision),7}{F(e.Align1.Recall),7}{F(e.Align1.F1),7}{F(e.Align2.F1),7}\n");
        }

        text.Append(c, $"{"average".PadRight(width)}  {string.Empty,-12}{F(s.Dates.Precision),7}{F(s.Dates.Recall),7}{F(s.Dates.F1),8}{F(s.Concat1.F1),7}{F(s.Concat2.F1),7}{F(s.Align1.Precision),7}{F(s.Align1.Recall),7}{F(s.Align1.F1),7}{F(s.Align2.F1),7}\n");
        return text.ToString();
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
