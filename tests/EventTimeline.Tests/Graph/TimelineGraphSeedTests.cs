using EventTimeline.Cli;
using EventTimeline.Graph;
using EventTimeline.Tests.Events;

namespace EventTimeline.Tests.Graph;

/// <summary>The query acceptance list of the graph issue on the seeds' timeline (default temporal engine), run on the graph rather than the text.</summary>
public sealed class TimelineGraphSeedTests
{
    private static readonly Lazy<(ActorEventGraph Graph, ActorNameIndex Index)> _seeds = new(() =>
    {
        var graph = TimelineGraph.Build(SeedTimelineTests.Build(TaggerFactory.DefaultEngine));
        return (graph, new ActorNameIndex(graph, ActorNameForms.BuiltIn));
    });

    private static ActorEventGraph Graph => _seeds.Value.Graph;

    private static ActorNameIndex Index => _seeds.Value.Index;

    [Test]
    public void Query_Lavrov_FirstEventOf2015IsTheSeptember5CallWithKerry()
    {
        var lavrov = Index.Find("Lavrov").Best!;
        var kerry = Index.Find("Kerry").Best!;

        var first = new ActorQuery(lavrov) { From = new DateOnly(2015, 1, 1), To = new DateOnly(2015, 12, 31) }.Run(Graph)[0];
        var firstEvent = Graph.Events[first.EventId];

        Assert.Multiple(() =>
        {
            Assert.That(firstEvent.Type, Is.EqualTo("call"));
            Assert.That(firstEvent.Date!.End, Is.EqualTo(new DateOnly(2015, 9, 5)));
            Assert.That(first.Others.Select(other => other.ActorId), Does.Contain(kerry));
        });
    }

    [Test]
    public void Query_SergeyVLavrov_GivesTheSameListAsLavrov()
    {
        var byShortName = new ActorQuery(Index.Find("Lavrov").Best!).Run(Graph);
        var byFullName = new ActorQuery(Index.Find("Sergey V. Lavrov").Best!).Run(Graph);

        Assert.That(byFullName, Is.EqualTo(byShortName).Using<ActorEventHit>((a, b) => a.EventId == b.EventId));
    }

    [Test]
    public void Query_ShoiguWithCarter_GivesExactlyTheMergedSeptember18Call()
    {
        var hits = new ActorQuery(Index.Find("Shoigu").Best!) { With = [Index.Find("Carter").Best!] }.Run(Graph);

        Assert.That(hits, Has.Count.EqualTo(1), string.Join(", ", hits.Select(hit => hit.EventId)));
        var call = Graph.Events[hits[0].EventId];
        Assert.Multiple(() =>
        {
            Assert.That(call.Type, Is.EqualTo("call"));
            Assert.That(call.Date, Is.EqualTo(new EventTimeline.Time.DateInterval(new DateOnly(2015, 9, 18), new DateOnly(2015, 9, 18), EventTimeline.Time.Granularity.Day)));
            Assert.That(call.ReportedBy, Has.Length.GreaterThanOrEqualTo(3));
        });
    }

    [Test]
    public void Find_Nobody_NoMatchAndSuggestions()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Index.Find("Nobody").Match, Is.EqualTo(NameMatch.None));
            Assert.That(Index.Suggest("Nobody"), Is.Not.Empty);
        });
    }

    [Test]
    public void Chain_EveryActor_MatchesItsDatedEventsInOrder()
    {
        foreach (var actorId in Graph.ActorIds)
        {
            var dated = Graph.EventsOf(actorId).Where(eventId => Graph.Events[eventId].Date is not null);

            Assert.That(Graph.Chain(actorId), Is.EqualTo(dated), actorId);
        }
    }
}
