namespace EventTimeline.Events;

/// <summary>What a trigger form is grammatically.</summary>
internal enum TriggerPos
{
    /// <summary>An inflected verb ("warned").</summary>
    Verb,

    /// <summary>A noun, often a nominalization ("talks", "arrival").</summary>
    Noun,

    /// <summary>A fixed multi-word expression ("strike a deal").</summary>
    Phrase,
}
