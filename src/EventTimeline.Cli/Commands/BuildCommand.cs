using System.CommandLine;
using System.Diagnostics;

using EventTimeline.Cli.Output;
using EventTimeline.Documents;
using EventTimeline.Export;
using EventTimeline.Time;

namespace EventTimeline.Cli.Commands;

/// <summary><c>eventtimeline build INPUT... --out DIR</c>: reads articles, settles their dates and writes the outputs.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("INPUT")
        {
            Description = "Folders (read recursively) or single .txt/.md files; a manifest.json beside the files gives their metadata.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--out")
        {
            Description = "Folder the outputs are written to.",
            DefaultValueFactory = _ => "output",
        };
        var engine = new Option<string>("--engine")
        {
            Description = "Temporal tagger engine.",
            DefaultValueFactory = _ => TaggerFactory.DefaultEngine,
        };
        var command = new Command("build", "Build the timeline outputs from a corpus of articles (exit 0: all processed, 2: some inputs skipped, 1: nothing usable or a usage error).");
        command.Arguments.Add(inputs);
        command.Options.Add(output);
        command.Options.Add(engine);
        command.SetAction(parse => Run(parse.GetValue(inputs)!, parse.GetValue(output)!, parse.GetValue(engine)!));
        return command;
    }

    private static int Run(string[] inputs, string output, string engine)
    {
        var clock = Stopwatch.StartNew();
        var read = new CorpusReader().Read(inputs);
        foreach (var problem in read.Problems)
        {
            Console.Error.WriteLine($"build: skipped {problem.Path}: {problem.Message}");
        }

        if (read.Documents.Count == 0)
        {
            Console.Error.WriteLine("build: no readable .txt or .md article in the input");
            return 1;
        }

        IReadOnlyList<AnalyzedDocument> analyzed;
        try
        {
            using var tagger = TaggerFactory.Create(engine);
            analyzed = EventTimelinePipeline.CreateDefault(tagger).Analyze(read.Documents);
        }
        catch (TemporalEngineUnavailableException e)
        {
            Console.Error.WriteLine($"build: {e.Message}");
            return 1;
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"build: {e.Message}");
            return 1;
        }

        try
        {
            AtomicFile.WriteAllText(Path.Combine(output, "documents.json"), DocumentsExport.ToJson(analyzed));
            AtomicFile.WriteAllText(Path.Combine(output, "time-mentions.json"), TimeMentionsExport.ToJson(analyzed));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"build: cannot write to {output}: {e.Message}");
            return 1;
        }

        var mentions = analyzed.Sum(a => a.TimeMentions.Count);
        Console.Error.WriteLine(
            $"build: {analyzed.Count} documents, {mentions} time expressions, {read.Problems.Count} inputs skipped, " +
            $"{clock.Elapsed.TotalSeconds:0.0} s; outputs in {output}");
        return read.Problems.Count > 0 ? 2 : 0;
    }
}
