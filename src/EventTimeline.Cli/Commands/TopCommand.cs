using System.CommandLine;
using System.Globalization;
using System.Text;

using EventTimeline.Export;

namespace EventTimeline.Cli.Commands;

/// <summary><c>eventtimeline top -n 20</c>: the most salient events of a timeline.json, for judging by hand (exit 0: printed, 1: bad option or unreadable input).</summary>
internal static class TopCommand
{
    public static Command Create()
    {
        var count = new Option<int>("-n", "--count") { Description = "How many events to print.", DefaultValueFactory = _ => 20 };
        var minSalience = new Option<double>("--min-salience") { Description = "Leave out events below this salience.", DefaultValueFactory = _ => 0 };
        var input = new Option<string>("--input") { Description = "The timeline.json written by build.", DefaultValueFactory = _ => TimelineInput.DefaultPath };
        var format = new Option<string>("--format") { Description = "Output format: one block per event (text), or one row per event (tsv, json).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "tsv", "json");
        var command = new Command("top", "Print the most salient events (most independent outlets, documents and days reporting them) with rank, date, type, salience, sources, outlets, actors and the first report's sentence (exit 0: printed, 1: bad option or unreadable input).");
        foreach (var option in new Option[] { count, minSalience, input, format })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => Run(parse.GetValue(count), parse.GetValue(minSalience), parse.GetValue(input)!, parse.GetValue(format)!));
        return command;
    }

    private static int Run(int count, double minSalience, string input, string format)
    {
        if (count < 1)
        {
            Console.Error.WriteLine($"top: -n must be at least 1, not {count}");
            return 1;
        }

        if (TimelineInput.Load("top", input) is not { } loaded)
        {
            return 1;
        }

        var timeline = loaded.Timeline;
        var documents = timeline.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var events = SalienceRanking.Rank(timeline.Events, minSalience).Take(count).ToList();
        var rows = events.Select((e, i) => new Row(
            i + 1,
            QueryCommand.DateText(e.Date),
            e.Type,
            e.Salience,
            e.Sources,
            string.Join(", ", SalienceRanking.Outlets(e, documents)),
            string.Join("; ", e.Actors.Select(a => a.Name).Distinct(StringComparer.Ordinal)),
            e.Label,
            SalienceRanking.Evidence(e, documents))).ToList();
        Console.Out.Write(format switch
        {
            "json" => JsonFormat.Serialize(rows),
            "tsv" => Tsv(rows),
            _ => Text(rows),
        });
        return 0;
    }

    private static string Text(IReadOnlyList<Row> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.Append(CultureInfo.InvariantCulture, $"{row.Rank,2}. {row.Date}  {row.Type}  salience {Number(row.Salience)}  {row.Sources} sources ({row.Outlets})\n");
            text.Append(CultureInfo.InvariantCulture, $"    {row.Label} | actors: {row.Actors}\n");
            text.Append(CultureInfo.InvariantCulture, $"    \"{row.Evidence}\"\n");
        }

        return text.ToString();
    }

    private static string Tsv(IReadOnlyList<Row> rows)
    {
        var text = new StringBuilder("rank\tdate\ttype\tsalience\tsources\toutlets\tactors\tlabel\tevidence\n");
        foreach (var row in rows)
        {
            var cells = new[] { row.Rank.ToString(CultureInfo.InvariantCulture), row.Date, row.Type, Number(row.Salience), row.Sources.ToString(CultureInfo.InvariantCulture), row.Outlets, row.Actors, row.Label, row.Evidence };
            text.Append(string.Join('\t', cells.Select(c => c.Replace('\t', ' ')))).Append('\n');
        }

        return text.ToString();
    }

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private sealed record Row(int Rank, string Date, string Type, double Salience, int Sources, string Outlets, string Actors, string Label, string Evidence);
}
