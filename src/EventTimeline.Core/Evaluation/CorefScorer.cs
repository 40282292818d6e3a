namespace EventTimeline.Evaluation;

/// <summary>Scores coreference chains with MUC, B³ and CEAF-e as the reference scorer (version 8.01) does.</summary>
/// <remarks>
/// Mentions are matched by their exact span. A response span given twice counts once. MUC counts links over the key and response
/// chains; B³ and CEAF-e use the chains as given, so a key mention the response lacks lowers recall and a response mention the key
/// lacks lowers precision. CEAF-e aligns key and response entities one to one for the largest sum of 2|K∩R|/(|K|+|R|); entities that
/// share no mention cannot gain from being aligned, so the alignment is solved in each group of overlapping entities apart.
/// Several documents are scored by adding each metric's numerators and denominators.
/// </remarks>
internal static class CorefScorer
{
    /// <summary>Scores the documents of <paramref name="response"/> against those of <paramref name="key"/> with the same name; a key document the response lacks scores as an empty response.</summary>
    public static CorefScores Score(IReadOnlyList<CorefDocument> key, IReadOnlyList<CorefDocument> response)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(response);
        var responses = new Dictionary<string, CorefDocument>(StringComparer.Ordinal);
        foreach (var document in response)
        {
            responses.TryAdd(document.Name, document);
        }

        var total = new CorefScores(CorefMetric.Zero, CorefMetric.Zero, CorefMetric.Zero, 0, 0, 0);
        foreach (var document in key)
        {
            var answer = responses.GetValueOrDefault(document.Name) ?? new CorefDocument(document.Name, []);
            var one = Score(document.Entities, answer.Entities);
            total = new CorefScores(
                total.Muc.Plus(one.Muc),
                total.BCubed.Plus(one.BCubed),
                total.CeafE.Plus(one.CeafE),
                total.KeyMentions + one.KeyMentions,
                total.ResponseMentions + one.ResponseMentions,
                total.MatchedMentions + one.MatchedMentions);
        }

        return total;
    }

    /// <summary>Scores one document's response entities against its key entities.</summary>
    public static CorefScores Score(IReadOnlyList<IReadOnlyList<(int First, int Last)>> key, IReadOnlyList<IReadOnlyList<(int First, int Last)>> response)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(response);

        // Every distinct span gets a number; the key's first, so that a number below keyCount is a key mention.
        var ids = new Dictionary<(int, int), int>();
        var keyChains = new List<List<int>>();
        foreach (var entity in key)
        {
            var chain = new List<int>();
            foreach (var span in entity)
            {
                if (!ids.TryGetValue(span, out var id))
                {
                    id = ids.Count;
                    ids.Add(span, id);
                }

                chain.Add(id);
            }

            keyChains.Add(chain);
        }

        var keyCount = ids.Count;
        var seen = new HashSet<int>();
        var responseChains = new List<List<int>>();
        foreach (var entity in response)
        {
            var chain = new List<int>();
            foreach (var span in entity)
            {
                if (!ids.TryGetValue(span, out var id))
                {
                    id = ids.Count;
                    ids.Add(span, id);
                }

                if (seen.Add(id))
                {
                    chain.Add(id);
                }
            }

            if (chain.Count > 0)
            {
                responseChains.Add(chain);
            }
        }

        var keyEntityOf = new Dictionary<int, int>();
        for (var k = 0; k < keyChains.Count; k++)
        {
            foreach (var id in keyChains[k])
            {
                keyEntityOf[id] = k;
            }
        }

        // Overlaps: for each response chain, how many of its mentions fall in each key chain.
        var overlaps = new List<Dictionary<int, int>>(responseChains.Count);
        foreach (var chain in responseChains)
        {
            var counts = new Dictionary<int, int>();
            foreach (var id in chain)
            {
                if (keyEntityOf.TryGetValue(id, out var k))
                {
                    counts[k] = counts.GetValueOrDefault(k) + 1;
                }
            }

            overlaps.Add(counts);
        }

        var keyMentions = keyChains.Sum(chain => chain.Count);
        var responseMentions = responseChains.Sum(chain => chain.Count);
        var matched = responseChains.Sum(chain => chain.Count(id => id < keyCount));
        return new CorefScores(
            Muc(keyChains, responseChains, overlaps),
            BCubed(keyChains, responseChains, overlaps, keyMentions, responseMentions),
            CeafE(keyChains, responseChains, overlaps),
            keyMentions,
            responseMentions,
            matched);
    }

    private static CorefMetric Muc(List<List<int>> keys, List<List<int>> responses, List<Dictionary<int, int>> overlaps)
    {
        double correct = 0;
        foreach (var counts in overlaps)
        {
            foreach (var count in counts.Values)
            {
                correct += count - 1;
            }
        }

        double keyLinks = keys.Where(chain => chain.Count > 0).Sum(chain => chain.Count - 1);
        double responseLinks = responses.Sum(chain => chain.Count - 1);
        return new CorefMetric(correct, keyLinks, correct, responseLinks);
    }

    private static CorefMetric BCubed(List<List<int>> keys, List<List<int>> responses, List<Dictionary<int, int>> overlaps, int keyMentions, int responseMentions)
    {
        double recall = 0, precision = 0;
        for (var r = 0; r < responses.Count; r++)
        {
            foreach (var (k, count) in overlaps[r])
            {
                recall += (double)count * count / keys[k].Count;
                precision += (double)count * count / responses[r].Count;
            }
        }

        return new CorefMetric(recall, keyMentions, precision, responseMentions);
    }

    private static CorefMetric CeafE(List<List<int>> keys, List<List<int>> responses, List<Dictionary<int, int>> overlaps)
    {
        // Connected groups of overlapping key and response entities (union-find over key k and response keys.Count + r).
        var parent = Enumerable.Range(0, keys.Count + responses.Count).ToArray();
        int Find(int x)
        {
            while (parent[x] != x)
            {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }

            return x;
        }

        for (var r = 0; r < responses.Count; r++)
        {
            foreach (var k in overlaps[r].Keys)
            {
                parent[Find(keys.Count + r)] = Find(k);
            }
        }

        var groups = new Dictionary<int, (List<int> Keys, List<int> Responses)>();
        for (var k = 0; k < keys.Count; k++)
        {
            var root = Find(k);
            if (!groups.TryGetValue(root, out var group))
            {
                group = ([], []);
                groups.Add(root, group);
            }

            group.Keys.Add(k);
        }

        for (var r = 0; r < responses.Count; r++)
        {
            var root = Find(keys.Count + r);
            if (groups.TryGetValue(root, out var group))
            {
                group.Responses.Add(r);
            }
        }

        double similarity = 0;
        foreach (var (groupKeys, groupResponses) in groups.Values.OrderBy(group => group.Keys[0]))
        {
            if (groupResponses.Count == 0)
            {
                continue;
            }

            var weights = new double[groupKeys.Count, groupResponses.Count];
            for (var i = 0; i < groupKeys.Count; i++)
            {
                for (var j = 0; j < groupResponses.Count; j++)
                {
                    var common = overlaps[groupResponses[j]].GetValueOrDefault(groupKeys[i]);
                    weights[i, j] = 2.0 * common / (keys[groupKeys[i]].Count + responses[groupResponses[j]].Count);
                }
            }

            similarity += MaximumAssignment.Weight(weights);
        }

        return new CorefMetric(similarity, keys.Count(chain => chain.Count > 0), similarity, responses.Count);
    }
}
