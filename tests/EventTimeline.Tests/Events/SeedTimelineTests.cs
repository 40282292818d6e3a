using System.Collections.Immutable;

using EventTimeline.Actors;
using EventTimeline.Cli;
using EventTimeline.Documents;
using EventTimeline.Events;
using EventTimeline.Export;
using EventTimeline.Model;
using EventTimeline.Text;

namespace EventTimeline.Tests.Events;

/// <summary>The seed acceptance list of the actors-and-events issue, run end to end with each temporal engine: preparation, sentences, the date tagger, actor recognition and resolution, event extraction, merging and the timeline.</summary>
[TestFixtureSource(nameof(Engines))]
public sealed class SeedTimelineTests
{
    private readonly string _engine;
    private TimelineFile _timeline = null!;

    public SeedTimelineTests(string engine)
    {
        _engine = engine;
    }

    public static IEnumerable<string> Engines => TaggerFactory.KnownEngines;

    [OneTimeSetUp]
    public void BuildTimeline()
    {
        _timeline = Build(_engine);
    }

    /// <summary>Runs the whole pipeline on the seeds.</summary>
    internal static TimelineFile Build(string engine)
    {
        var read = new CorpusReader().Read([SeedFiles.Folder]);
        using var tagger = TaggerFactory.Create(engine);
        return EventTimelinePipeline.CreateDefault(tagger).Build(read.Documents).Timeline;
    }

    [Test]
    public void Seeds_CarterShoiguCall_OneEventOn20150918WithBothAndThreeSources()
    {
        var calls = Events("call").Where(e => Involves(e, "Carter") && Involves(e, "Shoigu")).ToList();

        Assert.That(calls, Has.Count.EqualTo(1), Describe(calls));
        Assert.That((calls[0].Date.Start, calls[0].Date.End), Is.EqualTo(("2015-09-18", "2015-09-18")));
        Assert.That(calls[0].Sources, Is.GreaterThanOrEqualTo(3));
    }

    [Test]
    public void Seeds_KerryLavrovCall_DatedWithinSeptember4To5WithBoth()
    {
        var calls = Events("call").Where(e => Involves(e, "Kerry") && Involves(e, "Lavrov")).ToList();

        Assert.That(calls, Has.Count.EqualTo(1), Describe(calls));
        Assert.That(string.CompareOrdinal(calls[0].Date.Start, "2015-09-04"), Is.GreaterThanOrEqualTo(0), Describe(calls));
        Assert.That(string.CompareOrdinal(calls[0].Date.End, "2015-09-05"), Is.LessThanOrEqualTo(0), Describe(calls));
    }

    [Test]
    public void Seeds_LatakiaFighterJetArrival_RussiaAsActorOnOrShortlyBefore20150918()
    {
        var arrival = Events("deployment").Where(e => e.Mentions.Any(m => m.Trigger == "arrival" && m.Text.Contains("fighter jets", StringComparison.Ordinal))).ToList();

        Assert.That(arrival, Has.Count.EqualTo(1), Describe(arrival));
        Assert.That(arrival[0].Actors.Select(a => a.Id), Does.Contain("country:RUS"));
        Assert.That(arrival[0].Location, Is.EqualTo("Latakia"));
        Assert.That(arrival[0].Date.End, Is.EqualTo("2015-09-18"));
        Assert.That(string.CompareOrdinal(arrival[0].Date.Start, "2015-09-11"), Is.GreaterThanOrEqualTo(0));
    }

    [Test]
    public void Seeds_KerryAnnouncementOfTalks_On20150918()
    {
        var announcements = Events("announcement").Where(e => Involves(e, "Kerry")).ToList();

        Assert.That(announcements, Has.Count.EqualTo(1), Describe(announcements));
        Assert.That((announcements[0].Date.Start, announcements[0].Date.End), Is.EqualTo(("2015-09-18", "2015-09-18")));
        Assert.That(announcements[0].Mentions.Select(m => m.Trigger), Does.Contain("announced").And.Contain("disclosed"));
    }

    [Test]
    public void Seeds_CaptionOfANewsConferencePhoto_IsNoEventAndDoesNotMoveTheArticle()
    {
        var conference = Events("press-conference").Where(e => Involves(e, "Kerry") && Involves(e, "Lavrov")).ToList();

        Assert.That(conference, Is.Empty, Describe(conference));
        Assert.That(_timeline.Documents.Single(d => d.Id.StartsWith("000", StringComparison.Ordinal)).Published, Is.EqualTo("2015-09-21"));
    }

    [Test]
    public void Seeds_PutinUnAddress_PlannedInSeptember2015()
    {
        var address = Events("speech").Where(e => Involves(e, "Putin")).ToList();

        Assert.That(address, Has.Count.EqualTo(1), Describe(address));
        Assert.That(address[0].Status, Is.EqualTo(EventStatus.Planned));
        Assert.That(address[0].Date.Start, Does.StartWith("2015-09"));
        Assert.That(address[0].Date.End, Is.EqualTo("2015-09-30"));
        Assert.That(address[0].Sources, Is.EqualTo(2));
    }

    [Test]
    public void Seeds_AssertedEvents_NeverAfterLatestPublicationDate()
    {
        var latest = _timeline.Documents.Select(d => d.Published).OfType<string>().Max(StringComparer.Ordinal)!;

        var late = _timeline.Events.Where(e => e.Status == EventStatus.Asserted && string.CompareOrdinal(e.Date.End, latest) > 0).ToList();

        Assert.That(late, Is.Empty, Describe(late));
    }

    [Test]
    public void Seeds_NoEventFromBoilerplateOrModalMay()
    {
        var boilerplate = new[] { "subscribe", "subscriber", "subscription", "newsletter", "leave a reply", "akismet", "log in", "keep reading", "to contact the" };

        var fromBoilerplate = _timeline.Events.Where(e => e.Mentions.Any(m => boilerplate.Any(b => m.Text.Contains(b, StringComparison.OrdinalIgnoreCase)))).ToList();
        var fromMay = _timeline.Events.Where(e => e.Mentions.Any(m => m.Time is not null && m.Time.Contains("may", StringComparison.Ordinal))).ToList();

        Assert.That(fromBoilerplate, Is.Empty, Describe(fromBoilerplate));
        Assert.That(fromMay, Is.Empty, Describe(fromMay));
    }

    [Test]
    public void Seeds_NearCopy_CountsAsItsOriginal()
    {
        var copy = _timeline.Documents.Single(d => d.DuplicateOf is not null);

        foreach (var e in _timeline.Events.Where(e => e.Mentions.Any(m => m.Document == copy.Id)))
        {
            var distinct = e.Mentions.Select(m => m.Document == copy.Id ? copy.DuplicateOf : m.Document).Distinct(StringComparer.Ordinal).Count();
            Assert.That(e.Sources, Is.EqualTo(distinct), e.Label);
        }
    }

    private IEnumerable<TimelineEvent> Events(string type) => _timeline.Events.Where(e => e.Type == type);

    private bool Involves(TimelineEvent e, string surname) =>
        e.Actors.Any(a => _timeline.Actors.Single(actor => actor.Id == a.Id).Name.Split(' ')[^1] == surname);

    private static string Describe(IEnumerable<TimelineEvent> events) =>
        string.Join("\n", events.Select(e => $"{e.Date.Start}..{e.Date.End} {e.Status} {e.Label} src={e.Sources} [{string.Join(", ", e.Mentions.Select(m => m.Document + "#" + m.Sentence + " " + m.Trigger))}]"));

    [Test]
    [Explicit("writes the seeds' timeline.json to the test output folder for inspection")]
    public void Dump_Seeds_WritesTimeline()
    {
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"seed-timeline.{_engine}.json");
        File.WriteAllText(path, JsonFormat.Serialize(_timeline));
        TestContext.Out.WriteLine(path);
        foreach (var e in _timeline.Events)
        {
            TestContext.Out.WriteLine($"{e.Date.Start}..{e.Date.End} {e.Date.Basis,-13} {e.Status,-12} {e.Type,-14} {e.Label} | src={e.Sources} | {string.Join(", ", e.Actors.Select(a => a.Id + "=" + a.Role))}");
        }
    }
}
