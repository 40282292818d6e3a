namespace EventTimeline.Events;

/// <summary>A surface form that signals an event of a type.</summary>
/// <param name="Form">The form as listed ("warned").</param>
/// <param name="Lemma">Its lemma ("warn").</param>
/// <param name="Pos">Verb, noun or phrase.</param>
/// <param name="Type">The event type it signals.</param>
internal sealed record EventTrigger(string Form, string Lemma, TriggerPos Pos, EventType Type);
