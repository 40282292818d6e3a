using EventTimeline.Documents;
using EventTimeline.Text;
using EventTimeline.Time;

namespace EventTimeline;

/// <summary>One document after the date layer: clean text, sentences and anchored time expressions.</summary>
/// <param name="Document">The prepared document.</param>
/// <param name="Note">How it was prepared (boilerplate removed, where its date came from).</param>
/// <param name="Sentences">Its sentences in order.</param>
/// <param name="TimeMentions">Its time expressions, sorted by offset.</param>
internal sealed record AnalyzedDocument(
    NewsDocument Document,
    PreparationNote Note,
    IReadOnlyList<Sentence> Sentences,
    IReadOnlyList<TimeMention> TimeMentions)
{
    /// <summary>Index of the sentence holding <paramref name="offset"/>, or -1 when it falls between sentences.</summary>
    public int SentenceAt(int offset)
    {
        var low = 0;
        var high = Sentences.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var sentence = Sentences[middle];
            if (offset < sentence.Start)
            {
                high = middle - 1;
            }
            else if (offset >= sentence.End)
            {
                low = middle + 1;
            }
            else
            {
                return middle;
            }
        }

        return -1;
    }
}

/// <summary>
/// The whole pipeline from raw documents to analysed ones: preparation (boilerplate, dates, near-copies),
/// sentences, then time expressions anchored to each document's date. Built once and reused; the stages it
/// holds are immutable, and the tagger is called in batches.
/// </summary>
internal sealed class EventTimelinePipeline
{
    private const int TaggingBatchSize = 16;

    private readonly DocumentPreparer _preparer;
    private readonly ISentenceSplitter _splitter;
    private readonly ITemporalTagger _tagger;

    public EventTimelinePipeline(DocumentPreparer preparer, ISentenceSplitter splitter, ITemporalTagger tagger)
    {
        _preparer = preparer;
        _splitter = splitter;
        _tagger = tagger;
    }

    /// <summary>A pipeline over the shipped data files and the given tagger.</summary>
    public static EventTimelinePipeline CreateDefault(ITemporalTagger tagger) =>
        new(DocumentPreparer.CreateDefault(), SentenceSplitter.CreateDefault(), tagger);

    /// <summary>Analyses <paramref name="documents"/> together; the result is sorted by document id whatever the input order.</summary>
    public IReadOnlyList<AnalyzedDocument> Analyze(IReadOnlyList<RawDocument> documents)
    {
        var prepared = _preparer.Prepare(documents);
        var mentions = new List<IReadOnlyList<TimeMention>>(prepared.Documents.Count);
        foreach (var batch in prepared.Documents.Chunk(TaggingBatchSize))
        {
            mentions.AddRange(_tagger.Tag(batch.Select(d => new TaggingRequest(d.Text, d.Published)).ToList()));
        }

        return prepared.Documents
            .Select((document, i) => new AnalyzedDocument(document, prepared.Notes[i], _splitter.Split(document.Text), mentions[i]))
            .ToList();
    }
}
