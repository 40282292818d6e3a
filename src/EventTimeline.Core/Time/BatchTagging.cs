using System.Globalization;
using System.Text.RegularExpressions;

namespace EventTimeline.Time;

/// <summary>The time expressions of one document, or why it could not be tagged.</summary>
/// <param name="Mentions">The mentions (empty when <paramref name="Error"/> is set).</param>
/// <param name="Error">Why tagging failed, for the report; null when it worked.</param>
internal sealed record TaggingOutcome(IReadOnlyList<TimeMention> Mentions, string? Error);

/// <summary>Tags a batch so that one bad document fails alone: when the batch fails, its documents are tagged one by one.</summary>
internal static class BatchTagging
{
    /// <summary>One outcome per request, in order; only <see cref="TaggingFailedException"/> and regex timeouts count as a document's failure, anything else is a bug and propagates.</summary>
    public static IReadOnlyList<TaggingOutcome> Tag(ITemporalTagger tagger, IReadOnlyList<TaggingRequest> batch)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(batch);
        if (TryTag(tagger, batch, out var mentions, out var error))
        {
            return mentions.Select(m => new TaggingOutcome(m, null)).ToList();
        }

        if (batch.Count == 1)
        {
            return [new TaggingOutcome([], error)];
        }

        var outcomes = new List<TaggingOutcome>(batch.Count);
        foreach (var request in batch)
        {
            outcomes.Add(TryTag(tagger, [request], out var single, out var singleError)
                ? new TaggingOutcome(single[0], null)
                : new TaggingOutcome([], singleError));
        }

        return outcomes;
    }

    private static bool TryTag(ITemporalTagger tagger, IReadOnlyList<TaggingRequest> batch, out IReadOnlyList<IReadOnlyList<TimeMention>> mentions, out string? error)
    {
        try
        {
            mentions = tagger.Tag(batch);
            error = null;
            return true;
        }
        catch (TaggingFailedException e)
        {
            error = e.Message;
        }
        catch (RegexMatchTimeoutException e)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"a time pattern took longer than {e.MatchTimeout.TotalSeconds:0.#} s on this text");
        }

        mentions = [];
        return false;
    }
}
