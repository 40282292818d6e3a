using System.Diagnostics;
using System.Globalization;

namespace EventTimeline.Cli.Output;

/// <summary>
/// When the environment variable EVENTTIMELINE_TRACE is set, prints to stderr how long each phase of a run took,
/// counted from the start of the process: the way to see where a cold start goes. With EVENTTIMELINE_TRACE=live the heap is
/// measured after a full collection (what is still referenced, at the cost of the collections' time).
/// </summary>
internal sealed class StartupTrace : IPipelineObserver
{
    private static readonly bool Enabled = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("EVENTTIMELINE_TRACE"));
    private static readonly bool Live = Environment.GetEnvironmentVariable("EVENTTIMELINE_TRACE") == "live";
    private static double _last = SinceProcessStart();
    private static double _lastJit;
    private static long _lastMethods;
    private static double _lastPause;
    private static int _lastCollections;
    private static int _lastFull;
    private static long _lastAllocated;

    /// <summary>The observer to pass the pipeline: this trace when enabled, else null.</summary>
    public static IPipelineObserver? Observer => Enabled ? new StartupTrace() : null;

    /// <summary>Prints the time since the previous mark, labelled <paramref name="phase"/>.</summary>
    public static void Mark(string phase)
    {
        if (!Enabled)
        {
            return;
        }

        var now = SinceProcessStart();
        var jit = System.Runtime.JitInfo.GetCompilationTime().TotalSeconds;
        var methods = System.Runtime.JitInfo.GetCompiledMethodCount();
        var pause = GC.GetTotalPauseDuration().TotalSeconds;
        var collections = GC.CollectionCount(0);
        var full = GC.CollectionCount(2);
        var allocated = GC.GetTotalAllocatedBytes();
        using var process = Process.GetCurrentProcess();
        var heap = GC.GetTotalMemory(forceFullCollection: Live) / 1048576.0;
        var peak = process.PeakWorkingSet64 / 1048576.0;
        var processor = process.TotalProcessorTime.TotalSeconds;
        Console.Error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"trace: {now,7:0.000} s  +{now - _last,6:0.000} s (jit {jit - _lastJit,6:0.000} s, {methods - _lastMethods,5} methods; gc {pause - _lastPause,6:0.000} s, {collections - _lastCollections,3} collections, {full - _lastFull,3} full; allocated {(allocated - _lastAllocated) / 1048576.0,7:0} MB; {(Live ? "live" : "heap")} {heap,6:0} MB, peak {peak,6:0} MB; processor {processor,7:0.000} s)  {phase}"));
        _last = now;
        _lastJit = jit;
        _lastMethods = methods;
        _lastPause = pause;
        _lastCollections = collections;
        _lastFull = full;
        _lastAllocated = allocated;
    }

    /// <inheritdoc/>
    public void StageStarted(PipelineStage stage, int documents) => Mark($"  (between stages)");

    /// <inheritdoc/>
    public void DocumentsDone(PipelineStage stage, int count)
    {
        if (Environment.GetEnvironmentVariable("EVENTTIMELINE_TRACE") == "2")
        {
            Mark($"  {stage} +{count}");
        }
    }

    /// <inheritdoc/>
    public void StageFinished(PipelineStage stage) => Mark($"stage {stage}");

    private static double SinceProcessStart()
    {
        using var process = Process.GetCurrentProcess();
        return (DateTime.Now - process.StartTime).TotalSeconds;
    }
}
