namespace EventTimeline.Time;

/// <summary>A text to tag and the date it was written (its DCT), when known.</summary>
/// <param name="Text">The text.</param>
/// <param name="DocumentDate">The document creation time; null leaves relative expressions unresolved.</param>
public sealed record TaggingRequest(string Text, DateOnly? DocumentDate);

/// <summary>Finds, normalizes and anchors time expressions.</summary>
public interface ITemporalTagger : IDisposable
{
    /// <summary>Engine name, as selected on the command line ("microsoft", "native").</summary>
    string Name { get; }

    /// <summary>Tags a batch of texts; the result has one list per request, in request order, each sorted by offset.</summary>
    IReadOnlyList<IReadOnlyList<TimeMention>> Tag(IReadOnlyList<TaggingRequest> batch);
}
