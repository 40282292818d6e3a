using System.Globalization;

namespace EventTimeline.Time;

/// <summary>How long the recognizer process may take and how often a batch is retried after it died or hung.</summary>
/// <param name="BatchTimeout">Longest wait for the answer to one request of up to <see cref="TimeoutBlockChars"/> characters; larger requests get this wait per started block.</param>
/// <param name="Retries">Times a request is sent again, each time to a fresh process, after the process died or did not answer in time.</param>
/// <param name="Environment">Extra environment variables for the process (tests use it to inject faults).</param>
internal sealed record RecognizerOptions(TimeSpan BatchTimeout, int Retries, IReadOnlyDictionary<string, string>? Environment = null)
{
    /// <summary>Default seconds to wait for one batch: a batch of news articles takes a few seconds.</summary>
    public const int DefaultTimeoutSeconds = 120;

    /// <summary>Default retries after a fault.</summary>
    public const int DefaultRetries = 1;

    /// <summary>Characters of text one <see cref="BatchTimeout"/> covers: sixteen long articles.</summary>
    public const int TimeoutBlockChars = 100_000;

    /// <summary>The default options.</summary>
    public static RecognizerOptions Default { get; } = new(TimeSpan.FromSeconds(DefaultTimeoutSeconds), DefaultRetries);

    /// <summary>The wait for a request holding <paramref name="characters"/> characters of text.</summary>
    public TimeSpan TimeoutFor(long characters) => BatchTimeout * Math.Max(1, (characters + TimeoutBlockChars - 1) / TimeoutBlockChars);

    /// <summary>Returns null when the options are usable, else what is wrong with them.</summary>
    public string? Validate() =>
        BatchTimeout <= TimeSpan.Zero ? "the recognizer timeout must be at least 1 second"
        : Retries < 0 ? "the recognizer retries must be 0 or more"
        : null;

    /// <summary>The timeout as "120 s".</summary>
    public string TimeoutText => BatchTimeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";
}
