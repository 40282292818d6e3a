using EventTimeline.Text;

namespace EventTimeline.Documents;

/// <summary>One token of a CAT document, placed in the text rebuilt from all tokens.</summary>
/// <param name="TokenId">The token's <c>t_id</c>.</param>
/// <param name="Sentence">The token's <c>sentence</c> number, as the task's mention ids use it.</param>
/// <param name="Number">The token's <c>number</c> (its position in the document, from 0).</param>
/// <param name="Text">The token as written.</param>
/// <param name="Start">Offset of the token's first character in <see cref="CatDocument.Text"/>.</param>
public sealed record CatToken(int TokenId, int Sentence, int Number, string Text, int Start)
{
    /// <summary>Number of characters.</summary>
    public int Length => Text.Length;

    /// <summary>Offset one past the last character.</summary>
    public int End => Start + Text.Length;
}

/// <summary>A gold <c>EVENT_MENTION</c> markable of a CAT document (Track B data: used only to measure event recall).</summary>
/// <param name="MarkableId">The markable's <c>m_id</c>.</param>
/// <param name="TokenIds">The <c>t_id</c>s of its token anchors, in document order.</param>
public sealed record CatEventMention(string MarkableId, IReadOnlyList<int> TokenIds);

/// <summary>A SemEval-2015 Task 4 document in CAT format: its tokens, a plain text rebuilt from them, its DCT and gold event mentions.</summary>
/// <param name="DocId">The <c>doc_id</c> (the first part of the task's mention ids).</param>
/// <param name="DocName">The <c>doc_name</c>.</param>
/// <param name="SourceUrl">The <c>src_url</c>, when given.</param>
/// <param name="DctValue">The value of the TIMEX3 with <c>functionInDocument="CREATION_TIME"</c>, as written.</param>
/// <param name="Dct">The calendar date of <paramref name="DctValue"/>, when it starts with one.</param>
/// <param name="Text">The tokens joined with spaces where the language wants them, one line per sentence.</param>
/// <param name="Tokens">Every token in document order, with its offset in <paramref name="Text"/>.</param>
/// <param name="Sentences">One entry per CAT sentence; <see cref="Sentence.Index"/> is the CAT sentence number.</param>
/// <param name="GoldEventMentions">The gold event mentions the file carries, in file order (empty for Track A input).</param>
public sealed record CatDocument(
    string DocId,
    string DocName,
    string? SourceUrl,
    string? DctValue,
    DateOnly? Dct,
    string Text,
    IReadOnlyList<CatToken> Tokens,
    IReadOnlyList<Sentence> Sentences,
    IReadOnlyList<CatEventMention> GoldEventMentions)
{
    /// <summary>The token with <c>t_id</c> <paramref name="tokenId"/>, or null.</summary>
    public CatToken? Token(int tokenId)
    {
        foreach (var token in Tokens)
        {
            if (token.TokenId == tokenId)
            {
                return token;
            }
        }

        return null;
    }

    /// <summary>The token covering character <paramref name="offset"/> of <see cref="Text"/>, or null on a space, newline or outside the text.</summary>
    public CatToken? TokenAt(int offset)
    {
        var index = FirstEndingAfter(offset);
        return index < Tokens.Count && Tokens[index].Start <= offset ? Tokens[index] : null;
    }

    /// <summary>The tokens that share at least one character with the span [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>), in order.</summary>
    public IReadOnlyList<CatToken> TokensOverlapping(int start, int length)
    {
        var end = start + length;
        var found = new List<CatToken>();
        if (length <= 0)
        {
            return found;
        }

        for (var i = FirstEndingAfter(start); i < Tokens.Count && Tokens[i].Start < end; i++)
        {
            found.Add(Tokens[i]);
        }

        return found;
    }

    /// <summary>The tokens of a gold event mention, in document order (anchors to unknown tokens are skipped).</summary>
    public IReadOnlyList<CatToken> TokensOf(CatEventMention mention) =>
        mention.TokenIds.Select(Token).OfType<CatToken>().OrderBy(t => t.Start).ToList();

    /// <summary>This document as the pipeline's input: Text as the text, the DCT as the publication date.</summary>
    /// <param name="path">The path to record, relative to the input root.</param>
    public NewsDocument ToNewsDocument(string path) => new(
        DocId,
        path,
        Sentences.Count > 0 ? Sentences[0].Text : null,
        null,
        SourceUrl,
        Dct,
        Dct is null ? PublishedBasis.None : PublishedBasis.Manifest,
        Text,
        null);

    // Tokens are sorted by Start and do not overlap, so their ends are sorted too.
    private int FirstEndingAfter(int offset)
    {
        int low = 0, high = Tokens.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Tokens[middle].End <= offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
