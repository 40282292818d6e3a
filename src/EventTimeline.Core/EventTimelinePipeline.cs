using EventTimeline.Actors;
using EventTimeline.Documents;
using EventTimeline.Events;
using EventTimeline.Export;
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

/// <summary>Everything one run produces: the analysed documents, the actors resolved across them and the timeline of merged events.</summary>
/// <param name="Documents">Analysed documents, sorted by id.</param>
/// <param name="Actors">Actors and, per document, what each actor mention refers to.</param>
/// <param name="Timeline">The timeline.json model.</param>
internal sealed record CorpusResult(IReadOnlyList<AnalyzedDocument> Documents, ActorResolution Actors, TimelineFile Timeline)
{
    /// <summary>Documents left out because a stage failed on them (the recognizer died or hung on them), sorted by id.</summary>
    public IReadOnlyList<DocumentFailure> Failures { get; init; } = [];

    /// <summary>The merged events behind <see cref="Timeline"/>, undated ones included, with their mentions' offsets.</summary>
    public IReadOnlyList<MergedEvent> Events { get; init; } = [];
}

/// <summary>
/// The whole pipeline from raw documents to the timeline: preparation (boilerplate, dates, near-copies),
/// sentences, time expressions anchored to each document's date, actors recognized and resolved across
/// documents, events extracted per clause and merged across documents. Built once and reused; the stages it
/// holds are immutable, and the tagger is called in batches.
/// </summary>
internal sealed class EventTimelinePipeline
{
    private const int TaggingBatchSize = 16;

    private readonly DocumentPreparer _preparer;
    private readonly ISentenceSplitter _splitter;
    private readonly ITemporalTagger _tagger;
    private readonly IActorRecognizer _actors;
    private readonly IActorResolver _resolver;
    private readonly IEventExtractor _events;
    private readonly EventMerger _merger;
    private readonly TimelineBuilder _timeline;

    public EventTimelinePipeline(
        DocumentPreparer preparer,
        ISentenceSplitter splitter,
        ITemporalTagger tagger,
        IActorRecognizer actors,
        IActorResolver resolver,
        IEventExtractor events,
        EventMerger merger,
        TimelineBuilder timeline)
    {
        _preparer = preparer;
        _splitter = splitter;
        _tagger = tagger;
        _actors = actors;
        _resolver = resolver;
        _events = events;
        _merger = merger;
        _timeline = timeline;
    }

    /// <summary>A pipeline over the shipped data files and the given tagger.</summary>
    public static EventTimelinePipeline CreateDefault(ITemporalTagger tagger) => new(
        DocumentPreparer.CreateDefault(),
        SentenceSplitter.CreateDefault(),
        tagger,
        ActorRecognizer.Default,
        ActorResolver.Default,
        EventExtractor.BuiltIn,
        EventMerger.BuiltIn,
        TimelineBuilder.BuiltIn);

    /// <summary>Analyses <paramref name="documents"/> together; the result is sorted by document id whatever the input order (documents the tagger failed on are left out).</summary>
    public IReadOnlyList<AnalyzedDocument> Analyze(IReadOnlyList<RawDocument> documents) => AnalyzeAll(documents).Documents;

    /// <summary>Runs every stage on <paramref name="documents"/>; the result does not depend on the input order.</summary>
    public CorpusResult Build(IReadOnlyList<RawDocument> documents)
    {
        var (analyzed, failures) = AnalyzeAll(documents);
        var recognized = new List<DocumentActorMentions>(analyzed.Count);
        var annotated = new List<AnnotatedDocument>(analyzed.Count);
        foreach (var document in analyzed)
        {
            var actors = _actors.Recognize(document.Document, document.Sentences);
            recognized.Add(new DocumentActorMentions(document.Document.Id, actors));
            annotated.Add(AnnotatedDocument.From(document, actors));
        }

        var resolution = _resolver.Resolve(recognized);
        var mentions = annotated.SelectMany(document => _events.Extract(document)).ToList();
        var merged = _merger.Merge(annotated, mentions, resolution);
        var timeline = _timeline.Build([.. analyzed.Select(a => a.Document)], resolution, merged);
        return new CorpusResult(analyzed, resolution, timeline) { Failures = failures, Events = merged };
    }

    // A document the tagger fails on (see BatchTagging) is left out of every later stage and returned as a failure.
    private (IReadOnlyList<AnalyzedDocument> Documents, IReadOnlyList<DocumentFailure> Failures) AnalyzeAll(IReadOnlyList<RawDocument> documents)
    {
        var prepared = _preparer.Prepare(documents);
        var tagged = new List<TaggingOutcome>(prepared.Documents.Count);
        foreach (var batch in prepared.Documents.Chunk(TaggingBatchSize))
        {
            tagged.AddRange(BatchTagging.Tag(_tagger, batch.Select(d => new TaggingRequest(d.Text, d.Published)).ToList()));
        }

        var analyzed = new List<AnalyzedDocument>(prepared.Documents.Count);
        var failures = new List<DocumentFailure>();
        for (var i = 0; i < prepared.Documents.Count; i++)
        {
            var document = prepared.Documents[i];
            if (tagged[i].Error is { } error)
            {
                failures.Add(new DocumentFailure(document.Id, error));
                continue;
            }

            analyzed.Add(new AnalyzedDocument(document, prepared.Notes[i], _splitter.Split(document.Text), tagged[i].Mentions));
        }

        return (analyzed, failures);
    }
}
