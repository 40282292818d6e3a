using System.Text;

using EventTimeline.Graph;
using EventTimeline.Model;
using EventTimeline.Store;

namespace EventTimeline.Cli.Commands;

/// <summary>The part of a timeline the query verbs need, read from an event store's index instead of a timeline.json.</summary>
internal sealed class StoreTimeline : IDisposable
{
    private readonly IEventStore _store;

    private StoreTimeline(IEventStore store, IReadOnlyList<IndexedActor> actors)
    {
        _store = store;
        IndexedActors = actors;
        EventCounts = actors.ToDictionary(a => a.Id, a => a.Events, StringComparer.Ordinal);
    }

    /// <summary>Every indexed actor, in the order <c>actors</c> lists them.</summary>
    public IReadOnlyList<IndexedActor> IndexedActors { get; }

    /// <summary>How many events each actor takes part in.</summary>
    public IReadOnlyDictionary<string, int> EventCounts { get; }

    /// <summary>Opens a store that a merge has indexed, or says why not and returns null.</summary>
    public static StoreTimeline? Open(string verb, string storeName)
    {
        if (StoreBuild.Open(verb, storeName) is not { } store)
        {
            return null;
        }

        if (!store.HasIndex())
        {
            Console.Error.WriteLine($"{verb}: {store.Description} has not been merged yet: run 'build --store' or 'merge --store' first");
            store.Dispose();
            return null;
        }

        return new StoreTimeline(store, store.IndexedActors());
    }

    /// <summary>A timeline of every actor and no event, and its graph.</summary>
    public (TimelineFile Timeline, ActorEventGraph Graph)? Actors()
    {
        var timeline = Read(IndexedActors.Select(a => a.Json), []);
        return (timeline, TimelineGraph.Build(timeline));
    }

    /// <summary>The actors of <paramref name="actorsOnly"/> with the events <paramref name="actorId"/> takes part in, and its graph.</summary>
    public (TimelineFile Timeline, ActorEventGraph Graph) WithEventsOf(TimelineFile actorsOnly, string actorId)
    {
        // The actors are already read: only the events are parsed here.
        var events = Export.TimelineFileReader.Read(Json([], _store.IndexedEventsOf(actorId))).Events;
        var timeline = actorsOnly with { Events = events };
        return (timeline, TimelineGraph.Build(timeline));
    }

    /// <inheritdoc/>
    public void Dispose() => _store.Dispose();

    private static TimelineFile Read(IEnumerable<string> actors, IEnumerable<string> events) => Export.TimelineFileReader.Read(Json(actors, events));

    private static string Json(IEnumerable<string> actors, IEnumerable<string> events)
    {
        var json = new StringBuilder();
        json.Append("{\"format\":\"").Append(TimelineFile.FormatName).Append("\",\"documents\":[],\"actors\":[");
        json.AppendJoin(',', actors).Append("],\"events\":[").AppendJoin(',', events).Append("]}");
        return json.ToString();
    }
}
