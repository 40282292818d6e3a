using EventTimeline.Documents;

namespace EventTimeline.Events;

/// <summary>Groups documents that tell the same story: average-link clustering (<see cref="AverageLinkClustering"/>) of their TF-IDF word vectors.</summary>
/// <remarks>Two groups join while the mean cosine between their documents is at least the threshold, the most similar pair first
/// (ties by the lower group numbers), so the result does not depend on the input order beyond the documents' ids. Cost grows with the
/// cube of the number of documents: meant for evaluation sets of hundreds of documents, not for every build.</remarks>
internal static class DocumentStories
{
    /// <summary>Returns document id → story number (numbered by each story's first document in id order).</summary>
    public static IReadOnlyDictionary<string, int> Group(IReadOnlyList<(string Id, string Text)> documents, double threshold)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var ordered = documents.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        var vectors = CorpusDateEstimator.CreateDefault().Vectors([.. ordered.Select(d => d.Text)]);
        return Group([.. ordered.Select(d => d.Id)], (i, j) => CorpusDateEstimator.Cosine(vectors[i], vectors[j]), threshold);
    }

    /// <summary>Returns document id → story number for documents whose pairwise similarity <paramref name="similarity"/> gives by index into <paramref name="ids"/> (in ordinal id order).</summary>
    public static IReadOnlyDictionary<string, int> Group(IReadOnlyList<string> ids, Func<int, int, double> similarity, double threshold)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(similarity);
        if (!ids.SequenceEqual(ids.Order(StringComparer.Ordinal), StringComparer.Ordinal))
        {
            throw new ArgumentException("the ids must be in ordinal order", nameof(ids));
        }

        var n = ids.Count;
        var similarities = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                similarities[(i * n) + j] = similarities[(j * n) + i] = similarity(i, j);
            }
        }

        var stories = new Dictionary<string, int>(StringComparer.Ordinal);
        var next = 0;
        foreach (var group in AverageLinkClustering.Cluster(n, similarities, threshold))
        {
            foreach (var member in group.Order())
            {
                stories[ids[member]] = next;
            }

            next++;
        }

        return stories;
    }
}
