using EventTimeline.Actors;
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
    private readonly ActorNameForms _forms;

    private StoreTimeline(IEventStore store)
    {
        _store = store;
        _actors = new Lazy<IReadOnlyList<IndexedActor>>(store.IndexedActors);

        // The prefix words the merge formed the indexed names with: the same forms, without scanning the actor data files for them.
        _forms = store.Setting(StoreRun.NamePrefixesSetting) is { } prefixes ? new ActorNameForms(prefixes.Split('\n'), ActorCues.NameRules) : ActorNameForms.BuiltIn;
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
    /// Looks <paramref name="name"/> up as an index over every actor would, and returns that answer with the index that gave it (for
    /// suggestions): over the actors the store's name indexes give for the exact levels, then with those sharing a word for partial
    /// matches; only a name nothing matches needs every actor (for suggestions).
    /// </summary>
    public (ActorNameIndex Index, ActorLookup Lookup) Find(string name)
    {
        var trimmed = name.Trim();
        var form = _forms.Of(trimmed);
        StartupTrace.Mark("name forms loaded");
        var query = new ActorNameQuery(ActorNameQuery.Fold(trimmed), form.Key, form.Bare, form.Skeleton, []);
        var candidates = _store.FindIndexedActors(query);
        StartupTrace.Mark($"{candidates.Count} candidate actors read");
        var exact = Index(candidates);

        // Every actor that matches at the id, exact, bare or transliterated level is among these, so such an answer is final.
        if (exact.Find(trimmed) is { Match: NameMatch.Exact or NameMatch.Bare or NameMatch.Transliterated } found)
        {
            return (exact, found);
        }

        var partial = Index(_store.FindIndexedActors(query with { Words = form.SkeletonWords }));
        if (partial.Find(trimmed) is { Match: not NameMatch.None } partly)
        {
            return (partial, partly);
        }

        var all = Index(IndexedActors);
        return (all, all.Find(trimmed));
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

    /// <summary>The listing rows of the events <paramref name="actorId"/> takes part in with every actor of <paramref name="withIds"/> that pass <paramref name="filter"/>, in date order, with the actor asked about.</summary>
    public (TimelineActor Actor, IReadOnlyList<EventRow> Rows) RowsOf(string actorId, IReadOnlyList<string> withIds, IndexedEventFilter filter)
    {
        var indexed = _store.FindIndexedActor(actorId) ?? throw new InvalidOperationException($"{_store.Description} has no actor '{actorId}' in its index");
        var actor = Export.TimelineFileReader.FromParts([indexed.Json], []).Actors.Single();
        var rows = _store.IndexedEventRowsOf(actorId, withIds, filter);
        StartupTrace.Mark($"{rows.Count} event rows read");
        return (actor, rows);
    }

    /// <inheritdoc/>
    public void Dispose() => _store.Dispose();

    private ActorNameIndex Index(IReadOnlyList<IndexedActor> actors) =>
        new(Graph(actors, []).Graph, _forms, actors.ToDictionary(a => a.Id, a => a.Events, StringComparer.Ordinal));

    private static (TimelineFile Timeline, ActorEventGraph Graph) Graph(IReadOnlyList<IndexedActor> actors, IEnumerable<string> events)
    {
        var timeline = Export.TimelineFileReader.FromParts(actors.Select(a => a.Json), events);
        return (timeline, TimelineGraph.Build(timeline));
    }
}
