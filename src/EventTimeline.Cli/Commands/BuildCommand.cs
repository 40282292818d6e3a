using System.CommandLine;
using System.Diagnostics;
using System.Text.RegularExpressions;

using EventTimeline.Cli.Output;
using EventTimeline.Documents;
using EventTimeline.Export;
using EventTimeline.Store;
using EventTimeline.Summary;
using EventTimeline.Time;

namespace EventTimeline.Cli.Commands;

/// <summary><c>eventtimeline build INPUT... --out DIR</c>: reads articles, settles their dates and writes the outputs.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("INPUT")
        {
            Description = "Folders (read recursively) or single files: .txt, .md, .html/.htm, .jsonl/.ndjson, .json, TimeML .tml; a manifest.json beside the files gives their metadata.",
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
        var maxDocumentChars = new Option<int>("--max-document-chars")
        {
            Description = "Characters of text kept per document; longer documents are truncated and reported in report.json.",
            DefaultValueFactory = _ => InputLimits.DefaultMaxDocumentChars,
        };
        var maxSentenceChars = new Option<int>("--max-sentence-chars")
        {
            Description = "Characters kept per sentence; longer sentences are cut and reported in report.json.",
            DefaultValueFactory = _ => InputLimits.DefaultMaxSentenceChars,
        };
        var jobs = new Option<int>("--jobs")
        {
            Description = "Documents processed at once (default: the number of processors); the outputs do not depend on it.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var quiet = new Option<bool>("--quiet", "-q")
        {
            Description = "No progress bar and no summary; only problems are written to stderr.",
        };
        var svgMaxNodes = new Option<int>("--svg-max-nodes")
        {
            Description = "Largest graph (events plus their actors) drawn as graph.svg with Graphviz; larger graphs are written only as graph.dot, graph.graphml and graph.json.",
            DefaultValueFactory = _ => BuildOutputs.DefaultMaxSvgNodes,
        };
        var includeUndated = new Option<bool>("--include-undated")
        {
            Description = "Also put events that could not be placed on the calendar on the timeline, after the dated ones and without a date (by default they are left out).",
        };
        var store = new Option<string?>("--store")
        {
            Description = "Keep the corpus and each document's extraction in this store (an SQLite file path, or a PostgreSQL connection string \"Host=...;Database=...\"); documents already extracted under the same rules are not extracted again (docs/store.md).",
        };
        var prune = new Option<bool>("--prune")
        {
            Description = "With --store: remove the stored documents that are not among the inputs.",
        };
        var noExtract = new Option<bool>("--no-extract")
        {
            Description = "With --store: only add the inputs and queue the documents to extract, for 'extract' workers; no outputs are written.",
        };
        var command = new Command("build", "Build the timeline outputs from a corpus of articles; report.json accounts for every input (exit 0: all processed, 2: some inputs skipped or failed, outputs still written, 1: nothing usable or a usage error).");
        command.Arguments.Add(inputs);
        command.Options.Add(output);
        command.Options.Add(engine);
        command.Options.Add(maxDocumentChars);
        command.Options.Add(maxSentenceChars);
        command.Options.Add(jobs);
        command.Options.Add(quiet);
        command.Options.Add(svgMaxNodes);
        command.Options.Add(includeUndated);
        command.Options.Add(store);
        command.Options.Add(prune);
        command.Options.Add(noExtract);
        command.SetAction(parse => Run(
            parse.GetValue(inputs)!,
            parse.GetValue(output)!,
            parse.GetValue(engine)!,
            new InputLimits(parse.GetValue(maxDocumentChars), parse.GetValue(maxSentenceChars)),
            parse.GetValue(jobs),
            parse.GetValue(quiet),
            parse.GetValue(svgMaxNodes),
            parse.GetValue(includeUndated),
            new StoreOptions(parse.GetValue(store), parse.GetValue(prune), parse.GetValue(noExtract))));
        return command;
    }

    private static int Run(string[] inputs, string output, string engine, InputLimits limits, int jobs, bool quiet, int svgMaxNodes, bool includeUndated, StoreOptions storeOptions)
    {
        var clock = Stopwatch.StartNew();
        StartupTrace.Mark("process start to build command");
        if (limits.Validate() is { } invalid)
        {
            Console.Error.WriteLine($"build: {invalid}");
            return 1;
        }

        if (svgMaxNodes < 0)
        {
            Console.Error.WriteLine($"build: --svg-max-nodes must be 0 or more, not {svgMaxNodes}");
            return 1;
        }

        if (jobs < 1)
        {
            Console.Error.WriteLine($"build: --jobs must be at least 1, not {jobs}");
            return 1;
        }

        if (storeOptions.Store is null && (storeOptions.Prune || storeOptions.NoExtract))
        {
            Console.Error.WriteLine("build: --prune and --no-extract need --store");
            return 1;
        }

        if (storeOptions is { Store: { } storePath, NoExtract: true })
        {
            return StoreBuild.Register(inputs, storePath, engine, limits, jobs, storeOptions.Prune, quiet);
        }

        using var outputLock = OutputFolder.Claim("build", output);
        if (outputLock is null)
        {
            return 1;
        }

        // The date engine and the pipeline's data files load on another core while the inputs are read: a short run waits on them most.
        var loading = Task.Run(() => LoadPipeline(engine, jobs));
        using var unload = new LoadedPipeline(loading);
        // With a store, the documents go into it as they are read: the reader keeps them without their texts.
        using var store = storeOptions.Store is { } storeToOpen ? StoreBuild.Open("build", storeToOpen) : null;
        if (storeOptions.Store is not null && store is null)
        {
            return 1;
        }

        var sink = store is null ? null : new StoreIntakeSink(store);
        var read = new CorpusReader(limits).Read(inputs, [output], sink is null ? null : sink.Take);
        StartupTrace.Mark("inputs read");
        InputReportOutput.PrintProblems(read, Console.Error);
        if (read.Documents.Count == 0)
        {
            InputReportOutput.Write(output, read, limits);
            Console.Error.WriteLine($"build: no readable article in the input ({InputReportExport.Summary(read.Outcomes)}); see {Path.Combine(output, InputReportOutput.FileName)}");
            return 1;
        }

        CorpusResult result;
        try
        {
            var pipeline = loading.GetAwaiter().GetResult().Pipeline;
            StartupTrace.Mark("date engine and pipeline data loaded");
            var console = BuildProgress.StandardError();
            if (store is not null && sink is not null)
            {
                if (StoreBuild.Run(pipeline, read, store, sink, engine, limits, jobs, storeOptions.Prune, quiet, includeUndated) is not { } stored)
                {
                    return 1;
                }

                (read, result) = stored;
            }
            else
            {
                result = !quiet && BuildProgress.CanShow(console)
                    ? BuildProgress.Run(console, read.Documents.Count, progress => pipeline.Build(read.Documents, jobs, progress, includeUndated))
                    : pipeline.Build(read.Documents, jobs, StartupTrace.Observer, includeUndated);
            }
        }
        catch (TemporalEngineUnavailableException e)
        {
            Console.Error.WriteLine($"build: {e.Message}");
            return 1;
        }
        catch (RegexMatchTimeoutException e)
        {
            // Per-document stages fail a document alone; in a whole-corpus stage (resolution, merging) a runaway pattern cannot be pinned on one document: stop rather than hang.
            Console.Error.WriteLine($"build: a text pattern took longer than {e.MatchTimeout.TotalSeconds:0.#} s on the input; no outputs written");
            return 1;
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"build: {e.Message}");
            return 1;
        }

        return WriteOutputs("build", output, read, limits, result, jobs, quiet, svgMaxNodes, includeUndated, clock);
    }

    /// <summary>Writes every output of a pipeline result and says what was done; returns the exit code.</summary>
    internal static int WriteOutputs(string verb, string output, CorpusReadResult read, InputLimits limits, CorpusResult result, int jobs, bool quiet, int svgMaxNodes, bool includeUndated, Stopwatch clock)
    {
        // Documents a stage failed on (the recognizer raised an error or a pattern timed out on them) are reported as failed inputs.
        read = FailedDocuments.Apply(read, result.Failures);
        InputReportOutput.PrintProblems(read with { Outcomes = [.. read.Outcomes.Where(o => o.Reason == FailedDocuments.Reason)] }, Console.Error);
        // The day references need the time expressions' spans, intervals and "now" values, which a store's merging records keep.
        var summary = KeyDateSummarizer.Default.Summarize(result.Timeline, DateReference.From(result.Documents), new SummaryOptions());
        try
        {
            // Graphviz draws graph.svg while the other outputs are made and written.
            var svg = BuildOutputs.StartSvg(result.Timeline, svgMaxNodes);
            StartupTrace.Mark("summary made");
            // timeline.json, the largest output, goes to its file as it is serialized.
            AtomicFile.WriteText(Path.Combine(output, "timeline.json"), writer => JsonFormat.Write(result.Timeline, writer));
            StartupTrace.Mark("timeline.json written");
            BuildOutputs.WriteFiles(
                output,
                [
                    ("documents.json", writer => DocumentsExport.Write(result.Documents, writer)),
                    ("time-mentions.json", writer => TimeMentionsExport.Write(result.WholeDocuments(), writer)),
                    ("summary.json", writer => writer.Write(SummaryExport.ToJson(summary))),
                ],
                jobs);

            StartupTrace.Mark("documents.json, time-mentions.json and summary.json written");
            InputReportOutput.Write(output, read, limits, result);
            var graphSvg = BuildOutputs.Write(output, result.Timeline, Console.Error, svg, jobs, verb);
            StartupTrace.Mark("report.json and the graph and timeline exports written");
            ReportOutput.Write(output, result.Timeline, graphSvg, summary);
            StartupTrace.Mark("outputs written");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"{verb}: cannot write to {output}: {e.Message}");
            return 1;
        }

        // Without a publication date, "on Thursday" cannot be placed and the events it dates drop off the timeline: say so, even when quiet.
        if (result.UndatedDocuments is { Count: > 0 } undated)
        {
            Console.Error.WriteLine(UndatedWarning(verb, undated, result.Documents.Count, result.UndatedEvents, includeUndated));
        }

        if (quiet)
        {
            return InputReportOutput.ExitCode(read);
        }

        var mentions = result.Documents.Sum(a => a.TimeMentions.Count);
        Console.Error.WriteLine($"{verb}: inputs: {InputReportExport.Summary(read.Outcomes)}");
        Console.Error.WriteLine(
            $"{verb}: {result.Documents.Count} documents, {result.Timeline.Events.Count} events, {result.Actors.Actors.Length} actors, {mentions} time expressions, " +
            $"{clock.Elapsed.TotalSeconds:0.0} s; outputs in {output}");
        return InputReportOutput.ExitCode(read);
    }

    private static string UndatedWarning(string verb, IReadOnlyList<string> undated, int documents, int undatedEvents, bool included)
    {
        const int Shown = 5;
        var names = string.Join(", ", undated.Take(Shown)) + (undated.Count > Shown ? $" and {undated.Count - Shown} more" : string.Empty);
        var events = $"{undatedEvents} {(undatedEvents == 1 ? "event" : "events")} without a date {(undatedEvents == 1 ? "is" : "are")}";
        var where = included ? $"{events} at the end of the timeline" : $"{events} not on the timeline (--include-undated keeps them)";
        return $"{verb}: {undated.Count} of {documents} documents have no publication date ({names}): relative dates in them (\"on Thursday\") stay unresolved, " +
            $"and {where}; give dates in a manifest.json (README, Inputs)";
    }

    internal static (ITemporalTagger Tagger, EventTimelinePipeline Pipeline) LoadPipeline(string engine, int jobs)
    {
        var tagger = TaggerFactory.Create(engine, jobs);
        try
        {
            return (tagger, EventTimelinePipeline.CreateDefault(tagger));
        }
        catch
        {
            tagger.Dispose();
            throw;
        }
    }

    /// <summary>Disposes the date engine of a pipeline loaded in the background once it is loaded, whether or not the run used it.</summary>
    internal sealed class LoadedPipeline(Task<(ITemporalTagger Tagger, EventTimelinePipeline Pipeline)> loading) : IDisposable
    {
        public void Dispose()
        {
            // Waits without rethrowing: a failure to load is reported where the run waited for the pipeline.
            ((IAsyncResult)loading).AsyncWaitHandle.WaitOne();
            if (loading.IsCompletedSuccessfully)
            {
                loading.Result.Tagger.Dispose();
            }
        }
    }
}
