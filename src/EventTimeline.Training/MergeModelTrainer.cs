using System.Collections.Immutable;

using EventTimeline.Events;

using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace EventTimeline.Training;

/// <summary>The tree settings of a merge model.</summary>
/// <param name="Trees">Boosting rounds.</param>
/// <param name="Leaves">Leaves per tree.</param>
/// <param name="MinimumPerLeaf">Fewest training pairs a leaf may hold.</param>
/// <param name="LearningRate">Shrinkage of each tree.</param>
internal sealed record MergeTreeSettings(int Trees, int Leaves, int MinimumPerLeaf, double LearningRate)
{
    /// <summary>The settings <c>train-merge</c> uses.</summary>
    public static MergeTreeSettings Default { get; } = new(400, 8, 100, 0.05);
}

/// <summary>The one adapter to Microsoft.ML: trains boosted trees (FastTree, Platt-calibrated) on pair features and exports them as a <see cref="MergeModel"/>.</summary>
/// <remarks>One thread and a fixed seed, so the same pairs give the same trees; the exported model is evaluated by the product without Microsoft.ML.</remarks>
internal static class MergeModelTrainer
{
    private const int Seed = 1;

    /// <summary>Trains on <paramref name="features"/> (rows of <see cref="MergePairFeatures.Names"/>' length) and <paramref name="labels"/> (same event or not).</summary>
    public static MergeModel Train(IReadOnlyList<float[]> features, IReadOnlyList<bool> labels, MergeTreeSettings settings, double threshold, double storySimilarity, string about)
    {
        var (ml, data) = Load(features, labels);
        var transformer = Fit(ml, data, settings);
        return Export(transformer.Model, threshold, storySimilarity, about);
    }

    /// <summary>Trains as <see cref="Train"/> does and returns, besides the exported model, Microsoft.ML's own probabilities of <paramref name="probe"/> (to check that the export predicts the same).</summary>
    public static (MergeModel Model, float[] Probabilities) TrainAndPredict(IReadOnlyList<float[]> features, IReadOnlyList<bool> labels, MergeTreeSettings settings, IReadOnlyList<float[]> probe)
    {
        var (ml, data) = Load(features, labels);
        var transformer = Fit(ml, data, settings);
        var (_, probeData) = Load(probe, [.. probe.Select(_ => false)]);
        var scored = transformer.Transform(probeData);
        var probabilities = scored.GetColumn<float>("Probability").ToArray();
        return (Export(transformer.Model, 0.5, 0, string.Empty), probabilities);
    }

    private static (MLContext Context, IDataView Data) Load(IReadOnlyList<float[]> features, IReadOnlyList<bool> labels)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(labels);
        if (features.Count != labels.Count)
        {
            throw new ArgumentException("one label per row of features", nameof(labels));
        }

        var width = MergePairFeatures.Names.Length;
        if (features.Any(row => row.Length != width))
        {
            throw new ArgumentException($"every row has {width} features", nameof(features));
        }

        var ml = new MLContext(Seed);
        var schema = SchemaDefinition.Create(typeof(PairRow));
        schema[nameof(PairRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, width);
        var rows = features.Select((row, i) => new PairRow { Features = row, Label = labels[i] }).ToList();
        return (ml, ml.Data.LoadFromEnumerable(rows, schema));
    }

    private static BinaryPredictionTransformer<CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator>> Fit(MLContext ml, IDataView data, MergeTreeSettings settings)
    {
        var options = new FastTreeBinaryTrainer.Options
        {
            NumberOfTrees = settings.Trees,
            NumberOfLeaves = settings.Leaves,
            MinimumExampleCountPerLeaf = settings.MinimumPerLeaf,
            LearningRate = settings.LearningRate,
            NumberOfThreads = 1,
            Seed = Seed,
            FeatureColumnName = nameof(PairRow.Features),
            LabelColumnName = nameof(PairRow.Label),
        };
        return ml.BinaryClassification.Trainers.FastTree(options).Fit(data);
    }

    private static MergeModel Export(CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator> model, double threshold, double storySimilarity, string about)
    {
        var ensemble = model.SubModel.TrainedTreeEnsemble;
        var trees = ImmutableArray.CreateBuilder<MergeTree>();
        for (var t = 0; t < ensemble.Trees.Count; t++)
        {
            var tree = ensemble.Trees[t];
            if (tree.CategoricalSplitFlags.Any(flag => flag))
            {
                throw new InvalidOperationException("a tree splits on a categorical feature: the merge features are all numbers");
            }

            trees.Add(new MergeTree(
                ensemble.TreeWeights[t],
                [.. tree.NumericalSplitFeatureIndexes],
                [.. tree.NumericalSplitThresholds],
                [.. tree.LeftChild],
                [.. tree.RightChild],
                [.. tree.LeafValues]));
        }

        return new MergeModel(MergePairFeatures.Names, ensemble.Bias, trees.ToImmutable(), model.Calibrator.Slope, model.Calibrator.Offset, threshold, storySimilarity, about);
    }

    /// <summary>One training pair as Microsoft.ML reads it.</summary>
    private sealed class PairRow
    {
        public float[] Features { get; set; } = [];

        public bool Label { get; set; }
    }
}
