namespace EventTimeline.Documents;

/// <summary>A TIMEX3 tag found in the TEXT of a TimeML document.</summary>
/// <param name="Tid">The tag's <c>tid</c>.</param>
/// <param name="Start">Offset of the first character in the document's raw text.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Text">The tagged text.</param>
/// <param name="Type">The <c>type</c> attribute as written (DATE, TIME, DURATION, SET).</param>
/// <param name="Value">The <c>value</c> attribute as written.</param>
public sealed record GoldTimex(string Tid, int Start, int Length, string Text, string Type, string Value)
{
    /// <summary>Offset one past the last character.</summary>
    public int End => Start + Length;
}

/// <summary>A TimeML document: its id, creation date and the raw text of TEXT with the TIMEX3 tags it held.</summary>
/// <param name="DocId">The DOCID, or the source name when the document has none.</param>
/// <param name="DocumentDate">The date of the DCT's TIMEX3 value, when it has one.</param>
/// <param name="DctValue">The DCT's TIMEX3 value as written ("1998-08-07T06:18:00"), when present.</param>
/// <param name="Text">The concatenated text nodes of TEXT, every tag removed, entities decoded.</param>
/// <param name="GoldTimexes">TIMEX3 tags of TEXT with offsets into <paramref name="Text"/>, in document order.</param>
public sealed record TimeMlDocument(
    string DocId,
    DateOnly? DocumentDate,
    string? DctValue,
    string Text,
    IReadOnlyList<GoldTimex> GoldTimexes);
