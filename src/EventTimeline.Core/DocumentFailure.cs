using System.Globalization;
using System.Text.RegularExpressions;

namespace EventTimeline;

/// <summary>A document the pipeline could not process; it is left out of the outputs and reported as failed.</summary>
/// <param name="DocumentId">The document's id.</param>
/// <param name="Error">What went wrong, one line for the report.</param>
internal sealed record DocumentFailure(string DocumentId, string Error)
{
    /// <summary>The report's line for a document on which a pattern of <paramref name="stage"/> ran out of time.</summary>
    public static string TimeoutError(PipelineStage stage, RegexMatchTimeoutException timeout)
    {
        ArgumentNullException.ThrowIfNull(timeout);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"a pattern in the {stage.ToString().ToLowerInvariant()} stage took longer than {timeout.MatchTimeout.TotalSeconds:0.#} s on this text");
    }
}
