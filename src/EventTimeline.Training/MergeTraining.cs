using System.Globalization;
using System.Text;

using EventTimeline.Evaluation;
using EventTimeline.Events;

namespace EventTimeline.Training;

/// <summary>The figures of a training run: the cross-validated CoNLL F1 of each clustering threshold, the chosen one, the pairs learned from.</summary>
/// <param name="Model">The model trained on every pair, with the chosen threshold.</param>
/// <param name="ThresholdF1">Threshold → CoNLL F1 of the held-out folds' clusterings pooled (percent).</param>
/// <param name="Pairs">Training pairs (pairs of mentions of one story).</param>
/// <param name="Positive">Of them, pairs of one gold event.</param>
/// <param name="Mentions">Mentions.</param>
internal sealed record MergeTrainingResult(MergeModel Model, IReadOnlyList<(double Threshold, double F1)> ThresholdF1, int Pairs, int Positive, int Mentions);

/// <summary>Learns the merge decision from annotated mentions: every pair of mentions of one story is an example; the clustering threshold is chosen by cross-validation over topics.</summary>
internal static class MergeTraining
{
    /// <summary>The clustering thresholds tried.</summary>
    public static IReadOnlyList<double> Thresholds { get; } = [.. Enumerable.Range(4, 13).Select(i => i * 0.05)];

    /// <summary>Trains on <paramref name="data"/>: <paramref name="folds"/>-fold cross-validation over its topics picks the threshold, then one model on all pairs.</summary>
    public static MergeTrainingResult Train(EcbPlusMergeData data, int folds, double storySimilarity, MergeTreeSettings settings, Action<string> progress)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(progress);
        var topics = data.Topics.Distinct().Order().ToList();
        var foldOf = topics.Select((topic, i) => (topic, i)).ToDictionary(p => p.topic, p => p.i % folds);
        var mentionFold = data.Topics.Select(topic => foldOf[topic]).ToArray();
        var stories = Enumerable.Range(0, data.Mentions.Count).GroupBy(i => data.Mentions[i].Story).OrderBy(g => g.Min()).Select(g => g.Order().ToArray()).ToList();

        // Every pair of one story; a pair across folds (a story spanning topics) trains only the final model.
        var features = new List<float[]>();
        var labels = new List<bool>();
        var pairFold = new List<int>();
        foreach (var story in stories)
        {
            for (var i = 0; i < story.Length; i++)
            {
                for (var j = i + 1; j < story.Length; j++)
                {
                    var a = data.Mentions[story[i]];
                    var b = data.Mentions[story[j]];
                    var row = new float[MergePairFeatures.Names.Length];
                    MergePairFeatures.Compute(a, b, data.Documents(a.Document, b.Document), row);
                    features.Add(row);
                    labels.Add(data.Chains[story[i]] == data.Chains[story[j]]);
                    pairFold.Add(mentionFold[story[i]] == mentionFold[story[j]] ? mentionFold[story[i]] : -1);
                }
            }
        }

        progress(string.Create(CultureInfo.InvariantCulture, $"train-merge: {data.Mentions.Count} mentions, {stories.Count} stories, {features.Count} pairs ({labels.Count(l => l)} of one event), {topics.Count} topics in {folds} folds"));

        // Held-out clusterings of every fold, per threshold, pooled into one scoring as the evaluation scores a split.
        var key = new List<IReadOnlyList<(int, int)>>();
        var responses = Thresholds.Select(_ => new List<IReadOnlyList<(int, int)>>()).ToList();
        for (var fold = 0; fold < folds; fold++)
        {
            var trainRows = Enumerable.Range(0, features.Count).Where(k => pairFold[k] >= 0 && pairFold[k] != fold).ToList();
            var model = MergeModelTrainer.Train([.. trainRows.Select(k => features[k])], [.. trainRows.Select(k => labels[k])], settings, 0.5, storySimilarity, string.Empty);
            var held = Enumerable.Range(0, data.Mentions.Count).Where(i => mentionFold[i] == fold).ToList();
            key.AddRange(held.GroupBy(i => data.Chains[i]).Select(g => (IReadOnlyList<(int, int)>)[.. g.Select(i => data.Spans[i])]));
            foreach (var story in stories)
            {
                var members = story.Where(i => mentionFold[i] == fold).ToArray();
                if (members.Length == 0)
                {
                    continue;
                }

                var scores = MergeClustering.PairProbabilities(members, data.Mentions, data.Documents, model.Probability);
                for (var t = 0; t < Thresholds.Count; t++)
                {
                    responses[t].AddRange(MergeClustering.Link(members, scores, Thresholds[t]).Select(group => (IReadOnlyList<(int, int)>)[.. group.Select(i => data.Spans[i])]));
                }
            }

            progress($"train-merge: fold {fold + 1} of {folds} done");
        }

        var table = Thresholds.Select((threshold, t) => (threshold, CorefScorer.Score(key, responses[t]).ConllF1 * 100)).ToList();
        var best = table.OrderByDescending(row => row.Item2).ThenBy(row => row.threshold).First();
        var about = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"FastTree (Microsoft.ML) over {MergePairFeatures.Names.Length} pair features, {settings.Trees} trees of {settings.Leaves} leaves, ")
            .Append(CultureInfo.InvariantCulture, $"trained by `eventtimeline train-merge` on {features.Count} pairs of {data.Mentions.Count} ECB+ train-topic mentions (topics {string.Join(",", topics)}); ")
            .Append(CultureInfo.InvariantCulture, $"average-link threshold {best.threshold:0.00} chosen by {folds}-fold cross-validation over topics (CoNLL F1 {best.Item2:0.00}); stories at names-and-numbers overlap {storySimilarity:0.00}.")
            .ToString();
        var final = MergeModelTrainer.Train(features, labels, settings, Math.Round(best.threshold, 2), storySimilarity, about);
        return new MergeTrainingResult(final, table, features.Count, labels.Count(l => l), data.Mentions.Count);
    }
}
