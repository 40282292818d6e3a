using EventTimeline.Evaluation;

namespace EventTimeline.Tests.Evaluation;

public sealed class CorefScorerTests
{
    private static readonly string _folder = Path.Combine(AppContext.BaseDirectory, "data", "coref");

    // Expected numerators and denominators are those the reference scorer 8.01 prints for these files
    // (perl scorer.pl muc|bcub|ceafe key.conll response.conll none).
    [Test]
    public void Score_HandMadeFiles_AgreesWithReferenceScorer()
    {
        var key = CorefConll.Read(File.ReadAllText(Path.Combine(_folder, "key.conll")), "key.conll");
        var response = CorefConll.Read(File.ReadAllText(Path.Combine(_folder, "response.conll")), "response.conll");

        var scores = CorefScorer.Score(key, response);

        Assert.That(Parts(scores.Muc), Is.EqualTo(new[] { 3, 5, 3, 7 }).Within(1e-9));
        Assert.That(Parts(scores.BCubed), Is.EqualTo(new[] { 8, 11, 6.66666666666667, 12 }).Within(1e-9));
        Assert.That(Parts(scores.CeafE), Is.EqualTo(new[] { 2.8, 6, 2.8, 5 }).Within(1e-9));
        Assert.That(scores.Muc.F1, Is.EqualTo(0.5).Within(1e-9));
        Assert.That(scores.ConllF1, Is.EqualTo((scores.Muc.F1 + scores.BCubed.F1 + scores.CeafE.F1) / 3).Within(1e-12));
        Assert.That((scores.KeyMentions, scores.ResponseMentions, scores.MatchedMentions), Is.EqualTo((11, 12, 10)));
    }

    [Test]
    public void Score_ResponseEqualToKey_IsPerfect()
    {
        var key = CorefConll.Read(File.ReadAllText(Path.Combine(_folder, "key.conll")), "key.conll");

        var scores = CorefScorer.Score(key, key);

        Assert.That(new[] { scores.Muc.F1, scores.BCubed.F1, scores.CeafE.F1, scores.ConllF1 }, Is.All.EqualTo(1.0).Within(1e-12));
    }

    [Test]
    public void Score_AllSingletonsAgainstOneChain_HasNoMucLinksAndFullBCubedPrecision()
    {
        IReadOnlyList<IReadOnlyList<(int, int)>> key = [[(0, 0), (1, 1), (2, 2)]];
        IReadOnlyList<IReadOnlyList<(int, int)>> response = [[(0, 0)], [(1, 1)], [(2, 2)]];

        var scores = CorefScorer.Score(key, response);

        Assert.That(scores.Muc.RecallNumerator, Is.Zero);
        Assert.That(scores.BCubed.Precision, Is.EqualTo(1.0).Within(1e-12));
        Assert.That(scores.BCubed.Recall, Is.EqualTo(1.0 / 3).Within(1e-12));
        Assert.That(scores.CeafE.RecallNumerator, Is.EqualTo(0.5).Within(1e-12));
    }

    private static double[] Parts(CorefMetric metric) =>
        [metric.RecallNumerator, metric.RecallDenominator, metric.PrecisionNumerator, metric.PrecisionDenominator];
}
