using System.Text.RegularExpressions;

using EventTimeline.Export;
using EventTimeline.Model;
using EventTimeline.Tests.Cli;

namespace EventTimeline.Tests.Export;

/// <summary>The hostile corpus (data/hostile) built end to end: every graph and timeline export stays well-formed and inert.</summary>
public sealed class HostileExportsTests
{
    private static readonly Regex PlainNumber = new(@"^-?[0-9]+(\.[0-9]+)?$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private TempFolder _out = null!;
    private CliRunner.Result _build = null!;
    private TimelineFile _timeline = null!;

    [OneTimeSetUp]
    public void Build()
    {
        _out = new TempFolder();
        _build = CliRunner.Run("build", Path.Combine(ExportChecks.DataFolder, "hostile"), "--out", _out.Root);
        Assert.That(_build.ExitCode, Is.AnyOf(0, 2), _build.StdErr);
        _timeline = TimelineFileReader.Read(Read("timeline.json"));
    }

    [OneTimeTearDown]
    public void Remove() => _out.Dispose();

    [Test]
    public void Build_HostileCorpus_ReportsEventsSoTheTextReachesTheExports()
    {
        Assert.That(_timeline.Events, Is.Not.Empty);
    }

    [Test]
    public void GraphDot_HostileCorpus_DotAcceptsItAndTheSvgIsInert()
    {
        var svg = ExportChecks.DotToSvg(Path.Combine(_out.Root, "graph.dot"));

        foreach (var text in new[] { svg, Read("graph.svg") })
        {
            var elements = ExportChecks.ParseXml(text);
            Assert.That(elements.Select(e => e.Element), Has.None.EqualTo("script").And.None.EqualTo("foreignObject").And.None.EqualTo("iframe"));
            Assert.That(elements.SelectMany(e => e.Attributes.Keys).Where(name => name.StartsWith("on", StringComparison.OrdinalIgnoreCase)), Is.Empty);
            Assert.That(elements.SelectMany(e => e.Attributes.Values), Has.None.Contains("javascript:"));
        }
    }

    [Test]
    public void GraphDot_HostileCorpus_KeepsOneNodeStatementPerVertex()
    {
        var dot = Read("graph.dot");

        Assert.That(dot, Does.Not.Contain("evil ["), "a label must not open a node statement");
        Assert.That(dot.Split('\n').Count(line => line.StartsWith("digraph", StringComparison.Ordinal)), Is.EqualTo(1));
    }

    [Test]
    public void GraphMl_HostileCorpus_ParsesAndDeclaresItsKeys()
    {
        ExportChecks.GraphMlDeclaresItsKeys(Read("graph.graphml"));
    }

    [Test]
    public void TimeMl_HostileArticles_EveryDocumentParses()
    {
        var files = Directory.GetFiles(Path.Combine(ExportChecks.DataFolder, "hostile")).Where(path => !path.EndsWith("manifest.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file) + " \u0000\uFFFE\uD800 <script>alert(1)</script> ]]>";
            var xml = TimeMlWriter.Write(Path.GetFileName(file) + "\u0001<\"&", new DateOnly(2019, 3, 12), text, []);

            Assert.That(ExportChecks.ParseXml(xml).Select(e => e.Element), Is.EqualTo(new[] { "TimeML", "DOCID", "DCT", "TIMEX3", "TEXT" }), file);
        }
    }

    [Test]
    public void TimelineJs_HostileCorpus_EveryEventHasAYearAndNoMarkupFromContent()
    {
        var json = Read("timeline.timelinejs.json");

        ExportChecks.TimelineJsHasYears(json, _timeline.Events.Count(e => e.Date.Start is not null));
        var slides = Newtonsoft.Json.Linq.JObject.Parse(json).SelectTokens("$.events[*].text").Select(token => (string?)token["text"] + (string?)token["headline"]).ToList();
        Assert.That(slides, Has.None.Contains("<script").And.None.Contains("<img"));
    }

    [Test]
    public void EventsTsv_HostileCorpus_NoCellStartsAFormulaAndRowsKeepTheirShape()
    {
        var rows = ExportChecks.TsvShape(Read("events.tsv"), _timeline.Events.Count);

        var cells = rows.Skip(1).SelectMany(row => row).Where(cell => cell.Length > 0 && !PlainNumber.IsMatch(cell));
        Assert.That(cells.Where(cell => cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r'), Is.Empty);
        Assert.That(Read("events.tsv"), Does.Not.Contain("\r"));
    }

    private string Read(string name) => File.ReadAllText(Path.Combine(_out.Root, name));
}
