using Newtonsoft.Json.Linq;

namespace EventTimeline.Tests.Cli;

/// <summary>The query acceptance list of the graph issue through the CLI, on a timeline built once from the seeds.</summary>
public sealed class QueryCommandTests
{
    private TempFolder _output = null!;

    private string Timeline => Path.Combine(_output.Root, "timeline.json");

    [OneTimeSetUp]
    public void BuildSeeds()
    {
        _output = new TempFolder();
        var build = CliRunner.Run("build", SeedFiles.Folder, "--out", _output.Root);
        Assert.That(build.ExitCode, Is.EqualTo(0), build.StdErr);
    }

    [OneTimeTearDown]
    public void RemoveOutput() => _output.Dispose();

    [Test]
    public void Query_Lavrov_ListsTheSeptember5CallWithKerryFirstAmong2015Events()
    {
        var result = CliRunner.Run("query", "--actor", "Lavrov", "--input", Timeline);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.StdErr);
        var first2015 = result.StdOut.Split('\n').First(line => line.StartsWith("2015", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(first2015, Does.StartWith("2015-09-05 "));
            Assert.That(first2015, Does.Contain(" call "));
            Assert.That(first2015, Does.Contain("Kerry"));
        });
    }

    [Test]
    public void Query_SergeyVLavrov_GivesTheSameOutputAsLavrov()
    {
        var byShortName = CliRunner.Run("query", "--actor", "Lavrov", "--input", Timeline);
        var byFullName = CliRunner.Run("query", "--actor", "Sergey V. Lavrov", "--input", Timeline);

        Assert.That(byFullName.ExitCode, Is.EqualTo(0), byFullName.StdErr);
        Assert.That(byFullName.StdOut, Is.EqualTo(byShortName.StdOut));
    }

    [Test]
    public void Query_ShoiguWithCarterAsJson_GivesExactlyOneEventOnSeptember18()
    {
        var result = CliRunner.Run("query", "--actor", "Shoigu", "--with", "Carter", "--format", "json", "--input", Timeline);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.StdErr);
        var json = JObject.Parse(result.StdOut);
        var events = (JArray)json["events"]!;
        Assert.Multiple(() =>
        {
            Assert.That((string?)json["actor"]!["name"], Does.Contain("Shoigu"));
            Assert.That(events, Has.Count.EqualTo(1));
            Assert.That((string?)events[0]["date"]!["start"], Is.EqualTo("2015-09-18"));
            Assert.That((string?)events[0]["date"]!["end"], Is.EqualTo("2015-09-18"));
            Assert.That((string?)events[0]["type"], Is.EqualTo("call"));
            Assert.That((int?)events[0]["sources"], Is.GreaterThan(1), "the reports of several articles merged into one call");
        });
    }

    [Test]
    public void Query_TsvFormat_WritesHeaderAndOneRowPerEvent()
    {
        var json = JObject.Parse(CliRunner.Run("query", "--actor", "Lavrov", "--format", "json", "--input", Timeline).StdOut);
        var result = CliRunner.Run("query", "--actor", "Lavrov", "--format", "tsv", "--input", Timeline);

        var lines = result.StdOut.TrimEnd('\n').Split('\n');
        Assert.That(lines[0], Does.StartWith("id\tstart\tend\ttype"));
        Assert.That(lines, Has.Length.EqualTo(((JArray)json["events"]!).Count + 1));
    }

    [Test]
    public void Query_SortSalienceWithMinimum_KeepsTheSalientEventsMostSalientFirst()
    {
        var all = JObject.Parse(CliRunner.Run("query", "--actor", "Lavrov", "--format", "json", "--input", Timeline).StdOut);
        var result = CliRunner.Run("query", "--actor", "Lavrov", "--sort", "salience", "--min-salience", "2", "--format", "json", "--input", Timeline);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.StdErr);
        var salience = ((JArray)JObject.Parse(result.StdOut)["events"]!).Select(e => (double)e["salience"]!).ToList();
        var expected = ((JArray)all["events"]!).Select(e => (double)e["salience"]!).Where(s => s >= 2).OrderDescending().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(expected, Is.Not.Empty);
            Assert.That(salience, Is.EqualTo(expected));
        });
    }

    [Test]
    public void Query_Nobody_ExitsOneWithClosestNames()
    {
        var result = CliRunner.Run("query", "--actor", "Nobody", "--input", Timeline);

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.StdErr, Does.Contain("no actor matches 'Nobody'; closest: "));
    }

    [Test]
    public void Query_MissingInput_ExitsOneWithOneLine()
    {
        var result = CliRunner.Run("query", "--actor", "Lavrov", "--input", Path.Combine(_output.Root, "missing.json"));

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.StdErr.TrimEnd('\n').Split('\n'), Has.Length.EqualTo(1));
        Assert.That(result.StdErr, Does.Contain("cannot read"));
    }

    [Test]
    public void Query_InvalidInput_ExitsOneWithOneLine()
    {
        var bad = _output.Write("bad.json", "{\"format\": \"other\"}");

        var result = CliRunner.Run("query", "--actor", "Lavrov", "--input", bad);

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.StdErr, Does.Contain("not a timeline file"));
    }

    [Test]
    public void Actors_Json_ListsEveryActorWithKindCountryAndEventCount()
    {
        var timeline = JObject.Parse(File.ReadAllText(Timeline));
        var result = CliRunner.Run("actors", "--format", "json", "--input", Timeline);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.StdErr);
        var actors = (JArray)JObject.Parse(result.StdOut)["actors"]!;
        var lavrov = actors.Single(a => ((string)a["name"]!).Contains("Lavrov", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(actors, Has.Count.EqualTo(((JArray)timeline["actors"]!).Count));
            Assert.That((string?)lavrov["kind"], Is.EqualTo("person"));
            Assert.That((string?)lavrov["country"], Is.EqualTo("RUS"));
            Assert.That((int)lavrov["events"]!, Is.GreaterThanOrEqualTo(1));
        });
    }
}
