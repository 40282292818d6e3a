using System.Globalization;

namespace EventTimeline.Evaluation;

/// <summary>Scores entity timelines the way SemEval-2015 Task 4 did (Minard et al. 2015): temporal awareness (UzZaman and Allen 2011,
/// as in TempEval-3) of the graph each timeline stands for, micro-averaged over entities.</summary>
/// <remarks>
/// Graph of a timeline, as the task's scorer builds it: lines with ordinal 0 are left out; the others are sorted in natural order of
/// their text; every mention (coreferent ones too) is an event, SIMULTANEOUS with a time node named by its date (one node per
/// distinct date, "XXXX-XX-XX" included); consecutive events are linked BEFORE when the ordinal grows, SIMULTANEOUS otherwise.
/// System events are the gold events with the same mention id (k-th occurrence to k-th occurrence), time nodes the gold ones with
/// the same date. Relations are added in that order to a point-algebra closure: one the closure already entails is dropped (this
/// makes the reduced graph), one it contradicts is kept aside and still counted, as the task's scorer does.
/// Precision = reduced system relations the gold states or entails / reduced system relations; recall = reduced gold relations
/// the system states or entails / reduced gold relations; counts are summed over entities before dividing.
/// </remarks>
public static class TimelineScorer
{
    private const string TimePrefix = "t:";

    /// <summary>Scores all pairs together; <paramref name="orderingOnly"/> leaves the time anchors out of both graphs.</summary>
    public static TimelineScores Score(IEnumerable<TimelinePair> pairs, bool orderingOnly = false)
    {
        var entities = new List<TimelineEntityScore>();
        var missing = new List<string>();
        foreach (var pair in pairs.OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            if (pair.System is null)
            {
                missing.Add(pair.Name);
            }

            entities.Add(ScoreOne(pair, orderingOnly));
        }

        var gold = entities.Sum(e => e.GoldRelations);
        var system = entities.Sum(e => e.SystemRelations);
        var precision = entities.Sum(e => e.PrecisionMatches);
        var recall = entities.Sum(e => e.RecallMatches);
        return new TimelineScores(orderingOnly, entities, gold, system, precision, recall, Figures(precision, system, recall, gold), missing);
    }

    private static TimelineEntityScore ScoreOne(TimelinePair pair, bool orderingOnly)
    {
        var goldEvents = Events(pair.Gold);
        var systemEvents = Events(pair.System ?? Timeline.Empty(pair.Gold.Entity));

        var goldIds = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var goldNamed = new List<(string Id, Event Event)>();
        foreach (var e in goldEvents)
        {
            var id = "e" + goldNamed.Count.ToString(CultureInfo.InvariantCulture);
            goldNamed.Add((id, e));
            if (!goldIds.TryGetValue(e.Mention, out var ids))
            {
                goldIds[e.Mention] = ids = [];
            }

            ids.Add(id);
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var systemNamed = new List<(string Id, Event Event)>();
        var matched = 0;
        var fresh = 0;
        foreach (var e in systemEvents)
        {
            var occurrence = seen.GetValueOrDefault(e.Mention);
            seen[e.Mention] = occurrence + 1;
            string id;
            if (goldIds.TryGetValue(e.Mention, out var ids) && occurrence < ids.Count)
            {
                id = ids[occurrence];
                matched++;
            }
            else
            {
                id = "s" + fresh++.ToString(CultureInfo.InvariantCulture);
            }

            systemNamed.Add((id, e));
        }

        var goldGraph = Reduce(Links(goldNamed, orderingOnly));
        var systemGraph = Reduce(Links(systemNamed, orderingOnly));
        var precision = systemGraph.Final.Count(link => goldGraph.Verifies(link));
        var recall = goldGraph.Final.Count(link => systemGraph.Verifies(link));
        return new TimelineEntityScore(
            pair.Name,
            pair.Gold.Entity,
            pair.System is null,
            goldEvents.Count,
            systemEvents.Count,
            matched,
            goldGraph.Final.Count,
            systemGraph.Final.Count,
            goldGraph.Violations,
            systemGraph.Violations,
            precision,
            recall,
            Figures(precision, systemGraph.Final.Count, recall, goldGraph.Final.Count));
    }

    private static PrecisionRecall Figures(int precisionMatches, int system, int recallMatches, int gold)
    {
        if (system == 0 && gold == 0)
        {
            return new PrecisionRecall(1, 1, 1);
        }

        var precision = system == 0 ? 0 : (double)precisionMatches / system;
        var recall = gold == 0 ? 0 : (double)recallMatches / gold;
        return new PrecisionRecall(precision, recall, PrecisionRecall.Harmonic(precision, recall));
    }

    private sealed record Event(string Mention, int Ordinal, string Date);

    // Ordered lines in the scorer's reading order, one event per mention.
    private static List<Event> Events(Timeline timeline) =>
        timeline.Entries
            .Where(e => e.Ordinal > 0)
            .Select(e => (Entry: e, Key: string.Join('\t', [e.Ordinal.ToString(CultureInfo.InvariantCulture), e.Date, .. e.Mentions])))
            .OrderBy(x => x.Key, NaturalOrder.Instance)
            .SelectMany(x => x.Entry.Mentions.Select(m => new Event(m, x.Entry.Ordinal, x.Entry.Date)))
            .ToList();

    private static List<TemporalLink> Links(List<(string Id, Event Event)> events, bool orderingOnly)
    {
        var links = new List<TemporalLink>();
        if (!orderingOnly)
        {
            links.AddRange(events.Select(e => new TemporalLink(e.Id, TimePrefix + e.Event.Date, TemporalRelation.Simultaneous)));
        }

        for (var i = 0; i + 1 < events.Count; i++)
        {
            var relation = events[i].Event.Ordinal < events[i + 1].Event.Ordinal ? TemporalRelation.Before : TemporalRelation.Simultaneous;
            links.Add(new TemporalLink(events[i].Id, events[i + 1].Id, relation));
        }

        return links;
    }

    private static ReducedGraph Reduce(List<TemporalLink> links)
    {
        var graph = new TemporalGraph();
        var stated = new HashSet<TemporalLink>();
        var kept = new List<TemporalLink>();
        var violated = new List<TemporalLink>();
        foreach (var link in links)
        {
            if (!stated.Add(link))
            {
                continue;
            }

            if (link.Relation == TemporalRelation.Simultaneous)
            {
                stated.Add(link with { Source = link.Target, Target = link.Source });
            }

            switch (graph.Check(link))
            {
                case Entailment.Entailed:
                    break;
                case Entailment.Contradicted:
                    violated.Add(link);
                    break;
                default:
                    graph.Add(link);
                    kept.Add(link);
                    break;
            }
        }

        return new ReducedGraph(graph, stated, [.. kept, .. violated], violated.Count);
    }

    /// <summary>A timeline's graph: its closure, every relation it states, and its reduced relations (with the violations).</summary>
    private sealed record ReducedGraph(TemporalGraph Closure, HashSet<TemporalLink> Stated, List<TemporalLink> Final, int Violations)
    {
        public bool Verifies(TemporalLink link) => Stated.Contains(link) || Closure.Check(link) == Entailment.Entailed;
    }
}
