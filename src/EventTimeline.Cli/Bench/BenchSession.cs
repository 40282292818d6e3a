using System.Diagnostics;
using System.Globalization;
using System.Runtime;

using EventTimeline.Benchmark;
using EventTimeline.Documents;
using EventTimeline.Export;
using EventTimeline.Graph;
using EventTimeline.Time;

namespace EventTimeline.Cli.Bench;

/// <summary>One stage's measurement: wall and processor time, and the process's peak working set when it ended.</summary>
/// <param name="Stage">Stage name (ingest, prepare, dates, …, graph, export, total).</param>
/// <param name="WallSeconds">Elapsed time.</param>
/// <param name="CpuSeconds">Processor time of this process.</param>
/// <param name="PeakWorkingSetBytes">Peak working set of this process since the run began, when the stage ended.</param>
/// <param name="GcPauseSeconds">Time the garbage collector held every thread of the process still during the stage.</param>
internal sealed record StageMeasure(string Stage, double WallSeconds, double CpuSeconds, long PeakWorkingSetBytes, double GcPauseSeconds);

/// <summary>One benchmark configuration measured over several rounds: a corpus through the whole pipeline with one engine and a number of jobs.</summary>
/// <param name="Corpus">Corpus name.</param>
/// <param name="Engine">Temporal engine.</param>
/// <param name="Jobs">Documents processed at once.</param>
/// <param name="Documents">Documents read.</param>
/// <param name="Characters">Characters of their text.</param>
/// <param name="StartupSeconds">Engine start and warm-up builds on a few other documents (not in the stages).</param>
/// <param name="Stages">Each stage of the median round (by total wall time), then that round's total from ingest to export.</param>
/// <param name="Events">Events in the timeline (a check that runs did the same work).</param>
internal sealed record BenchRun(string Corpus, string Engine, int Jobs, int Documents, long Characters, double StartupSeconds, IReadOnlyList<StageMeasure> Stages, int Events)
{
    /// <summary>The row of the whole pipeline.</summary>
    public StageMeasure Total => Stages[^1];

    /// <summary>Total wall time of every round, in the order they ran; <see cref="Stages"/> is the median one's.</summary>
    public IReadOnlyList<double> RoundSeconds { get; init; } = [];
}

/// <summary>One configuration ready to measure: its engine started and warmed up; each <see cref="Measure"/> is one round over the corpus.</summary>
/// <remarks>The bench keeps the sessions of every job count of an engine open at once and measures them in turns, round after round,
/// so that a machine that slows down or speeds up during the run weighs on every job count alike, not on whichever ran last.</remarks>
internal sealed class BenchSession : IDisposable
{
    private const int FullWarmUpRounds = 3;
    private const int FullWarmUpDocumentsPerJob = 48;
    private const int SmallWarmUpDocumentsPerJob = 8;

    // The runtime recompiles a method with full optimization after 30 calls; the whole-corpus stages are called once per build.
    private const int MinimumWarmUpRounds = 32;
    private const int MaximumWarmUpRounds = 64;
    private const int QuietRoundsNeeded = 2;

    private readonly BenchCorpus _corpus;
    private readonly ITemporalTagger _tagger;
    private readonly EventTimelinePipeline _pipeline;
    private readonly List<(IReadOnlyList<StageMeasure> Stages, int Documents, long Characters, int Events)> _rounds = [];

    private BenchSession(BenchCorpus corpus, string engine, int jobs, ITemporalTagger tagger, EventTimelinePipeline pipeline, double startupSeconds)
    {
        _corpus = corpus;
        Engine = engine;
        Jobs = jobs;
        _tagger = tagger;
        _pipeline = pipeline;
        StartupSeconds = startupSeconds;
    }

    /// <summary>The temporal engine.</summary>
    public string Engine { get; }

    /// <summary>Documents processed at once.</summary>
    public int Jobs { get; }

    /// <summary>Seconds spent starting the engine and warming up.</summary>
    public double StartupSeconds { get; }

    /// <summary>Starts <paramref name="engine"/> for <paramref name="jobs"/> threads and warms the pipeline up.</summary>
    public static BenchSession Start(BenchCorpus corpus, string engine, int jobs)
    {
        var startup = Stopwatch.StartNew();
        var tagger = TaggerFactory.Create(engine, jobs);
        try
        {
            var pipeline = EventTimelinePipeline.CreateDefault(tagger);

            // Loads the data files, compiles the rules, builds the recognizer's model and lets the JIT reach its optimized code by
            // running every stage on text the corpus does not hold (no cache helps); reading the corpus once warms the file cache.
            WarmUp(pipeline, jobs);
            _ = corpus.Read(jobs);
            return new BenchSession(corpus, engine, jobs, tagger, pipeline, startup.Elapsed.TotalSeconds);
        }
        catch
        {
            tagger.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Builds generated corpora until the JIT has settled: a few full rounds for the per-document stages, then small ones until
    /// the whole-corpus stages have been called often enough to be recompiled and two rounds in a row compiled nothing.
    /// </summary>
    /// <remarks>Measured rounds would otherwise share the processors with the JIT's background thread, which weighs on runs with
    /// more jobs (they have no idle processor to lend it) and makes their speed-up look worse than it is.</remarks>
    private static void WarmUp(EventTimelinePipeline pipeline, int jobs)
    {
        var quiet = 0;
        for (var round = 1; round <= MaximumWarmUpRounds && (round <= MinimumWarmUpRounds || quiet < QuietRoundsNeeded); round++)
        {
            var compiled = JitInfo.GetCompiledMethodCount();
            var size = round <= FullWarmUpRounds ? FullWarmUpDocumentsPerJob : SmallWarmUpDocumentsPerJob;
            var warmUp = NewsCorpusGenerator.Default.Generate(size * jobs, seed: -round);
            _ = RunStages(pipeline, () => warmUp, jobs, new StageMeter());
            quiet = JitInfo.GetCompiledMethodCount() == compiled ? quiet + 1 : 0;
        }
    }

    /// <summary>Runs one measured round over the corpus.</summary>
    public void Measure()
    {
        ResourceMeter.ResetPeak();
        var meter = new StageMeter();
        var (documents, result) = RunStages(_pipeline, () => _corpus.Read(Jobs), Jobs, meter);
        _rounds.Add((meter.Rows(), documents.Count, documents.Sum(d => (long)d.Text.Length), result.Timeline.Events.Count));
    }

    /// <summary>The rounds so far: the stages of the median round, every round's total.</summary>
    public BenchRun Result()
    {
        if (_rounds.Count == 0)
        {
            throw new InvalidOperationException("no round was measured");
        }

        var median = _rounds.OrderBy(round => round.Stages[^1].WallSeconds).ElementAt((_rounds.Count - 1) / 2);
        return new BenchRun(_corpus.Name, Engine, Jobs, median.Documents, median.Characters, StartupSeconds, median.Stages, median.Events)
        {
            RoundSeconds = [.. _rounds.Select(round => round.Stages[^1].WallSeconds)],
        };
    }

    /// <inheritdoc />
    public void Dispose() => _tagger.Dispose();

    /// <summary>What <c>build</c> does, stage by stage: read, run the pipeline, build the graph, serialize the outputs.</summary>
    private static (IReadOnlyList<RawDocument> Documents, CorpusResult Result) RunStages(EventTimelinePipeline pipeline, Func<IReadOnlyList<RawDocument>> read, int jobs, StageMeter meter)
    {
        var documents = meter.Measure("ingest", read);
        var result = pipeline.Build(documents, jobs, new StageObserver(meter));
        var graph = meter.Measure("graph", () => TimelineGraph.Build(result.Timeline));
        Func<string>[] exports = [() => JsonFormat.Serialize(result.Timeline), () => DocumentsExport.ToJson(result.Documents), () => TimeMentionsExport.ToJson(result.Documents)];
        _ = meter.Measure("export", () => ParallelMap.Run(exports, jobs, export => export()).Sum(text => text.Length) + graph.Vertices.Length);
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
        private TimeSpan _gcStart;
        private readonly TimeSpan _totalGcStart = GC.GetTotalPauseDuration();

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
            _gcStart = GC.GetTotalPauseDuration();
            _clock = Stopwatch.StartNew();
        }

        public void Stop(string stage)
        {
            var wall = _clock!.Elapsed.TotalSeconds;
            _rows.Add(new StageMeasure(stage, wall, (ResourceMeter.ProcessorTime() - _cpuStart).TotalSeconds, ResourceMeter.PeakWorkingSet(), (GC.GetTotalPauseDuration() - _gcStart).TotalSeconds));
        }

        public IReadOnlyList<StageMeasure> Rows()
        {
            var total = new StageMeasure("total", _total.Elapsed.TotalSeconds, (ResourceMeter.ProcessorTime() - _totalCpuStart).TotalSeconds, ResourceMeter.PeakWorkingSet(), (GC.GetTotalPauseDuration() - _totalGcStart).TotalSeconds);
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
