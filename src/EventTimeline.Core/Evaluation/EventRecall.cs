using EventTimeline.Documents;
using EventTimeline.Events;

namespace EventTimeline.Evaluation;

/// <summary>Our event mentions against the gold EVENT_MENTION markables of CAT documents: a gold mention is found when one of our triggers covers one of its tokens.</summary>
/// <param name="GoldMentions">Gold event mentions in all documents.</param>
/// <param name="FoundMentions">Gold mentions sharing a token with one of our triggers.</param>
/// <param name="SystemMentions">Our event mentions that could be placed on the documents' tokens.</param>
/// <param name="CorrectMentions">Our mentions sharing a token with a gold mention.</param>
internal sealed record EventRecall(int GoldMentions, int FoundMentions, int SystemMentions, int CorrectMentions)
{
    /// <summary>Found gold mentions over gold mentions (0 when there are none).</summary>
    public double Recall => GoldMentions == 0 ? 0 : (double)FoundMentions / GoldMentions;

    /// <summary>Correct mentions over our mentions (0 when there are none).</summary>
    public double Precision => SystemMentions == 0 ? 0 : (double)CorrectMentions / SystemMentions;

    /// <summary>Compares every mention of <paramref name="events"/> with the gold mentions of <paramref name="documents"/>.</summary>
    public static EventRecall Measure(IReadOnlyList<CatDocument> documents, IReadOnlyList<MergedEvent> events, IReadOnlyDictionary<string, CatTextMap> maps)
    {
        var ours = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        var system = new List<(string DocId, IReadOnlyList<CatToken> Tokens)>();
        foreach (var mention in events.SelectMany(e => e.Mentions))
        {
            if (!maps.TryGetValue(mention.DocumentId, out var map))
            {
                continue;
            }

            var tokens = map.Tokens(mention.TriggerStart, mention.Trigger.Length);
            if (tokens.Count == 0)
            {
                continue;
            }

            system.Add((map.Document.DocId, tokens));
            if (!ours.TryGetValue(map.Document.DocId, out var set))
            {
                ours[map.Document.DocId] = set = [];
            }

            set.UnionWith(tokens.Select(t => t.TokenId));
        }

        var gold = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        int goldCount = 0, found = 0;
        foreach (var document in documents)
        {
            var set = gold[document.DocId] = [];
            ours.TryGetValue(document.DocId, out var mine);
            foreach (var mention in document.GoldEventMentions.Where(m => m.TokenIds.Count > 0))
            {
                goldCount++;
                set.UnionWith(mention.TokenIds);
                if (mine is not null && mention.TokenIds.Any(mine.Contains))
                {
                    found++;
                }
            }
        }

        var correct = system.Count(s => gold.TryGetValue(s.DocId, out var set) && s.Tokens.Any(t => set.Contains(t.TokenId)));
        return new EventRecall(goldCount, found, system.Count, correct);
    }
}
