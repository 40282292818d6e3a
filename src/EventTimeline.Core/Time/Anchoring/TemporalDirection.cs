namespace EventTimeline.Time.Anchoring;

/// <summary>Which way from the document date a clause points, as its tense and cue words tell.</summary>
internal enum TemporalDirection
{
    /// <summary>No cue: take the reading nearest to the document date.</summary>
    Neutral,

    /// <summary>Past tense, perfect, "ago", "last"…: take the reading on or before the document date.</summary>
    Past,

    /// <summary>"will", "plans to", "next", "until"…: take the reading on or after the document date.</summary>
    Future,
}
