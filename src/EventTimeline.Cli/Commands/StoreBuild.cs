using System.Globalization;

using EventTimeline.Cli.Output;
using EventTimeline.Documents;
using EventTimeline.Store;

namespace EventTimeline.Cli.Commands;

/// <summary>The <c>--store</c> options of <c>build</c>.</summary>
/// <param name="Store">The store (SQLite path or PostgreSQL connection string), or null for a plain build.</param>
/// <param name="Prune">Remove stored documents that are not among the inputs.</param>
/// <param name="NoExtract">Only add the inputs and queue their extraction.</param>
internal sealed record StoreOptions(string? Store, bool Prune, bool NoExtract);

/// <summary><c>build --store</c>: adds the inputs to a store, extracts what the store lacks, and merges from the store.</summary>
internal static class StoreBuild
{
    /// <summary>Seconds a claimed document stays leased to the process that claimed it before another may take it.</summary>
    public const double DefaultLeaseSeconds = 600;

    /// <summary>Documents claimed at once by one process.</summary>
    public const int ClaimBatch = 64;

    private const string EngineSetting = "engine";
    private const string LimitsSetting = "limits";

    /// <summary><c>build --store S --no-extract</c>: adds the inputs and queues the documents to extract; returns the exit code.</summary>
    public static int Register(string[] inputs, string storeName, string engine, InputLimits limits, int jobs, bool prune, bool quiet)
    {
        if (Open("build", storeName) is not { } store)
        {
            return 1;
        }

        using (store)
        {
            // The documents go into the store as they are read; the reader keeps them without their texts.
            var sink = new StoreIntakeSink(store);
            var read = new CorpusReader(limits).Read(inputs, sink: sink.Take);
            InputReportOutput.PrintProblems(read, Console.Error);
            if (read.Documents.Count == 0 && !prune)
            {
                Console.Error.WriteLine($"build: no readable article in the input ({Export.InputReportExport.Summary(read.Outcomes)})");
                return 1;
            }

            // Only preparation runs here, but the pipeline is built whole: the date engine is loaded and not used.
            using var tagger = TaggerFactory.Create(engine, jobs);
            var pipeline = EventTimelinePipeline.CreateDefault(tagger);
            var run = new StoreRun(pipeline, store, RulesVersion.Of(engine));
            var intake = Add(store, sink, read, engine, limits, prune);
            var prepared = run.Prepare(jobs);
            if (!quiet)
            {
                Console.Error.WriteLine($"build: {Describe(intake)}; {prepared.Corpus.Documents.Count} documents prepared ({prepared.Cleaned} cleaned, {prepared.Remade} made anew), {prepared.Pending} queued for 'extract' in {store.Description}");
            }

            return InputReportOutput.ExitCode(read);
        }
    }

    /// <summary><c>build --store S</c>: the inputs read into <paramref name="sink"/>, extracts what is missing here, merges; null (after a message) when the store cannot be used.</summary>
    public static (CorpusReadResult Read, CorpusResult Result)? Run(EventTimelinePipeline pipeline, CorpusReadResult read, IEventStore store, StoreIntakeSink sink, string engine, InputLimits limits, int jobs, bool prune, bool quiet, bool includeUndated)
    {
        var run = new StoreRun(pipeline, store, RulesVersion.Of(engine));
        var intake = Add(store, sink, read, engine, limits, prune);
        var prepared = run.Prepare(jobs, StartupTrace.Observer);
        StartupTrace.Mark($"{prepared.Corpus.Documents.Count} documents prepared: {prepared.Cleaned} cleaned, {prepared.Remade} made anew");
        var worker = Worker("build");
        var extracted = 0;
        int batch;
        while ((batch = run.ExtractBatch(worker, ClaimBatch * jobs, jobs, DefaultLeaseSeconds)) > 0)
        {
            extracted += batch;
        }

        StartupTrace.Mark($"{extracted} documents extracted");
        if (store.QueueState().Queued > 0)
        {
            Console.Error.WriteLine($"build: {store.QueueState().Queued} documents are leased to other 'extract' workers of {store.Description}; run 'merge' when they are done");
            return null;
        }

        var result = run.Merge(prepared, jobs, StartupTrace.Observer, includeUndated);
        MarkMerged(run);
        if (!quiet)
        {
            Console.Error.WriteLine($"build: {Describe(intake)}; {extracted} of {prepared.Corpus.Documents.Count} documents extracted, the others' extractions reused from {store.Description}");
        }

        return (StoredRead(store), result);
    }

    /// <summary>Marks the trace where a store's merge ended, with how many mentions took the earlier merge's decision again.</summary>
    public static void MarkMerged(StoreRun run) =>
        StartupTrace.Mark("merged from the store and its query index written" + (run.LastMerge is { } merge ? $" ({merge.Replayed} of {merge.Mentions} mentions took the earlier merge's decision again)" : ""));

    /// <summary>What report.json and the exit code need of the stored corpus: its documents' ids (their texts are not read back: the report counts documents) and the outcome of each input read into the store.</summary>
    public static CorpusReadResult StoredRead(IEventStore store) =>
        new([.. store.DocumentHashes().Select(d => d.Id).Order(StringComparer.Ordinal).Select(id => new RawDocument(id, string.Empty, null, null, null, null, string.Empty))], store.InputOutcomes());

    /// <summary>Opens a store, or says why it cannot and returns null.</summary>
    public static IEventStore? Open(string verb, string storeName)
    {
        try
        {
            return EventStores.Open(storeName);
        }
        catch (StoreSchemaException e)
        {
            Console.Error.WriteLine($"{verb}: {e.Message}");
            return null;
        }
    }

    /// <summary>The date engine the store's documents were added with (their extractions must use it), or <paramref name="fallback"/>.</summary>
    public static string Engine(IEventStore store, string? fallback) => store.Setting(EngineSetting) ?? fallback ?? TaggerFactory.DefaultEngine;

    /// <summary>The input limits the store's documents were read with.</summary>
    public static InputLimits Limits(IEventStore store)
    {
        if (store.Setting(LimitsSetting) is { } text && text.Split(' ') is [var document, var sentence])
        {
            return new InputLimits(int.Parse(document, CultureInfo.InvariantCulture), int.Parse(sentence, CultureInfo.InvariantCulture));
        }

        return new InputLimits(InputLimits.DefaultMaxDocumentChars, InputLimits.DefaultMaxSentenceChars);
    }

    /// <summary>A worker name unique to this process on this machine, for leases.</summary>
    public static string Worker(string verb) => $"{verb}@{Environment.MachineName}:{Environment.ProcessId}";

    private static StoreIntake Add(IEventStore store, StoreIntakeSink sink, CorpusReadResult read, string engine, InputLimits limits, bool prune)
    {
        store.PutSetting(EngineSetting, engine);
        store.PutSetting(LimitsSetting, string.Create(CultureInfo.InvariantCulture, $"{limits.MaxDocumentChars} {limits.MaxSentenceChars}"));
        var intake = sink.Finish(prune);
        store.PutInputOutcomes(read.Outcomes, replaceAll: prune);
        return intake;
    }

    private static string Describe(StoreIntake intake) =>
        $"{intake.Added} documents added, {intake.Changed} changed, {intake.Unchanged} unchanged, {intake.Removed} removed";
}
