namespace EventTimeline.Export;

/// <summary>A timeline summary as Timeline17 writes it: dates, each with the sentences that say what happened on it.</summary>
/// <param name="Dates">Each date with its sentences, in date order; a date appears once.</param>
public sealed record SummaryTimeline(IReadOnlyList<SummaryTimelineDate> Dates)
{
    /// <summary>How many sentences a date has on average (0 for an empty timeline).</summary>
    public double MeanSentencesPerDate => Dates.Count == 0 ? 0 : (double)Dates.Sum(d => d.Sentences.Count) / Dates.Count;
}

/// <summary>One date of a <see cref="SummaryTimeline"/>.</summary>
/// <param name="Date">The day.</param>
/// <param name="Sentences">Its sentences, as written.</param>
public sealed record SummaryTimelineDate(DateOnly Date, IReadOnlyList<string> Sentences);
