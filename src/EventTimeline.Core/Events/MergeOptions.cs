namespace EventTimeline.Events;

/// <summary>How a merge run treats mentions beyond the merge rules: whether every mention is kept, and which documents tell the same story.</summary>
/// <param name="KeepEveryMention">Keep mentions none of whose participants resolved to an actor (given mentions, as in an evaluation on annotated
/// mentions); their document's story stands in for their participants. By default such mentions are left out.</param>
/// <param name="Stories">Document id → story number; when given, mentions of documents of different stories never merge.</param>
internal sealed record MergeOptions(bool KeepEveryMention, IReadOnlyDictionary<string, int>? Stories)
{
    /// <summary>The product's run: mentions without a resolved participant are left out, no story grouping.</summary>
    public static MergeOptions Default { get; } = new(false, null);
}
