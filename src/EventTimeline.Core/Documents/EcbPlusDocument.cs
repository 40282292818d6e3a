namespace EventTimeline.Documents;

/// <summary>An annotated event mention (an <c>ACTION_*</c> or <c>NEG_ACTION_*</c> markable) of an ECB+ document.</summary>
/// <param name="MarkableId">The markable's <c>m_id</c>.</param>
/// <param name="Tag">The markable's tag ("ACTION_OCCURRENCE").</param>
/// <param name="TokenIds">The <c>t_id</c>s of its token anchors, in document order.</param>
/// <param name="Chain">The gold chain: the <c>CROSS_DOC_COREF</c> note, else the document's <c>INTRA_DOC_COREF</c> relation, else null (a singleton).</param>
public sealed record EcbPlusMention(string MarkableId, string Tag, IReadOnlyList<int> TokenIds, string? Chain);

/// <summary>An ECB+ document: its tokens and text (as a CAT document), its topic and file name, and its gold event mentions.</summary>
/// <param name="Topic">The topic number, the part of the file name before the underscore.</param>
/// <param name="FileName">The file name without extension ("2_1ecbplus").</param>
/// <param name="Cat">Tokens, rebuilt text and sentences.</param>
/// <param name="Mentions">Its event mentions, in document order of their first token.</param>
public sealed record EcbPlusDocument(int Topic, string FileName, CatDocument Cat, IReadOnlyList<EcbPlusMention> Mentions)
{
    /// <summary>The name within its topic the annotated-sentence list uses ("1ecbplus" for "2_1ecbplus").</summary>
    public string ListedName => FileName[(FileName.IndexOf('_', StringComparison.Ordinal) + 1)..];
}
