using System.CommandLine;
using System.Globalization;

using EventTimeline.Cli.Output;
using EventTimeline.Export;
using EventTimeline.Summary;

namespace EventTimeline.Cli.Commands;

/// <summary><c>eventtimeline summarize</c>: the key dates of a timeline.json and a few sentences for each (exit 0: written, also when empty; 1: bad option or unreadable input).</summary>
internal static class SummarizeCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "The timeline.json written by build; the time-mentions.json beside it, when there, adds the days sentences name.", DefaultValueFactory = _ => TimelineInput.DefaultPath };
        var dates = new Option<int?>("--dates") { Description = $"How many key dates (default: one per {SummaryOptions.DocumentsPerDate} documents, at least {SummaryOptions.MinimumDefaultDates} and at most {SummaryOptions.MaximumDefaultDates})." };
        var sentences = new Option<int?>("--sentences") { Description = $"Sentences per date at most (default: {SummaryOptions.DefaultSentences})." };
        var from = new Option<string?>("--from") { Description = "First day that may be picked, YYYY-MM-DD (inclusive)." };
        var to = new Option<string?>("--to") { Description = "Last day that may be picked, YYYY-MM-DD (inclusive)." };
        var format = new Option<string>("--format") { Description = "json (as summary.json), markdown (a readable page) or tilse (Timeline17's plain layout: a date line, one sentence a line, 32 dashes).", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "markdown", "tilse");
        var output = new Option<string?>("--out") { Description = "Write to this file (atomically) instead of stdout." };
        var command = new Command("summarize", "Pick the key dates of a timeline (the days most independent documents and outlets name or date events to) and, for each, the sentences that best say what happened, none repeating another (exit 0: written, also when no date qualifies, which is said on stderr; 1: bad option or unreadable input).");
        foreach (var option in new Option[] { input, dates, sentences, from, to, format, output })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => Run(
            parse.GetValue(input)!,
            parse.GetValue(dates),
            parse.GetValue(sentences),
            parse.GetValue(from),
            parse.GetValue(to),
            parse.GetValue(format)!,
            parse.GetValue(output)));
        return command;
    }

    private static int Run(string input, int? dates, int? sentences, string? fromText, string? toText, string format, string? output)
    {
        if (!TryParseDay(fromText, out var from) || !TryParseDay(toText, out var to))
        {
            Console.Error.WriteLine($"summarize: --from and --to take a day as YYYY-MM-DD, not '{(TryParseDay(fromText, out _) ? toText : fromText)}'");
            return 1;
        }

        var options = new SummaryOptions(dates, sentences, from, to);
        if (options.Validate() is { } problem)
        {
            Console.Error.WriteLine($"summarize: {problem}");
            return 1;
        }

        if (TimelineInput.LoadTimeline("summarize", input) is not { } timeline)
        {
            return 1;
        }

        var references = ReadReferences(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(input)) ?? ".", "time-mentions.json"));
        if (references is null)
        {
            return 1;
        }

        var summary = KeyDateSummarizer.Default.Summarize(timeline, references, options);
        if (summary.Empty is { } empty)
        {
            Console.Error.WriteLine($"summarize: no key dates: {empty}");
        }

        var text = format switch
        {
            "markdown" => SummaryExport.ToMarkdown(summary, timeline.Documents),
            "tilse" => SummaryExport.ToTilse(summary),
            _ => SummaryExport.ToJson(summary),
        };
        if (output is null)
        {
            Console.Out.Write(text);
            return 0;
        }

        try
        {
            AtomicFile.WriteAllText(output, text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"summarize: cannot write {output}: {e.Message}");
            return 1;
        }

        return 0;
    }

    // The day references of the build's time-mentions.json; none (said on stderr) when the file is not there; null when it is broken.
    private static IReadOnlyList<DateReference>? ReadReferences(string path)
    {
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"summarize: {path} not found: days are ranked by the dated events alone");
            return [];
        }

        try
        {
            return TimeMentionsFileReader.ReadReferences(File.ReadAllText(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            Console.Error.WriteLine($"summarize: {path}: {e.Message}");
            return null;
        }
    }

    private static bool TryParseDay(string? text, out DateOnly? day)
    {
        day = null;
        if (text is null)
        {
            return true;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        day = parsed;
        return true;
    }
}
