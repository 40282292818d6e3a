using System.CommandLine;
using System.Globalization;
using System.Text;

using EventTimeline.Cli.Output;
using EventTimeline.Export;
using EventTimeline.Graph;

namespace EventTimeline.Cli.Commands;

/// <summary><c>eventtimeline actors</c>: every actor of a timeline.json with kind, country and event counts, most events first (exit 0, or 1 on unreadable input).</summary>
internal static class ActorsCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "The timeline.json written by build.", DefaultValueFactory = _ => TimelineInput.DefaultPath };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("actors", "List the actors of a timeline with kind, country, event counts and first and last dates, most events first (exit 0, or 1 on unreadable input).");
        command.Options.Add(input);
        command.Options.Add(format);
        var store = new Option<string?>("--store") { Description = "List from the index of an event store (an SQLite file or a PostgreSQL connection string) instead of a timeline.json; same list." };
        command.Options.Add(store);
        command.SetAction(parse => Run(parse.GetValue(input)!, parse.GetValue(format)!, parse.GetValue(store)));
        return command;
    }

    private static int Run(string input, string format, string? storeName)
    {
        List<ActorRow> rows;
        if (storeName is not null)
        {
            using var stored = StoreTimeline.Open("actors", storeName);
            if (stored?.Actors() is not { } actorsOnly)
            {
                return 1;
            }

            var actors = actorsOnly.Timeline.Actors.ToDictionary(a => a.Id, StringComparer.Ordinal);
            rows = [.. stored.IndexedActors.Select(s => actors[s.Id]).Zip(stored.IndexedActors, (a, s) => new ActorRow(
                a.Id, a.Name, a.Kind.ToString().ToLowerInvariant(), a.Country, s.Events, s.AsSource, s.First, s.Last, a.Mentions))];
        }
        else
        {
            if (TimelineInput.Load("actors", input) is not { } loaded)
            {
                return 1;
            }

            rows = [.. ActorSummary.List(loaded.Graph).Select(s => new ActorRow(
                s.Id, s.Name, s.Kind.ToString().ToLowerInvariant(), s.Country, s.Events, s.AsSource, Day(s.First), Day(s.Last), s.Mentions))];
        }

        StandardOutput.Write(format == "json" ? JsonFormat.Serialize(new { actors = rows }) : Table(rows));
        return 0;
    }

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Table(IReadOnlyList<ActorRow> rows)
    {
        var header = new[] { "NAME", "KIND", "COUNTRY", "EVENTS", "AS_SOURCE", "FIRST", "LAST", "ID" };
        var cells = rows.Select(r => new[]
        {
            r.Name, r.Kind, r.Country ?? "-", r.Events.ToString(CultureInfo.InvariantCulture), r.AsSource.ToString(CultureInfo.InvariantCulture), r.First ?? "-", r.Last ?? "-", r.Id,
        }).Prepend(header).ToList();
        var widths = header.Select((_, i) => cells.Max(row => row[i].Length)).ToArray();
        var text = new StringBuilder();
        foreach (var row in cells)
        {
            text.Append(string.Join("  ", row.Select((cell, i) => i == row.Length - 1 ? cell : cell.PadRight(widths[i])))).Append('\n');
        }

        return text.ToString();
    }

    private sealed record ActorRow(string Id, string Name, string Kind, string? Country, int Events, int AsSource, string? First, string? Last, int Mentions);
}
