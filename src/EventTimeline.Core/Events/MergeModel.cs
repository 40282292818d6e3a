using System.Collections.Immutable;
using System.Globalization;

using EventTimeline.Resources;

using Newtonsoft.Json;

namespace EventTimeline.Events;

/// <summary>One regression tree of the learned merge model: inner nodes split on a feature, leaves hold values.</summary>
/// <param name="Weight">The tree's weight in the sum.</param>
/// <param name="Feature">Per inner node, the index of the feature it splits on.</param>
/// <param name="Threshold">Per inner node, the value at or below which the left child is taken.</param>
/// <param name="Left">Per inner node, the left child: an inner node index, or a leaf as the complement (~leaf) of its index.</param>
/// <param name="Right">Per inner node, the right child, the same way.</param>
/// <param name="Leaf">The leaf values.</param>
internal sealed record MergeTree(double Weight, ImmutableArray<int> Feature, ImmutableArray<float> Threshold, ImmutableArray<int> Left, ImmutableArray<int> Right, ImmutableArray<double> Leaf)
{
    /// <summary>The value of the leaf <paramref name="features"/> fall in.</summary>
    public double Output(ReadOnlySpan<float> features)
    {
        if (Feature.IsEmpty)
        {
            return Leaf.IsEmpty ? 0 : Leaf[0];
        }

        var node = 0;
        while (node >= 0)
        {
            node = features[Feature[node]] <= Threshold[node] ? Left[node] : Right[node];
        }

        return Leaf[~node];
    }
}

/// <summary>The learned pairwise merge decision: boosted regression trees over <see cref="MergePairFeatures"/> and a Platt calibration, with the clustering settings they were tuned with.</summary>
/// <remarks>
/// Trained with Microsoft.ML (FastTree) by <c>eventtimeline-train train-merge</c> (src/EventTimeline.Training) on the ECB+ train topics and shipped as
/// <c>Resources/events/merge-model.json</c>; the product evaluates the trees itself, so loading costs a small JSON read, not the
/// machine-learning library. Immutable and thread-safe.
/// </remarks>
internal sealed class MergeModel
{
    /// <summary>The embedded model's resource path.</summary>
    public const string Resource = "events/merge-model.json";

    private static readonly Lazy<MergeModel> _builtIn = new(() => Parse(ResourceFile.ReadText(Resource)));

    /// <summary>Creates a model.</summary>
    public MergeModel(ImmutableArray<string> features, double bias, ImmutableArray<MergeTree> trees, double plattSlope, double plattOffset, double threshold, double storySimilarity, string about)
    {
        Features = features;
        Bias = bias;
        Trees = trees;
        PlattSlope = plattSlope;
        PlattOffset = plattOffset;
        Threshold = threshold;
        StorySimilarity = storySimilarity;
        About = about;
    }

    /// <summary>The embedded model.</summary>
    public static MergeModel BuiltIn => _builtIn.Value;

    /// <summary>The feature names the trees were trained on, in order.</summary>
    public ImmutableArray<string> Features { get; }

    /// <summary>Added to the trees' sum.</summary>
    public double Bias { get; }

    /// <summary>The trees.</summary>
    public ImmutableArray<MergeTree> Trees { get; }

    /// <summary>Platt calibration: probability = 1 / (1 + exp(slope · score + offset)).</summary>
    public double PlattSlope { get; }

    /// <summary>Platt calibration offset.</summary>
    public double PlattOffset { get; }

    /// <summary>The mean pair probability at which two groups of mentions are one event (average link), tuned by cross-validation on the train topics.</summary>
    public double Threshold { get; }

    /// <summary>The mean names-and-numbers overlap at which documents were grouped into stories when the model was trained; pairs of different stories are never weighed.</summary>
    public double StorySimilarity { get; }

    /// <summary>How the model was made (the command and its figures).</summary>
    public string About { get; }

    /// <summary>The trees' raw score of a pair.</summary>
    public float Score(ReadOnlySpan<float> features)
    {
        var sum = 0.0;
        foreach (var tree in Trees)
        {
            sum += tree.Weight * tree.Output(features);
        }

        return (float)(sum + Bias);
    }

    /// <summary>The calibrated probability that the pair is one event.</summary>
    public float Probability(ReadOnlySpan<float> features) => (float)(1 / (1 + Math.Exp((PlattSlope * Score(features)) + PlattOffset)));

    /// <summary>Reads a model in the shape <see cref="ToJson"/> writes.</summary>
    /// <exception cref="FormatException">The text is not a model, or its features are not the ones <see cref="MergePairFeatures"/> computes.</exception>
    public static MergeModel Parse(string json)
    {
        var file = RuleJson.Deserialize<ModelFile>(json, "merge model");
        var features = (file.Features ?? []).ToImmutableArray();
        if (!features.SequenceEqual(MergePairFeatures.Names, StringComparer.Ordinal))
        {
            throw new FormatException("merge model: its features are not the ones the merger computes (retrain it with train-merge)");
        }

        var trees = ImmutableArray.CreateBuilder<MergeTree>();
        foreach (var entry in file.Trees ?? [])
        {
            var tree = new MergeTree(entry.Weight, [.. entry.Feature ?? []], [.. entry.Threshold ?? []], [.. entry.Left ?? []], [.. entry.Right ?? []], [.. entry.Leaf ?? []]);
            var inner = tree.Feature.Length;
            if (tree.Threshold.Length != inner || tree.Left.Length != inner || tree.Right.Length != inner || tree.Leaf.Length != inner + 1
                || tree.Feature.Any(f => f < 0 || f >= features.Length)
                || tree.Left.Concat(tree.Right).Any(child => child >= inner || ~child > inner))
            {
                throw new FormatException($"merge model: tree {trees.Count} is malformed");
            }

            trees.Add(tree);
        }

        return new MergeModel(features, file.Bias, trees.ToImmutable(), file.PlattSlope, file.PlattOffset, file.Threshold, file.StorySimilarity, file.About ?? string.Empty);
    }

    /// <summary>The model as JSON (two-space indented, invariant culture, "\n" newlines): the same model gives the same text.</summary>
    public string ToJson()
    {
        var file = new ModelFile
        {
            About = About,
            Features = [.. Features],
            StorySimilarity = StorySimilarity,
            Threshold = Threshold,
            Bias = Bias,
            PlattSlope = PlattSlope,
            PlattOffset = PlattOffset,
            Trees = [.. Trees.Select(tree => new TreeEntry
            {
                Weight = tree.Weight,
                Feature = [.. tree.Feature],
                Threshold = [.. tree.Threshold],
                Left = [.. tree.Left],
                Right = [.. tree.Right],
                Leaf = [.. tree.Leaf],
            })],
        };
        var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var json = new JsonTextWriter(writer) { Formatting = Formatting.None, Culture = CultureInfo.InvariantCulture })
        {
            JsonSerializer.Create(new JsonSerializerSettings { Culture = CultureInfo.InvariantCulture }).Serialize(json, file);
        }

        return writer.ToString() + "\n";
    }

    private sealed class ModelFile
    {
        [JsonProperty("about")]
        public string? About { get; set; }

        [JsonProperty("features")]
        public List<string>? Features { get; set; }

        [JsonProperty("storySimilarity")]
        public double StorySimilarity { get; set; }

        [JsonProperty("threshold")]
        public double Threshold { get; set; }

        [JsonProperty("bias")]
        public double Bias { get; set; }

        [JsonProperty("plattSlope")]
        public double PlattSlope { get; set; }

        [JsonProperty("plattOffset")]
        public double PlattOffset { get; set; }

        [JsonProperty("trees")]
        public List<TreeEntry>? Trees { get; set; }
    }

    private sealed class TreeEntry
    {
        [JsonProperty("weight")]
        public double Weight { get; set; }

        [JsonProperty("feature")]
        public List<int>? Feature { get; set; }

        [JsonProperty("threshold")]
        public List<float>? Threshold { get; set; }

        [JsonProperty("left")]
        public List<int>? Left { get; set; }

        [JsonProperty("right")]
        public List<int>? Right { get; set; }

        [JsonProperty("leaf")]
        public List<double>? Leaf { get; set; }
    }
}
