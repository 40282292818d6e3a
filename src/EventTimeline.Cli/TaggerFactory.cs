using EventTimeline.Time;
using EventTimeline.Time.Native;

namespace EventTimeline.Cli;

/// <summary>Creates the temporal tagger selected with <c>--engine</c>.</summary>
internal static class TaggerFactory
{
    /// <summary>
    /// The engine with the higher value F1 on the TempEval-3 development set (ties to the faster one):
    /// native 0.805 against microsoft 0.787, measured with tools/eval/tempeval3.sh (see docs/accuracy.md, Dates).
    /// </summary>
    public const string DefaultEngine = NativeTemporalTagger.EngineName;

    /// <summary>Engine names <see cref="Create"/> accepts.</summary>
    public static IReadOnlyList<string> KnownEngines { get; } = [CombinedTemporalTagger.EngineName, MicrosoftTemporalTagger.EngineName, NativeTemporalTagger.EngineName];

    /// <summary>Starts the engine; throws <see cref="TemporalEngineUnavailableException"/> (one-line message) when it cannot run here.</summary>
    public static ITemporalTagger Create(string engine) => Create(engine, jobs: 1);

    /// <summary>Starts the engine for up to <paramref name="jobs"/> threads; throws <see cref="TemporalEngineUnavailableException"/> (one-line message) when it cannot run here.</summary>
    /// <remarks>Every engine is thread-safe: one instance serves every job.</remarks>
    public static ITemporalTagger Create(string engine, int jobs)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(jobs, 1);
        return engine switch
        {
            CombinedTemporalTagger.EngineName => new CombinedTemporalTagger(),
            MicrosoftTemporalTagger.EngineName => new MicrosoftTemporalTagger(),
            NativeTemporalTagger.EngineName => new NativeTemporalTagger(),
            _ => throw new ArgumentException(
                $"unknown temporal engine '{engine}'; known engines: {string.Join(", ", KnownEngines)}", nameof(engine)),
        };
    }
}
