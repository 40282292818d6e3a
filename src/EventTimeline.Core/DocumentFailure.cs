namespace EventTimeline;

/// <summary>A document the pipeline could not process; it is left out of the outputs and reported as failed.</summary>
/// <param name="DocumentId">The document's id.</param>
/// <param name="Error">What went wrong, one line for the report.</param>
internal sealed record DocumentFailure(string DocumentId, string Error);
