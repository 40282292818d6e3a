using System.Collections.Immutable;

using EventTimeline.Documents;
using EventTimeline.Events;
using EventTimeline.Graph;

namespace EventTimeline.Evaluation;

/// <summary>The target entity a run was asked about and the actors it was matched to.</summary>
/// <param name="Entity">The target entity as listed.</param>
/// <param name="Match">How closely the closest actors' names matched it.</param>
/// <param name="ActorIds">The actors taken to be the entity.</param>
internal sealed record EntityMatch(string Entity, NameMatch Match, ImmutableArray<string> ActorIds);

/// <summary>What a SemEval-2015 Task 4 run produced: one timeline per target entity, how each entity was matched, and our event recall against the gold event mentions the documents carry.</summary>
/// <param name="Timelines">One timeline per target entity, in the order listed.</param>
/// <param name="Matches">How each entity was matched, same order.</param>
/// <param name="Recall">Our event mentions against the documents' gold EVENT_MENTIONs.</param>
internal sealed record EntityTimelineRun(IReadOnlyList<Timeline> Timelines, IReadOnlyList<EntityMatch> Matches, EventRecall Recall);

/// <summary>SemEval-2015 Task 4, Track A: runs the normal pipeline on CAT documents and writes, for each target entity, the timeline of the events its actors take part in.</summary>
/// <remarks>
/// The gold EVENT_MENTION markables of the documents are never read for the timelines (they belong to Track B); they are only
/// compared with our mentions to measure recall. An entity is matched to actors through their names and aliases, as the
/// <c>query</c> verb does. Each merged event of those actors is one line whose mentions are its triggers in the task's id form;
/// the date is the event's date at the granularity it is known (day, month, year), and events sharing a date share an ordinal,
/// dates in calendar order. Events without a calendar date get ordinal 0.
/// </remarks>
internal static class EntityTimelines
{
    /// <summary>Runs <paramref name="pipeline"/> on <paramref name="documents"/> and builds the timelines of <paramref name="entities"/>.</summary>
    public static EntityTimelineRun Run(EventTimelinePipeline pipeline, IReadOnlyList<CatDocument> documents, IReadOnlyList<string> entities)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(entities);
        var duplicate = documents.GroupBy(d => d.DocId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"two documents have doc_id {duplicate.Key}", nameof(documents));
        }

        var raw = documents
            .Select(d => new RawDocument(d.DocId, d.DocName, d.Sentences.Count > 0 ? d.Sentences[0].Text : null, null, d.SourceUrl, d.Dct, d.Text))
            .ToList();
        var result = pipeline.Build(raw);
        var byId = documents.ToDictionary(d => d.DocId, StringComparer.Ordinal);
        var maps = result.Documents.ToDictionary(
            a => a.Document.Id,
            a => CatTextMap.Create(byId[a.Document.Id], a.Document.Text),
            StringComparer.Ordinal);

        var index = new ActorNameIndex(TimelineGraph.Build(result.Timeline), ActorNameForms.BuiltIn);
        var timelines = new List<Timeline>();
        var matches = new List<EntityMatch>();
        foreach (var entity in entities)
        {
            var lookup = index.Find(entity);
            var match = new EntityMatch(entity, lookup.Match, lookup.ActorIds.IsDefault ? [] : lookup.ActorIds);
            matches.Add(match);
            timelines.Add(Build(entity, match.ActorIds.ToHashSet(StringComparer.Ordinal), result.Events, maps));
        }

        return new EntityTimelineRun(timelines, matches, EventRecall.Measure(documents, result.Events, maps));
    }

    /// <summary>The timeline of the events in which one of <paramref name="actorIds"/> takes part.</summary>
    internal static Timeline Build(string entity, IReadOnlySet<string> actorIds, IReadOnlyList<MergedEvent> events, IReadOnlyDictionary<string, CatTextMap> maps)
    {
        var dated = new List<(TimelineDate Date, Time.DateInterval Interval, TimelineEvent Event)>();
        var undated = new List<TimelineEvent>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var merged in events)
        {
            if (!merged.Actors.Any(a => actorIds.Contains(a.ActorId)))
            {
                continue;
            }

            var mentions = merged.Mentions
                .OrderBy(m => m.DocumentId, NaturalOrder.Instance)
                .ThenBy(m => m.TriggerStart)
                .Select(m => MentionId(m, maps))
                .OfType<string>()
                .Where(used.Add)
                .ToList();
            if (mentions.Count == 0)
            {
                continue;
            }

            var date = TimelineDate.Of(merged.Date.Interval);
            var line = new TimelineEvent(date, mentions);
            if (date.IsUnknown || merged.Date.Interval is null)
            {
                undated.Add(line);
            }
            else
            {
                dated.Add((date, merged.Date.Interval, line));
            }
        }

        var steps = dated
            .GroupBy(d => d.Date)
            .OrderBy(g => g.Min(d => d.Interval.Start))
            .ThenBy(g => g.Max(d => d.Interval.End))
            .Select(g => (IReadOnlyList<TimelineEvent>)g.Select(d => d.Event).ToList());
        return TimelineFormat.Build(entity, steps, undated);
    }

    /// <summary>The task's id of a mention's trigger, or null when it cannot be placed on the document's tokens.</summary>
    internal static string? MentionId(MergedMention mention, IReadOnlyDictionary<string, CatTextMap> maps)
    {
        if (!maps.TryGetValue(mention.DocumentId, out var map))
        {
            return null;
        }

        var tokens = map.Tokens(mention.TriggerStart, mention.Trigger.Length);
        if (tokens.Count == 0)
        {
            return null;
        }

        var sentence = tokens[0].Sentence;
        return TimelineFormat.MentionId(map.Document.DocId, sentence, tokens.Where(t => t.Sentence == sentence).Select(t => t.Text));
    }
}
