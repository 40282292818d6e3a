namespace EventTimeline.Tests.Cli;

[TestFixture]
public sealed class StoreCommandsTests
{
    [Test]
    public void Build_WithSqliteStoreTwice_WritesThePlainBuildsOutputs()
    {
        using var folder = new TempFolder();
        var store = Path.Combine(folder.Root, "news.db");
        var plain = Path.Combine(folder.Root, "plain");
        Assert.That(CliRunner.Run("build", SeedFiles.Folder, "--out", plain, "-q").ExitCode, Is.Zero);

        var first = CliRunner.Run("build", SeedFiles.Folder, "--store", store, "--out", Path.Combine(folder.Root, "first"));
        var second = CliRunner.Run("build", SeedFiles.Folder, "--store", store, "--out", Path.Combine(folder.Root, "second"));

        Assert.That(first.StdErr, Does.Contain("5 documents added").And.Contain("5 of 5 documents extracted"));
        Assert.That(second.StdErr, Does.Contain("5 unchanged").And.Contain("0 of 5 documents extracted"));
        foreach (var file in Directory.GetFiles(plain).Select(Path.GetFileName).Where(name => !name!.StartsWith('.')))
        {
            Assert.That(File.ReadAllText(Path.Combine(folder.Root, "second", file!)), Is.EqualTo(File.ReadAllText(Path.Combine(plain, file!))), file);
        }
    }

    /// <summary>Queries on the seeds that a store must answer as timeline.json does: names at each matching level, unknown names, co-actors, types, dates, statuses and salience.</summary>
    internal static readonly string[][] Questions =
    [
        ["Kerry", "--format", "table"],
        ["Sergey V. Lavrov", "--format", "json"],
        ["Shoigu", "--format", "tsv"],
        ["Zzyzx", "--format", "table"],
        ["russia", "--format", "tsv"],
        ["Kerry", "--with", "Lavrov", "--format", "tsv"],
        ["Lavrov", "--with", "Nobody Known"],
        ["Kerry", "--type", "MEETING", "--format", "tsv"],
        ["Lavrov", "--from", "2015-10", "--to", "2015-12", "--format", "tsv"],
        ["Russia", "--from", "2016", "--format", "json"],
        ["Russia", "--format", "table"],
        ["Russia", "--status", "asserted", "--format", "tsv"],
        ["Lavrov", "--status", "planned"],
        ["Russia", "--sort", "salience", "--min-salience", "1.5", "--format", "tsv"],
        ["Russia", "--sort", "salience", "--format", "table"],
        ["Lavrov", "--with", "Kerry", "--with", "Lavrov", "--type", "call", "--from", "2015-09-01"],
        ["Kerry", "--to", "2015-09", "--min-salience", "1"],
    ];

    [Test]
    public void QueryAndActors_FromSqliteStore_SameAsFromTimelineJson()
    {
        using var folder = new TempFolder();
        var store = Path.Combine(folder.Root, "news.db");
        var output = Path.Combine(folder.Root, "out");
        Assert.That(CliRunner.Run("build", SeedFiles.Folder, "--store", store, "--out", output, "-q").ExitCode, Is.Zero);
        var timeline = Path.Combine(output, "timeline.json");

        foreach (var question in Questions)
        {
            var fromFile = CliRunner.Run(["query", "--actor", .. question, "--input", timeline]);
            var fromStore = CliRunner.Run(["query", "--actor", .. question, "--store", store]);
            Assert.That((fromStore.ExitCode, fromStore.StdOut, fromStore.StdErr), Is.EqualTo((fromFile.ExitCode, fromFile.StdOut, fromFile.StdErr)), string.Join(' ', question));
        }

        Assert.That(CliRunner.Run("actors", "--store", store, "--format", "json").StdOut, Is.EqualTo(CliRunner.Run("actors", "--input", timeline, "--format", "json").StdOut));
    }

    [Test]
    public void Query_GeneratedNewsMostFrequentActors_SameFromSqliteStoreAsFromTimelineJson()
    {
        using var folder = new TempFolder();
        var corpus = Path.Combine(folder.Root, "corpus");
        var store = Path.Combine(folder.Root, "news.db");
        var output = Path.Combine(folder.Root, "out");
        Assert.That(CliRunner.Run("bench", "--write-corpus", corpus, "--generate", "120", "--seed", "7").ExitCode, Is.Zero);
        Assert.That(CliRunner.Run("build", corpus, "--store", store, "--out", output, "-q").ExitCode, Is.Zero);
        var timeline = Path.Combine(output, "timeline.json");
        using var listed = System.Text.Json.JsonDocument.Parse(CliRunner.Run("actors", "--input", timeline, "--format", "json").StdOut);
        var ids = listed.RootElement.GetProperty("actors").EnumerateArray().Select(actor => actor.GetProperty("id").GetString()!).ToList();

        // The most frequent actors have events on shared days, ranges and no date at all, which the store must order as the graph does.
        Assert.That(CliRunner.Run("query", "--actor", ids[0], "--format", "tsv", "--store", store).StdOut.Split('\n'), Has.Length.GreaterThan(20));
        foreach (var id in ids.Take(4).Append(ids[^1]))
        {
            foreach (var format in new[] { "table", "tsv" })
            {
                string[] question = ["query", "--actor", id, "--format", format];
                var fromFile = CliRunner.Run([.. question, "--input", timeline]);
                var fromStore = CliRunner.Run([.. question, "--store", store]);
                Assert.That((fromStore.ExitCode, fromStore.StdOut, fromStore.StdErr), Is.EqualTo((fromFile.ExitCode, fromFile.StdOut, fromFile.StdErr)), string.Join(' ', question));
            }
        }
    }

    [Test]
    public void Merge_StoreWithQueuedDocuments_RefusesAndSaysToExtract()
    {
        using var folder = new TempFolder();
        var store = Path.Combine(folder.Root, "news.db");
        Assert.That(CliRunner.Run("build", SeedFiles.Folder, "--store", store, "--no-extract", "-q").ExitCode, Is.Zero);

        var merge = CliRunner.Run("merge", "--store", store, "--out", Path.Combine(folder.Root, "out"));

        Assert.That((merge.ExitCode, merge.StdErr), Is.EqualTo((1, $"merge: 5 of 5 documents of SQLite store {store} are not extracted yet; run 'extract --store S' (they are queued)\n")));
    }

    [Test]
    public void Merge_UndatedDocument_WarnsUnderItsOwnName()
    {
        using var folder = new TempFolder();
        var corpus = Path.Combine(folder.Root, "corpus");
        Directory.CreateDirectory(corpus);
        File.WriteAllText(Path.Combine(corpus, "a.txt"), "The foreign minister met the president in Paris on Thursday to discuss the talks.\n");
        var store = Path.Combine(folder.Root, "news.db");
        Assert.That(CliRunner.Run("build", corpus, "--store", store, "--no-extract", "-q").ExitCode, Is.Zero);
        Assert.That(CliRunner.Run("extract", "--store", store, "-q").ExitCode, Is.Zero);

        var merge = CliRunner.Run("merge", "--store", store, "--out", Path.Combine(folder.Root, "out"), "-q");

        Assert.That(merge.StdErr, Does.StartWith("merge: 1 of 1 documents have no publication date"));
    }

    [Test]
    public void Merge_GraphTooBigToDraw_SaysSoUnderItsOwnName()
    {
        using var folder = new TempFolder();
        var store = Path.Combine(folder.Root, "news.db");
        Assert.That(CliRunner.Run("build", SeedFiles.Folder, "--store", store, "--no-extract", "-q").ExitCode, Is.Zero);
        Assert.That(CliRunner.Run("extract", "--store", store, "-q").ExitCode, Is.Zero);

        var merge = CliRunner.Run("merge", "--store", store, "--out", Path.Combine(folder.Root, "out"), "-q", "--svg-max-nodes", "1");

        Assert.That(merge.ExitCode, Is.Zero, merge.StdErr);
        Assert.That(merge.StdErr, Does.StartWith("merge: graph.svg not written: the graph has").And.Not.Contain("build:"));
    }

    [Test]
    public void Query_StoreNeverMerged_SaysToBuildFirst()
    {
        using var folder = new TempFolder();
        var store = Path.Combine(folder.Root, "news.db");
        Assert.That(CliRunner.Run("build", SeedFiles.Folder, "--store", store, "--no-extract", "-q").ExitCode, Is.Zero);

        var query = CliRunner.Run("query", "--actor", "Kerry", "--store", store);

        Assert.That((query.ExitCode, query.StdErr), Is.EqualTo((1, $"query: SQLite store {store} has no query index: run 'build --store' or 'merge --store' (a store indexed by an older eventtimeline is indexed again by its next merge)\n")));
    }

    [TestCase("extract")]
    [TestCase("merge")]
    public void Help_StoreVerb_DescribesIt(string verb)
    {
        var help = CliRunner.Run(verb, "--help");

        Assert.That(help.ExitCode, Is.Zero);
        Assert.That(help.StdOut, Does.Contain("--store"));
    }
}
