using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text.Json;

using EventTimeline.Documents;

namespace EventTimeline.Store;

/// <summary>The event store over an ADO.NET connection; the SQLite and PostgreSQL stores differ only in the few members they override.</summary>
internal abstract class SqlEventStore : IEventStore
{
    private static readonly JsonSerializerOptions OutcomeJson = StoreJson.OptionsWith();

    /// <summary>Opens the store on <paramref name="connection"/> (already open), creating its tables when the database is empty.</summary>
    protected SqlEventStore(DbConnection connection, string description)
    {
        Connection = connection;
        Description = description;
    }

    /// <inheritdoc/>
    public string Description { get; }

    /// <inheritdoc/>
    public abstract IEventStore Reopen();

    /// <summary>The open connection.</summary>
    protected DbConnection Connection { get; }

    /// <summary>The column type of bytes.</summary>
    protected abstract string BlobType { get; }

    /// <summary>The column type of floating-point numbers.</summary>
    protected abstract string RealType { get; }

    /// <summary>The database's clock in seconds, as an SQL expression (leases are timed by the database, never by the tool).</summary>
    protected abstract string NowSeconds { get; }

    /// <summary>What follows a table's definition to store its rows in the order of its primary key, or empty.</summary>
    protected abstract string ClusteredTable { get; }

    /// <summary>The clause that makes concurrent claims skip rows another worker is claiming, or empty.</summary>
    protected abstract string SkipLocked { get; }

    /// <summary>Whether the database has a table of this name.</summary>
    protected abstract bool TableExists(DbTransaction? transaction, string table);

    /// <summary>Makes concurrent creations of the schema wait for each other inside <paramref name="transaction"/>.</summary>
    protected abstract void LockForSchema(DbTransaction transaction);

    /// <summary>Starts a transaction that writes.</summary>
    protected virtual DbTransaction BeginWrite() => Connection.BeginTransaction(IsolationLevel.ReadCommitted);

    /// <summary>Creates the schema in an empty database, upgrades an older one, and refuses a newer one or a database that is not a store.</summary>
    protected void EnsureSchema()
    {
        // A store of the current version is only read here, so query and actors open it while a build holds the write lock.
        if (TableExists(null, "schema_version") && Convert.ToInt32(Scalar(null, "SELECT MAX(version) FROM schema_version") ?? 0, CultureInfo.InvariantCulture) == StoreSchema.Version)
        {
            return;
        }

        using var transaction = BeginWrite();
        LockForSchema(transaction);
        if (!TableExists(transaction, "schema_version"))
        {
            if (TableExists(transaction, "documents") || TableExists(transaction, "extractions"))
            {
                throw new StoreSchemaException($"{Description} holds tables but no schema_version table: it is not an EventTimeline store, or one written before stores were versioned; use a new store");
            }

            foreach (var statement in StoreSchema.Create)
            {
                Execute(transaction, Ddl(statement));
            }

            Execute(transaction, "INSERT INTO schema_version (version) VALUES (1)");
        }

        var version = Convert.ToInt32(Scalar(transaction, "SELECT MAX(version) FROM schema_version") ?? 0, CultureInfo.InvariantCulture);
        if (version > StoreSchema.Version)
        {
            throw new StoreSchemaException($"{Description} has schema version {version}, newer than this tool's {StoreSchema.Version}: use the eventtimeline that wrote it, or a newer one");
        }

        for (var from = version; from < StoreSchema.Version; from++)
        {
            if (!StoreSchema.Upgrades.TryGetValue(from, out var upgrade))
            {
                throw new StoreSchemaException($"{Description} has schema version {from}, which this tool cannot upgrade to {StoreSchema.Version}: rebuild the store from the articles");
            }

            foreach (var statement in upgrade)
            {
                Execute(transaction, Ddl(statement));
            }

            Execute(transaction, "UPDATE schema_version SET version = @v", ("v", from + 1));
        }

        transaction.Commit();
    }

    /// <inheritdoc/>
    public IReadOnlyList<StoredDocumentHash> DocumentHashes() => Hashes("SELECT id, content_hash FROM documents");

    // Rows of (document id, content hash) that sql selects.
    private List<StoredDocumentHash> Hashes(string sql)
    {
        var hashes = new List<StoredDocumentHash>();
        Read(null, sql, row => hashes.Add(new StoredDocumentHash(row.GetString(0), row.GetString(1))));
        return hashes;
    }

    /// <inheritdoc/>
    public void PutDocuments(IReadOnlyList<RawDocument> documents)
    {
        using var transaction = BeginWrite();
        using var command = Command(transaction, "INSERT INTO documents (id, content_hash, raw) VALUES (@id, @hash, @raw) ON CONFLICT (id) DO UPDATE SET content_hash = excluded.content_hash, raw = excluded.raw", "id", "hash", "raw");
        foreach (var document in documents)
        {
            Run(command, document.Id, RulesVersion.ContentHashOf(document), ExtractionCodec.Encode(document));
        }

        transaction.Commit();
    }

    /// <inheritdoc/>
    public void RemoveDocuments(IReadOnlyList<string> ids) => DeleteEach(ids, "DELETE FROM documents WHERE id = @id");

    // Runs each statement, whose parameter is @id, for each id, in one transaction.
    private void DeleteEach(IReadOnlyCollection<string> ids, params string[] statements)
    {
        using var transaction = BeginWrite();
        var commands = statements.Select(sql => Command(transaction, sql, "id")).ToList();
        try
        {
            foreach (var id in ids)
            {
                foreach (var command in commands)
                {
                    Run(command, id);
                }
            }
        }
        finally
        {
            commands.ForEach(command => command.Dispose());
        }

        transaction.Commit();
    }

    /// <inheritdoc/>
    public IReadOnlyList<RawDocument> Documents()
    {
        var documents = new List<RawDocument>();
        Read(null, "SELECT raw FROM documents", row => documents.Add(ExtractionCodec.DecodeRaw((byte[])row.GetValue(0))));

        documents.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return documents;
    }

    /// <inheritdoc/>
    public IReadOnlyList<InputOutcome> InputOutcomes()
    {
        var outcomes = new List<(string Path, long Seq, InputOutcome Outcome)>();
        Read(null, "SELECT path, seq, outcome FROM inputs", row => outcomes.Add((row.GetString(0), row.GetInt64(1), JsonSerializer.Deserialize<InputOutcome>(row.GetString(2), OutcomeJson)!)));

        return [.. outcomes.OrderBy(o => o.Path, StringComparer.Ordinal).ThenBy(o => o.Seq).Select(o => o.Outcome)];
    }

    /// <inheritdoc/>
    public void PutInputOutcomes(IReadOnlyList<InputOutcome> outcomes, bool replaceAll)
    {
        using var transaction = BeginWrite();
        if (replaceAll)
        {
            Execute(transaction, "DELETE FROM inputs");
        }
        else
        {
            using var delete = Command(transaction, "DELETE FROM inputs WHERE path = @path", "path");
            foreach (var path in outcomes.Select(o => o.Path).Distinct(StringComparer.Ordinal))
            {
                Run(delete, path);
            }
        }

        using var insert = Command(transaction, "INSERT INTO inputs (path, seq, outcome) VALUES (@path, @seq, @outcome)", "path", "seq", "outcome");
        foreach (var group in outcomes.GroupBy(o => o.Path, StringComparer.Ordinal))
        {
            var seq = 0;
            foreach (var outcome in group)
            {
                Run(insert, group.Key, seq++, JsonSerializer.Serialize(outcome, OutcomeJson));
            }
        }

        transaction.Commit();
    }

    /// <inheritdoc/>
    public string? Setting(string name)
    {
        string? value = null;
        Read(null, "SELECT value FROM settings WHERE name = @name", row => value = row.GetString(0), ("name", name));
        return value;
    }

    /// <inheritdoc/>
    public void PutSetting(string name, string value)
    {
        using var transaction = BeginWrite();
        Execute(transaction, "INSERT INTO settings (name, value) VALUES (@name, @value) ON CONFLICT (name) DO UPDATE SET value = excluded.value", ("name", name), ("value", value));
        transaction.Commit();
    }

    /// <inheritdoc/>
    public Events.MergeLog? MergeLog(string rulesVersion)
    {
        var parts = new List<byte[]>();
        var same = true;
        Read(null, "SELECT rules_version, data FROM merge_log ORDER BY part", row =>
        {
            same &= row.GetString(0) == rulesVersion;
            parts.Add((byte[])row.GetValue(1));
        });
        return same && parts.Count > 0 ? MergeLogCodec.Decode(parts) : null;
    }

    /// <inheritdoc/>
    public void PutMergeLog(string rulesVersion, Events.MergeLog log)
    {
        using var transaction = BeginWrite();
        Execute(transaction, "DELETE FROM merge_log");
        using var command = Command(transaction, "INSERT INTO merge_log (part, rules_version, data) VALUES (@part, @rules, @data)", "part", "rules", "data");
        var part = 0;
        foreach (var data in MergeLogCodec.Parts(log))
        {
            Run(command, part++, rulesVersion, data);
        }

        transaction.Commit();
    }

    /// <inheritdoc/>
    public IReadOnlySet<string> ExtractionKeys()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        Read(null, "SELECT key FROM extractions", row => keys.Add(row.GetString(0)));
        return keys;
    }

    /// <inheritdoc/>
    public IEnumerable<DocumentExtraction> Extractions(IReadOnlyList<string> keys, SharedStrings? shared = null, bool sentenceTexts = true) =>
        ReadExtractions(keys, payload => ExtractionCodec.DecodeExtraction(payload, shared, sentenceTexts));

    /// <inheritdoc/>
    public IEnumerable<StoredTexts> Texts(IReadOnlyList<string> keys) => ReadExtractions(keys, ExtractionCodec.DecodeTexts);

    private IEnumerable<T> ReadExtractions<T>(IReadOnlyList<string> keys, Func<byte[], T> decode)
    {
        // Read by slices of keys, so that only one slice's payloads are held at a time, whatever the corpus's size.
        const int Slice = 256;
        for (var first = 0; first < keys.Count; first += Slice)
        {
            var slice = keys.Skip(first).Take(Slice).ToList();
            var distinct = slice.Distinct(StringComparer.Ordinal).ToList();
            var payloads = new byte[slice.Count][];
            var names = distinct.Select((_, i) => "k" + i.ToString(CultureInfo.InvariantCulture)).ToList();
            Read(
                null,
                $"SELECT key, payload FROM extractions WHERE key IN ({string.Join(", ", names.Select(name => "@" + name))})",
                row =>
                {
                    var key = row.GetString(0);
                    var payload = (byte[])row.GetValue(1);
                    for (var i = 0; i < slice.Count; i++)
                    {
                        if (slice[i] == key)
                        {
                            payloads[i] = payload;
                        }
                    }
                },
                [.. distinct.Select((key, i) => (names[i], (object?)key))]);
            var missing = payloads.Count(payload => payload is null);
            if (missing > 0)
            {
                throw new InvalidOperationException($"{missing} documents have no extraction in {Description}");
            }

            // Decoding is most of the reading's time and each payload stands alone.
            var extractions = new T[slice.Count];
            Parallel.For(0, slice.Count, i => extractions[i] = decode(payloads[i]));
            foreach (var extraction in extractions)
            {
                yield return extraction;
            }
        }
    }

    /// <inheritdoc/>
    public IReadOnlyList<RawDocument> Documents(IReadOnlyList<string> ids)
    {
        var found = new Dictionary<string, RawDocument>(StringComparer.Ordinal);
        ReadSlices(ids, "SELECT raw FROM documents WHERE id IN ({0})", row =>
        {
            var document = ExtractionCodec.DecodeRaw((byte[])row.GetValue(0));
            found[document.Id] = document;
        });
        return [.. ids.Where(found.ContainsKey).Select(id => found[id])];
    }

    /// <inheritdoc/>
    public IReadOnlyList<StoredDocumentHash> PreparationHashes() => Hashes("SELECT document_id, content_hash FROM preparations");

    /// <inheritdoc/>
    public void PutPreparations(IReadOnlyList<StoredPreparation> rows)
    {
        using var transaction = BeginWrite();
        using var command = Command(
            transaction,
            "INSERT INTO preparations (document_id, content_hash, features, shingles, clean, prepared) VALUES (@id, @hash, @features, @shingles, @clean, NULL) " +
            "ON CONFLICT (document_id) DO UPDATE SET content_hash = excluded.content_hash, features = excluded.features, shingles = excluded.shingles, clean = excluded.clean, prepared = NULL",
            "id",
            "hash",
            "features",
            "shingles",
            "clean");
        foreach (var row in rows)
        {
            Run(command, row.Id, row.ContentHash, row.Features, row.Shingles, row.Clean);
        }

        transaction.Commit();
    }

    /// <inheritdoc/>
    public void RemovePreparations(IReadOnlyList<string> ids) =>
        DeleteEach(ids, "DELETE FROM preparations WHERE document_id = @id", "DELETE FROM copy_pairs WHERE a = @id OR b = @id");

    /// <inheritdoc/>
    public void ClearPreparations()
    {
        using var transaction = BeginWrite();
        Execute(transaction, "DELETE FROM copy_pairs");
        Execute(transaction, "DELETE FROM preparations");
        transaction.Commit();
    }

    /// <inheritdoc/>
    public void ForEachShingles(IReadOnlySet<string> skip, Action<string, byte[]> each) =>
        Read(null, "SELECT document_id, shingles FROM preparations", row =>
        {
            var id = row.GetString(0);
            if (!skip.Contains(id))
            {
                each(id, (byte[])row.GetValue(1));
            }
        });

    /// <inheritdoc/>
    public IReadOnlyList<(string Id, byte[] Features, byte[]? Prepared)> Preparations()
    {
        var rows = new List<(string Id, byte[] Features, byte[]? Prepared)>();
        Read(null, "SELECT document_id, features, prepared FROM preparations", row => rows.Add((row.GetString(0), (byte[])row.GetValue(1), row.IsDBNull(2) ? null : (byte[])row.GetValue(2))));
        rows.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return rows;
    }

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, byte[]> CleanTexts(IReadOnlyList<string> ids)
    {
        var texts = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        ReadSlices(ids, "SELECT document_id, clean FROM preparations WHERE document_id IN ({0})", row => texts[row.GetString(0)] = (byte[])row.GetValue(1));
        return texts;
    }

    /// <inheritdoc/>
    public void PutPrepared(IReadOnlyList<(string Id, byte[] Prepared)> forms)
    {
        using var transaction = BeginWrite();
        using var command = Command(transaction, "UPDATE preparations SET prepared = @prepared WHERE document_id = @id", "prepared", "id");
        foreach (var (id, prepared) in forms)
        {
            Run(command, prepared, id);
        }

        transaction.Commit();
    }

    /// <inheritdoc/>
    public void PutCopyPairs(IReadOnlyList<StoredCopyPair> pairs)
    {
        using var transaction = BeginWrite();
        using var command = Command(transaction, "INSERT INTO copy_pairs (a, b, overlap) VALUES (@a, @b, @overlap) ON CONFLICT (a, b) DO NOTHING", "a", "b", "overlap");
        foreach (var pair in pairs)
        {
            Run(command, pair.A, pair.B, pair.Overlap);
        }

        transaction.Commit();
    }

    /// <inheritdoc/>
    public IReadOnlyList<StoredCopyPair> CopyPairs()
    {
        var pairs = new List<StoredCopyPair>();
        Read(null, "SELECT a, b, overlap FROM copy_pairs", row => pairs.Add(new StoredCopyPair(row.GetString(0), row.GetString(1), Convert.ToInt32(row.GetValue(2), CultureInfo.InvariantCulture))));
        return pairs;
    }

    /// <inheritdoc/>
    public IReadOnlySet<string> QueuedKeys()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        Read(null, "SELECT key FROM queue", row => keys.Add(row.GetString(0)));
        return keys;
    }

    /// <inheritdoc/>
    public void Queue(IReadOnlyList<PendingExtraction> pending)
    {
        using var transaction = BeginWrite();
        using var insert = Command(transaction, "INSERT INTO queue (key, document_id, document) VALUES (@key, @id, @document) ON CONFLICT (key) DO NOTHING", "key", "id", "document");
        foreach (var item in pending)
        {
            Run(insert, item.Key, item.Document.Id, ExtractionCodec.Encode(item.Document));
        }

        transaction.Commit();
    }

    /// <inheritdoc/>
    public void KeepQueued(IReadOnlySet<string> wanted)
    {
        using var transaction = BeginWrite();

        // Documents leased to a worker now stay with it; free rows whose key is no longer wanted go, so that nobody extracts them for nothing.
        var stale = new List<string>();
        Read(transaction, $"SELECT key FROM queue WHERE lease_until IS NULL OR lease_until < {NowSeconds}", row =>
        {
            if (!wanted.Contains(row.GetString(0)))
            {
                stale.Add(row.GetString(0));
            }
        });
        using (var delete = Command(transaction, "DELETE FROM queue WHERE key = @key", "key"))
        {
            foreach (var key in stale)
            {
                Run(delete, key);
            }
        }

        transaction.Commit();
    }

    /// <inheritdoc/>
    public IReadOnlyList<PendingExtraction> Claim(string worker, int count, double leaseSeconds)
    {
        using var transaction = BeginWrite();
        var claimed = new List<PendingExtraction>();
        Read(
            transaction,
            $"UPDATE queue SET lease_owner = @worker, lease_until = {NowSeconds} + @lease WHERE key IN " +
            $"(SELECT key FROM queue WHERE lease_until IS NULL OR lease_until < {NowSeconds} ORDER BY key LIMIT @count {SkipLocked}) RETURNING key, document",
            row => claimed.Add(new PendingExtraction(row.GetString(0), ExtractionCodec.DecodeNews((byte[])row.GetValue(1)))),
            ("worker", worker),
            ("lease", leaseSeconds),
            ("count", count));

        transaction.Commit();
        return claimed;
    }

    /// <inheritdoc/>
    public (int Queued, int Leased) QueueState()
    {
        var state = (0, 0);
        Read(null, $"SELECT COUNT(*), COUNT(CASE WHEN lease_until >= {NowSeconds} THEN 1 END) FROM queue", row =>
            state = (Convert.ToInt32(row.GetValue(0), CultureInfo.InvariantCulture), Convert.ToInt32(row.GetValue(1), CultureInfo.InvariantCulture)));
        return state;
    }

    /// <inheritdoc/>
    public void SaveExtraction(string key, string rulesVersion, DocumentExtraction extraction)
    {
        using var transaction = BeginWrite();
        var added = Execute(
            transaction,
            "INSERT INTO extractions (key, document_id, rules_version, error, payload) VALUES (@key, @id, @rules, @error, @payload) ON CONFLICT (key) DO NOTHING",
            ("key", key),
            ("id", extraction.DocumentId),
            ("rules", rulesVersion),
            ("error", extraction.Error),
            ("payload", ExtractionCodec.Encode(extraction)));
        if (added == 1 && extraction.Events.Count > 0)
        {
            using var mention = Command(transaction, "INSERT INTO event_mentions (extraction_key, ordinal, document_id, sentence, trigger_start, type) VALUES (@key, @ordinal, @id, @sentence, @start, @type)", "key", "ordinal", "id", "sentence", "start", "type");
            for (var i = 0; i < extraction.Events.Count; i++)
            {
                var found = extraction.Events[i];
                Run(mention, key, i, extraction.DocumentId, found.Sentence, found.TriggerStart, found.Type);
            }
        }

        Execute(transaction, "DELETE FROM queue WHERE key = @key", ("key", key));
        transaction.Commit();
    }

    /// <inheritdoc/>
    public int PruneExtractions(IReadOnlySet<string> keep)
    {
        var stale = new List<string>();
        Read(null, "SELECT key FROM extractions", row =>
        {
            var key = row.GetString(0);
            if (!keep.Contains(key))
            {
                stale.Add(key);
            }
        });

        if (stale.Count == 0)
        {
            return 0;
        }

        DeleteEach(stale, "DELETE FROM extractions WHERE key = @id", "DELETE FROM event_mentions WHERE extraction_key = @id");
        return stale.Count;
    }

    /// <inheritdoc/>
    public (int Written, int Deleted) WriteIndex(IReadOnlyList<IndexedActor> actors, IReadOnlyList<string> eventIds, Func<IReadOnlyList<int>, long[]> digestsOf, Func<int, IndexedEvent> made, IReadOnlyList<IndexedName> names)
    {
        ArgumentNullException.ThrowIfNull(eventIds);
        ArgumentNullException.ThrowIfNull(digestsOf);
        ArgumentNullException.ThrowIfNull(made);
        using var transaction = BeginWrite();
        foreach (var table in new[] { "actor_name_words", "actor_names", "actors" })
        {
            Execute(transaction, $"DELETE FROM {table}");
        }

        using (var insert = Command(transaction, "INSERT INTO actors (id, ordinal, events, as_source, first_day, last_day, data, id_folded) VALUES (@id, @ordinal, @events, @source, @first, @last, @data, @folded)", "id", "ordinal", "events", "source", "first", "last", "data", "folded"))
        {
            for (var i = 0; i < actors.Count; i++)
            {
                var actor = actors[i];
                Run(insert, actor.Id, i, actor.Events, actor.AsSource, actor.First, actor.Last, actor.Json, ActorNameQuery.Fold(actor.Id));
            }
        }

        using (var insert = Command(transaction, "INSERT INTO actor_names (id, actor_id, name_key, bare, skeleton) VALUES (@id, @actor, @key, @bare, @skeleton)", "id", "actor", "key", "bare", "skeleton"))
        using (var word = Command(transaction, "INSERT INTO actor_name_words (word, name_id) VALUES (@word, @name) ON CONFLICT DO NOTHING", "word", "name"))
        {
            for (var i = 0; i < names.Count; i++)
            {
                var name = names[i];
                Run(insert, i, name.ActorId, name.Key, name.Bare, name.Skeleton);
                foreach (var w in ActorNameQuery.WordsOf(name.Skeleton))
                {
                    Run(word, w, i);
                }
            }
        }

        var (kept, stale) = Compare(transaction, eventIds, digestsOf);
        using (var dropEvent = Command(transaction, "DELETE FROM events WHERE id = @id", "id"))
        using (var dropRoles = Command(transaction, "DELETE FROM event_actors WHERE event_id = @id", "id"))
        using (var dropListings = Command(transaction, "DELETE FROM actor_events WHERE event_id = @id", "id"))
        {
            foreach (var id in stale)
            {
                Run(dropEvent, id);
                Run(dropRoles, id);
                Run(dropListings, id);
            }
        }

        var written = 0;
        using (var insert = Command(transaction, "INSERT INTO events (id, type, start_day, end_day, data, digest) VALUES (@id, @type, @start, @end, @data, @digest)", "id", "type", "start", "end", "data", "digest"))
        using (var listed = Command(
            transaction,
            "INSERT INTO actor_events (actor_id, day_order, event_id, start_day, end_day, type, status, listing) VALUES (@actor, @order, @id, @start, @end, @type, @status, @listing)",
            "actor",
            "order",
            "id",
            "start",
            "end",
            "type",
            "status",
            "listing"))
        using (var role = Command(transaction, "INSERT INTO event_actors (actor_id, event_id, role) VALUES (@actor, @event, @role) ON CONFLICT DO NOTHING", "actor", "event", "role"))
        {
            for (var i = 0; i < eventIds.Count; i++)
            {
                if (kept[i])
                {
                    continue;
                }

                var item = made(i);
                if (!string.Equals(item.Id, eventIds[i], StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"the query index's event {i} was made as '{item.Id}', not '{eventIds[i]}'");
                }

                Run(insert, item.Id, item.Type, item.Start, item.End, item.Json, item.Digest);
                foreach (var (actorId, actorRole) in item.Actors)
                {
                    Run(role, actorId, item.Id, actorRole);
                }

                foreach (var (actorId, row) in item.Listings)
                {
                    Run(listed, actorId, row.DayOrder ?? -1, row.Id, row.Start, row.End, row.Type, row.Status, row.Pack());
                }

                written++;
            }
        }

        PutIndexed(transaction);
        transaction.Commit();
        return (written, stale.Count);
    }

    private static Dictionary<string, int> Places(IReadOnlyList<string> ids)
    {
        var place = new Dictionary<string, int>(ids.Count, StringComparer.Ordinal);
        for (var i = 0; i < ids.Count; i++)
        {
            if (!place.TryAdd(ids[i], i))
            {
                throw new InvalidOperationException($"the query index has event '{ids[i]}' twice");
            }
        }

        return place;
    }

    // Which of the new index's events the store holds already with the same digest, and the ids of the events it holds that are not among
    // them unchanged (gone from the timeline, or changed). Only the events the store holds are digested.
    private (bool[] Kept, List<string> Stale) Compare(DbTransaction transaction, IReadOnlyList<string> eventIds, Func<IReadOnlyList<int>, long[]> digestsOf)
    {
        // Made when the store holds some event: a first index has nothing to compare (an event given twice is then refused by the
        // primary key), and a first build reaches its peak memory here.
        Dictionary<string, int>? place = null;
        var held = new List<int>();
        var heldDigests = new List<long?>();
        var stale = new List<string>();
        Read(transaction, "SELECT id, digest FROM events", row =>
        {
            var id = row.GetString(0);
            place ??= Places(eventIds);
            if (place.TryGetValue(id, out var i))
            {
                // The id read is not kept: the list's own string is the same, and a million of them are tens of megabytes.
                held.Add(i);
                heldDigests.Add(row.IsDBNull(1) ? null : row.GetInt64(1));
            }
            else
            {
                stale.Add(id);
            }
        });

        var kept = new bool[eventIds.Count];
        var digests = digestsOf(held);
        for (var k = 0; k < held.Count; k++)
        {
            if (digests[k] == heldDigests[k])
            {
                kept[held[k]] = true;
            }
            else
            {
                stale.Add(eventIds[held[k]]);
            }
        }

        stale.Sort(StringComparer.Ordinal);
        return (kept, stale);
    }

    /// <inheritdoc/>
    public IReadOnlyList<IndexedActor> IndexedActors() => ReadActors("SELECT id, ordinal, events, as_source, first_day, last_day, data FROM actors");

    /// <inheritdoc/>
    public IReadOnlyList<IndexedActor> FindIndexedActors(ActorNameQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parameters = new List<(string, object?)> { ("folded", query.IdFolded), ("key", query.Key), ("bare", query.Bare), ("skeleton", query.Skeleton) };
        var words = query.Words.Distinct(StringComparer.Ordinal).ToList();
        parameters.AddRange(words.Select((word, i) => ($"w{i}", (object?)word)));
        var byWord = words.Count == 0 ? string.Empty
            : $" UNION SELECT n.actor_id FROM actor_name_words w JOIN actor_names n ON n.id = w.name_id WHERE w.word IN ({string.Join(", ", words.Select((_, i) => $"@w{i}"))})";
        var sql = "SELECT id, ordinal, events, as_source, first_day, last_day, data FROM actors WHERE id IN (" +
            "SELECT id FROM actors WHERE id_folded = @folded" +
            " UNION SELECT actor_id FROM actor_names WHERE name_key = @key OR name_key = @bare OR bare = @bare OR skeleton = @skeleton" +
            byWord + ")";
        return ReadActors(sql, [.. parameters]);
    }

    /// <inheritdoc/>
    public IReadOnlyList<IndexedActor> IndexedActorsAround(string actorId, IReadOnlyList<string> others)
    {
        var parameters = new List<(string, object?)> { ("actor", actorId) };
        parameters.AddRange(others.Select((other, i) => ($"o{i}", (object?)other)));
        var listed = others.Count == 0 ? string.Empty : $" OR id IN ({string.Join(", ", others.Select((_, i) => $"@o{i}"))})";
        return ReadActors(
            "SELECT id, ordinal, events, as_source, first_day, last_day, data FROM actors WHERE id = @actor" + listed +
            " OR id IN (SELECT ea.actor_id FROM event_actors ea WHERE ea.event_id IN (SELECT event_id FROM event_actors WHERE actor_id = @actor))",
            [.. parameters]);
    }

    /// <inheritdoc/>
    public IReadOnlyList<string> IndexedEventsOf(string actorId, IndexedEventFilter? filter = null)
    {
        var sql = new System.Text.StringBuilder("SELECT e.id, e.data FROM events e WHERE e.id IN (SELECT event_id FROM event_actors WHERE actor_id = @actor)");
        var parameters = new List<(string, object?)> { ("actor", actorId) };
        if (filter?.Type is { } type)
        {
            sql.Append(" AND LOWER(e.type) = @type");
            parameters.Add(("type", type.ToLowerInvariant()));
        }

        // Days are ISO strings, so they compare as dates; an undated event has neither and is left out once a range is asked for.
        if (filter?.From is { } from)
        {
            sql.Append(" AND e.start_day IS NOT NULL AND e.end_day >= @from");
            parameters.Add(("from", Day(from)));
        }

        if (filter?.To is { } to)
        {
            sql.Append(" AND e.end_day IS NOT NULL AND e.start_day <= @to");
            parameters.Add(("to", Day(to)));
        }

        var events = new List<(string Id, string Json)>();
        Read(null, sql.ToString(), row => events.Add((row.GetString(0), row.GetString(1))), [.. parameters]);
        return [.. events.OrderBy(e => e.Id, StringComparer.Ordinal).Select(e => e.Json)];
    }

    /// <inheritdoc/>
    public IndexedActor? FindIndexedActor(string id) =>
        ReadActors("SELECT id, ordinal, events, as_source, first_day, last_day, data FROM actors WHERE id = @id", ("id", id)).SingleOrDefault();

    /// <inheritdoc/>
    public IReadOnlyList<EventRow> IndexedEventRowsOf(string actorId, IReadOnlyList<string> withIds, IndexedEventFilter filter)
    {
        ArgumentNullException.ThrowIfNull(withIds);
        ArgumentNullException.ThrowIfNull(filter);
        var sql = new System.Text.StringBuilder("SELECT listing FROM actor_events WHERE actor_id = @actor");
        var parameters = new List<(string, object?)> { ("actor", actorId) };
        foreach (var other in withIds.Where(other => other != actorId).Distinct(StringComparer.Ordinal))
        {
            var name = "w" + parameters.Count.ToString(CultureInfo.InvariantCulture);
            sql.Append(CultureInfo.InvariantCulture, $" AND event_id IN (SELECT event_id FROM event_actors WHERE actor_id = @{name})");
            parameters.Add((name, other));
        }

        // LOWER folds ASCII alike in both databases; a type beyond ASCII is compared below alone, as the graph compares types.
        if (filter.Type is { } type && type.All(char.IsAscii))
        {
            sql.Append(" AND LOWER(type) = @type");
            parameters.Add(("type", type.ToLowerInvariant()));
        }

        if (filter.Status is { } status)
        {
            sql.Append(" AND status = @status");
            parameters.Add(("status", status));
        }

        // Days are ISO strings, so they compare as dates; an undated event has neither and is left out once a range is asked for.
        if (filter.From is { } from)
        {
            sql.Append(" AND start_day IS NOT NULL AND end_day >= @from");
            parameters.Add(("from", Day(from)));
        }

        if (filter.To is { } to)
        {
            sql.Append(" AND end_day IS NOT NULL AND start_day <= @to");
            parameters.Add(("to", Day(to)));
        }

        // The rows come in date order by their clustered key (the database may collate ids otherwise than by code unit: SortByDate checks the
        // order and mends it), and are unpacked on every core.
        sql.Append(" ORDER BY day_order, event_id");
        var packed = new List<byte[]>();
        Read(null, sql.ToString(), row => packed.Add((byte[])row.GetValue(0)), [.. parameters]);
        var rows = ParallelMap.Run(packed, Environment.ProcessorCount, bytes => EventRow.Unpack(bytes))
            .Where(row => filter.Type is null || string.Equals(row.Type, filter.Type, StringComparison.OrdinalIgnoreCase))
            .ToList();
        EventRow.SortByDate(rows);
        return rows;
    }

    /// <inheritdoc/>
    public bool HasIndex() => Setting("indexed") is not null;

    /// <inheritdoc/>
    public void Dispose()
    {
        Connection.Dispose();
        GC.SuppressFinalize(this);
    }

    // Runs a query whose {0} is a list of parameters once per slice of ids, so that no statement has more than a few hundred.
    private void ReadSlices(IReadOnlyList<string> ids, string sql, Action<DbDataReader> row)
    {
        const int Slice = 256;
        for (var first = 0; first < ids.Count; first += Slice)
        {
            var slice = ids.Skip(first).Take(Slice).Distinct(StringComparer.Ordinal).ToList();
            var names = slice.Select((_, i) => "i" + i.ToString(CultureInfo.InvariantCulture)).ToList();
            Read(null, string.Format(CultureInfo.InvariantCulture, sql, string.Join(", ", names.Select(name => "@" + name))), row, [.. slice.Select((id, i) => (names[i], (object?)id))]);
        }
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private List<IndexedActor> ReadActors(string sql, params (string Name, object? Value)[] parameters)
    {
        var actors = new List<(long Ordinal, IndexedActor Actor)>();
        Read(
            null,
            sql,
            row => actors.Add((row.GetInt64(1), new IndexedActor(
                row.GetString(0),
                row.GetString(6),
                row.GetInt32(2),
                row.GetInt32(3),
                row.IsDBNull(4) ? null : row.GetString(4),
                row.IsDBNull(5) ? null : row.GetString(5)))),
            parameters);
        return [.. actors.OrderBy(a => a.Ordinal).Select(a => a.Actor)];
    }

    private void PutIndexed(DbTransaction transaction) =>
        Execute(transaction, "INSERT INTO settings (name, value) VALUES ('indexed', '1') ON CONFLICT (name) DO NOTHING");

    private string Ddl(string statement) => statement
        .Replace("{blob}", BlobType, StringComparison.Ordinal)
        .Replace("{real}", RealType, StringComparison.Ordinal)
        .Replace("{clustered}", ClusteredTable, StringComparison.Ordinal);

    /// <summary>Runs a statement and returns the rows it changed.</summary>
    protected int Execute(DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Prepare(transaction, sql, parameters);
        return command.ExecuteNonQuery();
    }

    /// <summary>Runs a query and returns its first value.</summary>
    protected object? Scalar(DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Prepare(transaction, sql, parameters);
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    /// <summary>Runs a query and hands each row to <paramref name="row"/>; the command and its reader are disposed when it returns.</summary>
    protected void Read(DbTransaction? transaction, string sql, Action<DbDataReader> row, params (string Name, object? Value)[] parameters)
    {
        using var command = Prepare(transaction, sql, parameters);
        using var reader = command.ExecuteReader(CommandBehavior.Default);
        while (reader.Read())
        {
            row(reader);
        }
    }

    private DbCommand Prepare(DbTransaction? transaction, string sql, (string Name, object? Value)[] parameters)
    {
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    // A statement run many times with new values: its parameters are created once.
    private DbCommand Command(DbTransaction transaction, string sql, params string[] names)
    {
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var name in names)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private static void Run(DbCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }
}
