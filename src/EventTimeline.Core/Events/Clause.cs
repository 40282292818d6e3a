namespace EventTimeline.Events;

/// <summary>A span of a sentence's tokens that holds one clause.</summary>
/// <param name="Start">Index of the first token.</param>
/// <param name="End">Index one past the last token.</param>
internal readonly record struct Clause(int Start, int End)
{
    /// <summary>Whether token <paramref name="index"/> lies in the clause.</summary>
    public bool Contains(int index) => index >= Start && index < End;
}
