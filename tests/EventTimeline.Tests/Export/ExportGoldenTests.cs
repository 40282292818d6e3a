using EventTimeline.Export;
using EventTimeline.Model;
using EventTimeline.Tests.Cli;
using EventTimeline.Tests.Events;

namespace EventTimeline.Tests.Export;

/// <summary>Every export of <c>build</c> on a small corpus written for the tests (data/golden/corpus) against its golden file (data/golden/expected; UPDATE_GOLDEN=1 accepts a change).</summary>
public sealed class ExportGoldenTests
{
    private TempFolder _out = null!;
    private CliRunner.Result _build = null!;
    private TimelineFile _timeline = null!;

    [OneTimeSetUp]
    public void Build()
    {
        _out = new TempFolder();
        _build = CliRunner.Run("build", Path.Combine(ExportChecks.DataFolder, "golden", "corpus"), "--out", _out.Root);
        Assert.That(_build.ExitCode, Is.EqualTo(0), _build.StdErr);
        _timeline = TimelineFileReader.Read(Read("timeline.json"));
    }

    [OneTimeTearDown]
    public void Remove() => _out.Dispose();

    [TestCase("graph.json", "graph.expected.json")]
    [TestCase("graph.dot", "graph.expected.dot")]
    [TestCase("graph.graphml", "graph.expected.graphml")]
    [TestCase("timeline.timelinejs.json", "timeline.timelinejs.expected.json")]
    [TestCase("events.tsv", "events.expected.tsv")]
    [TestCase("timeline.json", "timeline.expected.json")]
    public void Build_GoldenCorpus_MatchesGoldenFile(string file, string expected)
    {
        Golden.Check(Read(file), Path.Combine("golden", "expected", expected));
    }

    [Test]
    public void Exports_SameTimelineTwice_AreByteIdentical()
    {
        Assert.That(GraphDotExport.ToDot(_timeline), Is.EqualTo(Read("graph.dot")));
        Assert.That(GraphJsonExport.ToJson(_timeline), Is.EqualTo(Read("graph.json")));
        Assert.That(GraphMlExport.ToGraphMl(_timeline), Is.EqualTo(Read("graph.graphml")));
        Assert.That(TimelineJsExport.ToJson(_timeline), Is.EqualTo(Read("timeline.timelinejs.json")));
    }

    [Test]
    public void GraphDot_GoldenCorpus_DotAcceptsItAndSvgIsWritten()
    {
        var svg = ExportChecks.DotToSvg(Path.Combine(_out.Root, "graph.dot"));

        Assert.That(ExportChecks.ParseXml(svg)[0].Element, Is.EqualTo("svg"));
        Assert.That(Read("graph.svg"), Does.Contain("<svg"));
    }

    [Test]
    public void GraphMl_GoldenCorpus_ParsesAndDeclaresItsKeys()
    {
        ExportChecks.GraphMlDeclaresItsKeys(Read("graph.graphml"));
    }

    [Test]
    public void TimelineJs_GoldenCorpus_EveryEventHasAYear()
    {
        ExportChecks.TimelineJsHasYears(Read("timeline.timelinejs.json"), _timeline.Events.Count(e => e.Date.Start is not null));
    }

    [Test]
    public void TimelineJs_MonthGranularEvent_GivesYearAndMonthOnly()
    {
        var json = Newtonsoft.Json.Linq.JObject.Parse(Read("timeline.timelinejs.json"));
        var month = _timeline.Events.First(e => e.Date.Granularity == EventTimeline.Time.Granularity.Month);
        var slide = json["events"]!.Single(s => (string?)s["unique_id"] == month.Id);

        Assert.That(slide["start_date"]!.ToObject<Dictionary<string, int>>()!.Keys, Is.EquivalentTo(new[] { "year", "month" }));
        Assert.That(slide["end_date"], Is.Null);
    }

    [Test]
    public void EventsTsv_GoldenCorpus_OneHeaderAndOneRowPerEvent()
    {
        var rows = ExportChecks.TsvShape(Read("events.tsv"), _timeline.Events.Count);

        Assert.That(rows[0], Is.EqualTo(EventsTsvExport.Columns));
    }

    [Test]
    public void GraphJson_GoldenCorpus_HasEveryActorAndEvent()
    {
        var json = Newtonsoft.Json.Linq.JObject.Parse(Read("graph.json"));

        Assert.That(json["nodes"]!.Count(), Is.EqualTo(_timeline.Actors.Count + _timeline.Events.Count));
        Assert.That(json["edges"]!.All(edge => edge["source"] is not null && edge["target"] is not null && edge["kind"] is not null), Is.True);
    }

    private string Read(string name) => File.ReadAllText(Path.Combine(_out.Root, name));
}
