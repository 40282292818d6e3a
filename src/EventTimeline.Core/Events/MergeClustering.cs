namespace EventTimeline.Events;

/// <summary>Groups event mentions into events from the learned pair probabilities: average-link clustering within each story.</summary>
/// <remarks>
/// Within a story every pair is weighed; two groups join while the mean probability over their pairs is at least the threshold, the
/// most probable first (ties by the lower group numbers), so the result depends only on the mentions' order, which the caller fixes.
/// Mentions of different stories are never weighed. Cost grows with the cube of a story's mentions: meant for evaluation sets.
/// </remarks>
internal static class MergeClustering
{
    /// <summary>Returns each mention's cluster number, numbered by each cluster's first mention.</summary>
    /// <param name="mentions">The mentions, in a fixed order.</param>
    /// <param name="documents">How alike two documents are, by their indices.</param>
    /// <param name="probability">The pair probability of the features.</param>
    /// <param name="threshold">The least mean probability at which two groups join.</param>
    public static int[] Cluster(IReadOnlyList<MergePairMention> mentions, Func<int, int, DocumentSimilarity> documents, PairProbability probability, double threshold)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(probability);
        var cluster = new int[mentions.Count];
        var root = new int[mentions.Count];
        foreach (var story in Enumerable.Range(0, mentions.Count).GroupBy(i => mentions[i].Story).OrderBy(g => g.Min()))
        {
            var members = story.Order().ToArray();
            var groups = Link(members, mentions, documents, probability, threshold);
            foreach (var group in groups)
            {
                foreach (var member in group)
                {
                    root[member] = group.Min();
                }
            }
        }

        var numbers = new Dictionary<int, int>();
        for (var i = 0; i < mentions.Count; i++)
        {
            if (!numbers.TryGetValue(root[i], out var number))
            {
                number = numbers.Count;
                numbers.Add(root[i], number);
            }

            cluster[i] = number;
        }

        return cluster;
    }

    /// <summary>The probabilities of every pair of <paramref name="members"/> (row-major, n × n).</summary>
    public static float[] PairProbabilities(int[] members, IReadOnlyList<MergePairMention> mentions, Func<int, int, DocumentSimilarity> documents, PairProbability probability)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(probability);
        var n = members.Length;
        var scores = new float[n * n];
        Span<float> features = stackalloc float[MergePairFeatures.Names.Length];
        for (var i = 0; i < n; i++)
        {
            var a = mentions[members[i]];
            for (var j = i + 1; j < n; j++)
            {
                var b = mentions[members[j]];
                MergePairFeatures.Compute(a, b, a.Document == b.Document ? DocumentSimilarity.Same : documents(a.Document, b.Document), features);
                scores[(i * n) + j] = scores[(j * n) + i] = probability(features);
            }
        }

        return scores;
    }

    /// <summary>Average-link clustering of <paramref name="members"/> over their pair probabilities.</summary>
    public static List<List<int>> Link(int[] members, float[] scores, double threshold)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(scores);
        var sums = new double[members.Length * members.Length];
        for (var k = 0; k < sums.Length; k++)
        {
            sums[k] = scores[k];
        }

        return [.. AverageLinkClustering.Cluster(members.Length, sums, threshold).Select(group => group.Select(i => members[i]).ToList())];
    }

    private static List<List<int>> Link(int[] members, IReadOnlyList<MergePairMention> mentions, Func<int, int, DocumentSimilarity> documents, PairProbability probability, double threshold) =>
        Link(members, PairProbabilities(members, mentions, documents, probability), threshold);
}

/// <summary>The probability that a pair, described by its features, is one event.</summary>
internal delegate float PairProbability(ReadOnlySpan<float> features);
