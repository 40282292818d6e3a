using Newtonsoft.Json.Linq;

namespace EventTimeline.Tests.Cli;

/// <summary>The <c>top</c> verb and the build's account of prepared text, on the real-corpora fixture (data/realcorpora: tokenized pages of two outlets, a teaser one of them prints on every page).</summary>
public sealed class TopCommandTests
{
    private TempFolder _output = null!;

    private string Timeline => Path.Combine(_output.Root, "timeline.json");

    [OneTimeSetUp]
    public void BuildFixture()
    {
        _output = new TempFolder();
        var build = CliRunner.Run("build", Path.Combine(Export.ExportChecks.DataFolder, "realcorpora"), "--out", _output.Root);
        Assert.That(build.ExitCode, Is.EqualTo(0), build.StdErr);
    }

    [OneTimeTearDown]
    public void RemoveOutput() => _output.Dispose();

    [Test]
    public void Top_Three_PrintsTheMostSalientEventsAsProseInSalienceOrder()
    {
        var result = CliRunner.Run("top", "-n", "3", "--input", Timeline);
        var tsv = CliRunner.Run("top", "-n", "3", "--format", "tsv", "--input", Timeline);

        var rows = tsv.StdOut.TrimEnd('\n').Split('\n').Skip(1).Select(line => line.Split('\t')).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.StdErr);
            Assert.That(result.StdOut, Does.StartWith(" 1. "));
            Assert.That(result.StdOut, Does.Not.Contain(" 's").And.Not.Contain("-LRB-").And.Not.Contain("``").And.Not.Contain(" ."));
            Assert.That(rows, Has.Count.EqualTo(3));
            Assert.That(rows.Select(row => double.Parse(row[3], System.Globalization.CultureInfo.InvariantCulture)), Is.Ordered.Descending);
        });
    }

    [Test]
    public void Top_ZeroEvents_IsAUsageError()
    {
        Assert.That(CliRunner.Run("top", "-n", "0", "--input", Timeline).ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void Build_TeaserOnEveryPageOfOneOutlet_IsCountedInTheReportAndKeptOnlyWhereAnotherOutletPrintsIt()
    {
        var report = JObject.Parse(File.ReadAllText(Path.Combine(_output.Root, "report.json")));
        var timeline = JObject.Parse(File.ReadAllText(Timeline));

        var recurring = ((JArray)report["preparation"]!["furniture"]!["recurring"]!).Select(line => ((string)line["source"]!, (int)line["documents"]!, (string)line["text"]!)).ToList();
        var teaserDocuments = timeline["events"]!.SelectMany(e => e["mentions"]!)
            .Where(m => ((string)m["text"]!).Contains("can still succeed", StringComparison.Ordinal))
            .Select(m => (string)m["document"]!)
            .Distinct()
            .ToList();
        Assert.Multiple(() =>
        {
            Assert.That((int)report["preparation"]!["tokenized"]!, Is.EqualTo(6));
            Assert.That(recurring, Does.Contain(("bbc", 5, "Peru's foreign minister says talks with Chile can still succeed despite the border row.")));
            Assert.That(recurring, Does.Contain(("bbc", 5, "Help")));
            Assert.That((int)report["preparation"]!["furniture"]!["lines"]!, Is.EqualTo(10));
            Assert.That(teaserDocuments, Is.EqualTo(new[] { "reuters_2024-03-06_1" }));
        });
    }
}
