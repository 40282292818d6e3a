using EventTimeline.Time;

namespace EventTimeline.Cli;

/// <summary>Creates the temporal tagger selected with <c>--engine</c>.</summary>
internal static class TaggerFactory
{
    public const string DefaultEngine = "microsoft";

    public static ITemporalTagger Create(string engine) =>
        throw new NotSupportedException($"temporal engine '{engine}' is not available yet");
}
