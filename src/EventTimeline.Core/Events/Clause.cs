namespace EventTimeline.Events;

/// <summary>A span of a sentence's tokens that holds one clause, less the apposition it may enclose.</summary>
/// <param name="Start">Index of the first token.</param>
/// <param name="End">Index one past the last token.</param>
internal readonly record struct Clause(int Start, int End)
{
    /// <summary>Index of the first token of an enclosed apposition that belongs to another clause ("Hazelwood, captain of the tanker that ran aground in 1989, was acquitted"), or 0.</summary>
    public int GapStart { get; init; }

    /// <summary>Index one past the last token of the enclosed apposition, or 0 when there is none.</summary>
    public int GapEnd { get; init; }

    /// <summary>Whether token <paramref name="index"/> lies in the clause.</summary>
    public bool Contains(int index) => index >= Start && index < End && !(index >= GapStart && index < GapEnd);
}
