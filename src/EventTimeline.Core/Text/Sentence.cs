namespace EventTimeline.Text;

/// <summary>One sentence of a document's clean text.</summary>
/// <param name="Index">Zero-based position in the document.</param>
/// <param name="Start">Offset of the first character in the document text.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Text">The sentence text (the document text at that span).</param>
public sealed record Sentence(int Index, int Start, int Length, string Text)
{
    /// <summary>Offset one past the last character.</summary>
    public int End => Start + Length;
}

/// <summary>Splits clean text into sentences.</summary>
public interface ISentenceSplitter
{
    /// <summary>Returns the sentences of <paramref name="text"/> in order, with offsets into it.</summary>
    IReadOnlyList<Sentence> Split(string text);
}
