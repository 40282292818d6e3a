using EventTimeline.Actors;
using EventTimeline.Documents;
using EventTimeline.Events;
using EventTimeline.Export;
using EventTimeline.Model;
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
    /// <summary>The length of the prepared text (<see cref="NewsDocument.Text"/>'s, unless the text was left out to save memory).</summary>
    public int Characters { get; init; } = Document.Text.Length;

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
    /// <summary>Documents left out because a stage failed on them (the recognizer died or hung on them, or a pattern ran out of time on their text), sorted by id.</summary>
    public IReadOnlyList<DocumentFailure> Failures { get; init; } = [];

    /// <summary>The page furniture found across the corpus and dropped before extraction.</summary>
    public IReadOnlyList<FurnitureLine> Furniture { get; init; } = [];

    /// <summary>
    /// Reads every analysed document whole again, one at a time, in <see cref="Documents"/>' order; null when <see cref="Documents"/> are
    /// whole. A result merged from a store sets it: its documents keep only what merging and the key dates' day references need (no
    /// text, sentences without their text, time expressions without their text and without their value unless it is of the time of writing).
    /// </summary>
    public Func<IEnumerable<AnalyzedDocument>>? StoredDocuments { get; init; }

    /// <summary>Every analysed document whole (sentences and time expressions with their text), one at a time, in id order.</summary>
    public IEnumerable<AnalyzedDocument> WholeDocuments() => StoredDocuments?.Invoke() ?? Documents;

    /// <summary>The log of the merge's decisions, for the next merge of the same store (<see cref="EventTimelinePipeline.Complete"/>), or null for a build from documents.</summary>
    public MergeLog? MergeLog { get; init; }

    /// <summary>The merged events behind <see cref="Timeline"/>, undated ones included, with their mentions' offsets.</summary>
    public IReadOnlyList<MergedEvent> Events { get; init; } = [];

    /// <summary>Ids of the documents whose publication date is unknown (no manifest entry, metadata, dateline or corpus estimate), in id order.</summary>
    public IReadOnlyList<string> UndatedDocuments => [.. Documents.Where(analyzed => analyzed.Document.Published is null).Select(analyzed => analyzed.Document.Id)];

    /// <summary>How many merged events could not be placed on the calendar (they are on the timeline only when asked for); counted in <see cref="Events"/> unless set.</summary>
    public int UndatedEvents
    {
        get => _undatedEvents ?? Events.Count(merged => merged.Date.Interval is null);
        init => _undatedEvents = value;
    }

    private readonly int? _undatedEvents;
}

/// <summary>What the pipeline has found before merging: the analysed documents, their actor mentions, the event mentions and the actors resolved across documents.</summary>
/// <param name="Documents">Analysed documents, sorted by id.</param>
/// <param name="Annotated">The same documents with their actor mentions, same order.</param>
/// <param name="Mentions">Every event mention, by document.</param>
/// <param name="Actors">Actors resolved across the documents.</param>
/// <param name="Failures">Documents left out because a stage failed on them, sorted by id.</param>
internal sealed record ExtractedCorpus(
    List<AnalyzedDocument> Documents,
    List<AnnotatedDocument> Annotated,
    List<EventMention> Mentions,
    ActorResolution Actors,
    List<DocumentFailure> Failures)
{
    /// <summary>Page furniture found across the corpus and dropped before extraction.</summary>
    public IReadOnlyList<FurnitureLine> Furniture { get; init; } = [];
}

/// <summary>
/// The whole pipeline from raw documents to the timeline: preparation (tokenized text made prose, boilerplate,
/// near-copies, page furniture recurring across an outlet's documents, dates), sentences, time expressions anchored
/// to each document's date, actors recognized and resolved across documents, events extracted per clause, outlets
/// and journalists left out of what they report, and events merged across documents. Built once and reused; the stages it
/// holds are immutable, and the tagger is called in batches.
/// </summary>
/// <remarks>
/// Per-document stages (dates, sentences, actors, events) run on up to <c>jobs</c> documents at once, each stage
/// over the whole corpus before the next, and all of them before the whole-corpus ones; a document on which a stage's
/// pattern runs out of time fails alone and is left out of the later stages; every result goes to its document's slot, so the outputs are the same
/// whatever the number of jobs. The stages and the tagger must be thread-safe (both engines are).
/// </remarks>
internal sealed class EventTimelinePipeline
{
    private const int TaggingBatchSize = 16;

    private readonly DocumentPreparer _preparer;
    private readonly ISentenceSplitter _splitter;
    private readonly ITemporalTagger _tagger;
    private readonly IActorRecognizer _actors;
    private readonly IActorResolver _resolver;
    private readonly IEventExtractor _events;
    private readonly ReporterFilter _reporters;
    private readonly EventMerger _merger;
    private readonly TimelineBuilder _timeline;

    public EventTimelinePipeline(
        DocumentPreparer preparer,
        ISentenceSplitter splitter,
        ITemporalTagger tagger,
        IActorRecognizer actors,
        IActorResolver resolver,
        IEventExtractor events,
        ReporterFilter reporters,
        EventMerger merger,
        TimelineBuilder timeline)
    {
        _preparer = preparer;
        _splitter = splitter;
        _tagger = tagger;
        _actors = actors;
        _resolver = resolver;
        _events = events;
        _reporters = reporters;
        _merger = merger;
        _timeline = timeline;
    }

    /// <summary>A pipeline over the shipped data files and the given tagger.</summary>
    /// <remarks>The stages' data files are independent of each other, so they are loaded on every core at once: a short run spends most of its time waiting for them.</remarks>
    public static EventTimelinePipeline CreateDefault(ITemporalTagger tagger)
    {
        DocumentPreparer? preparer = null;
        ISentenceSplitter? splitter = null;
        IActorRecognizer? actors = null;
        IActorResolver? resolver = null;
        IEventExtractor? events = null;
        ReporterFilter? reporters = null;
        EventMerger? merger = null;
        TimelineBuilder? timeline = null;
        Parallel.Invoke(
            () => actors = ActorRecognizer.Default,
            () => events = EventExtractor.BuiltIn,
            () => resolver = ActorResolver.Default,
            () => preparer = DocumentPreparer.CreateDefault(),
            () => splitter = SentenceSplitter.CreateDefault(),
            () => reporters = ReporterFilter.BuiltIn,
            () => merger = EventMerger.BuiltIn,
            () => timeline = TimelineBuilder.BuiltIn);
        return new(preparer!, splitter!, tagger, actors!, resolver!, events!, reporters!, merger!, timeline!);
    }

    /// <summary>Analyses <paramref name="documents"/> together; the result is sorted by document id whatever the input order (documents the tagger or the splitter failed on are left out).</summary>
    public IReadOnlyList<AnalyzedDocument> Analyze(IReadOnlyList<RawDocument> documents, int jobs = 1, IPipelineObserver? observer = null) =>
        AnalyzeAll(documents, new StageRunner(jobs, observer), jobs).Documents;

    /// <summary>Runs every stage on <paramref name="documents"/>, up to <paramref name="jobs"/> documents at once; the result does not depend on the input order nor on <paramref name="jobs"/>.</summary>
    /// <param name="documents">The documents.</param>
    /// <param name="jobs">Documents processed at once.</param>
    /// <param name="observer">Told of each stage's progress, or null.</param>
    /// <param name="includeUndated">Whether events that could not be placed on the calendar go on the timeline too (last, without a date).</param>
    public CorpusResult Build(IReadOnlyList<RawDocument> documents, int jobs = 1, IPipelineObserver? observer = null, bool includeUndated = false)
    {
        var run = new StageRunner(jobs, observer);
        return Finish(run, ExtractAll(documents, run, jobs), jobs, includeUndated);
    }

    /// <summary>Runs every stage before merging on <paramref name="documents"/>: what the merger would be given.</summary>
    public ExtractedCorpus Extract(IReadOnlyList<RawDocument> documents, int jobs = 1) => ExtractAll(documents, new StageRunner(jobs, null), jobs);

    /// <summary>Merges event mentions of documents this pipeline extracted, as <see cref="Build"/> does.</summary>
    public IReadOnlyList<MergedEvent> Merge(ExtractedCorpus corpus, IReadOnlyList<EventMention> mentions, int jobs = 1, MergeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        return _merger.Merge(corpus.Annotated, mentions, corpus.Actors, jobs, options);
    }

    /// <summary>The preparation stage, for a store that prepares its corpus a part at a time.</summary>
    internal DocumentPreparer Preparer => _preparer;

    /// <summary>Runs the corpus-wide preparation (cleaning, near-copies, page furniture, publication dates) on <paramref name="documents"/>: its result decides which per-document extractions still hold.</summary>
    public PreparedCorpus Prepare(IReadOnlyList<RawDocument> documents, int jobs = 1, IPipelineObserver? observer = null) =>
        new StageRunner(jobs, observer).Whole(PipelineStage.Prepare, documents.Count, () => _preparer.Prepare(documents, jobs));

    /// <summary>Runs the per-document stages (dates, sentences, actors, events) on prepared documents; extraction <c>i</c> is that of document <c>i</c>, and depends on that document alone.</summary>
    public IReadOnlyList<DocumentExtraction> ExtractEach(IReadOnlyList<NewsDocument> documents, int jobs = 1, IPipelineObserver? observer = null) =>
        ExtractEach(documents, new StageRunner(jobs, observer));

    /// <summary>Runs the corpus-wide stages after extraction (actor resolution, reporters, merging, the timeline) on a prepared corpus and the extraction of each of its documents, as <see cref="Build"/> does.</summary>
    /// <param name="prepared">The prepared corpus.</param>
    /// <param name="extractions">One extraction per document of <paramref name="prepared"/>, same order.</param>
    /// <param name="jobs">Threads used.</param>
    /// <param name="observer">Told of each stage's progress, or null.</param>
    /// <param name="includeUndated">Whether undated events go on the timeline too.</param>
    /// <param name="evidence">
    /// When the extractions' sentences have no text (a merge from a store, which holds every extraction at once): reads the documents
    /// whole again, one at a time, for the sentences that report the merged events, once merging is done.
    /// </param>
    /// <param name="earlierMerge">The log of the store's last merge (<see cref="CorpusResult.MergeLog"/>), whose decisions that still hold are taken again; the result is the same without it.</param>
    public CorpusResult Complete(
        PreparedCorpus prepared,
        IReadOnlyList<DocumentExtraction> extractions,
        int jobs = 1,
        IPipelineObserver? observer = null,
        bool includeUndated = false,
        Func<IEnumerable<AnalyzedDocument>>? evidence = null,
        MergeLog? earlierMerge = null)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        ArgumentNullException.ThrowIfNull(extractions);
        var run = new StageRunner(jobs, observer);
        return Finish(run, Resolve(prepared, extractions, run, jobs), jobs, includeUndated, evidence, new MergeLogging(earlierMerge));
    }

    private CorpusResult Finish(StageRunner run, ExtractedCorpus extracted, int jobs, bool includeUndated, Func<IEnumerable<AnalyzedDocument>>? evidence = null, MergeLogging? logging = null)
    {
        // The merge reads no actor mention (each event mention's actors are resolved by now), so the documents go on without them and the
        // corpus's actor mentions, the largest part of its extractions, are let go before merging. Nothing reads the extracted corpus after
        // this line, and the merge runs in a method of its own: a lambda here would capture its inputs in the same closure as the timeline's.
        var (analyzed, resolution, failures, furniture, mentions) = (extracted.Documents, extracted.Actors, extracted.Failures, extracted.Furniture, extracted.Mentions);
        var annotated = extracted.Annotated.Select(document => document with { Actors = [] }).ToList();
        var (merged, log) = MergeStage(run, annotated, mentions, resolution, jobs, logging);
        var timeline = run.Whole(PipelineStage.Timeline, analyzed.Count, () =>
        {
            merged = evidence is null ? merged : WithEvidence(merged, evidence());
            return _timeline.Build([.. analyzed.Select(a => a.Document)], resolution, merged, includeUndated);
        });
        return new CorpusResult(analyzed, resolution, timeline) { Failures = failures, Events = merged, Furniture = furniture, MergeLog = log };
    }

    private (IReadOnlyList<MergedEvent> Events, MergeLog? Log) MergeStage(StageRunner run, List<AnnotatedDocument> annotated, List<EventMention> mentions, ActorResolution resolution, int jobs, MergeLogging? logging) =>
        run.Whole(PipelineStage.Merge, annotated.Count, () =>
        {
            if (logging is null)
            {
                return ((IReadOnlyList<MergedEvent>)_merger.Merge(annotated, mentions, resolution, jobs), (MergeLog?)null);
            }

            var (events, log) = _merger.MergeLogged(annotated, mentions, resolution, jobs, null, logging.Earlier);
            return (events, log);
        });

    // A merge whose log is kept (with the log of the earlier merge to take decisions from, if any).
    private sealed record MergeLogging(MergeLog? Earlier);

    // The merged events with the text of the sentences that report them, read from the documents given in one pass.
    private static IReadOnlyList<MergedEvent> WithEvidence(IReadOnlyList<MergedEvent> merged, IEnumerable<AnalyzedDocument> documents)
    {
        var wanted = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var mention in merged.SelectMany(e => e.Mentions))
        {
            if (!wanted.TryGetValue(mention.DocumentId, out var sentences))
            {
                wanted[mention.DocumentId] = sentences = [];
            }

            sentences.Add(mention.Sentence);
        }

        var texts = new Dictionary<(string DocumentId, int Sentence), string>();
        foreach (var document in documents)
        {
            if (wanted.TryGetValue(document.Document.Id, out var sentences))
            {
                foreach (var sentence in document.Sentences.Where(sentence => sentences.Contains(sentence.Index)))
                {
                    texts[(document.Document.Id, sentence.Index)] = sentence.Text;
                }
            }
        }

        return [.. merged.Select(e => e with
        {
            Mentions = [.. e.Mentions.Select(mention => texts.TryGetValue((mention.DocumentId, mention.Sentence), out var text) ? mention with { SentenceText = text } : mention)],
        })];
    }

    private ExtractedCorpus ExtractAll(IReadOnlyList<RawDocument> documents, StageRunner run, int jobs)
    {
        var prepared = run.Whole(PipelineStage.Prepare, documents.Count, () => _preparer.Prepare(documents, jobs));
        return Resolve(prepared, ExtractEach(prepared.Documents, run), run, jobs);
    }

    // A document whose dates or sentences fail (the tagger fails on it, see BatchTagging, or a pattern times out) is left out of every later stage.
    private List<DocumentExtraction> ExtractEach(IReadOnlyList<NewsDocument> documents, StageRunner run)
    {
        var batches = documents.Chunk(TaggingBatchSize).ToList();
        var tagged = run.EachOf(PipelineStage.Dates, batches, batch => batch.Length, batch => batch.Sum(document => document.Text.Length), batch =>
                BatchTagging.Tag(_tagger, batch.Select(d => new TaggingRequest(d.Text, d.Published)).ToList()))
            .SelectMany(batch => batch)
            .ToList();
        var sentences = run.EachDocument(PipelineStage.Sentences, documents, document => document.Text.Length, document => _splitter.Split(document.Text));
        var extractions = new DocumentExtraction?[documents.Count];
        var analyzed = new List<(int Index, AnalyzedDocument Document)>(documents.Count);
        for (var i = 0; i < documents.Count; i++)
        {
            if ((tagged[i].Error ?? sentences[i].Error) is { } error)
            {
                extractions[i] = DocumentExtraction.Failed(documents[i].Id, error);
                continue;
            }

            // The note is the corpus's business (see Resolve); the per-document stages never read it.
            analyzed.Add((i, new AnalyzedDocument(documents[i], NoNote(documents[i].Id), sentences[i].Result!, tagged[i].Mentions)));
        }

        var actors = run.EachDocument(PipelineStage.Actors, analyzed, pair => pair.Document.Document.Text.Length, pair => _actors.Recognize(pair.Document.Document, pair.Document.Sentences));
        var annotated = new List<(int Index, AnnotatedDocument Document)>(analyzed.Count);
        for (var k = 0; k < analyzed.Count; k++)
        {
            if (actors[k].Error is { } error)
            {
                extractions[analyzed[k].Index] = DocumentExtraction.Failed(analyzed[k].Document.Document.Id, error);
                continue;
            }

            annotated.Add((analyzed[k].Index, AnnotatedDocument.From(analyzed[k].Document, actors[k].Result!)));
        }

        var events = run.EachDocument(PipelineStage.Events, annotated, pair => pair.Document.Document.Text.Length, pair => _events.Extract(pair.Document));
        for (var k = 0; k < annotated.Count; k++)
        {
            var (index, document) = annotated[k];
            extractions[index] = events[k].Error is { } error
                ? DocumentExtraction.Failed(document.Document.Id, error)
                : new DocumentExtraction(document.Document.Id, document.Sentences, document.Times, document.Actors, [.. events[k].Result!], null)
                {
                    Cues = _reporters.Cues(document, events[k].Result!),
                };
        }

        return [.. extractions.Select(extraction => extraction!)];
    }

    private static PreparationNote NoNote(string id) => new(id, 0, [], null, null, null, null);

    // The per-document extractions put back on their prepared documents, then the corpus-wide stages before merging.
    private ExtractedCorpus Resolve(PreparedCorpus prepared, IReadOnlyList<DocumentExtraction> extractions, StageRunner run, int jobs)
    {
        if (extractions.Count != prepared.Documents.Count)
        {
            throw new ArgumentException($"{extractions.Count} extractions for {prepared.Documents.Count} documents", nameof(extractions));
        }

        var failures = new List<DocumentFailure>(prepared.Failures);
        var analyzed = new List<AnalyzedDocument>(prepared.Documents.Count);
        var annotated = new List<AnnotatedDocument>(prepared.Documents.Count);
        var found = new List<EventMention>();
        var cues = new Dictionary<string, ReporterCues>(StringComparer.Ordinal);
        for (var i = 0; i < prepared.Documents.Count; i++)
        {
            var document = prepared.Documents[i];
            var extraction = extractions[i];
            if (extraction.DocumentId != document.Id)
            {
                throw new ArgumentException($"extraction {i} is of {extraction.DocumentId}, not {document.Id}", nameof(extractions));
            }

            if (extraction.Error is { } error)
            {
                failures.Add(new DocumentFailure(document.Id, error));
                continue;
            }

            var one = new AnalyzedDocument(document, prepared.Notes[i], extraction.Sentences, extraction.TimeMentions);
            analyzed.Add(one);
            annotated.Add(new AnnotatedDocument(document, [.. extraction.Sentences], extraction.Actors, [.. extraction.TimeMentions]));
            // An opinion piece's sentences are its writer's views and its readers' comments, no evidence that an event happened.
            if (!document.Opinion)
            {
                found.AddRange(extraction.Events);
            }

            cues.TryAdd(document.Id, extraction.Cues);
        }

        // The whole-corpus stages see only the documents every per-document stage went through, as if the failed ones had not been given.
        var recognized = annotated.Select(document => new DocumentActorMentions(document.Document.Id, document.Actors)).ToList();
        var resolution = run.Whole(PipelineStage.Resolve, analyzed.Count, () => _resolver.Resolve(recognized, jobs));
        var mentions = _reporters.Filter(annotated, found, resolution, cues);
        failures.Sort((a, b) => string.CompareOrdinal(a.DocumentId, b.DocumentId));
        return new ExtractedCorpus(analyzed, annotated, [.. mentions], resolution, failures) { Furniture = prepared.Furniture };
    }

    // A document whose cleaning or splitting times out, or that the tagger fails on (see BatchTagging), is left out of every later stage and returned as a failure.
    private (List<AnalyzedDocument> Documents, List<DocumentFailure> Failures, IReadOnlyList<FurnitureLine> Furniture) AnalyzeAll(IReadOnlyList<RawDocument> documents, StageRunner run, int jobs)
    {
        var prepared = run.Whole(PipelineStage.Prepare, documents.Count, () => _preparer.Prepare(documents, jobs));
        var batches = prepared.Documents.Chunk(TaggingBatchSize).ToList();
        var tagged = run.EachOf(PipelineStage.Dates, batches, batch => batch.Length, batch => batch.Sum(document => document.Text.Length), batch =>
                BatchTagging.Tag(_tagger, batch.Select(d => new TaggingRequest(d.Text, d.Published)).ToList()))
            .SelectMany(batch => batch)
            .ToList();
        var sentences = run.EachDocument(PipelineStage.Sentences, prepared.Documents, document => document.Text.Length, document => _splitter.Split(document.Text));

        var analyzed = new List<AnalyzedDocument>(prepared.Documents.Count);
        var failures = new List<DocumentFailure>(prepared.Failures);
        for (var i = 0; i < prepared.Documents.Count; i++)
        {
            var document = prepared.Documents[i];
            if ((tagged[i].Error ?? sentences[i].Error) is { } error)
            {
                failures.Add(new DocumentFailure(document.Id, error));
                continue;
            }

            analyzed.Add(new AnalyzedDocument(document, prepared.Notes[i], sentences[i].Result!, tagged[i].Mentions));
        }

        return (analyzed, failures, prepared.Furniture);
    }
}
