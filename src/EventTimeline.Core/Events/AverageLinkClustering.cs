namespace EventTimeline.Events;

/// <summary>Average-link agglomerative clustering: two groups join while the mean similarity between their members is at least a threshold, the most similar pair of groups first (ties by the lower group numbers).</summary>
/// <remarks>Cost grows with the cube of the number of items: for groups of hundreds, not for a whole corpus.</remarks>
internal static class AverageLinkClustering
{
    /// <summary>Returns the groups of items 0..n-1, in the order of their first group number, each with its members in the order they joined.</summary>
    /// <param name="n">The number of items.</param>
    /// <param name="similarities">The pair similarities, row-major n × n and symmetric; the diagonal is not read. Overwritten with the groups' similarity sums.</param>
    /// <param name="threshold">The least mean similarity at which two groups join.</param>
    public static List<List<int>> Cluster(int n, double[] similarities, double threshold)
    {
        ArgumentNullException.ThrowIfNull(similarities);
        if (similarities.Length != n * n)
        {
            throw new ArgumentException($"expected {n * n} similarities, got {similarities.Length}", nameof(similarities));
        }

        // sums[a·n + b] is the total similarity between groups a and b, so their mean is the sum / (|a| · |b|).
        var sums = similarities;
        var groups = Enumerable.Range(0, n).Select(i => new List<int> { i }).ToList();
        var alive = Enumerable.Repeat(true, n).ToArray();
        while (true)
        {
            var best = double.NegativeInfinity;
            int bestA = -1, bestB = -1;
            for (var a = 0; a < n; a++)
            {
                if (!alive[a])
                {
                    continue;
                }

                for (var b = a + 1; b < n; b++)
                {
                    if (alive[b])
                    {
                        var mean = sums[(a * n) + b] / (groups[a].Count * groups[b].Count);
                        if (mean > best)
                        {
                            best = mean;
                            bestA = a;
                            bestB = b;
                        }
                    }
                }
            }

            if (bestA < 0 || best < threshold)
            {
                break;
            }

            groups[bestA].AddRange(groups[bestB]);
            alive[bestB] = false;
            for (var c = 0; c < n; c++)
            {
                if (alive[c] && c != bestA)
                {
                    sums[(bestA * n) + c] = sums[(c * n) + bestA] = sums[(bestA * n) + c] + sums[(bestB * n) + c];
                }
            }
        }

        return [.. Enumerable.Range(0, n).Where(g => alive[g]).Select(g => groups[g])];
    }
}
