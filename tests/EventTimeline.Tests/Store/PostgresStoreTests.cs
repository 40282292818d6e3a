using System.Diagnostics;

using EventTimeline.Tests.Cli;

using Npgsql;

namespace EventTimeline.Tests.Store;

/// <summary>The PostgreSQL store against a real server: <c>EVENTTIMELINE_POSTGRES</c> names a database whose user may create databases (.ci/run starts one).</summary>
[TestFixture]
[NonParallelizable]
public sealed class PostgresStoreTests
{
    /// <summary>The connection string of the server the tests use.</summary>
    public const string Variable = "EVENTTIMELINE_POSTGRES";

    [Test]
    public void Merge_AfterWorkers_EqualsSqliteBuildAndPlainBuild()
    {
        using var database = TestDatabase.Create();
        using var folder = new TempFolder();
        var corpus = WriteCorpus(folder, 60);
        var plain = Path.Combine(folder.Root, "plain");
        var sqlite = Path.Combine(folder.Root, "sqlite");
        var postgres = Path.Combine(folder.Root, "postgres");

        Expect(CliRunner.Run("build", corpus, "--out", plain, "--jobs", "2", "-q"), 0);
        Expect(CliRunner.Run("build", corpus, "--store", Path.Combine(folder.Root, "s.db"), "--out", sqlite, "--jobs", "2", "-q"), 0);
        Expect(CliRunner.Run("build", corpus, "--store", database.ConnectionString, "--no-extract", "-q"), 0);
        Expect(CliRunner.Run("extract", "--store", database.ConnectionString, "--jobs", "2", "-q"), 0);
        Expect(CliRunner.Run("merge", "--store", database.ConnectionString, "--out", postgres, "--jobs", "2", "-q"), 0);

        foreach (var file in Directory.GetFiles(plain).Select(Path.GetFileName).Where(name => !name!.StartsWith('.')))
        {
            Assert.That(File.ReadAllText(Path.Combine(sqlite, file!)), Is.EqualTo(File.ReadAllText(Path.Combine(plain, file!))), $"SQLite {file}");
            Assert.That(File.ReadAllText(Path.Combine(postgres, file!)), Is.EqualTo(File.ReadAllText(Path.Combine(plain, file!))), $"PostgreSQL {file}");
        }
    }

    [Test]
    public void Prepare_DocumentsAddedToPostgresStore_CleansOnlyThemAndOutputsEqualPlainBuild()
    {
        using var database = TestDatabase.Create();
        using var tagger = new EventTimeline.Time.Native.NativeTemporalTagger();
        var pipeline = EventTimelinePipeline.CreateDefault(tagger);
        var generated = EventTimeline.Benchmark.NewsCorpusGenerator.Default.Generate(80, seed: 9);
        using var store = EventTimeline.Store.PostgresEventStore.Open(database.ConnectionString);
        var run = new EventTimeline.Store.StoreRun(pipeline, store, EventTimeline.Store.RulesVersion.Of("native"));
        run.Add([.. generated.Take(60)], prune: false);
        StoreRunTests.Build(run, jobs: 2);

        run.Add(generated, prune: false);
        var prepared = run.Prepare(jobs: 2);
        while (run.ExtractBatch("test", 16, 2, 60) > 0)
        {
        }

        var result = run.Merge(prepared, jobs: 2);

        Assert.That(prepared.Cleaned, Is.EqualTo(20));
        Assert.That(StoreRunTests.Outputs(result), Is.EqualTo(StoreRunTests.Outputs(pipeline.Build(generated, jobs: 2))));
    }

    [Test]
    public void Extract_WorkerKilledMidRun_AnotherFinishesWithEachMentionOnce()
    {
        using var database = TestDatabase.Create();
        using var folder = new TempFolder();
        var corpus = WriteCorpus(folder, 400);
        var plain = Path.Combine(folder.Root, "plain");
        var merged = Path.Combine(folder.Root, "merged");
        Expect(CliRunner.Run("build", corpus, "--store", database.ConnectionString, "--no-extract", "-q"), 0);

        // One document per claim, so that the killed worker holds a claimed document and has committed others.
        using (var victim = StartCli("extract", "--store", database.ConnectionString, "--jobs", "1", "--batch", "1", "--lease", "3", "-q"))
        {
            var waited = Stopwatch.StartNew();
            while (Count(database, "SELECT COUNT(*) FROM extractions") < 20 && waited.Elapsed < TimeSpan.FromMinutes(3) && !victim.HasExited)
            {
                Thread.Sleep(50);
            }

            Assert.That(victim.HasExited, Is.False, "the worker finished before it could be killed");
            victim.Kill();
            victim.WaitForExit();
        }

        var leftBehind = Count(database, "SELECT COUNT(*) FROM queue");
        Expect(CliRunner.Run("extract", "--store", database.ConnectionString, "--jobs", "2", "--lease", "3", "-q"), 0);
        Expect(CliRunner.Run("merge", "--store", database.ConnectionString, "--out", merged, "-q"), 0);
        Expect(CliRunner.Run("build", corpus, "--out", plain, "-q"), 0);

        Assert.That(leftBehind, Is.GreaterThan(0).And.LessThan(400));
        Assert.That(Count(database, "SELECT COUNT(*) FROM queue"), Is.Zero);
        Assert.That(Count(database, "SELECT COUNT(*) FROM extractions"), Is.EqualTo(400));
        Assert.That(Count(database, "SELECT COUNT(DISTINCT document_id) FROM extractions"), Is.EqualTo(400));
        Assert.That(Count(database, "SELECT COUNT(*) FROM (SELECT document_id, sentence, trigger_start, type FROM event_mentions GROUP BY 1, 2, 3, 4 HAVING COUNT(*) > 1) d"), Is.Zero);
        Assert.That(Count(database, "SELECT COUNT(*) FROM event_mentions"), Is.GreaterThan(400));
        Assert.That(File.ReadAllText(Path.Combine(merged, "timeline.json")), Is.EqualTo(File.ReadAllText(Path.Combine(plain, "timeline.json"))));
    }

    [Test]
    public void QueryAndActors_FromPostgresStore_SameAsFromTimelineJson()
    {
        using var database = TestDatabase.Create();
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Root, "out");
        Expect(CliRunner.Run("build", SeedFiles.Folder, "--store", database.ConnectionString, "--out", output, "-q"), 0);
        var timeline = Path.Combine(output, "timeline.json");

        foreach (var question in StoreCommandsTests.Questions.Append(["Carter", "--format", "json"]))
        {
            var fromFile = CliRunner.Run(["query", "--actor", .. question, "--input", timeline]);
            var fromStore = CliRunner.Run(["query", "--actor", .. question, "--store", database.ConnectionString]);
            Assert.That((fromStore.ExitCode, fromStore.StdOut, fromStore.StdErr), Is.EqualTo((fromFile.ExitCode, fromFile.StdOut, fromFile.StdErr)), string.Join(' ', question));
        }

        Assert.That(CliRunner.Run("actors", "--store", database.ConnectionString).StdOut, Is.EqualTo(CliRunner.Run("actors", "--input", timeline).StdOut));
    }

    private static string WriteCorpus(TempFolder folder, int documents)
    {
        var corpus = Path.Combine(folder.Root, "corpus");
        Expect(CliRunner.Run("bench", "--write-corpus", corpus, "--generate", documents.ToString(System.Globalization.CultureInfo.InvariantCulture)), 0);
        return corpus;
    }

    private static void Expect(CliRunner.Result result, int exitCode) =>
        Assert.That(result.ExitCode, Is.EqualTo(exitCode), result.StdErr);

    private static long Count(TestDatabase database, string sql)
    {
        using var connection = new NpgsqlConnection(database.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Process StartCli(params string[] args) =>
        Process.Start(Cli.CliRunner.StartInfo(args)) ?? throw new InvalidOperationException("could not start the CLI");

    /// <summary>A database of its own for one test on the server <see cref="Variable"/> names, dropped on dispose.</summary>
    private sealed class TestDatabase : IDisposable
    {
        private readonly string _admin;
        private readonly string _name;

        private TestDatabase(string admin, string name, string connectionString)
        {
            _admin = admin;
            _name = name;
            ConnectionString = connectionString;
        }

        public string ConnectionString { get; }

        public static TestDatabase Create()
        {
            if (Environment.GetEnvironmentVariable(Variable) is not { Length: > 0 } admin)
            {
                ExternalTools.Missing($"no PostgreSQL server ({Variable} is not set; .ci/run starts one)", "postgresql");
                throw new InvalidOperationException("unreachable");
            }

            var name = "et_test_" + Guid.NewGuid().ToString("N")[..12];
            using (var connection = new NpgsqlConnection(admin))
            {
                connection.Open();
                using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
                command.ExecuteNonQuery();
            }

            return new TestDatabase(admin, name, new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = false }.ToString());
        }

        public void Dispose()
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(_admin);
            connection.Open();
            using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", connection);
            command.ExecuteNonQuery();
        }
    }
}
