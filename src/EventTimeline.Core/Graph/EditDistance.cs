namespace EventTimeline.Graph;

/// <summary>Levenshtein distance and the similarities built on it, for suggesting known names close to an unknown one.</summary>
internal static class EditDistance
{
    /// <summary>Returns the least number of single-character insertions, deletions and substitutions turning <paramref name="a"/> into <paramref name="b"/>.</summary>
    public static int Levenshtein(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>Returns 1 for equal strings down to 0 for strings with nothing in common: one minus the distance over the longer length.</summary>
    public static double Similarity(string a, string b)
    {
        var longer = Math.Max(a.Length, b.Length);
        return longer == 0 ? 1 : 1 - ((double)Levenshtein(a, b) / longer);
    }

    /// <summary>Returns how well the words of <paramref name="query"/> are found among the words of <paramref name="name"/>: the mean, over query words, of the best <see cref="Similarity"/> to a name word.</summary>
    public static double WordSimilarity(IReadOnlyList<string> query, IReadOnlyList<string> name)
    {
        if (query.Count == 0 || name.Count == 0)
        {
            return 0;
        }

        return query.Average(word => name.Max(other => Similarity(word, other)));
    }
}
