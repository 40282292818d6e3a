using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;

using EventTimeline.Actors;
using EventTimeline.Time;

namespace EventTimeline.Events;

/// <summary>Merges event mentions from all documents into events: compatible type, shared actors, compatible dates.</summary>
/// <remarks>
/// Mentions are taken most specific date first, so that precise reports form the events and vaguer ones join them; each joins the best
/// compatible event among the candidates that share a blocking key (type family × actor × month or year), never all events, so the cost
/// grows with the number of mentions, not its square. Dates are compatible when their intervals overlap; an undated report ("on or before
/// the publication date") is compatible with a date on or before its publication date, within the rules' window; two undated reports only
/// when printed within days of each other, and a vague date only where its document supports the narrower one. Statuses must agree (but a planned event and the report that it was held, of one type at one place and dated to the same few days, are one), a
/// mention naming a person the event lacks cannot join an event naming a person the mention lacks, statements need the same doers and
/// appointments or arrests the same target, and countries shared alone need the same day unless they are the doer or the parties. Every
/// rule asks for evidence of identity, so that a merged event's date and actors, taken from its mentions, are not another event's.
/// The output is sorted and every choice has an ordinal tie-break, so the same mentions in any order give the same events. Immutable and thread-safe.
/// </remarks>
internal sealed partial class EventMerger
{
    // Date buckets of the blocking keys: a kind in the high bits, a month (year × 12 + month - 1) or a year in the low ones.
    private const int WideBucket = 0;
    private const int MonthBucket = 1 << 24;
    private const int ShortYearBucket = 2 << 24;
    private const int LongYearBucket = 3 << 24;
    private const int UndatedBucket = 4 << 24;
    private const string StoryPrefix = "@story:";

    // Items whose blocking keys are made at once (on the merge's threads).
    private const int KeyChunk = 4096;

    private readonly MergeRules _rules;
    private readonly ImmutableHashSet<string> _actorlessTypes;
    private readonly ImmutableHashSet<string> _mutualTypes;

    /// <summary>Creates a merger over the merge rules; <paramref name="actorlessTypes"/> are the types kept without any resolved actor when a place is named,
    /// <paramref name="mutualTypes"/> those done together by their parties (talks, agreements), which their countries alone may identify.</summary>
    public EventMerger(MergeRules rules, ImmutableHashSet<string> actorlessTypes, ImmutableHashSet<string>? mutualTypes = null)
    {
        _rules = rules;
        _actorlessTypes = actorlessTypes;
        _mutualTypes = mutualTypes ?? [];
    }

    /// <summary>A merger over the embedded merge rules and role hints.</summary>
    public static EventMerger BuiltIn { get; } = new(MergeRules.BuiltIn, RoleHints.BuiltIn.ActorlessTypes, RoleHints.BuiltIn.MutualTypes);

    /// <summary>Returns the merged events of <paramref name="mentions"/>, sorted by id.</summary>
    /// <param name="documents">The documents the mentions come from (for sentence text, publication dates and near-copies).</param>
    /// <param name="mentions">Every event mention of the corpus.</param>
    /// <param name="actors">The corpus's actor resolution, mapping each actor mention to actor ids.</param>
    /// <param name="jobs">Threads the steps that work on each mention or event on its own may use; the result does not depend on it.</param>
    /// <param name="options">Whether every mention is kept and which documents tell the same story; <see cref="MergeOptions.Default"/> when null.</param>
    public ImmutableArray<MergedEvent> Merge(IReadOnlyList<AnnotatedDocument> documents, IReadOnlyList<EventMention> mentions, ActorResolution actors, int jobs = 1, MergeOptions? options = null) =>
        MergeCore(documents, mentions, actors, jobs, options, earlier: null, log: false).Events;

    /// <summary>
    /// Returns the merged events of <paramref name="mentions"/>, sorted by id, as <see cref="Merge"/> does, and the log of this merge's
    /// decisions; given the log of an <paramref name="earlier"/> merge (of the same rules), it takes again the decisions that still hold
    /// instead of weighing their candidates (see <see cref="Replay"/>), with the same result.
    /// </summary>
    /// <param name="documents">The documents the mentions come from.</param>
    /// <param name="mentions">Every event mention of the corpus.</param>
    /// <param name="actors">The corpus's actor resolution.</param>
    /// <param name="jobs">Threads used; the result does not depend on it.</param>
    /// <param name="options">Whether every mention is kept and which documents tell the same story; a log is not read within stories.</param>
    /// <param name="earlier">The log of an earlier merge by this merger, or null.</param>
    public (ImmutableArray<MergedEvent> Events, MergeLog Log) MergeLogged(
        IReadOnlyList<AnnotatedDocument> documents,
        IReadOnlyList<EventMention> mentions,
        ActorResolution actors,
        int jobs,
        MergeOptions? options,
        MergeLog? earlier)
    {
        var (events, log) = MergeCore(documents, mentions, actors, jobs, options, earlier, log: true);
        return (events, log!);
    }

    private (ImmutableArray<MergedEvent> Events, MergeLog? Log) MergeCore(
        IReadOnlyList<AnnotatedDocument> documents,
        IReadOnlyList<EventMention> mentions,
        ActorResolution actors,
        int jobs,
        MergeOptions? options,
        MergeLog? earlier,
        bool log)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(actors);
        options ??= MergeOptions.Default;
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var context = new MergeContext(options.Stories);
        foreach (var actor in actors.Actors)
        {
            names.TryAdd(actor.Id, actor.Name);
            if (actor.Kind == ActorKind.Person)
            {
                context.People.Add(actor.Id);
            }

            if (_rules.BroadActorKinds.Contains(actor.Kind))
            {
                context.Broad.Add(actor.Id);
            }
        }

        var byId = new Dictionary<string, AnnotatedDocument>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            byId.TryAdd(document.Document.Id, document);
            context.Times.TryAdd(document.Document.Id, [.. document.Times.Where(time => time.Interval is not null).Select(time => time.Interval!)]);
            if (document.Document.Published is { } published)
            {
                context.Published.TryAdd(document.Document.Id, published);
            }
        }

        // A mention none of whose actors could be resolved says nothing about who did what; only violent or civic events stand on their place alone,
        // unless every given mention is to be kept: then its document's story stands in for its participants.
        var placeIds = actors.Actors.Where(actor => actor.Kind == ActorKind.Place).Select(actor => actor.Id).ToHashSet(StringComparer.Ordinal);
        var located = mentions.Select(mention => (Mention: mention, Place: Item.Place(mention, actors, names))).ToList();
        var places = LongerPlaces(located.Select(pair => pair.Place).Where(place => place.Id is null || placeIds.Contains(place.Id)));
        var shared = new SharedArrays();
        var items = ParallelMap.Run(located, jobs, pair => Item.Create(pair.Mention, pair.Place, actors, options.KeepEveryMention ? StandIn(pair.Mention.DocumentId, options) : null, places, shared))
            .Where(item => item.HasResolvedActors || (item.Location is not null && _actorlessTypes.Contains(item.Mention.Type)) || options.KeepEveryMention)
            .OrderBy(item => item.SortClass)
            .ThenBy(item => item.Width)
            .ThenBy(item => item.Mention.DocumentId, StringComparer.Ordinal)
            .ThenBy(item => item.Mention.Sentence)
            .ThenBy(item => item.Mention.TriggerStart)
            .ThenBy(item => item.Mention.Type, StringComparer.Ordinal)
            .ToList();
        // The blocking keys each item looks in and is listed under depend on the item alone; only the clustering is sequential. They are
        // made a chunk of items at a time: all of them at once would be the merge's largest structure (tens of keys per mention).
        // Families and actors are numbered, so that a key is three numbers: it is hashed and compared without reading strings.
        var familyNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var families = items.Select(item => item.Mention.Type).Distinct(StringComparer.Ordinal)
            .ToDictionary(type => type, type => _rules.Families(type).Select(family => Number(familyNumbers, family)).ToArray(), StringComparer.Ordinal);
        var actorNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            foreach (var actor in item.Actors)
            {
                _ = Number(actorNumbers, actor);
            }
        }

        var storyMode = options.Stories is not null;
        var clusters = new List<Cluster>();
        var exactIndex = new Dictionary<string, Cluster>(StringComparer.Ordinal);
        var index = new BlockIndex(clusters);
        var listed = new HashSet<BlockKey>();
        var fingerprints = log || earlier is not null ? Fingerprints(items, context, jobs) : [];
        var replay = earlier is null || storyMode
            ? null
            : Replay.Start(earlier, fingerprints, cluster => cluster.IndexKeys ?? (cluster.Items.Count == 0 ? [] : (IEnumerable<BlockKey>)RegisterKeys(cluster.Items[0], families, actorNumbers, storyMode)));
        var founders = new int[items.Count];
        var clusterFounders = new List<int>();
        (BlockKey[] Query, BlockKey[] Register)[] keys = [];
        for (var i = 0; i < items.Count; i++)
        {
            if (i % KeyChunk == 0)
            {
                keys = ParallelMap.Run(items.GetRange(i, Math.Min(KeyChunk, items.Count - i)), jobs, item => item.Keys.IsEmpty
                    ? (Query: [], Register: [])
                    : (Query: BlockKeys(item, families[item.Mention.Type], actorNumbers, query: true, storyMode), Register: RegisterKeys(item, families, actorNumbers, storyMode)));
            }

            var item = items[i];
            var (query, register) = keys[i % KeyChunk];
            var exact = item.Keys.IsEmpty;
            var target = exact
                ? exactIndex.GetValueOrDefault(item.ExactKey)
                : replay is not null && replay.Earlier(i, out var choice)
                    ? FindBestAgain(item, query, i, index, context, choice, replay)
                    : FindBest(item, query, i, index, context);
            var founded = target is null;
            if (target is null)
            {
                target = new Cluster(clusters.Count);
                clusters.Add(target);
                clusterFounders.Add(i);
            }

            if (!exact)
            {
                replay?.Joins(i, target, founded);
            }

            founders[i] = clusterFounders[target.Index];
            target.Add(item, options.Stories?.GetValueOrDefault(item.Mention.DocumentId, -1) ?? -1);
            if (exact)
            {
                exactIndex.TryAdd(item.ExactKey, target);
            }

            // A cluster of one item is listed under that item's keys, each once; only a cluster that grows keeps the set of its keys
            // (made from its first item's), since most events have one mention.
            HashSet<BlockKey> seen;
            if (target.Items.Count == 1)
            {
                listed.Clear();
                seen = listed;
            }
            else
            {
                seen = target.IndexKeys ??= [.. RegisterKeys(target.Items[0], families, actorNumbers, storyMode)];
            }

            var (from, to) = Span(target);
            index.Place(target, from, to);
            foreach (var key in register)
            {
                if (!seen.Add(key))
                {
                    continue;
                }

                index.Add(key, target.Index);
                replay?.Listed(target, key);
            }
        }

        ImmutableArray<MergedEvent> events = [.. ParallelMap.Run(clusters, jobs, cluster => Build(cluster, byId)).OrderBy(merged => merged.Id, StringComparer.Ordinal)];
        return (events, log ? new MergeLog([.. fingerprints], [.. founders]) { Replayed = replay?.Replayed ?? 0, Mistaken = replay?.Mistaken ?? 0 } : null);
    }

    // The best candidate as FindBest would find it, for an item whose earlier choice (an event, or none) is the best of the clean
    // candidates: only the dirty events listed under its keys are weighed against that choice.
    private Cluster? FindBestAgain(Item item, BlockKey[] queryKeys, int itemNumber, BlockIndex index, MergeContext context, Cluster? choice, Replay replay)
    {
        var best = new Best();
        if (choice is not null)
        {
            Weigh(ref best, choice, item, context);
            if (best.Cluster is null)
            {
                // Not expected (a clean event is as it was); weighing every candidate is right in any case.
                replay.Mistaken++;
                return FindBest(item, queryKeys, itemNumber, index, context);
            }
        }

        var (from, to) = SearchDays(item, context);
        foreach (var key in queryKeys)
        {
            if (replay.DirtyUnder(key) is not { } dirty)
            {
                continue;
            }

            foreach (var number in dirty)
            {
                if (index.Meets(number, from, to) && index.FirstSightOf(number, itemNumber))
                {
                    Weigh(ref best, index.Cluster(number), item, context);
                }
            }
        }

        return best.Cluster;
    }

    // The compatible cluster sharing the most actors, the earliest made among equals; each candidate is weighed once (marked with the item's number).
    // A listing whose days cannot meet the item's is passed over unread: outside stories, a dated or reported item joins only an event whose
    // date overlaps its window (see DatesCompatible), and a listing's span holds its cluster's date from then on.
    private Cluster? FindBest(Item item, BlockKey[] queryKeys, int itemNumber, BlockIndex index, MergeContext context)
    {
        var best = new Best();
        var (from, to) = SearchDays(item, context);
        foreach (var key in queryKeys)
        {
            for (var listing = index.Meeting(index.First(key), from, to); listing >= 0; listing = index.Meeting(index.Next(listing), from, to))
            {
                if (index.FirstSight(listing, itemNumber))
                {
                    Weigh(ref best, index.ClusterAt(listing), item, context);
                }
            }
        }

        return best.Cluster;
    }

    // The days an item's candidates must be able to meet: outside stories, a dated or reported item joins only an event whose date
    // overlaps its window (see DatesCompatible); within a story, or for an undated item, every day.
    private (int From, int To) SearchDays(Item item, MergeContext context) =>
        context.Stories is null && !item.Unresolved ? Days(item.Window(_rules.ReportedWindowDays)) : (int.MinValue, int.MaxValue);

    // Makes the cluster the best candidate when it is compatible with the item and shares more actors, or as many and is
    // more recent (see Recency), or as recent and was made earlier: the order does not depend on which candidate is weighed first.
    private void Weigh(ref Best best, Cluster cluster, Item item, MergeContext context)
    {
        var shared = Compatible(cluster, item, context);
        if (shared == 0)
        {
            return;
        }

        var recency = Recency(cluster, item, context);
        if (shared > best.Shared || (shared == best.Shared && (recency > best.Recency || (recency == best.Recency && cluster.Index < best.Cluster!.Index))))
        {
            best = new Best(cluster, shared, recency);
        }
    }

    // The number of a family or an actor, given in the order they are first met.
    private static int Number(Dictionary<string, int> numbers, string name)
    {
        ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(numbers, name, out var exists);
        if (!exists)
        {
            number = numbers.Count - 1;
        }

        return number;
    }

    // The days a cluster's date may still cover: its date only narrows as items join, and a cluster with none now never gets one (dated
    // items are merged before reported ones).
    private static (int From, int To) Span(Cluster cluster) =>
        cluster.Concrete is { } concrete ? (concrete.Start.DayNumber, concrete.End.DayNumber) : (int.MinValue, int.MaxValue);

    private static (int From, int To) Days((DateOnly Start, DateOnly End) window) => (window.Start.DayNumber, window.End.DayNumber);

    // An undated report tells the latest news: among events equally alike and dated to a day or a few, it joins the one dated nearest before
    // its publication (the day number of its date's end), outside stories; a wider date says nothing of which is latest (0).
    private int Recency(Cluster cluster, Item item, MergeContext context) =>
        context.Stories is null && item.ReportedBound is not null && cluster.Concrete is { } dated && Width(dated) <= _rules.VagueDays ? dated.End.DayNumber : 0;

    /// <summary>Returns the number of shared actors when <paramref name="item"/> may join <paramref name="cluster"/>, else 0.</summary>
    private int Compatible(Cluster cluster, Item item, MergeContext context)
    {
        // Within one story (documents telling it), the story is the evidence of participants and dates that a mention's own clause may lack.
        var story = context.Stories is not null;
        if (story && context.Stories!.GetValueOrDefault(item.Mention.DocumentId, -1) != cluster.Story)
        {
            return 0;
        }

        // A mention with no date at all (its document has none) is weighed only against events as undated as itself.
        if (!(cluster.Status == item.Mention.Status || (story && cluster.Status != EventStatus.Negated && item.Mention.Status != EventStatus.Negated) || ForetoldAndTold(cluster, item))
            || (cluster.Unresolved != item.Unresolved && !story))
        {
            return 0;
        }

        int? needed = null;
        foreach (var type in cluster.Types)
        {
            if (_rules.SharedActorsNeeded(type, item.Mention.Type) is { } n)
            {
                needed = needed is null ? n : Math.Min(needed.Value, n);
            }
        }

        // A report known only by its publication date says little about when; merging it with another type needs one more shared actor.
        if (needed is not null && item.Interval is null && cluster.Concrete is null && !cluster.Types.Contains(item.Mention.Type))
        {
            needed++;
        }

        var shared = 0;
        var specific = 0;
        foreach (var id in item.Actors)
        {
            if (cluster.Actors.Contains(id))
            {
                shared++;
                if (!context.Broad.Contains(id))
                {
                    specific++;
                }
            }
        }

        if (needed is null || shared < needed || !(story ? StoryDatesCompatible(cluster, item) : DatesCompatible(cluster, item, context)))
        {
            return 0;
        }

        // Countries alone are no evidence that two reports of an event of specific people are one (two calls between two other pairs of
        // their ministers): they need a specific actor, the same place, or both dated to the same day. An event of countries alone (a
        // deployment) is recognised by its countries.
        if (specific == 0 && !SamePlace(cluster, item) && !SameDay(cluster, item)
            && (HasSpecific(item.Actors, context.Broad) || HasSpecific(cluster.Actors, context.Broad)))
        {
            return 0;
        }

        // Two different people on either side make two events: Obama's call with Putin is not his call with Merkel the same day.
        // Within a story, where the participants are all the people of a mention's sentence, only the doers are compared.
        var (own, others) = story ? (item.Sources, cluster.Sources) : (item.Actors, cluster.Actors);
        if (HasPersonNotIn(own, others, context.People) && HasPersonNotIn(others, own, context.People))
        {
            return 0;
        }

        // A statement is its speaker's act: remarks by two people are two statements.
        // Within a story a statement whose speaker is unknown is not known to be another's.
        var statements = _rules.SameSource.Contains(item.Mention.Type) && cluster.Types.Exists(_rules.SameSource.Contains);
        if (statements && !SharesAny(item.Sources, cluster.Sources) && !(story && (item.Sources.IsEmpty || cluster.Sources.Count == 0)))
        {
            return 0;
        }

        if (!story)
        {
            // Countries alone shared tell one event only on one day (a statement: or printed on one day), unless they are its doer or its
            // parties, or it stands on its place (a quake, an attack): travellers' visits to one country are many visits, and a country's
            // statements of several days are several statements, while talks between two countries, or one country's deployment, are recognised by them.
            if (specific == 0 && !SameDay(cluster, item) && !(statements && (SameReportDay(cluster, item) || ReportOfTheDay(cluster, item))) && !(Both(_actorlessTypes, cluster, item) || Both(_mutualTypes, cluster, item))
                && (statements || !SharesAny(item.Sources, cluster.Sources)))
            {
                return 0;
            }

            // Outside a story the doers of a statement name it: "Obama acknowledged" is not "Obama and his aides insist".
            if (statements && !item.Sources.IsEmpty && cluster.Sources.Count > 0 && !cluster.Sources.SetEquals(item.Sources))
            {
                return 0;
            }

            // An appointment or an arrest is told by whom it befell: BP's hiring of one adviser is not its hiring of others.
            if (_rules.SameTarget.Contains(item.Mention.Type) && cluster.Types.Exists(_rules.SameTarget.Contains) && !TargetsAgree(cluster, item, context.Broad))
            {
                return 0;
            }
        }

        return shared;
    }

    // A planned event and the report that it happened are one occasion when both are of one type at one named place, dated to the same
    // few days at most: the summit "in London on April 2nd" announced in February is the London summit held "this week" (the dates
    // are checked later). Without the place, an announced speech and its report pull in every remark of the day. Negated or hypothetical events stay apart.
    private bool ForetoldAndTold(Cluster cluster, Item item) =>
        (cluster.Status, item.Mention.Status) is (EventStatus.Planned, EventStatus.Asserted) or (EventStatus.Asserted, EventStatus.Planned)
        && cluster.Types.Count == 1 && cluster.Types[0] == item.Mention.Type && SamePlace(cluster, item)
        && item.Interval is { } interval && Width(interval) <= _rules.VagueDays
        && cluster.Concrete is { } concrete && Width(concrete) <= _rules.VagueDays;

    // Both the item and the cluster have a type of the set.
    private static bool Both(ImmutableHashSet<string> types, Cluster cluster, Item item) => types.Contains(item.Mention.Type) && cluster.Types.Exists(types.Contains);

    // Either side names no specific target, or a specific target of one side is an actor of the other.
    private static bool TargetsAgree(Cluster cluster, Item item, HashSet<string> broad)
    {
        var own = item.Targets.Where(id => !broad.Contains(id)).ToList();
        var others = cluster.Targets.Where(id => !broad.Contains(id)).ToList();
        return (own.Count == 0 && others.Count == 0) || own.Exists(cluster.Actors.Contains) || others.Exists(item.Actors.Contains);
    }

    // A person among the item's actors whom the cluster lacks.
    private static bool HasPersonNotIn(ImmutableArray<string> actors, IdSet others, HashSet<string> people)
    {
        foreach (var id in actors)
        {
            if (people.Contains(id) && !others.Contains(id))
            {
                return true;
            }
        }

        return false;
    }

    // A person among the cluster's actors whom the item lacks.
    private static bool HasPersonNotIn(IdSet actors, ImmutableArray<string> others, HashSet<string> people)
    {
        foreach (var id in actors)
        {
            if (people.Contains(id) && !others.Contains(id))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasSpecific(IEnumerable<string> actors, HashSet<string> broad) => actors.Any(id => !broad.Contains(id));

    private static bool SharesAny(ImmutableArray<string> sources, IdSet others)
    {
        foreach (var id in sources)
        {
            if (others.Contains(id))
            {
                return true;
            }
        }

        return false;
    }

    // Within a story only two calendar dates can disagree: a mention dated by its report or not at all takes the story's date.
    private static bool StoryDatesCompatible(Cluster cluster, Item item) =>
        item.Interval is not { } interval || cluster.Concrete is not { } concrete || (interval.Start <= concrete.End && interval.End >= concrete.Start);

    // An undated report of a statement dated to the day, which its document supports (the dates were checked before).
    private static bool ReportOfTheDay(Cluster cluster, Item item) =>
        item.ReportedBound is not null && cluster.Concrete is { Granularity: Granularity.Day };

    // Both known only by their reports, all printed on one day: the news of that day.
    private static bool SameReportDay(Cluster cluster, Item item) =>
        item.ReportedBound is { } day && cluster.Concrete is null && cluster.ReportedBound == day && cluster.ReportedLatest == day;

    private static bool SamePlace(Cluster cluster, Item item) =>
        item.Location is not null && cluster.Places.Contains(item.LocationId ?? "@" + item.Location.ToLowerInvariant());

    private static bool SameDay(Cluster cluster, Item item) =>
        item.Interval is { Granularity: Granularity.Day } day && cluster.Concrete is { Granularity: Granularity.Day } other
        && day.Start <= other.End && day.End >= other.Start;

    /// <summary>For each place (by its key: resolved id, else "@" and the lower-case name) whose name opens longer place names of the corpus ("Gulf" of "Gulf of Mexico"), the longer place it stands for.</summary>
    /// <remarks>A short name stands for the longer place the corpus names most, when that one is named at least twice as often as any other
    /// the short name opens ("Gulf" in a corpus of "Gulf of Mexico" and a few "Gulf Coast") and is a common name in its own right (named
    /// at least twice and at least a quarter as often as the short name: a name run into a caption word is neither); otherwise it is left alone.</remarks>
    internal static Dictionary<string, (string Name, string? Id)> LongerPlaces(IEnumerable<(string? Name, string? Id)> places)
    {
        var counts = new Dictionary<(string Lower, string? Id), (string Name, int Count)>();
        foreach (var (name, id) in places)
        {
            if (name is null)
            {
                continue;
            }

            var key = (name.ToLowerInvariant(), id);
            counts[key] = counts.TryGetValue(key, out var seen) ? (seen.Name, seen.Count + 1) : (name, 1);
        }

        var named = counts.OrderBy(pair => pair.Key.Lower, StringComparer.Ordinal).ThenBy(pair => pair.Key.Id, StringComparer.Ordinal).ToList();
        var lowers = named.ConvertAll(pair => pair.Key.Lower);
        var result = new Dictionary<string, (string Name, string? Id)>(StringComparer.Ordinal);
        foreach (var ((lower, id), (_, count)) in named)
        {
            // In ordinal order the names that open with this one and a space stand together, from where that prefix would stand.
            var prefix = lower + " ";
            var from = lowers.BinarySearch(prefix, StringComparer.Ordinal);
            var longer = named.Skip(from < 0 ? ~from : from)
                .TakeWhile(pair => pair.Key.Lower.StartsWith(prefix, StringComparison.Ordinal))
                .Where(pair => pair.Key.Lower.Length > prefix.Length)
                .OrderByDescending(pair => pair.Value.Count)
                .ThenBy(pair => pair.Key.Lower, StringComparer.Ordinal)
                .ToList();
            if (longer.Count > 0 && (longer.Count == 1 || longer[0].Value.Count >= 2 * longer[1].Value.Count) && longer[0].Value.Count >= Math.Max(2, count / 4))
            {
                result[id ?? "@" + lower] = (longer[0].Value.Name, longer[0].Key.Id);
            }
        }

        return result;
    }

    private static string StandIn(string documentId, MergeOptions options) =>
        options.Stories is { } stories && stories.TryGetValue(documentId, out var story)
            ? StoryPrefix + story.ToString(CultureInfo.InvariantCulture)
            : "@document:" + documentId;

    private bool DatesCompatible(Cluster cluster, Item item, MergeContext context)
    {
        if (item.Unresolved)
        {
            return true;
        }

        var window = _rules.ReportedWindowDays;
        if (item.Interval is { } interval)
        {
            if (cluster.Concrete is { } concrete && (interval.Start > concrete.End || interval.End < concrete.Start))
            {
                return false;
            }

            // A vague date ("over the summer") overlaps many events: it joins a narrower one only where its document supports that date.
            // A launch or a founding befalls its target once, so the same target on both sides tells the event as well as a supported date would.
            if (cluster.Concrete is { } narrower && item.Width > _rules.VagueDays && Width(narrower) < item.Width
                && !VagueSupported(narrower, item, context) && !SameOnceTarget(cluster, item, context.Broad))
            {
                return false;
            }

            return cluster.ReportedBound is not { } bound || (interval.Start <= bound && interval.End >= bound.AddDays(-window));
        }

        // An undated report joins a dated event only when its own document supports that date: published within days of it, or naming it.
        // A statement is one utterance: a report printed days later without a time tells of the speaker's latest words, not of these.
        var reported = item.ReportedBound!.Value;
        var support = _rules.SameSource.Contains(item.Mention.Type) ? Math.Min(_rules.StatementSupportDays, _rules.ReportedSupportDays) : _rules.ReportedSupportDays;
        if (cluster.Concrete is { } dated)
        {
            if (dated.Start > reported || dated.End < reported.AddDays(-window))
            {
                return false;
            }

            return dated.End >= reported.AddDays(-support)
                || context.Times.GetValueOrDefault(item.Mention.DocumentId, []).Exists(time => time.Start <= dated.End && time.End >= dated.Start && Width(time) <= Width(dated));
        }

        // Two reports alone are one event only when printed within days of each other: a report weeks later tells another event or looks back.
        return cluster.ReportedBound is not { } earliest || (reported >= cluster.ReportedLatest!.Value.AddDays(-support) && reported <= earliest.AddDays(support));
    }

    // The vague mention's document was published within days after the event, or names a time at most a vague width wide that overlaps it.
    private bool VagueSupported(DateInterval dated, Item item, MergeContext context)
    {
        if (context.Published.TryGetValue(item.Mention.DocumentId, out var published)
            && dated.Start <= published && dated.End >= published.AddDays(-_rules.ReportedSupportDays))
        {
            return true;
        }

        return context.Times.GetValueOrDefault(item.Mention.DocumentId, []).Exists(time => time.Start <= dated.End && time.End >= dated.Start && Width(time) <= _rules.VagueDays);
    }

    // Both sides are of a type that befalls its target once and share a specific target.
    private bool SameOnceTarget(Cluster cluster, Item item, HashSet<string> broad) =>
        _rules.OncePerTarget.Contains(item.Mention.Type) && cluster.Types.TrueForAll(_rules.OncePerTarget.Contains)
        && item.Targets.Any(id => !broad.Contains(id) && cluster.Targets.Contains(id));

    private static int Width(DateInterval interval) => interval.End.DayNumber - interval.Start.DayNumber;

    // The keys an item is listed under (none for an item merged by its exact key).
    private BlockKey[] RegisterKeys(Item item, Dictionary<string, int[]> families, Dictionary<string, int> actors, bool storyMode) =>
        item.Keys.IsEmpty ? [] : BlockKeys(item, families[item.Mention.Type], actors, query: false, storyMode);

    // The keys an item looks in (query) or is listed under: every family of its type × every actor × every date bucket.
    private BlockKey[] BlockKeys(Item item, int[] families, Dictionary<string, int> actors, bool query, bool storyMode)
    {
        var buckets = query ? QueryBuckets(item) : RegisterBuckets(item);
        if (storyMode && !item.Unresolved)
        {
            // Within a story an undated mention may join a dated event and the reverse: every item is also met in the undated bucket.
            buckets.Add(UndatedBucket);
        }

        var keys = new BlockKey[families.Length * item.Actors.Length * buckets.Count];
        var k = 0;
        foreach (var family in families)
        {
            foreach (var actor in item.Actors)
            {
                var number = actors[actor];
                foreach (var bucket in buckets)
                {
                    keys[k++] = new BlockKey(family, number, bucket);
                }
            }
        }

        return keys;
    }

    // Date buckets: the months of a window of at most three months and its years (listed as "year, short window"), or the
    // years of a window under five years ("year, long window"), or one bucket for anything wider. A short window looks in the
    // long windows of its years and in the wide bucket; a long one looks in both kinds of its years and in the wide bucket.
    private List<int> RegisterBuckets(Item item)
    {
        if (item.Unresolved)
        {
            return [UndatedBucket];
        }

        var (start, end) = item.Window(_rules.ReportedWindowDays);
        var buckets = new List<int>();
        if (MonthSpan(start, end) <= 3)
        {
            AddMonths(buckets, start, end);
            AddYears(buckets, start, end, ShortYearBucket);
        }
        else if (end.Year - start.Year < 5)
        {
            AddYears(buckets, start, end, LongYearBucket);
        }
        else
        {
            buckets.Add(WideBucket);
        }

        return buckets;
    }

    private List<int> QueryBuckets(Item item)
    {
        if (item.Unresolved)
        {
            return [UndatedBucket];
        }

        var (start, end) = item.Window(_rules.ReportedWindowDays);
        var buckets = new List<int>();
        if (MonthSpan(start, end) <= 3)
        {
            AddMonths(buckets, start, end);
            AddYears(buckets, start, end, LongYearBucket);
        }
        else if (end.Year - start.Year < 5)
        {
            for (var year = start.Year; year <= end.Year; year++)
            {
                buckets.Add(ShortYearBucket + year);
                buckets.Add(LongYearBucket + year);
            }
        }

        buckets.Add(WideBucket);
        return buckets;
    }

    private static int MonthSpan(DateOnly start, DateOnly end) => ((end.Year * 12) + end.Month) - ((start.Year * 12) + start.Month) + 1;

    private static void AddMonths(List<int> buckets, DateOnly start, DateOnly end)
    {
        for (var month = new DateOnly(start.Year, start.Month, 1); month <= end; month = month.AddMonths(1))
        {
            buckets.Add(MonthBucket + (month.Year * 12) + month.Month - 1);
        }
    }

    private static void AddYears(List<int> buckets, DateOnly start, DateOnly end, int kind)
    {
        for (var year = start.Year; year <= end.Year; year++)
        {
            buckets.Add(kind + year);
        }
    }

    private MergedEvent Build(Cluster cluster, Dictionary<string, AnnotatedDocument> documents)
    {
        var items = cluster.Items
            .OrderBy(item => item.Mention.DocumentId, StringComparer.Ordinal)
            .ThenBy(item => item.Mention.Sentence)
            .ThenBy(item => item.Mention.TriggerStart)
            .ToList();
        var earliest = items[0].Mention;
        var mentions = items.Select(item => new MergedMention(
            item.Mention.DocumentId,
            item.Mention.Sentence,
            SentenceText(documents, item.Mention),
            item.Mention.Time?.Text,
            item.Mention.Trigger,
            item.Mention.TriggerStart,
            item.Mention.Type) { Date = item.Mention.Date }).ToImmutableArray();
        var sources = items.Select(item => Canonical(item.Mention.DocumentId, documents)).Distinct(StringComparer.Ordinal).Count();
        var location = Location(items);
        return new MergedEvent(
            EventId.For(earliest.DocumentId, earliest.Sentence, earliest.TriggerStart),
            ChooseType(items),
            MergedDate(cluster, items),
            cluster.Status,
            Participants(items),
            location?.Name,
            sources,
            mentions)
        {
            LocationId = location?.Id,
        };
    }

    private string ChooseType(List<Item> items)
    {
        var types = items.Select(item => item.Mention.Type).Distinct(StringComparer.Ordinal).ToList();

        // Acts absorbed by a contact event present in the cluster give way to it: a warning given in a call is the call.
        var kept = types.Where(type => !types.Any(other => other != type && _rules.Groups.Any(group => !group.Absorbs.IsEmpty && group.Types.Contains(other) && group.Absorbs.Contains(type)))).ToList();
        return kept
            .OrderBy(_rules.Rank)
            .ThenByDescending(type => items.Count(item => item.Mention.Type == type))
            .ThenBy(type => type, StringComparer.Ordinal)
            .First();
    }

    private static EventDate MergedDate(Cluster cluster, List<Item> items)
    {
        if (cluster.Unresolved)
        {
            return items[0].Mention.Date;
        }

        var concrete = items
            .Where(item => item.Interval is not null)
            .OrderBy(item => item.Width)
            .FirstOrDefault();
        if (concrete is null)
        {
            return EventDating.Reported(cluster.ReportedBound!.Value);
        }

        var interval = cluster.Concrete!;
        if (cluster.ReportedBound is { } bound && interval.End > bound && bound >= interval.Start)
        {
            interval = interval with { End = bound };
        }

        interval = interval with { Granularity = concrete.Interval!.Granularity };
        return new EventDate(interval, concrete.Mention.Date.Timex, concrete.Mention.Date.Basis);
    }

    private static ImmutableArray<MergedParticipant> Participants(List<Item> items)
    {
        return [.. items
            .SelectMany(item => item.Roles)
            .GroupBy(pair => pair.ActorId, StringComparer.Ordinal)
            .Select(group => new MergedParticipant(
                group.Key,
                group.GroupBy(pair => pair.Role).OrderByDescending(roles => roles.Count()).ThenBy(roles => roles.Key).First().Key))
            .OrderBy(participant => participant.Role)
            .ThenBy(participant => participant.ActorId, StringComparer.Ordinal)];
    }

    private static (string Name, string? Id)? Location(List<Item> items)
    {
        var best = items
            .Where(item => item.Location is not null)
            .GroupBy(item => item.LocationId ?? "@" + item.Location!.ToLowerInvariant(), StringComparer.Ordinal)
            .OrderByDescending(group => group.Count())
            .ThenBy(group => group.Key, StringComparer.Ordinal)
            .FirstOrDefault();
        if (best is null)
        {
            return null;
        }

        var first = best.OrderBy(item => item.Location, StringComparer.Ordinal).First();
        return (first.Location!, first.LocationId);
    }

    private static string SentenceText(Dictionary<string, AnnotatedDocument> documents, EventMention mention)
    {
        if (documents.TryGetValue(mention.DocumentId, out var document))
        {
            var sentence = document.Sentences.FirstOrDefault(candidate => candidate.Index == mention.Sentence);
            if (sentence is not null)
            {
                return sentence.Text;
            }
        }

        return mention.Trigger;
    }

    private static string Canonical(string documentId, Dictionary<string, AnnotatedDocument> documents)
    {
        var current = documentId;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (seen.Add(current) && documents.TryGetValue(current, out var document) && document.Document.DuplicateOf is { } original)
        {
            current = original;
        }

        return current;
    }

    /// <summary>A mention with what merging needs: resolved actors, date window and sort keys.</summary>
    private sealed class Item
    {
        private Item(EventMention mention, ImmutableArray<(string ActorId, ParticipantRole Role)> roles, ImmutableArray<string> actors, SharedArrays shared)
        {
            Mention = mention;
            Roles = roles;
            Actors = actors;
            Interval = mention.Date.Basis is EventDateBasis.Explicit or EventDateBasis.RelativeToDct ? mention.Date.Interval : null;
            ReportedBound = mention.Date.Basis == EventDateBasis.Reported ? mention.Date.Interval?.End : null;
            Unresolved = Interval is null && ReportedBound is null;
            SortClass = Interval is not null ? 0 : ReportedBound is not null ? 1 : 2;
            Width = Interval is null ? int.MaxValue : EventMerger.Width(Interval);
            Keys = actors;
            HasResolvedActors = !roles.IsEmpty;
            Sources = shared.Ids([.. roles.Where(pair => pair.Role == ParticipantRole.Source).Select(pair => pair.ActorId).Distinct(StringComparer.Ordinal)]);
            Targets = shared.Ids([.. roles.Where(pair => pair.Role == ParticipantRole.Target).Select(pair => pair.ActorId).Distinct(StringComparer.Ordinal)]);
        }

        /// <summary>Resolved ids of the targets.</summary>
        public ImmutableArray<string> Targets { get; }

        /// <summary>Whether at least one participant resolved to an actor.</summary>
        public bool HasResolvedActors { get; }

        /// <summary>Resolved ids of the doers.</summary>
        public ImmutableArray<string> Sources { get; }

        public EventMention Mention { get; }

        /// <summary>The place, by its resolved actor's name when it is one.</summary>
        public string? Location { get; init; }

        /// <summary>The resolved actor id of the place, or null.</summary>
        public string? LocationId { get; init; }

        public ImmutableArray<(string ActorId, ParticipantRole Role)> Roles { get; }

        /// <summary>Resolved actor ids, sorted; a place stands in for the actors of an actorless event.</summary>
        public ImmutableArray<string> Actors { get; }

        public DateInterval? Interval { get; }

        public DateOnly? ReportedBound { get; }

        public bool Unresolved { get; }

        public int SortClass { get; }

        public int Width { get; }

        /// <summary>The key of an item merged only with its exact equals (one with no blocking keys); made when asked, as a merge holds every item at once.</summary>
        public string ExactKey => "x|" + Mention.Type + "|" + Mention.Status + "|" + (Actors.IsEmpty ? "@" + Mention.DocumentId + "#" + Mention.Sentence + "#" + Mention.TriggerStart : string.Join(",", Actors));

        public ImmutableArray<string> Keys { get; }

        /// <summary>The place of <paramref name="mention"/>: a place named by an actor mention takes the resolved actor's name ("Syrian" -> "Syria").</summary>
        public static (string? Name, string? Id) Place(EventMention mention, ActorResolution resolution, Dictionary<string, string> names)
        {
            if (resolution.MentionActors.TryGetValue(mention.DocumentId, out var perMention)
                && mention.LocationMention is { } index && index >= 0 && index < perMention.Length && !perMention[index].IsEmpty)
            {
                var id = perMention[index][0];
                return (names.GetValueOrDefault(id, mention.Location ?? id), id);
            }

            return (mention.Location, null);
        }

        /// <summary>The item of <paramref name="mention"/>, whose <see cref="Place"/> is <paramref name="place"/>.</summary>
        public static Item Create(EventMention mention, (string? Name, string? Id) place, ActorResolution resolution, string? standIn, Dictionary<string, (string Name, string? Id)> longerPlaces, SharedArrays shared)
        {
            var roles = new List<(string, ParticipantRole)>();
            var (location, locationId) = place;
            if (location is not null && longerPlaces.TryGetValue(locationId ?? "@" + location.ToLowerInvariant(), out var longer))
            {
                (location, locationId) = longer;
            }

            if (resolution.MentionActors.TryGetValue(mention.DocumentId, out var perMention))
            {
                foreach (var participant in mention.Participants)
                {
                    if (participant.ActorMention >= 0 && participant.ActorMention < perMention.Length)
                    {
                        roles.AddRange(perMention[participant.ActorMention].Select(id => (id, participant.Role)));
                    }
                }
            }

            var actors = roles.Select(pair => pair.Item1).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            if (actors.Count == 0 && location is not null)
            {
                actors.Add(locationId ?? "@place:" + location.ToLowerInvariant());
            }

            // A story is shared evidence of its own: documents telling the same story report the same events.
            if (standIn is not null && (actors.Count == 0 || standIn.StartsWith(StoryPrefix, StringComparison.Ordinal)))
            {
                actors.Add(standIn);
                actors.Sort(StringComparer.Ordinal);
            }

            return new Item(mention, shared.Roles([.. roles.Distinct()]), shared.Ids(actors), shared) { Location = location, LocationId = locationId };
        }

        public (DateOnly Start, DateOnly End) Window(int reportedWindowDays)
        {
            return Interval is { } interval ? (interval.Start, interval.End) : (ReportedBound!.Value.AddDays(-reportedWindowDays), ReportedBound.Value);
        }
    }

    /// <summary>
    /// One array for every item naming a single actor (or a single actor in a single role): most items do, and a merge holds every item at
    /// once. Thread-safe: items are made on several threads.
    /// </summary>
    private sealed class SharedArrays
    {
        private readonly ConcurrentDictionary<string, ImmutableArray<string>> _ids = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<(string, ParticipantRole), ImmutableArray<(string ActorId, ParticipantRole Role)>> _roles = new();

        /// <summary><paramref name="ids"/> as an array, the shared one when it holds one id.</summary>
        public ImmutableArray<string> Ids(IReadOnlyList<string> ids) => ids.Count switch
        {
            0 => [],
            1 => _ids.GetOrAdd(ids[0], static id => [id]),
            _ => [.. ids],
        };

        /// <summary><paramref name="roles"/> as an array, the shared one when it holds one pair.</summary>
        public ImmutableArray<(string ActorId, ParticipantRole Role)> Roles(IReadOnlyList<(string ActorId, ParticipantRole Role)> roles) => roles.Count switch
        {
            0 => [],
            1 => _roles.GetOrAdd(roles[0], static pair => [pair]),
            _ => [.. roles],
        };
    }

    /// <summary>What the compatibility test needs of the whole run: persons, broad actors, each document's dated time expressions, the stories.</summary>
    private sealed class MergeContext(IReadOnlyDictionary<string, int>? stories)
    {
        public HashSet<string> People { get; } = new(StringComparer.Ordinal);

        /// <summary>Actors of the kinds that alone do not make two reports one event (countries, their governments).</summary>
        public HashSet<string> Broad { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, List<DateInterval>> Times { get; } = new(StringComparer.Ordinal);

        /// <summary>Each document's publication date, where known.</summary>
        public Dictionary<string, DateOnly> Published { get; } = new(StringComparer.Ordinal);

        public IReadOnlyDictionary<string, int>? Stories { get; } = stories;
    }

    /// <summary>The best candidate weighed so far (none: no cluster, 0 shared), with the number of actors it shares and its recency.</summary>
    private readonly record struct Best(Cluster? Cluster, int Shared, int Recency);

    /// <summary>A blocking key: the numbers of an event family ("t:call", "g:2") and of an actor id, and a date bucket.</summary>
    private readonly record struct BlockKey(int Family, int Actor, int Bucket);

    /// <summary>
    /// The clusters listed under each blocking key, in the order they were listed, and for each cluster the span of days its date may
    /// cover. Each key holds the first and last listing of a chain kept in a flat array of (next, cluster number) pairs: a list object per
    /// key would weigh more than the keys themselves, and most keys list one cluster; a merge makes tens of millions of listings. A cluster
    /// number is the cluster's place in the merge's own list of clusters (<see cref="Cluster.Index"/>), which the index reads and does not copy.
    /// </summary>
    private sealed class BlockIndex(List<Cluster> clusters)
    {
        private readonly Dictionary<BlockKey, (int First, int Last)> _chains = [];
        private Listing[] _listings = new Listing[1024];
        private int _count;
        private Reach[] _reaches = [.. Enumerable.Repeat(Reach.Unseen, 1024)];

        /// <summary>Holds <paramref name="cluster"/>'s span of days (its date from now on lies within it) for the listings of it.</summary>
        public void Place(Cluster cluster, int from, int to)
        {
            var number = cluster.Index;
            if (number >= _reaches.Length)
            {
                var placed = _reaches.Length;
                Array.Resize(ref _reaches, Math.Max(placed * 2, number + 1));
                Array.Fill(_reaches, Reach.Unseen, placed, _reaches.Length - placed);
            }

            ref var reach = ref _reaches[number];
            reach = new Reach(from, to) { SeenBy = reach.SeenBy };
        }

        /// <summary>Lists the cluster numbered <paramref name="number"/> (placed before) under <paramref name="key"/>, after the clusters listed there before.</summary>
        public void Add(BlockKey key, int number)
        {
            var listing = _count++;
            if (listing == _listings.Length)
            {
                Array.Resize(ref _listings, _listings.Length * 2);
            }

            _listings[listing] = new Listing(-1, number);
            ref var chain = ref CollectionsMarshal.GetValueRefOrAddDefault(_chains, key, out var exists);
            if (exists)
            {
                _listings[chain.Last].Next = listing;
                chain.Last = listing;
            }
            else
            {
                chain = (listing, listing);
            }
        }

        /// <summary>The first listing under <paramref name="key"/>, or -1 when nothing is listed there.</summary>
        public int First(BlockKey key) => _chains.TryGetValue(key, out var chain) ? chain.First : -1;

        /// <summary>The first listing from <paramref name="listing"/> on (itself included) in its chain whose cluster's span overlaps the days
        /// from <paramref name="from"/> to <paramref name="to"/>, or -1.</summary>
        public int Meeting(int listing, int from, int to)
        {
            while (listing >= 0)
            {
                ref readonly var at = ref _listings[listing];
                if (Meets(at.Cluster, from, to))
                {
                    return listing;
                }

                listing = at.Next;
            }

            return -1;
        }

        /// <summary>Whether the span of the cluster numbered <paramref name="number"/> overlaps the days from <paramref name="from"/> to <paramref name="to"/>.</summary>
        public bool Meets(int number, int from, int to)
        {
            ref readonly var reach = ref _reaches[number];
            return reach.From <= to && reach.To >= from;
        }

        /// <summary>The cluster numbered <paramref name="number"/>.</summary>
        public Cluster Cluster(int number) => clusters[number];

        /// <summary>Whether the cluster numbered <paramref name="number"/> is met by item <paramref name="itemNumber"/> for the first time; marks it met.</summary>
        public bool FirstSightOf(int number, int itemNumber)
        {
            ref var reach = ref _reaches[number];
            if (reach.SeenBy == itemNumber)
            {
                return false;
            }

            reach.SeenBy = itemNumber;
            return true;
        }

        /// <summary>The listing after <paramref name="listing"/> under the same key, or -1.</summary>
        public int Next(int listing) => _listings[listing].Next;

        public Cluster ClusterAt(int listing) => clusters[_listings[listing].Cluster];

        /// <summary>Whether the cluster of <paramref name="listing"/> is met by item <paramref name="itemNumber"/> for the first time; marks it met.</summary>
        public bool FirstSight(int listing, int itemNumber) => FirstSightOf(_listings[listing].Cluster, itemNumber);

        // One listing: the next in its chain and its cluster's number.
        private struct Listing(int next, int cluster)
        {
            public int Next = next;
            public readonly int Cluster = cluster;
        }

        // A placed cluster's span of days and the number of the last item that weighed it (-1: none yet), read as chains are walked
        // without reading the cluster; a cluster met again under another key is passed over.
        private struct Reach(int from, int to)
        {
            public readonly int From = from;
            public readonly int To = to;
            public int SeenBy = -1;

            /// <summary>The reach of a cluster not placed yet: weighed by no item.</summary>
            public static Reach Unseen => new(int.MinValue, int.MaxValue);
        }
    }

    /// <summary>
    /// A set of ids, enumerated in the order they were added (as a hash set that is only added to): a short array while small, as most
    /// events have a few actors and places, with a hash set beside it once it grows. A merge holds four per event it makes.
    /// </summary>
    private sealed class IdSet : IEnumerable<string>
    {
        private const int HashedFrom = 8;
        private string[] _ids = [];
        private HashSet<string>? _hashed;

        public int Count { get; private set; }

        public bool Contains(string id)
        {
            if (_hashed is not null)
            {
                return _hashed.Contains(id);
            }

            for (var i = 0; i < Count; i++)
            {
                if (string.Equals(_ids[i], id, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        public void Add(string id)
        {
            if (Contains(id))
            {
                return;
            }

            if (Count == _ids.Length)
            {
                Array.Resize(ref _ids, Math.Max(2, Count * 2));
            }

            _ids[Count++] = id;
            if (_hashed is not null)
            {
                _hashed.Add(id);
            }
            else if (Count > HashedFrom)
            {
                _hashed = new HashSet<string>(_ids.Take(Count), StringComparer.Ordinal);
            }
        }

        public void UnionWith(ImmutableArray<string> ids)
        {
            foreach (var id in ids)
            {
                Add(id);
            }
        }

        /// <summary>Whether <paramref name="ids"/> hold exactly these ids, each any number of times.</summary>
        public bool SetEquals(ImmutableArray<string> ids)
        {
            var distinct = 0;
            for (var i = 0; i < ids.Length; i++)
            {
                if (!Contains(ids[i]))
                {
                    return false;
                }

                if (ids.IndexOf(ids[i], 0, i, StringComparer.Ordinal) < 0)
                {
                    distinct++;
                }
            }

            return distinct == Count;
        }

        public IEnumerator<string> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return _ids[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>A growing event: its mentions and what they agree on so far.</summary>
    private sealed class Cluster(int index)
    {
        public int Index { get; } = index;

        public List<Item> Items { get; } = [];

        public IdSet Actors { get; } = new();

        public IdSet Sources { get; } = new();

        public IdSet Targets { get; } = new();

        /// <summary>The places of its items, by resolved id or "@" and the lower-case name.</summary>
        public IdSet Places { get; } = new();

        /// <summary>The story of its first item's document, or -1.</summary>
        public int Story { get; private set; } = -1;

        /// <summary>The blocking keys this cluster is listed under, so that listing it again costs nothing however full the block; null while it has one item.</summary>
        public HashSet<BlockKey>? IndexKeys { get; set; }

        /// <summary>The types of its items, each once.</summary>
        public List<string> Types { get; } = [];

        public EventStatus Status { get; private set; }

        public bool Unresolved { get; private set; }

        public DateInterval? Concrete { get; private set; }

        /// <summary>The earliest report date of its undated reports.</summary>
        public DateOnly? ReportedBound { get; private set; }

        /// <summary>The latest report date of its undated reports.</summary>
        public DateOnly? ReportedLatest { get; private set; }

        public void Add(Item item, int story)
        {
            if (Items.Count == 0)
            {
                Status = item.Mention.Status;
                Unresolved = item.Unresolved;
                Story = story;
            }
            else if (Status == EventStatus.Planned && item.Mention.Status == EventStatus.Asserted)
            {
                // A planned event reported as held has happened.
                Status = EventStatus.Asserted;
            }

            if (item.Location is not null)
            {
                Places.Add(item.LocationId ?? "@" + item.Location.ToLowerInvariant());
            }

            Items.Add(item);
            Actors.UnionWith(item.Actors);
            Sources.UnionWith(item.Sources);
            Targets.UnionWith(item.Targets);
            if (!Types.Contains(item.Mention.Type, StringComparer.Ordinal))
            {
                Types.Add(item.Mention.Type);
            }

            if (item.Interval is { } interval)
            {
                Concrete = Concrete is null
                    ? interval
                    : new DateInterval(Max(Concrete.Start, interval.Start), Min(Concrete.End, interval.End), Concrete.Granularity);
            }

            if (item.ReportedBound is { } bound)
            {
                ReportedBound = ReportedBound is null || bound < ReportedBound ? bound : ReportedBound;
                ReportedLatest = ReportedLatest is null || bound > ReportedLatest ? bound : ReportedLatest;
            }
        }

        private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

        private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
    }
}
