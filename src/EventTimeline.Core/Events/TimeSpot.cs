using EventTimeline.Time;

namespace EventTimeline.Events;

/// <summary>A time expression placed on a sentence's tokens.</summary>
/// <param name="Mention">The time expression.</param>
/// <param name="First">Index of the first token.</param>
/// <param name="Last">Index of the last token.</param>
internal sealed record TimeSpot(TimeMention Mention, int First, int Last);
