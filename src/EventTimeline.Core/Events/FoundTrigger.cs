namespace EventTimeline.Events;

/// <summary>An event trigger found in a sentence, with the event type chosen for its context.</summary>
/// <param name="First">Index of the first token.</param>
/// <param name="Last">Index of the last token.</param>
/// <param name="Trigger">The lexicon entry, with the chosen type.</param>
/// <param name="Form">The trigger's words in lower case, joined by spaces.</param>
/// <param name="Nominal">True when the trigger is used as a noun ("the talks", "a visit").</param>
internal sealed record FoundTrigger(int First, int Last, EventTrigger Trigger, string Form, bool Nominal)
{
    /// <summary>The chosen event type id.</summary>
    public string Type => Trigger.Type.Id;
}
