using EventTimeline.Time;
using EventTimeline.Time.Native;

namespace EventTimeline.Cli;

/// <summary>Creates the temporal tagger selected with <c>--engine</c>.</summary>
internal static class TaggerFactory
{
    /// <summary>
    /// The engine with the higher value F1 on the TempEval-3 development set (ties to the faster one):
    /// native 0.802 against microsoft 0.788, measured with tools/eval/tempeval3.sh (see the README).
    /// </summary>
    public const string DefaultEngine = NativeTemporalTagger.EngineName;

    /// <summary>Engine names <see cref="Create"/> accepts.</summary>
    public static IReadOnlyList<string> KnownEngines { get; } = [MicrosoftTemporalTagger.EngineName, NativeTemporalTagger.EngineName];

    /// <summary>Starts the engine for one thread; throws <see cref="TemporalEngineUnavailableException"/> (one-line message) when it cannot run here.</summary>
    public static ITemporalTagger Create(string engine) => Create(engine, RecognizerOptions.Default);

    /// <summary>Starts the engine for up to <paramref name="jobs"/> threads; throws <see cref="TemporalEngineUnavailableException"/> (one-line message) when it cannot run here.</summary>
    /// <remarks>The native tagger is thread-safe and shared; the "microsoft" engine gets one Node sidecar per thread.</remarks>
    public static ITemporalTagger Create(string engine, int jobs) => Create(engine, RecognizerOptions.Default, jobs);

    /// <summary>Starts the engine with the recognizer process's timeout and retries (used by the "microsoft" engine), for up to <paramref name="jobs"/> threads.</summary>
    public static ITemporalTagger Create(string engine, RecognizerOptions recognizer, int jobs = 1) => engine switch
    {
        MicrosoftTemporalTagger.EngineName when jobs > 1 => new TemporalTaggerPool(MicrosoftTemporalTagger.EngineName, jobs, () => CreateMicrosoft(recognizer)),
        MicrosoftTemporalTagger.EngineName => CreateMicrosoft(recognizer),
        NativeTemporalTagger.EngineName => new NativeTemporalTagger(),
        _ => throw new ArgumentException(
            $"unknown temporal engine '{engine}'; known engines: {string.Join(", ", KnownEngines)}", nameof(engine)),
    };

    private static MicrosoftTemporalTagger CreateMicrosoft(RecognizerOptions recognizer) => new(Path.Combine(AppContext.BaseDirectory, "sidecar"), recognizer);
}
