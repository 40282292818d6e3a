using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

using EventTimeline.Documents;
using EventTimeline.Export;
using EventTimeline.Graph;
using EventTimeline.Model;

namespace EventTimeline.Store;

/// <summary>What adding inputs did to a store's corpus.</summary>
/// <param name="Added">Documents new to the store.</param>
/// <param name="Changed">Documents stored before with other content.</param>
/// <param name="Unchanged">Documents stored before with the same content.</param>
/// <param name="Removed">Documents taken out (with prune: stored, but not in the inputs).</param>
internal sealed record StoreIntake(int Added, int Changed, int Unchanged, int Removed);

/// <summary>The stored corpus prepared as a whole, without the documents' texts, and the extraction key of each prepared document.</summary>
/// <param name="Corpus">The prepared corpus; each document's text is empty (the queue holds the texts to extract, and nothing after extraction reads them).</param>
/// <param name="Keys">The extraction key of each of its documents, same order.</param>
/// <param name="Characters">The length of each document's prepared text, same order.</param>
/// <param name="Pending">How many of them have no extraction in the store yet.</param>
internal sealed record PreparedStore(PreparedCorpus Corpus, IReadOnlyList<string> Keys, IReadOnlyList<int> Characters, int Pending)
{
    /// <summary>Documents cleaned by this preparation (new, changed, or not cleaned before).</summary>
    public int Cleaned { get; init; }

    /// <summary>Documents whose prepared text was made by this preparation (the cleaned ones, and stored ones whose prepared form changed).</summary>
    public int Remade { get; init; }
}

/// <summary>
/// The pipeline over an event store: documents in, preparation of what changed in the stored corpus, extraction of the prepared documents that have
/// none under the current rules (here or by workers elsewhere), and the corpus-wide stages on the stored extractions.
/// </summary>
/// <remarks>
/// Preparation (cleaning, near-copies, page furniture, corpus date estimates) is corpus-wide: the store keeps what it compares of each
/// document, so new documents are prepared against that (<see cref="StorePreparation"/>), and a stored document whose prepared form
/// changed (new furniture found, another near-copy link or date estimate) gets a new key and is extracted again. Dates,
/// sentences, actors and events depend on the prepared document alone and are kept. Actor resolution, reporters, merging and the
/// timeline run on all extractions each time. So the result is that of a build of the stored documents from scratch.
/// </remarks>
internal sealed class StoreRun
{
    /// <summary>The setting holding the words that may stand before a name (<see cref="Actors.NamePrefixScan"/>), one a line, as the last merge formed the indexed names with them.</summary>
    public const string NamePrefixesSetting = "name_prefixes";

    private readonly EventTimelinePipeline _pipeline;
    private readonly IEventStore _store;
    private readonly string _rulesVersion;

    /// <summary>Runs <paramref name="pipeline"/> over <paramref name="store"/>; <paramref name="rulesVersion"/> is <see cref="RulesVersion.Of"/> for the pipeline's settings.</summary>
    public StoreRun(EventTimelinePipeline pipeline, IEventStore store, string rulesVersion)
    {
        _pipeline = pipeline;
        _store = store;
        _rulesVersion = rulesVersion;
    }

    /// <summary>How the last <see cref="Merge"/> went: how many mentions took the decision of the store's earlier merge again, of how many (its log's length).</summary>
    public (int Replayed, int Mentions)? LastMerge { get; private set; }

    /// <summary>Adds new and changed documents to the store; with <paramref name="prune"/>, removes the stored documents not among <paramref name="documents"/>.</summary>
    public StoreIntake Add(IReadOnlyList<RawDocument> documents, bool prune)
    {
        var sink = new StoreIntakeSink(_store);
        foreach (var document in documents)
        {
            sink.Take(document);
        }

        return sink.Finish(prune);
    }

    /// <summary>Prepares the stored corpus (only what changed since the last run: <see cref="StorePreparation"/>), queues the prepared documents with no extraction under the current rules, and returns the prepared documents without their texts.</summary>
    public PreparedStore Prepare(int jobs, IPipelineObserver? observer = null) =>
        new StageRunner(jobs, observer).Whole(PipelineStage.Prepare, _store.DocumentHashes().Count, () => new StorePreparation(_pipeline.Preparer, _store, _rulesVersion).Prepare(jobs));

    /// <summary>Claims up to <paramref name="count"/> queued documents, extracts them on up to <paramref name="jobs"/> threads and stores each one's extraction in its own transaction; returns how many it stored.</summary>
    public int ExtractBatch(string worker, int count, int jobs, double leaseSeconds, IPipelineObserver? observer = null)
    {
        var claimed = _store.Claim(worker, count, leaseSeconds);
        if (claimed.Count == 0)
        {
            return 0;
        }

        var extractions = _pipeline.ExtractEach([.. claimed.Select(c => c.Document)], jobs, observer);
        for (var i = 0; i < claimed.Count; i++)
        {
            _store.SaveExtraction(claimed[i].Key, _rulesVersion, extractions[i]);
        }

        return claimed.Count;
    }

    /// <summary>
    /// Runs the corpus-wide stages on the stored extractions of a prepared store and replaces the store's query index; extractions of
    /// documents no longer in the corpus are deleted. The result's documents keep what merging and the outputs' counts need (see
    /// <see cref="MergingRecords"/>); <see cref="CorpusResult.StoredDocuments"/> reads them whole from the store again, one at a time.
    /// </summary>
    /// <exception cref="InvalidOperationException">Some prepared document has no extraction yet.</exception>
    public CorpusResult Merge(PreparedStore prepared, int jobs, IPipelineObserver? observer = null, bool includeUndated = false)
    {
        var result = _pipeline.Complete(
            prepared.Corpus,
            [.. _store.Extractions(prepared.Keys, new SharedStrings(), sentenceTexts: false).Select(new MergingRecords().Of)],
            jobs,
            observer,
            includeUndated,
            () => Reread(prepared),
            _store.MergeLog(_rulesVersion));
        if (result.MergeLog is { } log)
        {
            _store.PutMergeLog(_rulesVersion, log);
            LastMerge = (log.Replayed, log.Fingerprints.Length);
        }

        // The outputs are written from the timeline: the merged events and which actor each mention names are let go before the
        // query index is made (they are as large as the timeline).
        result = result with
        {
            Events = [],
            UndatedEvents = result.UndatedEvents,
            Actors = result.Actors with { MentionActors = ImmutableDictionary<string, ImmutableArray<ImmutableArray<string>>>.Empty },
            MergeLog = null,
        };
        _store.PruneExtractions(prepared.Keys.ToHashSet(StringComparer.Ordinal));
        WriteIndex(result, jobs);
        var characters = new Dictionary<string, int>(prepared.Keys.Count, StringComparer.Ordinal);
        for (var i = 0; i < prepared.Keys.Count; i++)
        {
            characters[prepared.Corpus.Documents[i].Id] = prepared.Characters[i];
        }

        var documents = result.Documents.Select(analyzed => analyzed with { Characters = characters[analyzed.Document.Id] }).ToList();
        return result with { Documents = documents, StoredDocuments = () => Reread(prepared) };
    }

    // The analysed documents whole (sentences and time expressions with their text), read from the store on a connection of their own, one at a time.
    private IEnumerable<AnalyzedDocument> Reread(PreparedStore prepared)
    {
        using var store = _store.Reopen();
        var i = 0;
        foreach (var extraction in store.Texts(prepared.Keys))
        {
            var document = prepared.Corpus.Documents[i];
            if (extraction.Error is null)
            {
                yield return new AnalyzedDocument(document, prepared.Corpus.Notes[i], extraction.Sentences, extraction.TimeMentions) { Characters = prepared.Characters[i] };
            }

            i++;
        }
    }

    // The events' rows are written only where the store's index lacks them as they are now: each event the store holds is digested to
    // compare, and the JSON is made only of the events to be written. The actors' rows are made from the graph's actors and events
    // without building the graph (the graph exports build it); building it here took a tenth of a rebuild, and held through the
    // outputs it raised the peak working set at 100,000 documents above 3 GB.
    private void WriteIndex(CorpusResult result, int jobs)
    {
        var graphActors = TimelineGraph.ActorsOf(result.Timeline);
        var actors = result.Timeline.Actors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var indexedActors = ActorSummary.List(graphActors, result.Timeline.Events.Select(TimelineGraph.EventOf))
            .Select(s => new IndexedActor(s.Id, JsonFormat.Serialize(actors[s.Id]), s.Events, s.AsSource, Day(s.First), Day(s.Last)))
            .ToList();
        var events = result.Timeline.Events;
        var names = ActorNameIndex.NamesOf(graphActors, ActorNameForms.BuiltIn)
            .Select(pair => new IndexedName(pair.ActorId, pair.Form.Key, pair.Form.Bare, pair.Form.Skeleton))
            .ToList();
        _store.PutSetting(NamePrefixesSetting, string.Join('\n', Actors.NamePrefixScan.BuiltIn()));
        _ = _store.WriteIndex(
            indexedActors,
            [.. events.Select(e => e.Id)],
            places => ParallelMap.Run(places, jobs, i => EventDigest.Of(events[i])),
            i => Indexed(events[i]),
            names);
    }

    private static IndexedEvent Indexed(TimelineEvent e)
    {
        var json = JsonFormat.Serialize(e);
        return new(
            e.Id,
            e.Type,
            e.Date.Start,
            e.Date.End,
            json,
            EventDigest.Of(e),
            [.. e.Actors.Select(a => (a.Id, a.Role.ToString()))],
            [.. e.Actors.Select(a => a.Id).Distinct(StringComparer.Ordinal).Select(id => (id, EventRow.Of(e, id)))]);
    }


    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
