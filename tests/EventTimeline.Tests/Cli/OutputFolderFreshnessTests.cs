namespace EventTimeline.Tests.Cli;

/// <summary>The repository keeps the main command's result on seeds/ in output/ as the example users see first; it must not go stale.</summary>
public sealed class OutputFolderFreshnessTests
{
    private TempFolder _fresh = null!;
    private CliRunner.Result _build = null!;

    [OneTimeSetUp]
    public void BuildSeeds()
    {
        _fresh = new TempFolder();
        _build = CliRunner.Run("build", SeedFiles.Folder, "--out", _fresh.Root);
    }

    [OneTimeTearDown]
    public void RemoveFolder() => _fresh.Dispose();

    [TestCase("timeline.json")]
    [TestCase("documents.json")]
    [TestCase("time-mentions.json")]
    [TestCase("summary.json")]
    [TestCase("index.html")]
    [TestCase("graph.json")]
    [TestCase("graph.dot")]
    [TestCase("graph.graphml")]
    [TestCase("timeline.timelinejs.json")]
    [TestCase("events.tsv")]
    public void Build_Seeds_MatchesTheCommittedOutputFolder(string name)
    {
        var committed = Path.Combine(Path.GetDirectoryName(SeedFiles.Folder)!, "output", name);
        if (name == "index.html")
        {
            // The committed report embeds the Graphviz picture, which a build writes only when dot is installed.
            Export.ExportChecks.RequireDot();
        }

        Assert.That(_build.ExitCode, Is.EqualTo(0), _build.StdErr);
        Assert.That(
            File.ReadAllText(Path.Combine(_fresh.Root, name)),
            Is.EqualTo(File.ReadAllText(committed)),
            $"output/{name} is stale: run `dotnet run --project src/EventTimeline.Cli -- build seeds --out output` and commit it");
    }
}
