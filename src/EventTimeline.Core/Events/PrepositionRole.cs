namespace EventTimeline.Events;

/// <summary>What a preposition before an actor makes of it in an event.</summary>
internal enum PrepositionRole
{
    /// <summary>The doer ("by X").</summary>
    Source,

    /// <summary>Whom the event is aimed at or done with ("with X").</summary>
    Target,

    /// <summary>One of several taking part ("between X and Y").</summary>
    Participant,

    /// <summary>Where the event happened ("in X"), for places and countries.</summary>
    Location,

    /// <summary>What the event is about ("over X"): not a participant.</summary>
    Topic,
}
