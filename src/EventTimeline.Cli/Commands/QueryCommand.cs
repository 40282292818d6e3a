using System.CommandLine;
using System.Globalization;
using System.Text;

using EventTimeline.Cli.Output;
using EventTimeline.Events;
using EventTimeline.Export;
using EventTimeline.Graph;
using EventTimeline.Model;
using EventTimeline.Store;
using EventTimeline.Text;

namespace EventTimeline.Cli.Commands;

/// <summary><c>eventtimeline query --actor NAME</c>: one actor's events in date order, read from the graph of a timeline.json (exit 0: found, 1: unknown actor, bad option or unreadable input).</summary>
internal static class QueryCommand
{
    private const int EvidenceChars = 100;

    // The WITH column of the table: an event with dozens of actors would pad every line of the listing to their names' width.
    private const int WithChars = 48;

    public static Command Create()
    {
        var actor = new Option<string>("--actor") { Description = "The actor asked about: a name, alias or id, in any case (\"Lavrov\", \"Sergey V. Lavrov\").", Required = true };
        var with = new Option<string[]>("--with") { Description = "Keep only events this actor also takes part in (repeatable)." };
        var from = new Option<string?>("--from") { Description = "Keep only events reaching this date or later (YYYY, YYYY-MM or YYYY-MM-DD)." };
        var to = new Option<string?>("--to") { Description = "Keep only events reaching this date or earlier (YYYY, YYYY-MM or YYYY-MM-DD)." };
        var type = new Option<string?>("--type") { Description = "Keep only events of this type (e.g. call, meeting)." };
        var status = new Option<string?>("--status") { Description = "Keep only events of this status: asserted, planned, hypothetical, negated." };
        var minSalience = new Option<double>("--min-salience") { Description = "Keep only events with at least this salience (see timeline.json's salience).", DefaultValueFactory = _ => 0 };
        var sort = new Option<string>("--sort") { Description = "Order of the events: by date, or most salient first.", DefaultValueFactory = _ => "date" };
        sort.AcceptOnlyFromAmong("date", "salience");
        var input = new Option<string>("--input") { Description = "The timeline.json written by build.", DefaultValueFactory = _ => TimelineInput.DefaultPath };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "tsv");
        var store = new Option<string?>("--store") { Description = "Answer from the index of an event store (an SQLite file or a PostgreSQL connection string) instead of a timeline.json; same answers, without loading the corpus." };
        var command = new Command("query", "List one actor's events in date order with date, type, status, other participants, sources and one evidence sentence (exit 0: found, 1: unknown actor, bad option or unreadable input).");
        foreach (var option in new Option[] { actor, with, from, to, type, status, minSalience, sort, input, format, store })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => Run(
            parse.GetValue(actor)!,
            parse.GetValue(with) ?? [],
            parse.GetValue(from),
            parse.GetValue(to),
            parse.GetValue(type),
            parse.GetValue(status),
            parse.GetValue(minSalience),
            parse.GetValue(sort)!,
            parse.GetValue(input)!,
            parse.GetValue(format)!,
            parse.GetValue(store)));
        return command;
    }

    private static int Run(string actorName, string[] withNames, string? fromText, string? toText, string? type, string? statusText, double minSalience, string sort, string input, string format, string? storeName)
    {
        StartupTrace.Mark("process start to query command");
        if (!TryParseDate(fromText, endOfPeriod: false, out var from) || !TryParseDate(toText, endOfPeriod: true, out var to))
        {
            Console.Error.WriteLine($"query: dates must be YYYY, YYYY-MM or YYYY-MM-DD, not '{(TryParseDate(fromText, false, out _) ? toText : fromText)}'");
            return 1;
        }

        EventStatus? status = null;
        if (statusText is not null)
        {
            if (!Enum.TryParse<EventStatus>(statusText, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                Console.Error.WriteLine($"query: unknown status '{statusText}'; one of: {string.Join(", ", Enum.GetNames<EventStatus>().Select(n => n.ToLowerInvariant()))}");
                return 1;
            }

            status = parsed;
        }

        var stored = storeName is null ? null : StoreTimeline.Open("query", storeName);
        if (storeName is not null && stored is null)
        {
            return 1;
        }

        using var storeLease = stored;
        StartupTrace.Mark("store opened");
        (TimelineFile Timeline, ActorEventGraph Graph)? loaded = stored is null ? TimelineInput.Load("query", input) : null;
        if (stored is null && loaded is null)
        {
            return 1;
        }

        // From a store, each name is looked up through its name indexes, not by reading every actor.
        var fileIndex = stored is null ? new ActorNameIndex(loaded!.Value.Graph, ActorNameForms.BuiltIn) : null;
        (ActorNameIndex Index, ActorLookup Lookup) Find(string name) => stored?.Find(name) ?? (fileIndex!, fileIndex!.Find(name));
        if (Resolve(Find(actorName), actorName) is not { } actorId)
        {
            return 1;
        }

        StartupTrace.Mark("names looked up");
        var withIds = new List<string>();
        foreach (var name in withNames)
        {
            if (Resolve(Find(name), name) is not { } id)
            {
                return 1;
            }

            withIds.Add(id);
        }

        // The table and tsv show a few fields of each event, which the store keeps per event: neither the events' JSON nor a graph is needed.
        if (stored is not null && format != "json")
        {
            var (storedActor, rows) = stored.RowsOf(actorId, withIds, new IndexedEventFilter(type, from, to, status is null ? null : Lower(status.Value)));
            return Answer(storedActor, rows, minSalience, sort, format);
        }

        // The store answers with the events the actor takes part in, of the type and dates asked for, which is all the query looks at.
        var (timeline, graph) = stored is null ? loaded!.Value : stored.WithEventsOf(actorId, withIds, new IndexedEventFilter(type, from, to));
        var hits = new ActorQuery(actorId) { With = [.. withIds], From = from, To = to, Type = type, Status = status }.Run(graph);
        var actor = timeline.Actors.Single(a => a.Id == actorId);
        var eventsById = timeline.Events.ToDictionary(e => e.Id, StringComparer.Ordinal);
        if (format != "json")
        {
            return Answer(actor, [.. hits.Select(hit => EventRow.Of(eventsById[hit.EventId], actorId))], minSalience, sort, format);
        }

        var events = hits.Select(hit => eventsById[hit.EventId]).Where(e => e.Salience >= minSalience).ToList();
        if (sort == "salience")
        {
            events = [.. SalienceRanking.Rank(events, minSalience)];
        }

        StandardOutput.Write(JsonFormat.Serialize(new { actor, events }));
        StartupTrace.Mark("answered");
        return 0;
    }

    // Writes the table or tsv of the rows of the events found (in date order), those below minSalience left out.
    private static int Answer(TimelineActor actor, IReadOnlyList<EventRow> found, double minSalience, string sort, string format)
    {
        IReadOnlyList<EventRow> kept = sort == "salience"
            ? SalienceRanking.Rank(found, row => row.Salience, row => row.Start, row => row.Id, minSalience)
            : [.. found.Where(row => row.Salience >= minSalience)];
        // Written line by line as it is made: a listing of tens of thousands of events is megabytes of text.
        StandardOutput.Write(output =>
        {
            if (format == "tsv")
            {
                Tsv(kept, output);
            }
            else
            {
                Table(actor, kept, output);
            }
        });
        StartupTrace.Mark("answered");
        return 0;
    }

    private static string? Resolve((ActorNameIndex Index, ActorLookup Lookup) found, string name)
    {
        var (index, lookup) = found;
        if (lookup.Best is { } best)
        {
            if (lookup.IsAmbiguous)
            {
                Console.Error.WriteLine($"query: '{name}' also matches {string.Join(", ", lookup.ActorIds.Skip(1))}; using {best}");
            }

            return best;
        }

        var closest = index.Suggest(name, 3).Select(s => s.Name).ToList();
        Console.Error.WriteLine(closest.Count == 0
            ? $"query: no actor matches '{name}'; closest: (none)"
            : $"query: no actor matches '{name}'; closest: {string.Join(", ", closest)}");
        return null;
    }

    private static void Table(TimelineActor actor, IReadOnlyList<EventRow> events, TextWriter output)
    {
        string[] header = ["DATE", "TYPE", "STATUS", "WITH", "SRC", "SAL", "EVIDENCE"];
        var columns = header.Length;
        // Saliences repeat (most are 0 on a large corpus) and a custom format is slow: each is formatted once.
        var saliences = new Dictionary<double, string>();
        string Salience(double value) => saliences.TryGetValue(value, out var text) ? text : saliences[value] = value.ToString("0.##", CultureInfo.InvariantCulture);
        // The cells of all rows in one array, the header's first.
        var cells = new string[(events.Count + 1) * columns];
        header.CopyTo(cells, 0);
        for (var r = 0; r < events.Count; r++)
        {
            var e = events[r];
            var at = (r + 1) * columns;
            cells[at] = DateText(e.Start, e.End);
            cells[at + 1] = e.Type;
            cells[at + 2] = e.Status;
            cells[at + 3] = Names(e.Others, WithChars);
            cells[at + 4] = e.Sources.ToString(CultureInfo.InvariantCulture);
            cells[at + 5] = Salience(e.Salience);
            cells[at + 6] = Truncate(e.Evidence, EvidenceChars);
        }

        var widths = new int[columns];
        for (var i = 0; i < cells.Length; i++)
        {
            widths[i % columns] = Math.Max(widths[i % columns], cells[i].Length);
        }

        var country = actor.Country is null ? string.Empty : ", " + actor.Country;
        output.Write(string.Create(CultureInfo.InvariantCulture, $"{actor.Name} ({Lower(actor.Kind)}{country}): {events.Count} event{(events.Count == 1 ? string.Empty : "s")}\n"));
        var line = new StringBuilder();
        for (var at = 0; at < cells.Length; at += columns)
        {
            // Cells padded to their column's width and two spaces apart, the last as it is, the line's end trimmed.
            line.Clear();
            for (var i = 0; i < columns; i++)
            {
                line.Append(cells[at + i]);
                if (i < columns - 1)
                {
                    line.Append(' ', widths[i] - cells[at + i].Length + 2);
                }
            }

            while (line.Length > 0 && char.IsWhiteSpace(line[^1]))
            {
                line.Length--;
            }

            output.Write(line.Append('\n'));
        }
    }

    private static void Tsv(IReadOnlyList<EventRow> events, TextWriter output)
    {
        output.Write("id\tstart\tend\ttype\tstatus\tlabel\twith\tsources\tevidence\n");
        var line = new StringBuilder();
        foreach (var e in events)
        {
            line.Clear()
                .Append(WhiteSpace.Collapse(e.Id)).Append('\t')
                .Append(WhiteSpace.Collapse(e.Start ?? string.Empty)).Append('\t')
                .Append(WhiteSpace.Collapse(e.End ?? string.Empty)).Append('\t')
                .Append(WhiteSpace.Collapse(e.Type)).Append('\t')
                .Append(WhiteSpace.Collapse(e.Status)).Append('\t')
                .Append(WhiteSpace.Collapse(e.Label)).Append('\t')
                .Append(WhiteSpace.Collapse(e.Others)).Append('\t')
                .Append(e.Sources.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(WhiteSpace.Collapse(e.Evidence)).Append('\n');
            output.Write(line);
        }
    }

    /// <summary>An event's date as the tables show it: a day, "start..end", or "undated".</summary>
    internal static string DateText(TimelineDate date) => DateText(date.Start, date.End);

    private static string DateText(string? start, string? end) => start is null ? "undated"
        : start == end ? start
        : $"{start}..{end}";

    private static string Lower<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static string Truncate(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', max - 1);
        return text[..(cut > max / 2 ? cut : max - 1)].TrimEnd(',', ';', ':') + "…";
    }

    // The first names of a "; "-joined list that fit in max characters, and how many more there are ("Brazil; Chile +9 more").
    internal static string Names(string names, int max)
    {
        if (names.Length <= max)
        {
            return names;
        }

        var all = names.Split("; ");
        var shown = 0;
        var length = 0;
        while (shown < all.Length)
        {
            var next = length + (shown == 0 ? 0 : 2) + all[shown].Length;
            if (next + MoreText(all.Length - shown - 1).Length > max)
            {
                break;
            }

            length = next;
            shown++;
        }

        return shown == 0
            ? Truncate(all[0], max - MoreText(all.Length - 1).Length) + MoreText(all.Length - 1)
            : string.Join("; ", all.Take(shown)) + MoreText(all.Length - shown);
    }

    private static string MoreText(int more) => more == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" +{more} more");

    private static bool TryParseDate(string? text, bool endOfPeriod, out DateOnly? date)
    {
        date = null;
        if (text is null)
        {
            return true;
        }

        var formats = new[] { ("yyyy-MM-dd", 0), ("yyyy-MM", 1), ("yyyy", 2) };
        foreach (var (pattern, level) in formats)
        {
            if (DateOnly.TryParseExact(text, pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                date = !endOfPeriod ? day : level switch
                {
                    1 => day.AddMonths(1).AddDays(-1),
                    2 => day.AddYears(1).AddDays(-1),
                    _ => day,
                };
                return true;
            }
        }

        return false;
    }
}
