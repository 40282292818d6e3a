using EventTimeline.Documents;

namespace EventTimeline.Store;

/// <summary>A stored document: its id, the hash of its content as read, and the raw document.</summary>
/// <param name="Id">Document id.</param>
/// <param name="ContentHash">Hash of the raw document (<see cref="RulesVersion.ContentHashOf"/>).</param>
internal sealed record StoredDocumentHash(string Id, string ContentHash);

/// <summary>A prepared document waiting for a worker to extract it.</summary>
/// <param name="Key">Its extraction key (<see cref="RulesVersion.KeyOf"/>).</param>
/// <param name="Document">The prepared document.</param>
internal sealed record PendingExtraction(string Key, NewsDocument Document);

/// <summary>What preparation keeps of one stored document (see <see cref="StorePreparation"/>), encoded.</summary>
/// <param name="Id">Document id.</param>
/// <param name="ContentHash">The content hash of the document it was made from.</param>
/// <param name="Features">Its <see cref="DocumentFeatures"/> (<see cref="ExtractionCodec"/>).</param>
/// <param name="Shingles">Its distinct shingles, ascending, 8 bytes each, little-endian.</param>
/// <param name="Clean">Its clean text, compressed.</param>
internal sealed record StoredPreparation(string Id, string ContentHash, byte[] Features, byte[] Shingles, byte[] Clean);

/// <summary>Two stored documents that are a near-copy pair, the smaller id first, and the shingles they share.</summary>
/// <param name="A">One document.</param>
/// <param name="B">The other, its id after <paramref name="A"/>'s.</param>
/// <param name="Overlap">Shingles both hold.</param>
internal sealed record StoredCopyPair(string A, string B, int Overlap);

/// <summary>An actor row of the store's query index: what <c>actors</c> lists and what <c>query</c> needs to find an actor by name.</summary>
/// <param name="Id">Actor id.</param>
/// <param name="Json">The actor as timeline.json writes it.</param>
/// <param name="Events">How many events it takes part in.</param>
/// <param name="AsSource">How many of them it does.</param>
/// <param name="First">Its first event's day, or null.</param>
/// <param name="Last">Its last event's day, or null.</param>
internal sealed record IndexedActor(string Id, string Json, int Events, int AsSource, string? First, string? Last);

/// <summary>An event row of the store's query index.</summary>
/// <param name="Id">Event id.</param>
/// <param name="Type">Event type id.</param>
/// <param name="Start">First day, or null when undated.</param>
/// <param name="End">Last day, or null when undated.</param>
/// <param name="Json">The event as timeline.json writes it.</param>
/// <param name="Digest">The digest of the event <paramref name="Json"/> writes (<see cref="EventDigest"/>), from which everything else is made, that the next index is compared by.</param>
/// <param name="Actors">Ids of its actors with their roles.</param>
/// <param name="Listings">For each of its actors, once, what the listing of that actor's events shows of it.</param>
internal sealed record IndexedEvent(string Id, string Type, string? Start, string? End, string Json, long Digest, IReadOnlyList<(string ActorId, string Role)> Actors, IReadOnlyList<(string ActorId, EventRow Row)> Listings);

/// <summary>One name or alias of an indexed actor in the forms <c>query</c> matches typed names against (<see cref="Graph.ActorNameForms"/>).</summary>
/// <param name="ActorId">The actor.</param>
/// <param name="Key">The name up to case, dots, diacritics and apostrophes.</param>
/// <param name="Bare">The key without honorifics, titles, initials, particles and suffixes.</param>
/// <param name="Skeleton">The bare form with transliteration variants folded; its words are indexed one by one.</param>
internal sealed record IndexedName(string ActorId, string Key, string Bare, string Skeleton);

/// <summary>What the store looks a typed name up by: every indexed actor whose id folds to <see cref="IdFolded"/>, or one of whose names has this key, bare form or skeleton, or one of <see cref="Words"/> as a skeleton word.</summary>
/// <param name="IdFolded">The typed text, trimmed and folded (<see cref="Fold"/>).</param>
/// <param name="Key">Its key.</param>
/// <param name="Bare">Its bare form.</param>
/// <param name="Skeleton">Its skeleton.</param>
/// <param name="Words">Skeleton words, for partial matches; empty for the exact levels alone.</param>
internal sealed record ActorNameQuery(string IdFolded, string Key, string Bare, string Skeleton, IReadOnlyList<string> Words)
{
    /// <summary>An id folded for a comparison that ignores case.</summary>
    public static string Fold(string id) => id.ToUpperInvariant();

    /// <summary>The words of a skeleton.</summary>
    public static IReadOnlyList<string> WordsOf(string skeleton) => skeleton.Length == 0 ? [] : skeleton.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>Conditions on indexed events that the database applies: a type (any case), a range of days an event must reach and a status.</summary>
/// <param name="Type">Event type id, or null.</param>
/// <param name="From">First day, or null.</param>
/// <param name="To">Last day, or null.</param>
/// <param name="Status">Status in lower case, as timeline.json writes it, or null.</param>
internal sealed record IndexedEventFilter(string? Type, DateOnly? From, DateOnly? To, string? Status = null);

/// <summary>
/// A persistent event store: the corpus's documents, the extraction of each prepared document under the rules that made it, the queue
/// of documents waiting for a worker, and a query index of the last merge. SQLite and PostgreSQL implement it.
/// </summary>
internal interface IEventStore : IDisposable
{
    /// <summary>What the store is, for messages ("SQLite file x.db", "PostgreSQL database y").</summary>
    string Description { get; }

    /// <summary>Opens the same store again on a connection of its own (for reading while this one is busy, or after it is closed).</summary>
    IEventStore Reopen();

    /// <summary>The content hash of every stored document.</summary>
    IReadOnlyList<StoredDocumentHash> DocumentHashes();

    /// <summary>Adds or replaces documents, in one transaction.</summary>
    void PutDocuments(IReadOnlyList<RawDocument> documents);

    /// <summary>Removes documents (and nothing else: their extractions go at the next merge).</summary>
    void RemoveDocuments(IReadOnlyList<string> ids);

    /// <summary>Every stored document, sorted by id.</summary>
    IReadOnlyList<RawDocument> Documents();

    /// <summary>The outcomes of the inputs read into the store (report.json's inputs).</summary>
    IReadOnlyList<InputOutcome> InputOutcomes();

    /// <summary>Replaces the stored outcomes of the paths of <paramref name="outcomes"/> (all outcomes when <paramref name="replaceAll"/>).</summary>
    void PutInputOutcomes(IReadOnlyList<InputOutcome> outcomes, bool replaceAll);

    /// <summary>A setting stored with the corpus (the input limits), or null.</summary>
    string? Setting(string name);

    /// <summary>Stores a setting.</summary>
    void PutSetting(string name, string value);

    /// <summary>The key of every stored extraction.</summary>
    IReadOnlySet<string> ExtractionKeys();

    /// <summary>The extractions of <paramref name="keys"/>, same order, read a slice of keys at a time as they are enumerated (short strings through <paramref name="shared"/>, when given; sentences without their texts unless <paramref name="sentenceTexts"/>); throws when one is missing.</summary>
    IEnumerable<DocumentExtraction> Extractions(IReadOnlyList<string> keys, SharedStrings? shared = null, bool sentenceTexts = true);

    /// <summary>The sentences and time expressions of the extractions of <paramref name="keys"/> (nothing else of them is decoded), same order, read as <see cref="Extractions"/> reads; throws when one is missing.</summary>
    IEnumerable<StoredTexts> Texts(IReadOnlyList<string> keys);

    /// <summary>The stored documents <paramref name="ids"/>, read a slice at a time, in the order of <paramref name="ids"/>; absent ones are skipped.</summary>
    IReadOnlyList<RawDocument> Documents(IReadOnlyList<string> ids);

    /// <summary>For each document with a preparation row, the content hash of the document it was made from.</summary>
    IReadOnlyList<StoredDocumentHash> PreparationHashes();

    /// <summary>Adds or replaces preparation rows (their prepared forms unset), in one transaction.</summary>
    void PutPreparations(IReadOnlyList<StoredPreparation> rows);

    /// <summary>Removes the preparation rows of <paramref name="ids"/> and every copy pair of theirs.</summary>
    void RemovePreparations(IReadOnlyList<string> ids);

    /// <summary>Removes every preparation row and copy pair (preparation rules changed).</summary>
    void ClearPreparations();

    /// <summary>Hands the shingles of every prepared document not in <paramref name="skip"/> to <paramref name="each"/>, one row at a time.</summary>
    void ForEachShingles(IReadOnlySet<string> skip, Action<string, byte[]> each);

    /// <summary>Every preparation row's id, features and prepared form (null until set), sorted by id.</summary>
    IReadOnlyList<(string Id, byte[] Features, byte[]? Prepared)> Preparations();

    /// <summary>The clean texts of <paramref name="ids"/> (compressed, as stored), by id.</summary>
    IReadOnlyDictionary<string, byte[]> CleanTexts(IReadOnlyList<string> ids);

    /// <summary>Sets the prepared forms of documents, in one transaction.</summary>
    void PutPrepared(IReadOnlyList<(string Id, byte[] Prepared)> forms);

    /// <summary>Adds copy pairs (a pair stored already is kept), in one transaction.</summary>
    void PutCopyPairs(IReadOnlyList<StoredCopyPair> pairs);

    /// <summary>Every stored copy pair.</summary>
    IReadOnlyList<StoredCopyPair> CopyPairs();

    /// <summary>The keys of the queued documents.</summary>
    IReadOnlySet<string> QueuedKeys();

    /// <summary>Adds documents to the queue (a key queued already is kept as it is, with its lease), in one transaction.</summary>
    void Queue(IReadOnlyList<PendingExtraction> pending);

    /// <summary>Takes off the queue every document nobody holds whose key is not in <paramref name="wanted"/> (its preparation changed, or it left the corpus).</summary>
    void KeepQueued(IReadOnlySet<string> wanted);

    /// <summary>Claims up to <paramref name="count"/> queued documents whose lease is free or has run out, leasing them to <paramref name="worker"/> for <paramref name="leaseSeconds"/>.</summary>
    IReadOnlyList<PendingExtraction> Claim(string worker, int count, double leaseSeconds);

    /// <summary>How many documents are queued, and how many of them are leased to a worker now.</summary>
    (int Queued, int Leased) QueueState();

    /// <summary>Stores one document's extraction and takes it off the queue, in one transaction; a second save of the same key changes nothing.</summary>
    void SaveExtraction(string key, string rulesVersion, DocumentExtraction extraction);

    /// <summary>Deletes every extraction whose key is not in <paramref name="keep"/>.</summary>
    int PruneExtractions(IReadOnlySet<string> keep);

    /// <summary>The log of the last merge made under <paramref name="rulesVersion"/>, or null (none, another version's, or not whole).</summary>
    Events.MergeLog? MergeLog(string rulesVersion);

    /// <summary>Replaces the stored merge log with <paramref name="log"/>, made under <paramref name="rulesVersion"/>, in one transaction.</summary>
    void PutMergeLog(string rulesVersion, Events.MergeLog log);

    /// <summary>
    /// Replaces the query index with the given actors, events and actor names, in one transaction. The events' rows are replaced by
    /// difference: of the events in <paramref name="eventIds"/> that the index holds, <paramref name="digestsOf"/> is asked for the
    /// digests (by place in the list) and the rows of those with the same digest stay; <paramref name="made"/> is asked for the others,
    /// and the rows of events no longer in the list, or changed, are deleted.
    /// </summary>
    /// <returns>How many events were written and how many deleted.</returns>
    (int Written, int Deleted) WriteIndex(IReadOnlyList<IndexedActor> actors, IReadOnlyList<string> eventIds, Func<IReadOnlyList<int>, long[]> digestsOf, Func<int, IndexedEvent> made, IReadOnlyList<IndexedName> names);

    /// <summary>Every indexed actor, in the order <c>actors</c> lists them.</summary>
    IReadOnlyList<IndexedActor> IndexedActors();

    /// <summary>The indexed actors a name lookup may pick (a superset of those matching at any level), in the order <c>actors</c> lists them; found through the indexes on ids and name forms.</summary>
    IReadOnlyList<IndexedActor> FindIndexedActors(ActorNameQuery query);

    /// <summary>The indexed actor <paramref name="actorId"/>, the actors <paramref name="others"/>, and every actor taking part in an event with <paramref name="actorId"/>, in <c>actors</c> order.</summary>
    IReadOnlyList<IndexedActor> IndexedActorsAround(string actorId, IReadOnlyList<string> others);

    /// <summary>The JSON of the indexed events <paramref name="actorId"/> takes part in that pass <paramref name="filter"/>, by event id.</summary>
    IReadOnlyList<string> IndexedEventsOf(string actorId, IndexedEventFilter? filter = null);

    /// <summary>The indexed actor of this id, or null.</summary>
    IndexedActor? FindIndexedActor(string id);

    /// <summary>
    /// The listing rows of the indexed events <paramref name="actorId"/> takes part in together with every actor of <paramref name="withIds"/>
    /// that pass <paramref name="filter"/>, in date order as the graph orders them (by first day, last day and id; undated events last, by id).
    /// </summary>
    IReadOnlyList<EventRow> IndexedEventRowsOf(string actorId, IReadOnlyList<string> withIds, IndexedEventFilter filter);

    /// <summary>Whether a merge has written the query index.</summary>
    bool HasIndex();
}
