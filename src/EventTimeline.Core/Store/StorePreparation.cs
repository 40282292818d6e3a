using EventTimeline.Documents;

namespace EventTimeline.Store;

/// <summary>What preparation keeps of one stored document between runs: what cleaning found in it, and what the corpus-wide steps compare.</summary>
/// <param name="Id">Document id.</param>
/// <param name="Path">Its input path.</param>
/// <param name="Title">Its title as prepared.</param>
/// <param name="Source">Its source.</param>
/// <param name="Url">Its URL.</param>
/// <param name="Manifest">Its manifest date, when given.</param>
/// <param name="Tokenized">Whether its text was tokenized and made prose.</param>
/// <param name="BoilerplateCharacters">Non-whitespace characters of boilerplate removed.</param>
/// <param name="BoilerplateRules">The boilerplate rules that fired, in text order.</param>
/// <param name="DatelineLine">The dateline line found, if any.</param>
/// <param name="DatelineDate">Its date.</param>
/// <param name="Opinion">Whether it is an opinion piece.</param>
/// <param name="Outlet">Its outlet as furniture is counted (<see cref="FurnitureDetector.Outlet(string?, string?)"/>), or null.</param>
/// <param name="Shingles">Its count of distinct shingles.</param>
/// <param name="LineKeys">The key of each line of its clean text (<see cref="FurnitureDetector.KeyOf"/>).</param>
/// <param name="LineCharacters">The non-whitespace characters of each line.</param>
internal sealed record DocumentFeatures(
    string Id,
    string Path,
    string? Title,
    string? Source,
    string? Url,
    DateOnly? Manifest,
    bool Tokenized,
    int BoilerplateCharacters,
    IReadOnlyList<string> BoilerplateRules,
    string? DatelineLine,
    DateOnly? DatelineDate,
    bool Opinion,
    string? Outlet,
    int Shingles,
    IReadOnlyList<ulong> LineKeys,
    IReadOnlyList<int> LineCharacters)
{
    /// <summary>Its own date: the manifest's, else the dateline's.</summary>
    public DateOnly? OwnDate => Manifest ?? DatelineDate;
}

/// <summary>A stored document's prepared form, without its text: what the merge reads, and what tells whether the next run must prepare it again.</summary>
/// <param name="Key">Its extraction key.</param>
/// <param name="Characters">The length of its prepared text.</param>
/// <param name="Dropped">The lines of its clean text dropped as page furniture.</param>
/// <param name="Document">The prepared document with an empty text.</param>
/// <param name="Note">How it was prepared.</param>
internal sealed record PreparedForm(string Key, int Characters, IReadOnlyList<int> Dropped, NewsDocument Document, PreparationNote Note);

/// <summary>
/// Prepares a store's corpus a part at a time, to the result <see cref="DocumentPreparer.Prepare"/> gives on all stored documents at once:
/// only new and changed documents are cleaned; the corpus-wide steps read what the store keeps of each document (line keys, shingle
/// counts, dates, outlets) and the near-copy pairs, and a stored document is prepared again only when its prepared form changes.
/// </summary>
/// <remarks>
/// Each cleaned document keeps its clean text, its distinct shingles and the key of each of its lines. Near-copy pairs depend on the two
/// documents alone, so the store keeps them: new documents are paired among themselves (<see cref="NearCopyDetector.PairsOf"/>) and with
/// each stored document, streamed (<see cref="FreshCopyIndex"/>), and the links are assigned again over all pairs. Page furniture is decided
/// again over every document's line keys; a document whose dropped lines, near-copy link or date changed gets its text made again from
/// its stored clean text, a new key, and a place in the queue. Corpus date estimates compare texts: when the corpus has undated
/// documents, every document's text is made from its clean text for them (the one step that still reads the whole corpus's texts).
/// </remarks>
internal sealed class StorePreparation
{
    /// <summary>The setting holding the rules version the stored preparations were made under.</summary>
    public const string RulesSetting = "preparation_rules";

    // Documents read, cleaned and written at a time.
    private const int Batch = 256;

    private readonly DocumentPreparer _preparer;
    private readonly IEventStore _store;
    private readonly string _rulesVersion;

    /// <summary>Prepares the corpus of <paramref name="store"/> with <paramref name="preparer"/>; <paramref name="rulesVersion"/> makes the extraction keys and voids stored preparations made under another.</summary>
    public StorePreparation(DocumentPreparer preparer, IEventStore store, string rulesVersion)
    {
        _preparer = preparer;
        _store = store;
        _rulesVersion = rulesVersion;
    }

    /// <summary>Prepares what changed, queues the prepared documents that have no extraction, and returns the prepared corpus without texts.</summary>
    public PreparedStore Prepare(int jobs)
    {
        if (_store.Setting(RulesSetting) != _rulesVersion)
        {
            _store.ClearPreparations();
            _store.PutSetting(RulesSetting, _rulesVersion);
        }

        var documents = _store.DocumentHashes().ToDictionary(d => d.Id, d => d.ContentHash, StringComparer.Ordinal);
        var prepared = _store.PreparationHashes().ToDictionary(d => d.Id, d => d.ContentHash, StringComparer.Ordinal);
        _store.RemovePreparations([.. prepared.Where(p => documents.GetValueOrDefault(p.Key) != p.Value).Select(p => p.Key).Order(StringComparer.Ordinal)]);
        var fresh = documents.Where(d => prepared.GetValueOrDefault(d.Key) != d.Value).Select(d => d.Key).Order(StringComparer.Ordinal).ToList();

        var first = !prepared.Any(p => documents.GetValueOrDefault(p.Key) == p.Value);
        var (freshIds, freshShingles, failures) = Clean(fresh, documents, jobs);
        PairFresh(freshIds, freshShingles, first, jobs);
        freshShingles.Clear();

        var rows = _store.Preparations();
        var features = rows.Select(row => ExtractionCodec.DecodeFeatures(row.Features)).ToList();
        var index = features.Select((f, i) => (f.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var copies = NearCopyDetector.Assign(
            [.. features.Select(f => new CopyNode(f.Id, f.OwnDate, f.Shingles))],
            _store.CopyPairs().Select(pair => new CopyPair(index[pair.A], index[pair.B], pair.Overlap)));
        string? OriginalOf(string id) => copies.TryGetValue(id, out var copy) ? copy.OriginalId : null;

        var decision = _preparer.Furniture.Decide([.. features.Select(f => new FurnitureKeys(f.Id, f.Outlet, OriginalOf(f.Id) ?? f.Id, f.OwnDate, f.LineKeys))]);
        var keeps = features.Select(f => FurnitureDetector.Keep(f.Outlet, f.LineKeys, decision)).ToList();
        var estimates = features.Any(f => f.OwnDate is null)
            ? _preparer.Estimator.Estimate(Texts(features, keeps).Select((text, i) => new DatingInput(features[i].Id, text, features[i].OwnDate, OriginalOf(features[i].Id))).ToList())
            : new Dictionary<string, CorpusDateEstimate>(StringComparer.Ordinal);

        // Each document's prepared form without its text; those whose text changes (or that have none yet) are made again from the clean text.
        var forms = new PreparedForm?[rows.Count];
        var remake = new List<int>();
        var notes = new List<(string, byte[])>();
        for (var i = 0; i < rows.Count; i++)
        {
            var (document, note, dropped) = Form(features[i], keeps[i], copies, estimates);
            var stored = rows[i].Prepared is { } bytes ? ExtractionCodec.DecodePrepared(bytes) : null;
            if (stored is not null && stored.Dropped.SequenceEqual(dropped) && ExtractionCodec.Json(stored.Document).AsSpan().SequenceEqual(ExtractionCodec.Json(document)))
            {
                forms[i] = stored with { Note = note };
                if (!ExtractionCodec.Json(stored.Note).AsSpan().SequenceEqual(ExtractionCodec.Json(note)))
                {
                    notes.Add((features[i].Id, ExtractionCodec.Encode(forms[i]!)));
                }
            }
            else
            {
                forms[i] = new PreparedForm(string.Empty, 0, dropped, document, note);
                remake.Add(i);
            }
        }

        _store.PutPrepared(notes);
        var extracted = _store.ExtractionKeys();
        var queued = _store.QueuedKeys();

        // A document kept as it was but neither extracted nor queued (a run stopped between the two) is queued again with its text.
        remake.AddRange(Enumerable.Range(0, rows.Count).Where(i => forms[i]!.Key.Length > 0 && !extracted.Contains(forms[i]!.Key) && !queued.Contains(forms[i]!.Key)));
        remake.Sort();
        Remake(remake, forms, features, keeps, extracted, jobs);

        _store.KeepQueued(forms.Select(f => f!.Key).Where(k => !extracted.Contains(k)).ToHashSet(StringComparer.Ordinal));
        var found = FurnitureText(decision, features);
        var corpus = new PreparedCorpus([.. forms.Select(f => f!.Document)], [.. forms.Select(f => f!.Note)])
        {
            Failures = failures,
            Furniture = found,
        };
        return new PreparedStore(corpus, [.. forms.Select(f => f!.Key)], [.. forms.Select(f => f!.Characters)], forms.Count(f => !extracted.Contains(f!.Key)))
        {
            Cleaned = fresh.Count,
            Remade = remake.Distinct().Count(),
        };
    }

    // Cleans the documents new to preparation a batch at a time and stores what preparation keeps of each; returns the ids and shingles of
    // those cleaned (in id order) and the failures (those are cleaned again at the next run).
    private (List<string> Ids, List<ulong[]> Shingles, List<DocumentFailure> Failures) Clean(List<string> fresh, Dictionary<string, string> hashes, int jobs)
    {
        var ids = new List<string>();
        var shingles = new List<ulong[]>();
        var failures = new List<DocumentFailure>();
        foreach (var batch in fresh.Chunk(Batch))
        {
            var raws = _store.Documents(batch);
            var outcomes = ParallelMap.Run(raws, jobs, raw => StageOutcome.Of(PipelineStage.Prepare, () => Features(raw)), raw => raw.Text.Length);
            var rows = new List<StoredPreparation>();
            for (var i = 0; i < raws.Count; i++)
            {
                if (outcomes[i].Error is { } error)
                {
                    failures.Add(new DocumentFailure(raws[i].Id, error));
                    continue;
                }

                var (features, documentShingles, clean) = outcomes[i].Result;
                ids.Add(raws[i].Id);
                shingles.Add(documentShingles);
                rows.Add(new StoredPreparation(raws[i].Id, hashes[raws[i].Id], ExtractionCodec.Encode(features), ExtractionCodec.EncodeShingles(documentShingles), ExtractionCodec.EncodeText(clean)));
            }

            _store.PutPreparations(rows);
        }

        return (ids, shingles, failures);
    }

    private (DocumentFeatures Features, ulong[] Shingles, string Clean) Features(RawDocument raw)
    {
        var (clean, dateline, tokenized) = _preparer.Clean(raw);
        var text = clean.Text;
        var shingles = NearCopyDetector.Shingles(text).ToArray();
        Array.Sort(shingles);
        var lines = text.Split('\n');
        var features = new DocumentFeatures(
            raw.Id,
            raw.Path,
            DocumentPreparer.TitleOf(raw, tokenized),
            raw.Source,
            raw.Url,
            raw.Published,
            tokenized,
            clean.RemovedCharacters,
            [.. clean.Removals.Select(r => r.Rule)],
            dateline?.Line,
            dateline?.Date,
            _preparer.IsOpinion(text),
            FurnitureDetector.Outlet(raw.Source, raw.Url),
            shingles.Length,
            [.. lines.Select(FurnitureDetector.KeyOf)],
            [.. lines.Select(FurnitureDetector.NonSpace)]);
        return (features, shingles, text);
    }

    // The copy pairs of the new documents: among themselves, and (unless they are the first) with every stored document, read one at a time.
    private void PairFresh(List<string> ids, List<ulong[]> shingles, bool first, int jobs)
    {
        if (ids.Count == 0)
        {
            return;
        }

        var pairs = _preparer.Copies.PairsOf(shingles, jobs).Select(pair => Stored(ids[pair.Shorter], ids[pair.Other], pair.Overlap)).ToList();
        if (!first)
        {
            var index = _preparer.Copies.IndexFresh(shingles);
            _store.ForEachShingles(ids.ToHashSet(StringComparer.Ordinal), (id, bytes) =>
            {
                foreach (var (i, overlap) in index.PairsWith(ExtractionCodec.DecodeShingles(bytes)))
                {
                    pairs.Add(Stored(id, ids[i], overlap));
                }
            });
        }

        _store.PutCopyPairs(pairs);
    }

    private static StoredCopyPair Stored(string a, string b, int overlap) => string.CompareOrdinal(a, b) < 0 ? new(a, b, overlap) : new(b, a, overlap);

    // What DocumentPreparer makes of one document, but its text: the document, its note, and the lines dropped as furniture.
    private static (NewsDocument Document, PreparationNote Note, List<int> Dropped) Form(DocumentFeatures f, bool[] keep, IReadOnlyDictionary<string, NearCopy> copies, IReadOnlyDictionary<string, CorpusDateEstimate> estimates)
    {
        var (published, basis) = f.Manifest is { } manifestDate ? (manifestDate, PublishedBasis.Manifest)
            : f.DatelineDate is { } datelineDate ? (datelineDate, PublishedBasis.Dateline)
            : estimates.TryGetValue(f.Id, out var estimate) ? (estimate.Date, PublishedBasis.Corpus)
            : ((DateOnly?)null, PublishedBasis.None);
        copies.TryGetValue(f.Id, out var nearCopy);
        var dropped = Enumerable.Range(0, keep.Length).Where(l => !keep[l]).ToList();
        var document = new NewsDocument(f.Id, f.Path, f.Title, f.Source, f.Url, published, basis, string.Empty, nearCopy?.OriginalId) { Opinion = f.Opinion };
        var note = new PreparationNote(
            f.Id,
            f.BoilerplateCharacters,
            f.BoilerplateRules,
            f.DatelineLine,
            f.DatelineDate,
            basis == PublishedBasis.Corpus ? estimates[f.Id] : null,
            nearCopy)
        {
            Tokenized = f.Tokenized,
            FurnitureLines = dropped.Count,
            FurnitureCharacters = dropped.Sum(l => f.LineCharacters[l]),
        };
        return (document, note, dropped);
    }

    // Makes the texts of the documents at indices, a batch at a time: their keys, their stored forms, and the queue for those not extracted.
    private void Remake(List<int> indices, PreparedForm?[] forms, List<DocumentFeatures> features, List<bool[]> keeps, IReadOnlySet<string> extracted, int jobs)
    {
        foreach (var batch in indices.Distinct().Chunk(Batch))
        {
            var cleans = _store.CleanTexts([.. batch.Select(i => features[i].Id)]);
            var made = ParallelMap.Run(batch, jobs, i =>
            {
                var text = TextOf(ExtractionCodec.DecodeText(cleans[features[i].Id]), keeps[i]);
                var document = forms[i]!.Document with { Text = text };
                return forms[i]! with { Key = RulesVersion.KeyOf(_rulesVersion, document), Characters = text.Length, Document = document };
            });
            var pending = new List<PendingExtraction>();
            var stored = new List<(string, byte[])>();
            for (var b = 0; b < batch.Length; b++)
            {
                var form = made[b];
                if (!extracted.Contains(form.Key))
                {
                    pending.Add(new PendingExtraction(form.Key, form.Document));
                }

                forms[batch[b]] = form with { Document = form.Document with { Text = string.Empty } };
                stored.Add((features[batch[b]].Id, ExtractionCodec.Encode(forms[batch[b]]!)));
            }

            _store.Queue(pending);
            _store.PutPrepared(stored);
        }
    }

    private static string TextOf(string clean, bool[] keep) => keep.All(k => k) ? clean : FurnitureDetector.Assemble(clean.Split('\n'), keep);

    // Every document's prepared text, in order, made from its clean text a batch at a time (for the corpus date estimates).
    private List<string> Texts(List<DocumentFeatures> features, List<bool[]> keeps)
    {
        var texts = new List<string>(features.Count);
        foreach (var batch in Enumerable.Range(0, features.Count).Chunk(Batch))
        {
            var cleans = _store.CleanTexts([.. batch.Select(i => features[i].Id)]);
            texts.AddRange(batch.Select(i => TextOf(ExtractionCodec.DecodeText(cleans[features[i].Id]), keeps[i])));
        }

        return texts;
    }

    // The furniture lines as first found: the line of the first document holding each, read from its clean text.
    private List<FurnitureLine> FurnitureText(FurnitureDecision decision, List<DocumentFeatures> features)
    {
        var cleans = _store.CleanTexts([.. decision.Found.Select(f => features[f.Document].Id).Distinct(StringComparer.Ordinal)]);
        var lines = cleans.ToDictionary(c => c.Key, c => ExtractionCodec.DecodeText(c.Value).Split('\n'), StringComparer.Ordinal);
        return [.. FurnitureDetector.Sorted(decision.Found.Select(f => new FurnitureLine(f.Outlet, lines[features[f.Document].Id][f.Line].Trim(), f.Documents)))];
    }
}
