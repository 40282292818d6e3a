using System.CommandLine;

using EventTimeline.Cli.Output;
using EventTimeline.Documents;
using EventTimeline.Evaluation;
using EventTimeline.Model;

namespace EventTimeline.Cli.Commands;

/// <summary><c>eventtimeline judge-sample TIMELINE... [--count 100] [--seed 22] [--judged FILE] [--out FILE]</c>: a fixed sample of events to judge by hand, and the figures of its judgements.</summary>
internal static class JudgeSampleCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("TIMELINE") { Description = "timeline.json files written by build, or the folders holding them; the corpus name in a key is the folder's name.", Arity = ArgumentArity.OneOrMore };
        var count = new Option<int>("-n", "--count") { Description = "How many events to draw.", DefaultValueFactory = _ => 100 };
        var seed = new Option<int>("--seed") { Description = "The seed of the draw (the same seed and timelines give the same sample).", DefaultValueFactory = _ => 22 };
        var judged = new Option<string?>("--judged") { Description = "A judgement file of an earlier draw: its judgements count where the event's key, type, date and actors are unchanged." };
        var output = new Option<string?>("--out") { Description = "Write the judgement file of this draw here: earlier judgements kept where they still apply, '?' where the event is to be judged." };
        var sentences = new Option<int>("--sentences") { Description = "Reports printed per event.", DefaultValueFactory = _ => 3 };
        var command = new Command(
            "judge-sample",
            "Draw a fixed sample of events from timelines and print each with its reports (sentence, document, publication date), date, actors with roles and type, for judging by hand; with --judged, print the figures (events real; of those, date and actors right) on stderr (exit 0: printed, 1: bad option or unreadable input).");
        command.Arguments.Add(inputs);
        foreach (var option in new Option[] { count, seed, judged, output, sentences })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => Run(parse.GetValue(inputs)!, parse.GetValue(count), parse.GetValue(seed), parse.GetValue(judged), parse.GetValue(output), parse.GetValue(sentences)));
        return command;
    }

    private static int Run(string[] inputs, int count, int seed, string? judgedFile, string? outputFile, int sentences)
    {
        if (count < 1)
        {
            Console.Error.WriteLine($"judge-sample: --count must be at least 1, not {count}");
            return 1;
        }

        var timelines = new List<(string Corpus, TimelineFile Timeline)>();
        foreach (var input in inputs)
        {
            var path = Directory.Exists(input) ? Path.Combine(input, "timeline.json") : input;
            var corpus = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path))) ?? "corpus";
            if (TimelineInput.LoadTimeline("judge-sample", path) is not { } timeline)
            {
                return 1;
            }

            timelines.Add((corpus, timeline));
        }

        IReadOnlyList<Judgement> previous = [];
        if (judgedFile is not null)
        {
            try
            {
                previous = JudgedSample.Parse(File.ReadAllText(judgedFile), judgedFile);
            }
            catch (Exception e) when (e is InputFormatException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"judge-sample: {(e is InputFormatException ? e.Message : judgedFile + ": " + e.Message)}");
                return 1;
            }
        }

        var sample = JudgedSample.Draw(timelines, count, seed);
        Console.Out.Write(JudgedSample.Render(sample, Math.Max(1, sentences)));
        if (outputFile is not null)
        {
            try
            {
                AtomicFile.WriteAllText(outputFile, JudgedSample.Write(sample, previous));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"judge-sample: cannot write: {e.Message}");
                return 1;
            }
        }

        if (judgedFile is not null)
        {
            var figures = JudgedSample.Figures(sample, previous);
            Console.Error.WriteLine($"judge-sample: {figures}; {sample.Count - figures.Judged} of {sample.Count} still to judge");
        }

        return 0;
    }
}
