using System.Diagnostics;
using System.Globalization;

using EventTimeline.Benchmark;
using EventTimeline.Documents;
using EventTimeline.Export;
using EventTimeline.Graph;

namespace EventTimeline.Cli.Bench;

/// <summary>One stage's measurement: wall and processor time, and the process's peak working set when it ended.</summary>
/// <param name="Stage">Stage name (ingest, prepare, dates, …, graph, export, total).</param>
/// <param name="WallSeconds">Elapsed time.</param>
/// <param name="CpuSeconds">Processor time of this process and its children (the engine's Node sidecars).</param>
/// <param name="PeakWorkingSetBytes">Peak working set of this process since the run began, when the stage ended.</param>
internal sealed record StageMeasure(string Stage, double WallSeconds, double CpuSeconds, long PeakWorkingSetBytes);

/// <summary>One benchmark run: a corpus through the whole pipeline with one engine and a number of jobs.</summary>
/// <param name="Corpus">Corpus name.</param>
/// <param name="Engine">Temporal engine.</param>
/// <param name="Jobs">Documents processed at once.</param>
/// <param name="Documents">Documents read.</param>
/// <param name="Characters">Characters of their text.</param>
/// <param name="StartupSeconds">Engine start and warm-up builds on a few other documents (not in the stages).</param>
/// <param name="Stages">Each stage, then the total from ingest to export.</param>
/// <param name="Events">Events in the timeline (a check that runs did the same work).</param>
internal sealed record BenchRun(string Corpus, string Engine, int Jobs, int Documents, long Characters, double StartupSeconds, IReadOnlyList<StageMeasure> Stages, int Events)
{
    /// <summary>The row of the whole pipeline.</summary>
    public StageMeasure Total => Stages[^1];
}

/// <summary>Runs the pipeline stage by stage on one corpus and measures each stage.</summary>
internal static class BenchRunner
{
    private const int WarmUpDocumentsPerJob = 48;
    private const int WarmUpRounds = 3;

    /// <summary>Measures <paramref name="corpus"/> with <paramref name="engine"/> on <paramref name="jobs"/> threads.</summary>
    public static BenchRun Run(BenchCorpus corpus, string engine, int jobs)
    {
        var startup = Stopwatch.StartNew();
        using var tagger = TaggerFactory.Create(engine, jobs);
        var pipeline = EventTimelinePipeline.CreateDefault(tagger);

        // Loads the data files, compiles the rules, starts every sidecar and lets the JIT reach its optimized code by
        // running every stage on text the corpus does not hold (no cache helps); reading the corpus once warms the file cache.
        for (var round = 1; round <= WarmUpRounds; round++)
        {
            var warmUp = NewsCorpusGenerator.Default.Generate(WarmUpDocumentsPerJob * jobs, seed: -round);
            _ = RunStages(pipeline, () => warmUp, jobs, new StageMeter());
        }

        _ = corpus.Read(jobs);
        startup.Stop();

        ResourceMeter.ResetPeak();
        var meter = new StageMeter();
        var (documents, result) = RunStages(pipeline, () => corpus.Read(jobs), jobs, meter);
        return new BenchRun(
            corpus.Name,
            engine,
            jobs,
            documents.Count,
            documents.Sum(d => (long)d.Text.Length),
            startup.Elapsed.TotalSeconds,
            meter.Rows(),
            result.Timeline.Events.Count);
    }

    /// <summary>What <c>build</c> does, stage by stage: read, run the pipeline, build the graph, serialize the outputs.</summary>
    private static (IReadOnlyList<RawDocument> Documents, CorpusResult Result) RunStages(EventTimelinePipeline pipeline, Func<IReadOnlyList<RawDocument>> read, int jobs, StageMeter meter)
    {
        var documents = meter.Measure("ingest", read);
        var result = pipeline.Build(documents, jobs, new StageObserver(meter));
        var graph = meter.Measure("graph", () => TimelineGraph.Build(result.Timeline));
        _ = meter.Measure("export", () => JsonFormat.Serialize(result.Timeline).Length
            + DocumentsExport.ToJson(result.Documents).Length
            + TimeMentionsExport.ToJson(result.Documents).Length
            + graph.VertexKinds.Count);
        return (documents, result);
    }

    /// <summary>Times named stages, one after the other.</summary>
    private sealed class StageMeter
    {
        private readonly List<StageMeasure> _rows = [];
        private readonly Stopwatch _total = Stopwatch.StartNew();
        private readonly TimeSpan _totalCpuStart = ResourceMeter.ProcessorTime();
        private Stopwatch? _clock;
        private TimeSpan _cpuStart;

        public T Measure<T>(string stage, Func<T> work)
        {
            Start();
            var result = work();
            Stop(stage);
            return result;
        }

        public void Start()
        {
            _cpuStart = ResourceMeter.ProcessorTime();
            _clock = Stopwatch.StartNew();
        }

        public void Stop(string stage)
        {
            var wall = _clock!.Elapsed.TotalSeconds;
            _rows.Add(new StageMeasure(stage, wall, (ResourceMeter.ProcessorTime() - _cpuStart).TotalSeconds, ResourceMeter.PeakWorkingSet()));
        }

        public IReadOnlyList<StageMeasure> Rows()
        {
            var total = new StageMeasure("total", _total.Elapsed.TotalSeconds, (ResourceMeter.ProcessorTime() - _totalCpuStart).TotalSeconds, ResourceMeter.PeakWorkingSet());
            return [.. _rows, total];
        }
    }

    /// <summary>Turns the pipeline's stage notices into measurements.</summary>
    private sealed class StageObserver(StageMeter meter) : IPipelineObserver
    {
        public void StageStarted(PipelineStage stage, int documents) => meter.Start();

        public void StageFinished(PipelineStage stage) => meter.Stop(stage.ToString().ToLower(CultureInfo.InvariantCulture));
    }
}
