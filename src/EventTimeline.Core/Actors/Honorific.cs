namespace EventTimeline.Actors;

/// <summary>A word put before a name and stripped from it ("Mr.", "Dr.", "Gen.").</summary>
/// <param name="Form">The honorific as written.</param>
/// <param name="TitleId">Id of the title it also implies ("Gen." implies general), or null.</param>
internal sealed record Honorific(string Form, string? TitleId);
