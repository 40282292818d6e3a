namespace EventTimeline.Events;

/// <summary>A word or punctuation mark of a sentence, with its offset in the document text.</summary>
/// <param name="Start">Offset of the first character in the document text.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Text">The token as written.</param>
/// <param name="Lower">The token in lower case, with curly apostrophes made straight.</param>
/// <param name="IsWord">True for words and numbers, false for punctuation.</param>
internal readonly record struct EventToken(int Start, int Length, string Text, string Lower, bool IsWord)
{
    /// <summary>Offset one past the last character.</summary>
    public int End => Start + Length;
}
