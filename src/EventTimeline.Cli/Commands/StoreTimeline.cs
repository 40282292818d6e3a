using System.Text;

using EventTimeline.Cli.Output;
using EventTimeline.Graph;
using EventTimeline.Model;
using EventTimeline.Store;

namespace EventTimeline.Cli.Commands;

/// <summary>The part of a timeline the query verbs need, read from an event store's index instead of a timeline.json.</summary>
internal sealed class StoreTimeline : IDisposable
{
    private readonly IEventStore _store;
    private readonly Lazy<IReadOnlyList<IndexedActor>> _actors;

    private StoreTimeline(IEventStore store)
    {
        _store = store;
        _actors = new Lazy<IReadOnlyList<IndexedActor>>(store.IndexedActors);
    }

    /// <summary>Every indexed actor, in the order <c>actors</c> lists them (read when first asked for).</summary>
    public IReadOnlyList<IndexedActor> IndexedActors => _actors.Value;

    /// <summary>Opens a store that a merge has indexed, or says why not and returns null.</summary>
    public static StoreTimeline? Open(string verb, string storeName)
    {
        if (StoreBuild.Open(verb, storeName) is not { } store)
        {
            return null;
        }

        if (!store.HasIndex())
        {
            Console.Error.WriteLine($"{verb}: {store.Description} has no query index: run 'build --store' or 'merge --store' (a store indexed by an older eventtimeline is indexed again by its next merge)");
            store.Dispose();
            return null;
        }

        return new StoreTimeline(store);
    }

    /// <summary>A timeline of every actor and no event, and its graph.</summary>
    public (TimelineFile Timeline, ActorEventGraph Graph) Actors() => Graph(IndexedActors, []);

    /// <summary>
    /// A name index that answers <paramref name="name"/> as one over every actor would: over the actors the store's name indexes give for
    /// the exact levels, then with those sharing a word for partial matches; only a name nothing matches needs every actor (for suggestions).
    /// </summary>
    public ActorNameIndex IndexFor(string name)
    {
        var trimmed = name.Trim();
        var form = ActorNameForms.BuiltIn.Of(trimmed);
        StartupTrace.Mark("name forms loaded");
        var query = new ActorNameQuery(ActorNameQuery.Fold(trimmed), form.Key, form.Bare, form.Skeleton, []);
        var candidates = _store.FindIndexedActors(query);
        StartupTrace.Mark($"{candidates.Count} candidate actors read");
        var exact = Index(candidates);

        // Every actor that matches at the id, exact, bare or transliterated level is among these, so such an answer is final.
        if (exact.Find(trimmed).Match is NameMatch.Exact or NameMatch.Bare or NameMatch.Transliterated)
        {
            return exact;
        }

        var partial = Index(_store.FindIndexedActors(query with { Words = form.SkeletonWords }));
        return partial.Find(trimmed).Match is not NameMatch.None ? partial : Index(IndexedActors);
    }

    /// <summary>The events <paramref name="actorId"/> takes part in that pass <paramref name="filter"/>, with their actors and those of <paramref name="withIds"/>, and their graph.</summary>
    public (TimelineFile Timeline, ActorEventGraph Graph) WithEventsOf(string actorId, IReadOnlyList<string> withIds, IndexedEventFilter filter)
    {
        var actors = _store.IndexedActorsAround(actorId, withIds);
        var events = _store.IndexedEventsOf(actorId, filter);
        StartupTrace.Mark($"{events.Count} events and {actors.Count} actors read");
        var graph = Graph(actors, events);
        StartupTrace.Mark("events parsed and graph built");
        return graph;
    }

    /// <inheritdoc/>
    public void Dispose() => _store.Dispose();

    private static ActorNameIndex Index(IReadOnlyList<IndexedActor> actors) =>
        new(Graph(actors, []).Graph, ActorNameForms.BuiltIn, actors.ToDictionary(a => a.Id, a => a.Events, StringComparer.Ordinal));

    private static (TimelineFile Timeline, ActorEventGraph Graph) Graph(IReadOnlyList<IndexedActor> actors, IEnumerable<string> events)
    {
        var json = new StringBuilder();
        json.Append("{\"format\":\"").Append(TimelineFile.FormatName).Append("\",\"documents\":[],\"actors\":[");
        json.AppendJoin(',', actors.Select(a => a.Json)).Append("],\"events\":[").AppendJoin(',', events).Append("]}");
        var timeline = Export.TimelineFileReader.Read(json.ToString());
        return (timeline, TimelineGraph.Build(timeline));
    }
}
