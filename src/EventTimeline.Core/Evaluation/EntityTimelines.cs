using System.Collections.Immutable;

using EventTimeline.Documents;
using EventTimeline.Events;
using EventTimeline.Graph;
using EventTimeline.Model;

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
/// <param name="Corpus">What the pipeline produced from the documents.</param>
internal sealed record EntityTimelineRun(IReadOnlyList<Timeline> Timelines, IReadOnlyList<EntityMatch> Matches, EventRecall Recall, CorpusResult Corpus);

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

        var raw = documents.Select(AsArticle).ToList();
        var result = pipeline.Build(raw);
        var byId = documents.ToDictionary(d => d.DocId, StringComparer.Ordinal);
        var maps = result.Documents.ToDictionary(
            a => a.Document.Id,
            a => CatTextMap.Create(byId[a.Document.Id], a.Document.Text),
            StringComparer.Ordinal);

        var index = new ActorNameIndex(TimelineGraph.Build(result.Timeline), ActorNameForms.BuiltIn);
        var names = result.Actors.Actors.ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal);
        var timelines = new List<Timeline>();
        var matches = new List<EntityMatch>();
        foreach (var entity in entities)
        {
            var lookup = index.Find(entity);
            var match = new EntityMatch(entity, lookup.Match, ByName(entity, lookup.ActorIds.IsDefault ? [] : lookup.ActorIds, names));
            matches.Add(match);
            timelines.Add(Build(entity, match.ActorIds.ToHashSet(StringComparer.Ordinal), result.Events, maps));
        }

        return new EntityTimelineRun(timelines, matches, EventRecall.Measure(documents, result.Events, maps), result);
    }

    /// <summary>Among actors that match a name equally well, those whose own name it is: "iPod" is the iPod, not the iPod mini
    /// that its documents also call "the iPod".</summary>
    private static ImmutableArray<string> ByName(string entity, ImmutableArray<string> actorIds, Dictionary<string, string> names)
    {
        var key = ActorNameForms.BuiltIn.Of(entity, asPersonName: false).Key;
        var own = actorIds.Where(id => names.TryGetValue(id, out var name) && ActorNameForms.BuiltIn.Of(name, asPersonName: false).Key == key).ToImmutableArray();
        return own.IsEmpty ? actorIds : own;
    }

    /// <summary>A CAT document as a news article: its first sentence, the headline, is the title; the body is the text.</summary>
    /// <remarks>The task annotates events in the body only; a headline read as text would also date the body's events by
    /// whatever it names ("gives keynote to WWDC 2005").</remarks>
    internal static RawDocument AsArticle(CatDocument document)
    {
        var title = document.Sentences.Count > 1 ? document.Sentences[0] : null;
        var body = title is null ? document.Text : document.Text[document.Sentences[1].Start..];
        return new RawDocument(document.DocId, document.DocName, title?.Text, null, document.SourceUrl, document.Dct, body);
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
                .SelectMany(m => MentionIds(m, maps))
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

    /// <summary>The task's ids of a mention's trigger; none when it cannot be placed on the document's tokens.</summary>
    /// <remarks>The task marks single words: a phrasal verb is one id of its words ("step_down"), a light verb and its noun are
    /// two events ("filed", "lawsuit"), and a compound noun is its head ("keynote address" is "address").</remarks>
    internal static IReadOnlyList<string> MentionIds(MergedMention mention, IReadOnlyDictionary<string, CatTextMap> maps)
    {
        if (!maps.TryGetValue(mention.DocumentId, out var map))
        {
            return [];
        }

        var tokens = map.Tokens(mention.TriggerStart, mention.Trigger.Length);
        if (tokens.Count == 0)
        {
            return [];
        }

        var sentence = tokens[0].Sentence;
        var words = tokens.Where(t => t.Sentence == sentence).Select(t => t.Text).ToList();
        var docId = map.Document.DocId;
        return TriggerWords.Split(words).Select(part => TimelineFormat.MentionId(docId, sentence, part)).ToList();
    }
}
