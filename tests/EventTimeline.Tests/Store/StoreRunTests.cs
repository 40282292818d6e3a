using EventTimeline.Benchmark;
using EventTimeline.Documents;
using EventTimeline.Export;
using EventTimeline.Store;
using EventTimeline.Time.Native;

namespace EventTimeline.Tests.Store;

[TestFixture]
public sealed class StoreRunTests
{
    private static readonly IReadOnlyList<RawDocument> Generated = NewsCorpusGenerator.Default.Generate(120, seed: 7);

    [Test]
    public void Merge_FromScratch_EqualsPlainBuild()
    {
        using var setup = new NativeStore();
        var pipeline = setup.Pipeline;
        var run = setup.Run;

        run.Add(Generated, prune: false);
        var result = Build(run, jobs: 2);

        Assert.That(Outputs(result), Is.EqualTo(Outputs(pipeline.Build(Generated, jobs: 2))));
    }

    [Test]
    public void Merge_DocumentsAddedThenRebuilt_EqualsBuildOfAllAndExtractsFewer()
    {
        using var setup = new NativeStore();
        var pipeline = setup.Pipeline;
        var run = setup.Run;
        run.Add([.. Generated.Take(90)], prune: false);
        Build(run, jobs: 1);

        var intake = run.Add(Generated, prune: false);
        var prepared = run.Prepare(jobs: 1);
        while (run.ExtractBatch("test", 16, 1, 60) > 0)
        {
        }

        var result = run.Merge(prepared, jobs: 1);

        Assert.That(intake, Is.EqualTo(new StoreIntake(30, 0, 90, 0)));
        Assert.That(prepared.Pending, Is.GreaterThanOrEqualTo(30).And.LessThan(Generated.Count));
        Assert.That(run.LastMerge!.Value.Replayed, Is.GreaterThan(run.LastMerge.Value.Mentions / 2), "the first merge's decisions are taken again");
        Assert.That(Outputs(result), Is.EqualTo(Outputs(pipeline.Build(Generated, jobs: 1))));
    }

    [Test]
    public void Merge_KeepsItsLogForItsRulesVersionOnly()
    {
        using var setup = new NativeStore();
        setup.Run.Add([.. Generated.Take(40)], prune: false);

        Build(setup.Run, jobs: 1);

        Assert.That(setup.Run.LastMerge!.Value.Replayed, Is.Zero, "a first merge has no log to take decisions from");
        Assert.That(setup.Store.MergeLog(RulesVersion.Of("native"))!.Fingerprints, Has.Length.EqualTo(setup.Run.LastMerge.Value.Mentions).And.Length.Positive);
        Assert.That(setup.Store.MergeLog(RulesVersion.Of("microsoft")), Is.Null);
    }

    [Test]
    public void Merge_Pruned_EqualsBuildOfTheRest()
    {
        using var setup = new NativeStore();
        var pipeline = setup.Pipeline;
        var run = setup.Run;
        run.Add(Generated, prune: false);
        Build(run, jobs: 2);
        var rest = Generated.Where((_, i) => i % 4 != 0).ToList();

        var intake = run.Add(rest, prune: true);
        var result = Build(run, jobs: 2);
        Assert.That(run.LastMerge!.Value.Replayed, Is.Positive);

        Assert.That(intake.Removed, Is.EqualTo(Generated.Count - rest.Count));
        Assert.That(Outputs(result), Is.EqualTo(Outputs(pipeline.Build(rest, jobs: 2))));
    }

    [Test]
    public void Merge_DocumentsAddedThenPruned_QueryIndexEqualsOneWrittenAnew()
    {
        var rest = Generated.Where((_, i) => i % 4 != 0).ToList();
        using var grown = new NativeStore();
        grown.Run.Add([.. Generated.Take(90)], prune: false);
        Build(grown.Run, jobs: 1);

        grown.Run.Add(Generated, prune: false);
        Build(grown.Run, jobs: 1);
        var added = IndexTables(grown.Path);
        grown.Run.Add(rest, prune: true);
        Build(grown.Run, jobs: 1);
        var pruned = IndexTables(grown.Path);

        Assert.That(added, Is.EqualTo(IndexTablesAnew(Generated)));
        Assert.That(pruned, Is.EqualTo(IndexTablesAnew(rest)));
        Assert.That(pruned["actor_events"], Is.Not.Empty);
    }

    [Test]
    public void Prepare_OtherRules_QueuesEveryDocument()
    {
        using var setup = new NativeStore();
        var pipeline = setup.Pipeline;
        var store = setup.Store;
        var run = setup.Run;
        var documents = Generated.Take(20).ToList();
        run.Add(documents, prune: false);
        Build(run, jobs: 1);

        var unchanged = run.Prepare(jobs: 1);
        var otherRules = new StoreRun(pipeline, store, RulesVersion.Of("other")).Prepare(jobs: 1);

        Assert.That(unchanged.Pending, Is.Zero);
        Assert.That(otherRules.Pending, Is.EqualTo(documents.Count));
    }

    [Test]
    public void Open_NewerSchema_IsRefusedWithTheVersions()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Root, "store.db");
        SqliteEventStore.Open(path).Dispose();
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE schema_version SET version = 99";
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<StoreSchemaException>(() => SqliteEventStore.Open(path))!;

        Assert.That(error.Message, Does.Contain($"schema version 99, newer than this tool's {StoreSchema.Version}"));
    }

    [Test]
    public void Open_VersionOneStore_IsUpgradedKeepingDocumentsAndDroppingItsIndex()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Root, "v1.db");
        WriteOldStore(
            path,
            1,
            [
                "INSERT INTO documents (id, content_hash, raw) VALUES ('a', 'h', x'00')",
                "INSERT INTO actors (id, ordinal, events, as_source, data) VALUES ('x', 0, 1, 0, '{}')",
                "INSERT INTO settings (name, value) VALUES ('indexed', '1')",
            ]);

        using var store = SqliteEventStore.Open(path);

        Assert.That(store.DocumentHashes(), Is.EqualTo(new[] { new StoredDocumentHash("a", "h") }));
        Assert.That(store.HasIndex(), Is.False);
        Assert.That(store.IndexedActors(), Is.Empty);
        Assert.That(store.FindIndexedActors(new ActorNameQuery("X", "x", "x", "x", ["x"])), Is.Empty);
    }

    [Test]
    public void Open_VersionThreeStoreWithAnIndex_IsUpgradedDroppingItsIndexUntilTheNextMerge()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Root, "v3.db");
        WriteOldStore(
            path,
            3,
            [
                "INSERT INTO documents (id, content_hash, raw) VALUES ('a', 'h', x'00')",
                "INSERT INTO actors (id, ordinal, events, as_source, data, id_folded) VALUES ('x', 0, 1, 0, '{}', 'X')",
                "INSERT INTO actor_names (id, actor_id, name_key, bare, skeleton) VALUES (0, 'x', 'x', 'x', 'x')",
                "INSERT INTO events (id, type, start_day, end_day, data) VALUES ('e', 'call', NULL, NULL, '{}')",
                "INSERT INTO event_actors (actor_id, event_id, role) VALUES ('x', 'e', 'Source')",
                "INSERT INTO settings (name, value) VALUES ('indexed', '1')",
            ]);

        using var store = SqliteEventStore.Open(path);

        Assert.That(store.DocumentHashes(), Is.EqualTo(new[] { new StoredDocumentHash("a", "h") }));
        Assert.That(store.HasIndex(), Is.False);
        Assert.That(store.IndexedActors(), Is.Empty);
        Assert.That(store.IndexedEventRowsOf("x", [], new IndexedEventFilter(null, null, null)), Is.Empty);
        Assert.That(store.IndexedEventsOf("x"), Is.Empty);
    }

    [Test]
    public void Open_VersionFourStoreWithListingRows_IsUpgradedDroppingThemWithItsIndex()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Root, "v4.db");
        WriteOldStore(
            path,
            4,
            [
                "INSERT INTO documents (id, content_hash, raw) VALUES ('a', 'h', x'00')",
                "INSERT INTO actors (id, ordinal, events, as_source, data, id_folded) VALUES ('x', 0, 1, 0, '{}', 'X')",
                "INSERT INTO events (id, type, start_day, end_day, data) VALUES ('e', 'call', NULL, NULL, '{}')",
                "INSERT INTO event_actors (actor_id, event_id, role) VALUES ('x', 'e', 'Source')",
                "INSERT INTO actor_events (actor_id, event_id, start_day, end_day, type, status, label, sources, salience, evidence, others) VALUES ('x', 'e', NULL, NULL, 'call', 'asserted', 'X calls', 1, 0, '', '')",
                "INSERT INTO settings (name, value) VALUES ('indexed', '1')",
            ]);

        using var store = SqliteEventStore.Open(path);

        Assert.That(store.DocumentHashes(), Is.EqualTo(new[] { new StoredDocumentHash("a", "h") }));
        Assert.That(store.HasIndex(), Is.False);
        Assert.That(store.IndexedEventRowsOf("x", [], new IndexedEventFilter(null, null, null)), Is.Empty);
    }

    [Test]
    public void Open_VersionFiveStore_IsUpgradedKeepingItsIndexWithNoMergeLog()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Root, "v5.db");
        WriteOldStore(
            path,
            5,
            [
                "INSERT INTO documents (id, content_hash, raw) VALUES ('a', 'h', x'00')",
                "INSERT INTO settings (name, value) VALUES ('indexed', '1')",
            ]);

        using var store = SqliteEventStore.Open(path);

        Assert.That(store.DocumentHashes(), Is.EqualTo(new[] { new StoredDocumentHash("a", "h") }));
        Assert.That(store.HasIndex(), Is.True);
        Assert.That(store.MergeLog(RulesVersion.Of("native")), Is.Null);
        store.PutMergeLog("r", new global::EventTimeline.Events.MergeLog([7], [0]));
        Assert.That(store.MergeLog("r")!.Fingerprints, Is.EqualTo(new UInt128[] { 7 }));
    }

    [Test]
    public void Open_WhileABuildHoldsTheWriteLock_OpensForReading()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Root, "store.db");
        SqliteEventStore.Open(path).Dispose();
        using var writer = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False");
        writer.Open();
        using var writing = writer.BeginTransaction(deferred: false);

        using var store = SqliteEventStore.Open(path);

        Assert.That(store.HasIndex(), Is.False);
    }

    [Test]
    public void Prepare_WhileAWorkerHoldsLeases_KeepsItsDocumentsLeased()
    {
        using var setup = new NativeStore();
        var store = setup.Store;
        var run = setup.Run;
        run.Add([.. Generated.Take(30)], prune: false);
        var first = run.Prepare(jobs: 1);
        var claimed = store.Claim("other worker", 10, 600);

        var second = run.Prepare(jobs: 1);

        Assert.That(first.Pending, Is.EqualTo(30));
        Assert.That(claimed, Has.Count.EqualTo(10));
        Assert.That(second.Pending, Is.EqualTo(30));
        Assert.That(store.QueueState(), Is.EqualTo((30, 10)));
    }

    [Test]
    public void Open_DatabaseOfAnotherProgram_IsRefused()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Root, "other.db");
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE documents (x INTEGER)";
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<StoreSchemaException>(() => SqliteEventStore.Open(path))!;

        Assert.That(error.Message, Does.Contain("not an EventTimeline store"));
    }

    // The rows of the query index's tables in a fixed order, by table, read on a connection of their own.
    private static Dictionary<string, List<string>> IndexTables(string path)
    {
        var tables = new Dictionary<string, string>
        {
            ["actors"] = "SELECT id, ordinal, events, as_source, first_day, last_day, data, id_folded FROM actors ORDER BY id",
            ["actor_names"] = "SELECT id, actor_id, name_key, bare, skeleton FROM actor_names ORDER BY id",
            ["actor_name_words"] = "SELECT word, name_id FROM actor_name_words ORDER BY word, name_id",
            ["events"] = "SELECT id, type, start_day, end_day, data, digest FROM events ORDER BY id",
            ["event_actors"] = "SELECT actor_id, event_id, role FROM event_actors ORDER BY actor_id, event_id, role",
            ["actor_events"] = "SELECT actor_id, day_order, event_id, start_day, end_day, type, status, hex(listing) FROM actor_events ORDER BY actor_id, day_order, event_id",
        };
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var rows = new Dictionary<string, List<string>>();
        foreach (var (table, sql) in tables)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            var lines = new List<string>();
            while (reader.Read())
            {
                lines.Add(string.Join('\u001f', Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
            }

            rows[table] = lines;
        }

        return rows;
    }

    private static Dictionary<string, List<string>> IndexTablesAnew(IReadOnlyList<RawDocument> documents)
    {
        using var store = new NativeStore();
        store.Run.Add(documents, prune: false);
        Build(store.Run, jobs: 1);
        return IndexTables(store.Path);
    }

    /// <summary>Adds nothing: prepares, extracts what is queued and merges, as build --store does.</summary>
    internal static CorpusResult Build(StoreRun run, int jobs)
    {
        var prepared = run.Prepare(jobs);
        while (run.ExtractBatch("test", 16, jobs, 60) > 0)
        {
        }

        return run.Merge(prepared, jobs);
    }

    /// <summary>The outputs a build writes from a result, by name.</summary>
    internal static IReadOnlyDictionary<string, string> Outputs(CorpusResult result) => new Dictionary<string, string>
    {
        ["timeline.json"] = JsonFormat.Serialize(result.Timeline),
        ["documents.json"] = DocumentsExport.ToJson(result.Documents),
        ["time-mentions.json"] = TimeMentionsExport.ToJson([.. result.WholeDocuments()]),
        ["date references"] = string.Join('\n', global::EventTimeline.Summary.DateReference.From(result.WholeDocuments())),
        ["failures"] = string.Join('\n', result.Failures.Select(f => $"{f.DocumentId}: {f.Error}")),
        ["furniture"] = JsonFormat.Serialize(result.Furniture),
    };

    /// <summary>A fresh SQLite store in a temporary folder, with the default pipeline on the native engine and a run over both.</summary>
    // An SQLite store as a tool of schema version <paramref name="version"/> left it: that version's tables, then the given rows.
    private static void WriteOldStore(string path, int version, IEnumerable<string> rows)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        var upgrades = StoreSchema.Upgrades.Where(pair => pair.Key < version).OrderBy(pair => pair.Key).SelectMany(pair => pair.Value);
        var statements = StoreSchema.Create.Concat(upgrades)
            .Select(s => s.Replace("{blob}", "BLOB", StringComparison.Ordinal).Replace("{real}", "REAL", StringComparison.Ordinal).Replace("{clustered}", " WITHOUT ROWID", StringComparison.Ordinal))
            .Append(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"INSERT INTO schema_version (version) VALUES ({version})"))
            .Concat(rows);
        foreach (var statement in statements)
        {
            using var command = connection.CreateCommand();
            command.CommandText = statement;
            command.ExecuteNonQuery();
        }
    }

    private sealed class NativeStore : IDisposable
    {
        private readonly TempFolder _folder = new();
        private readonly NativeTemporalTagger _tagger = new();

        public NativeStore()
        {
            Pipeline = EventTimelinePipeline.CreateDefault(_tagger);
            Path = System.IO.Path.Combine(_folder.Root, "store.db");
            Store = SqliteEventStore.Open(Path);
            Run = new StoreRun(Pipeline, Store, RulesVersion.Of("native"));
        }

        public EventTimelinePipeline Pipeline { get; }

        public string Path { get; }

        public SqliteEventStore Store { get; }

        public StoreRun Run { get; }

        public void Dispose()
        {
            Store.Dispose();
            _tagger.Dispose();
            _folder.Dispose();
        }
    }
}
