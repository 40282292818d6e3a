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
    public void Edges_Seeds_AreTheStoragesEdgesWalkedInTheDocumentedOrder()
    {
        Assert.That(Graph.Edges, Is.EqualTo(ActorEventGraphTests.WalkedEdges(Graph)));
    }

    [Test]
    public void ActorsOfAndEventOf_Seeds_AreTheGraphsActorsAndEvents()
    {
        var timeline = SeedTimelineTests.Build(TaggerFactory.DefaultEngine);

        var actors = TimelineGraph.ActorsOf(timeline);

        Assert.Multiple(() =>
        {
            Assert.That(actors.Select(actor => actor.Id), Is.EqualTo(Graph.ActorIds));
            Assert.That(actors.Select(JsonOf), Is.EqualTo(Graph.ActorIds.Select(id => JsonOf(Graph.Actors[id]))));
            Assert.That(timeline.Events.Select(e => JsonOf(TimelineGraph.EventOf(e))), Is.EquivalentTo(Graph.EventIds.Select(id => JsonOf(Graph.Events[id]))));
            Assert.That(ActorNameIndex.NamesOf(actors, ActorNameForms.BuiltIn).Select(pair => JsonOf(pair)), Is.EqualTo(ActorNameIndex.NamesOf(Graph, ActorNameForms.BuiltIn).Select(pair => JsonOf(pair))));
        });
    }

    private static string JsonOf(object value) => Newtonsoft.Json.JsonConvert.SerializeObject(value);

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
