namespace EventTimeline.Summary;

/// <summary>What a key-dates summary is asked for.</summary>
/// <param name="Dates">How many dates (null: <see cref="DefaultDates"/> of the corpus).</param>
/// <param name="Sentences">Sentences per date at most (null: <see cref="DefaultSentences"/>).</param>
/// <param name="From">First day that may be picked, inclusive, or null.</param>
/// <param name="To">Last day that may be picked, inclusive, or null.</param>
internal sealed record SummaryOptions(int? Dates = null, int? Sentences = null, DateOnly? From = null, DateOnly? To = null)
{
    /// <summary>Sentences per date when not asked: journalists' timelines give one to three.</summary>
    public const int DefaultSentences = 2;

    /// <summary>Documents per key date when the number of dates is not asked.</summary>
    public const int DocumentsPerDate = 25;

    /// <summary>Fewest dates when not asked.</summary>
    public const int MinimumDefaultDates = 5;

    /// <summary>Most dates when not asked.</summary>
    public const int MaximumDefaultDates = 40;

    /// <summary>Dates when not asked: one per <see cref="DocumentsPerDate"/> documents, between <see cref="MinimumDefaultDates"/> and <see cref="MaximumDefaultDates"/>.</summary>
    public static int DefaultDates(int documents) => Math.Clamp((documents + (DocumentsPerDate / 2)) / DocumentsPerDate, MinimumDefaultDates, MaximumDefaultDates);

    /// <summary>A problem with the options in one line, or null when they are usable.</summary>
    public string? Validate() =>
        Dates is < 1 ? $"--dates must be at least 1, not {Dates}"
        : Sentences is < 1 ? $"--sentences must be at least 1, not {Sentences}"
        : From is { } from && To is { } to && from > to ? $"--from {from:yyyy-MM-dd} is after --to {to:yyyy-MM-dd}"
        : null;
}
