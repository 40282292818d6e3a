namespace EventTimeline.Documents;

/// <summary>An annotated event mention (an <c>ACTION_*</c> or <c>NEG_ACTION_*</c> markable) of an ECB+ document.</summary>
/// <param name="MarkableId">The markable's <c>m_id</c>.</param>
/// <param name="Tag">The markable's tag ("ACTION_OCCURRENCE").</param>
/// <param name="TokenIds">The <c>t_id</c>s of its token anchors, in document order.</param>
/// <param name="Chain">The gold chain: the <c>CROSS_DOC_COREF</c> note, else the document's <c>INTRA_DOC_COREF</c> relation, else null (a singleton).</param>
public sealed record EcbPlusMention(string MarkableId, string Tag, IReadOnlyList<int> TokenIds, string? Chain);

/// <summary>An annotated participant, time or location of an ECB+ document (a <c>HUMAN_PART_*</c>, <c>NON_HUMAN_PART*</c>, <c>TIME_*</c> or <c>LOC_*</c> markable).</summary>
/// <param name="MarkableId">The markable's <c>m_id</c>.</param>
/// <param name="Tag">The markable's tag ("HUMAN_PART_PER", "TIME_DATE").</param>
/// <param name="TokenIds">The <c>t_id</c>s of its token anchors, in document order.</param>
public sealed record EcbPlusArgument(string MarkableId, string Tag, IReadOnlyList<int> TokenIds)
{
    /// <summary>True for a participant (<c>HUMAN_PART*</c> or <c>NON_HUMAN_PART*</c>).</summary>
    public bool IsParticipant => Tag.StartsWith("HUMAN_PART", StringComparison.Ordinal) || Tag.StartsWith("NON_HUMAN_PART", StringComparison.Ordinal);

    /// <summary>True for a time (<c>TIME_*</c>).</summary>
    public bool IsTime => Tag.StartsWith("TIME_", StringComparison.Ordinal);
}

/// <summary>An ECB+ document: its tokens and text (as a CAT document), its topic and file name, and its gold event mentions.</summary>
/// <param name="Topic">The topic number, the part of the file name before the underscore.</param>
/// <param name="FileName">The file name without extension ("2_1ecbplus").</param>
/// <param name="Cat">Tokens, rebuilt text and sentences.</param>
/// <param name="Mentions">Its event mentions, in document order of their first token.</param>
public sealed record EcbPlusDocument(int Topic, string FileName, CatDocument Cat, IReadOnlyList<EcbPlusMention> Mentions)
{
    /// <summary>The name within its topic the annotated-sentence list uses ("1ecbplus" for "2_1ecbplus").</summary>
    public string ListedName => FileName[(FileName.IndexOf('_', StringComparison.Ordinal) + 1)..];

    /// <summary>Its annotated participants, times and locations, in document order of their first token.</summary>
    /// <remarks>The ECB+ release links none of them to an action: they are marked in the annotated sentences, beside the actions.</remarks>
    public IReadOnlyList<EcbPlusArgument> Arguments { get; init; } = [];
}
