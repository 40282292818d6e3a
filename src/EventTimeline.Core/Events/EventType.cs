namespace EventTimeline.Events;

/// <summary>One type of the event vocabulary ("call", "talks", "deployment", "product-launch").</summary>
/// <param name="Id">Stable id.</param>
/// <param name="Label">Short human-readable label.</param>
/// <param name="Cameo">The most fitting CAMEO event code, or null when CAMEO has none (business events, elections).</param>
/// <param name="Goldstein">The Goldstein score of <paramref name="Cameo"/>, or null.</param>
/// <param name="Note">Why the code was chosen or what the triggers confuse, or null.</param>
internal sealed record EventType(string Id, string Label, string? Cameo, double? Goldstein, string? Note);
