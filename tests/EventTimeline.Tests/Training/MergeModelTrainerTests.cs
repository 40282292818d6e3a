using EventTimeline.Training;
using EventTimeline.Events;

namespace EventTimeline.Tests.Training;

public sealed class MergeModelTrainerTests
{
    [Test]
    public void TrainAndPredict_ExportedTrees_PredictAsMicrosoftMl()
    {
        var (features, labels) = Pairs(600, seed: 7);
        var (probe, _) = Pairs(200, seed: 11);

        var (model, expected) = MergeModelTrainer.TrainAndPredict(features, labels, new MergeTreeSettings(20, 8, 5, 0.2), probe);

        Assert.That(model.Trees, Has.Length.EqualTo(20));
        var actual = probe.Select(row => model.Probability(row)).ToArray();
        Assert.That(actual, Is.EqualTo(expected).Within(1e-5));
        Assert.That(expected.Distinct().Count(), Is.GreaterThan(10), "the probe must reach many leaves, or the comparison proves little");
    }

    [Test]
    public void Train_SamePairsTwice_GivesTheSameModelText()
    {
        var (features, labels) = Pairs(400, seed: 3);
        var settings = new MergeTreeSettings(10, 8, 5, 0.2);

        var first = MergeModelTrainer.Train(features, labels, settings, 0.4, 0.15, "test").ToJson();
        var second = MergeModelTrainer.Train(features, labels, settings, 0.4, 0.15, "test").ToJson();

        Assert.That(second, Is.EqualTo(first));
        Assert.That(MergeModel.Parse(first).ToJson(), Is.EqualTo(first));
    }

    // Pairs whose label depends on a few features with noise (a fixed generator: the test data are the same every run).
    private static (List<float[]> Features, List<bool> Labels) Pairs(int count, int seed)
    {
        var random = new Random(seed);
        var features = new List<float[]>();
        var labels = new List<bool>();
        for (var i = 0; i < count; i++)
        {
            var row = new float[MergePairFeatures.Names.Length];
            for (var k = 0; k < row.Length; k++)
            {
                row[k] = k % 3 == 0 ? random.Next(2) : (float)random.NextDouble();
            }

            features.Add(row);
            labels.Add((row[0] > 0.5f && row[6] > 0.3f) || random.NextDouble() < 0.1);
        }

        return (features, labels);
    }
}
