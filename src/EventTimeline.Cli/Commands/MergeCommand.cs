using System.CommandLine;
using System.Diagnostics;

using EventTimeline.Cli.Output;
using EventTimeline.Documents;
using EventTimeline.Store;

namespace EventTimeline.Cli.Commands;

/// <summary><c>eventtimeline merge --store S --out DIR</c>: the corpus-wide stages on a store's extractions, and every output of <c>build</c>.</summary>
internal static class MergeCommand
{
    public static Command Create()
    {
        var store = new Option<string>("--store")
        {
            Description = "The store: an SQLite file or a PostgreSQL connection string (\"Host=...;Database=...\").",
            Required = true,
        };
        var output = new Option<string>("--out") { Description = "Folder the outputs are written to.", DefaultValueFactory = _ => "output" };
        var jobs = new Option<int>("--jobs") { Description = "Threads used.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No summary; only problems are written to stderr." };
        var svgMaxNodes = new Option<int>("--svg-max-nodes")
        {
            Description = "Largest graph drawn as graph.svg with Graphviz.",
            DefaultValueFactory = _ => BuildOutputs.DefaultMaxSvgNodes,
        };
        var includeUndated = new Option<bool>("--include-undated") { Description = "Also put undated events on the timeline, after the dated ones." };
        var command = new Command("merge", "Merge the extractions in a store (after 'extract' workers emptied its queue) and write the outputs of 'build', the same as a build of the stored documents from scratch (exit codes as build's).");
        command.Options.Add(store);
        command.Options.Add(output);
        command.Options.Add(jobs);
        command.Options.Add(quiet);
        command.Options.Add(svgMaxNodes);
        command.Options.Add(includeUndated);
        command.SetAction(parse => Run(parse.GetValue(store)!, parse.GetValue(output)!, parse.GetValue(jobs), parse.GetValue(quiet), parse.GetValue(svgMaxNodes), parse.GetValue(includeUndated)));
        return command;
    }

    private static int Run(string storeName, string output, int jobs, bool quiet, int svgMaxNodes, bool includeUndated)
    {
        var clock = Stopwatch.StartNew();
        if (jobs < 1)
        {
            Console.Error.WriteLine($"merge: --jobs must be at least 1, not {jobs}");
            return 1;
        }

        using var outputLock = OutputFolder.Claim("merge", output);
        if (outputLock is null)
        {
            return 1;
        }
        if (StoreBuild.Open("merge", storeName) is not { } store)
        {
            return 1;
        }

        using (store)
        {
            var engine = StoreBuild.Engine(store, null);
            using var tagger = TaggerFactory.Create(engine, jobs);
            var run = new StoreRun(EventTimelinePipeline.CreateDefault(tagger), store, RulesVersion.Of(engine));
            var prepared = run.Prepare(jobs);
            if (prepared.Corpus.Documents.Count == 0)
            {
                Console.Error.WriteLine($"merge: {store.Description} holds no document; add some with 'build INPUT... --store S'");
                return 1;
            }

            if (prepared.Pending > 0)
            {
                Console.Error.WriteLine($"merge: {prepared.Pending} of {prepared.Corpus.Documents.Count} documents of {store.Description} are not extracted yet; run 'extract --store S' (they are queued)");
                return 1;
            }

            var result = run.Merge(prepared, jobs, StartupTrace.Observer, includeUndated);
            StoreBuild.MarkMerged(run);
            var read = StoreBuild.StoredRead(store);
            return BuildCommand.WriteOutputs("merge", output, read, StoreBuild.Limits(store), result, jobs, quiet, svgMaxNodes, includeUndated, clock);
        }
    }
}
