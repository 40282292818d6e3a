namespace EventTimeline.Store;

/// <summary>
/// The tables of an event store (docs/store.md), written once for both databases: <c>{blob}</c> and <c>{real}</c> are the column types
/// of the database at hand, and <c>{clustered}</c> makes a table's rows stored in the order of its primary key where the database can.
/// </summary>
internal static class StoreSchema
{
    /// <summary>The schema version this build of the tool reads and writes.</summary>
    public const int Version = 6;

    /// <summary>The statements that create version 1; <see cref="Upgrades"/> then bring a new store to <see cref="Version"/>, as they do an old one.</summary>
    public static readonly IReadOnlyList<string> Create =
    [
        "CREATE TABLE schema_version (version INTEGER NOT NULL)",
        "CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE documents (id TEXT PRIMARY KEY, content_hash TEXT NOT NULL, raw {blob} NOT NULL)",
        "CREATE TABLE inputs (path TEXT NOT NULL, seq INTEGER NOT NULL, outcome TEXT NOT NULL, PRIMARY KEY (path, seq))",
        "CREATE TABLE extractions (key TEXT PRIMARY KEY, document_id TEXT NOT NULL, rules_version TEXT NOT NULL, error TEXT, payload {blob} NOT NULL)",
        "CREATE INDEX extractions_document ON extractions (document_id)",
        "CREATE TABLE event_mentions (extraction_key TEXT NOT NULL, ordinal INTEGER NOT NULL, document_id TEXT NOT NULL, sentence INTEGER NOT NULL, trigger_start INTEGER NOT NULL, type TEXT NOT NULL, PRIMARY KEY (extraction_key, ordinal))",
        "CREATE TABLE queue (key TEXT PRIMARY KEY, document_id TEXT NOT NULL, document {blob} NOT NULL, lease_owner TEXT, lease_until {real})",
        "CREATE TABLE actors (id TEXT PRIMARY KEY, ordinal INTEGER NOT NULL, events INTEGER NOT NULL, as_source INTEGER NOT NULL, first_day TEXT, last_day TEXT, data TEXT NOT NULL)",
        "CREATE TABLE events (id TEXT PRIMARY KEY, type TEXT NOT NULL, start_day TEXT, end_day TEXT, data TEXT NOT NULL)",
        "CREATE INDEX events_type ON events (type)",
        "CREATE INDEX events_start ON events (start_day)",
        "CREATE TABLE event_actors (actor_id TEXT NOT NULL, event_id TEXT NOT NULL, role TEXT NOT NULL, PRIMARY KEY (actor_id, event_id, role))",
        "CREATE INDEX event_actors_event ON event_actors (event_id)",
    ];

    // Empties the query index (of a version from 2 on) and marks the store unindexed: an upgrade that changes the index's tables drops it,
    // documents and extractions are kept, and the next merge writes the index again. Declared before the upgrades that use it.
    private static readonly string[] ClearedIndex =
    [
        "DELETE FROM event_actors",
        "DELETE FROM events",
        "DELETE FROM actor_name_words",
        "DELETE FROM actor_names",
        "DELETE FROM actors",
        "DELETE FROM settings WHERE name = 'indexed'",
    ];

    /// <summary>Upgrades, by the version they start from: entry <c>v</c> turns a version-<c>v</c> store into version <c>v + 1</c>.</summary>
    public static readonly IReadOnlyDictionary<int, IReadOnlyList<string>> Upgrades = new Dictionary<int, IReadOnlyList<string>>
    {
        // 1 to 2: names and aliases in indexed forms, so that query finds an actor with SQL instead of reading every actor. A version-1
        // index has none of them, so it is dropped: documents and extractions are kept, and the next merge writes the index again.
        [1] =
        [
            "ALTER TABLE actors ADD COLUMN id_folded TEXT NOT NULL DEFAULT ''",
            "CREATE INDEX actors_id_folded ON actors (id_folded)",
            "CREATE TABLE actor_names (id INTEGER PRIMARY KEY, actor_id TEXT NOT NULL, name_key TEXT NOT NULL, bare TEXT NOT NULL, skeleton TEXT NOT NULL)",
            "CREATE INDEX actor_names_actor ON actor_names (actor_id)",
            "CREATE INDEX actor_names_key ON actor_names (name_key)",
            "CREATE INDEX actor_names_bare ON actor_names (bare)",
            "CREATE INDEX actor_names_skeleton ON actor_names (skeleton)",
            "CREATE TABLE actor_name_words (word TEXT NOT NULL, name_id INTEGER NOT NULL, PRIMARY KEY (word, name_id))",
            "CREATE INDEX events_end ON events (end_day)",
            "DELETE FROM event_actors",
            "DELETE FROM events",
            "DELETE FROM actors",
            "DELETE FROM settings WHERE name = 'indexed'",
        ],

        // 2 to 3: what preparation keeps of each document between runs (its clean text, line keys and shingles) and the near-copy pairs,
        // so that adding documents prepares them against the stored state instead of every stored document again. A version-2 store has
        // none: its documents are all prepared at the next build, and their extractions are reused where the prepared form is the same.
        [2] =
        [
            "CREATE TABLE preparations (document_id TEXT PRIMARY KEY, content_hash TEXT NOT NULL, features {blob} NOT NULL, shingles {blob} NOT NULL, clean {blob} NOT NULL, prepared {blob})",
            "CREATE TABLE copy_pairs (a TEXT NOT NULL, b TEXT NOT NULL, overlap INTEGER NOT NULL, PRIMARY KEY (a, b))",
            "CREATE INDEX copy_pairs_b ON copy_pairs (b)",
        ],

        // 3 to 4: for each actor and event, what query's table and tsv show of the event in that actor's listing, so that they read neither
        // the events' JSON nor their actors', and an actor's rows are stored together. A version-3 index has none, so it is dropped as
        // version 1's was: documents and extractions are kept, and the next merge writes the index again.
        [3] =
        [
            "CREATE TABLE actor_events (actor_id TEXT NOT NULL, event_id TEXT NOT NULL, start_day TEXT, end_day TEXT, type TEXT NOT NULL, status TEXT NOT NULL, label TEXT NOT NULL, " +
            "sources INTEGER NOT NULL, salience {real} NOT NULL, evidence TEXT NOT NULL, others TEXT NOT NULL, PRIMARY KEY (actor_id, event_id)){clustered}",
            .. ClearedIndex,
        ],

        // 4 to 5: each listing row is one packed value (EventRow.Pack) instead of a column per field, so that a large listing reads one value
        // a row, and an actor's rows are kept in date order (EventRow.DayOrder, -1 where it has none), so that they are read sorted; the
        // columns its filters compare stay. Each event keeps a digest of what the index holds of it, and listing rows are found by event,
        // so that a merge rewrites only the events that changed. The version-4 rows are dropped with the rest of the index, which the next
        // merge writes again.
        [4] =
        [
            "DROP TABLE actor_events",
            "CREATE TABLE actor_events (actor_id TEXT NOT NULL, day_order BIGINT NOT NULL, event_id TEXT NOT NULL, start_day TEXT, end_day TEXT, type TEXT NOT NULL, " +
            "status TEXT NOT NULL, listing {blob} NOT NULL, PRIMARY KEY (actor_id, day_order, event_id)){clustered}",
            "CREATE INDEX actor_events_event ON actor_events (event_id)",
            "ALTER TABLE events ADD COLUMN digest BIGINT",
            .. ClearedIndex,
        ],

        // 5 to 6: the log of the last merge's decisions, so that the next merge takes again those that still hold. A version-5 store has
        // none: its next merge weighs every candidate and writes one.
        [5] =
        [
            "CREATE TABLE merge_log (part INTEGER PRIMARY KEY, rules_version TEXT NOT NULL, data {blob} NOT NULL)",
        ],
    };
}
