using Newtonsoft.Json.Linq;

namespace EventTimeline.Tests.Cli;

public sealed class BuildCommandTests
{
    [Test]
    public void Build_Seeds_WritesDocumentsWithSettledDates()
    {
        using var output = new TempFolder();

        var result = CliRunner.Run("build", SeedFiles.Folder, "--out", output.Root);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.StdErr);
        var documents = JObject.Parse(File.ReadAllText(Path.Combine(output.Root, "documents.json")))["documents"]!
            .ToDictionary(d => ((string)d["id"]!)[..3]);
        Assert.Multiple(() =>
        {
            Assert.That((string?)documents["000"]["published"], Is.EqualTo("2015-09-21"));
            Assert.That((string?)documents["000"]["publishedBasis"], Is.EqualTo("manifest"));
            Assert.That((string?)documents["001"]["publishedBasis"], Is.EqualTo("corpus"));
            Assert.That((string?)documents["004"]["duplicateOf"], Does.StartWith("003_"));
            Assert.That((string?)documents["004"]["published"], Is.EqualTo("2015-09-21"));
        });
    }

    [Test]
    public void Build_Seeds_AnchorsLastFridayOfTheColumnToTheCall()
    {
        using var output = new TempFolder();

        var result = CliRunner.Run("build", SeedFiles.Folder, "--out", output.Root);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.StdErr);
        var column = JObject.Parse(File.ReadAllText(Path.Combine(output.Root, "time-mentions.json")))["documents"]!
            .Single(d => ((string)d["id"]!).StartsWith("000_", StringComparison.Ordinal));
        var lastFriday = column["mentions"]!.Single(m => (string?)m["text"] == "last Friday");
        Assert.That((string?)lastFriday["value"], Is.EqualTo("2015-09-18"));
        Assert.That((string?)lastFriday["interval"]!["granularity"], Is.EqualTo("day"));
    }

    [Test]
    public void Build_SameInputTwice_WritesByteIdenticalOutputs()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();

        CliRunner.Run("build", SeedFiles.Folder, "--out", first.Root);
        CliRunner.Run("build", SeedFiles.Folder, "--out", second.Root);

        foreach (var name in new[] { "documents.json", "time-mentions.json" })
        {
            Assert.That(File.ReadAllBytes(Path.Combine(second.Root, name)), Is.EqualTo(File.ReadAllBytes(Path.Combine(first.Root, name))), name);
        }
    }

    [Test]
    public void Build_GraphLargerThanSvgMaxNodes_SkipsTheSvgSaysWhyAndWritesTheRest()
    {
        using var output = new TempFolder();
        File.WriteAllText(Path.Combine(output.Root, "graph.svg"), "<svg>stale picture of an earlier build</svg>");

        var result = CliRunner.Run("build", SeedFiles.Folder, "--out", output.Root, "--svg-max-nodes", "10");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.StdErr);
            Assert.That(result.StdErr, Does.Match(@"graph\.svg not written: the graph has [0-9,]+ nodes, more than --svg-max-nodes 10"));
            Assert.That(File.Exists(Path.Combine(output.Root, "graph.svg")), Is.False, "a stale graph.svg must not pass for this build's");
            Assert.That(File.Exists(Path.Combine(output.Root, "graph.dot")), Is.True);
            Assert.That(File.ReadAllText(Path.Combine(output.Root, "index.html")), Does.Not.Contain("data:image/svg+xml"));
        });
    }

    [Test]
    public void Build_NegativeSvgMaxNodes_ExitsOneWithMessage()
    {
        using var output = new TempFolder();

        var result = CliRunner.Run("build", SeedFiles.Folder, "--out", output.Root, "--svg-max-nodes", "-1");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(1));
            Assert.That(result.StdErr, Does.Contain("--svg-max-nodes must be 0 or more, not -1"));
        });
    }

    [Test]
    public void Build_MissingInput_ExitsOneWithMessage()
    {
        using var output = new TempFolder();

        var result = CliRunner.Run("build", Path.Combine(output.Root, "no-such-folder"), "--out", output.Root);

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.StdErr, Does.Contain("no such file or folder"));
    }

    [Test]
    public void Build_OneEmptyFileAmongGoodOnes_ExitsTwoAndKeepsTheOthers()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        input.Write("good.txt", "Officials met in Paris on 3 March 2014.\n");
        input.Write("empty.txt", string.Empty);

        var result = CliRunner.Run("build", input.Root, "--out", output.Root);

        Assert.That(result.ExitCode, Is.EqualTo(2), result.StdErr);
        Assert.That(result.StdErr, Does.Contain("empty.txt"));
        var documents = JObject.Parse(File.ReadAllText(Path.Combine(output.Root, "documents.json")))["documents"]!;
        Assert.That(documents.Select(d => (string?)d["id"]), Is.EqualTo(new[] { "good" }));
    }

    [Test]
    public void Build_DocumentsWithoutPublicationDate_WarnsEvenWhenQuietNamingThem()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        input.Write("dated.txt", "Talks\n\nThe two ministers met in Paris on Thursday.\n");
        input.Write("undated.txt", "Water deal\n\nKenya and Ethiopia signed an agreement on Thursday.\n");
        input.Write("manifest.json", """[{ "file": "dated.txt", "published": "2023-06-02" }]""");

        var result = CliRunner.Run("build", input.Root, "--out", output.Root, "--quiet");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.StdErr);
        Assert.That(result.StdErr, Does.Contain("build: 1 of 2 documents have no publication date (undated)"));
        Assert.That(result.StdErr, Does.Contain("1 event without a date is not on the timeline"));
    }

    [Test]
    public void Build_EveryDocumentDated_DoesNotWarnAboutDates()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        input.Write("dated.txt", "Talks\n\nThe two ministers met in Paris on Thursday.\n");
        input.Write("manifest.json", """[{ "file": "dated.txt", "published": "2023-06-02" }]""");

        var result = CliRunner.Run("build", input.Root, "--out", output.Root);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.StdErr);
        Assert.That(result.StdErr, Does.Not.Contain("no publication date"));
    }

    [Test]
    public void Build_IncludeUndated_PutsTheUndatedEventsLastWithoutADate()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        input.Write("dated.txt", "Talks\n\nFrance and Italy held talks in Paris on Thursday.\n");
        input.Write("undated.txt", "Water deal\n\nKenya and Ethiopia signed an agreement on Thursday.\n");
        input.Write("manifest.json", """[{ "file": "dated.txt", "published": "2023-06-02" }]""");

        var result = CliRunner.Run("build", input.Root, "--out", output.Root, "--quiet", "--include-undated");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.StdErr);
        Assert.That(result.StdErr, Does.Contain("1 event without a date is at the end of the timeline"));
        var events = JObject.Parse(File.ReadAllText(Path.Combine(output.Root, "timeline.json")))["events"]!;
        Assert.That(events.Last!["date"]!["start"]!.Type, Is.EqualTo(JTokenType.Null));
        Assert.That(events.Last!["mentions"]![0]!["document"]!.ToString(), Is.EqualTo("undated"));
        Assert.That(events.Select(e => e["date"]!["start"]!.Type == JTokenType.Null), Is.EqualTo(new[] { false, true }));
    }
}
