using EventTimeline.Events;

namespace EventTimeline.Tests.Events;

public sealed class MergeModelTests
{
    [Test]
    public void BuiltIn_EmbeddedModel_ReadsWithTheMergerFeaturesAndATunedThreshold()
    {
        var model = MergeModel.BuiltIn;

        Assert.That(model.Features, Is.EqualTo(MergePairFeatures.Names));
        Assert.That(model.Trees, Is.Not.Empty);
        Assert.That(model.Threshold, Is.InRange(0.05, 0.95));
        Assert.That(model.About, Does.Contain("train-merge"));
    }

    [Test]
    public void Probability_SameWordSameDocumentsAgainstOtherWordOtherDocuments_RanksTheFirstHigher()
    {
        var model = MergeModel.BuiltIn;
        var same = Features(sameStem: 1, cosine: 0.6f);
        var other = Features(sameStem: 0, cosine: 0.02f);

        Assert.That(model.Probability(same), Is.GreaterThan(model.Probability(other)));
    }

    [Test]
    public void Parse_FeaturesOfAnotherVersion_Throws()
    {
        const string Json = """{"about":"","features":["sameStem"],"storySimilarity":0.15,"threshold":0.4,"bias":0,"plattSlope":-1,"plattOffset":0,"trees":[]}""";

        Assert.That(() => MergeModel.Parse(Json), Throws.InstanceOf<FormatException>().With.Message.Contains("retrain"));
    }

    [Test]
    public void Parse_ChildPointingOutsideTheTree_Throws()
    {
        var names = string.Join(",", MergePairFeatures.Names.Select(n => "\"" + n + "\""));
        var json = "{\"about\":\"\",\"features\":[" + names + "],\"storySimilarity\":0.15,\"threshold\":0.4,\"bias\":0,\"plattSlope\":-1,\"plattOffset\":0,"
            + "\"trees\":[{\"weight\":1,\"feature\":[0],\"threshold\":[0.5],\"left\":[5],\"right\":[-2],\"leaf\":[0.1,0.2]}]}";

        Assert.That(() => MergeModel.Parse(json), Throws.InstanceOf<FormatException>().With.Message.Contains("malformed"));
    }

    [Test]
    public void Score_OneStump_TakesTheLeafOfTheSplit()
    {
        var tree = new MergeTree(2, [0], [0.5f], [~0], [~1], [1.0, 3.0]);
        var model = new MergeModel(MergePairFeatures.Names, 0.5, [tree], -1, 0, 0.4, 0.15, string.Empty);
        var low = new float[MergePairFeatures.Names.Length];
        var high = new float[MergePairFeatures.Names.Length];
        high[0] = 1;

        Assert.That(model.Score(low), Is.EqualTo(2.5f));
        Assert.That(model.Score(high), Is.EqualTo(6.5f));
        Assert.That(model.Probability(high), Is.EqualTo((float)(1 / (1 + Math.Exp(-6.5)))).Within(1e-6));
    }

    private static float[] Features(float sameStem, float cosine)
    {
        var row = new float[MergePairFeatures.Names.Length];
        row[MergePairFeatures.Names.IndexOf("sameStem")] = sameStem;
        row[MergePairFeatures.Names.IndexOf("sameTrigger")] = sameStem;
        row[MergePairFeatures.Names.IndexOf("triggerTrigramDice")] = sameStem;
        row[MergePairFeatures.Names.IndexOf("documentCosine")] = cosine;
        row[MergePairFeatures.Names.IndexOf("sentenceDistance")] = -1;
        row[MergePairFeatures.Names.IndexOf("samePlace")] = -1;
        row[MergePairFeatures.Names.IndexOf("datesOverlap")] = -1;
        row[MergePairFeatures.Names.IndexOf("dateGapDays")] = -1;
        row[MergePairFeatures.Names.IndexOf("publishedGapDays")] = -1;
        row[MergePairFeatures.Names.IndexOf("sameStatus")] = 1;
        row[MergePairFeatures.Names.IndexOf("shorterTrigger")] = 6;
        return row;
    }
}
