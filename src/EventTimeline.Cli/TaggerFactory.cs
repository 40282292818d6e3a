using EventTimeline.Time;
using EventTimeline.Time.Native;

namespace EventTimeline.Cli;

/// <summary>Creates the temporal tagger selected with <c>--engine</c>.</summary>
internal static class TaggerFactory
{
    public const string DefaultEngine = MicrosoftTemporalTagger.EngineName;

    /// <summary>Engine names <see cref="Create"/> accepts.</summary>
    public static IReadOnlyList<string> KnownEngines { get; } = [MicrosoftTemporalTagger.EngineName, NativeTemporalTagger.EngineName];

    /// <summary>Starts the engine; throws <see cref="TemporalEngineUnavailableException"/> (one-line message) when it cannot run here.</summary>
    public static ITemporalTagger Create(string engine) => engine switch
    {
        MicrosoftTemporalTagger.EngineName => new MicrosoftTemporalTagger(Path.Combine(AppContext.BaseDirectory, "sidecar")),
        NativeTemporalTagger.EngineName => new NativeTemporalTagger(),
        _ => throw new ArgumentException(
            $"unknown temporal engine '{engine}'; known engines: {string.Join(", ", KnownEngines)}", nameof(engine)),
    };
}
