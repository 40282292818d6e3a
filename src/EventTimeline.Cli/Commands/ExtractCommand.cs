using System.CommandLine;

using EventTimeline.Store;

namespace EventTimeline.Cli.Commands;

/// <summary><c>eventtimeline extract --store S</c>: a worker that extracts the documents queued in a store until none is left.</summary>
internal static class ExtractCommand
{
    // How long a worker waits before looking again when every queued document is leased to another worker.
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);

    public static Command Create()
    {
        var store = new Option<string>("--store")
        {
            Description = "The store whose queue to work on: a PostgreSQL connection string (\"Host=...;Database=...\") or an SQLite file; 'build --store S --no-extract' fills the queue.",
            Required = true,
        };
        var jobs = new Option<int>("--jobs")
        {
            Description = "Documents extracted at once in this process.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var lease = new Option<double>("--lease")
        {
            Description = "Seconds a claimed document stays this worker's; if the worker dies, another takes the document after that.",
            DefaultValueFactory = _ => StoreBuild.DefaultLeaseSeconds,
        };
        var batch = new Option<int>("--batch")
        {
            Description = "Documents claimed at once per job.",
            DefaultValueFactory = _ => StoreBuild.ClaimBatch,
        };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No summary line." };
        var command = new Command("extract", "Work as an extraction worker on a store: claim queued documents (with a lease), extract them, commit each document's results in one transaction, until the queue is empty; several workers on several machines may share one PostgreSQL store (exit 0: queue empty, 1: error).");
        command.Options.Add(store);
        command.Options.Add(jobs);
        command.Options.Add(lease);
        command.Options.Add(batch);
        command.Options.Add(quiet);
        command.SetAction(parse => Run(parse.GetValue(store)!, parse.GetValue(jobs), parse.GetValue(lease), parse.GetValue(batch), parse.GetValue(quiet)));
        return command;
    }

    private static int Run(string storeName, int jobs, double lease, int batch, bool quiet)
    {
        if (jobs < 1 || batch < 1 || lease <= 0)
        {
            Console.Error.WriteLine("extract: --jobs and --batch must be at least 1 and --lease more than 0");
            return 1;
        }

        if (StoreBuild.Open("extract", storeName) is not { } store)
        {
            return 1;
        }

        using (store)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var engine = StoreBuild.Engine(store, null);
            using var tagger = TaggerFactory.Create(engine, jobs);
            var run = new StoreRun(EventTimelinePipeline.CreateDefault(tagger), store, RulesVersion.Of(engine));
            var worker = StoreBuild.Worker("extract");
            var extracted = 0;
            while (true)
            {
                var done = run.ExtractBatch(worker, batch * jobs, jobs, lease);
                extracted += done;
                if (done > 0)
                {
                    continue;
                }

                // Documents leased to other workers come back when their lease runs out (the worker died): wait for them.
                if (store.QueueState().Queued == 0)
                {
                    break;
                }

                Thread.Sleep(Poll);
            }

            if (!quiet)
            {
                Console.Error.WriteLine($"extract: {extracted} documents extracted in {clock.Elapsed.TotalSeconds:0.0} s by {worker}; the queue of {store.Description} is empty");
            }
        }

        return 0;
    }
}
