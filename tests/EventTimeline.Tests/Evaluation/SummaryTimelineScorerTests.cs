using System.Globalization;

using EventTimeline.Evaluation;
using EventTimeline.Export;

namespace EventTimeline.Tests.Evaluation;

public sealed class SummaryTimelineScorerTests
{
    private static readonly SummaryTimeline Gold = Timeline(("2010-01-01", "oil spill"), ("2010-01-10", "pipe sealed"));

    // One day off on the first date, exact on the second.
    private static readonly SummaryTimeline Predicted = Timeline(("2010-01-02", "oil spill grows"), ("2010-01-10", "pipe sealed"));

    [Test]
    public void Score_DateSets_PrecisionRecallF1()
    {
        var gold = Timeline(("2010-01-01", "a"), ("2010-01-03", "b"), ("2010-01-05", "c"));
        var system = Timeline(("2010-01-01", "a"), ("2010-01-02", "b"), ("2010-01-05", "c"), ("2010-01-06", "d"));

        var score = SummaryTimelineScorer.Score(new SummaryTimelinePair("t", gold, system));

        Assert.That((score.GoldDates, score.SystemDates, score.MatchedDates), Is.EqualTo((3, 4, 2)));
        Assert.That(score.Dates.Precision, Is.EqualTo(0.5));
        Assert.That(score.Dates.Recall, Is.EqualTo(2.0 / 3).Within(1e-12));
        Assert.That(score.Dates.F1, Is.EqualTo(4.0 / 7).Within(1e-12));
    }

    [Test]
    public void Score_Concat_AllSentencesOfEachSideAsOneSummary()
    {
        var score = SummaryTimelineScorer.Score(new SummaryTimelinePair("t", Gold, Predicted));

        // oil spill grows pipe sealed / oil spill pipe sealed: 4 of 5 and 4 of 4 words; bigrams 2 of 4 and 2 of 3.
        Assert.That((score.Concat1.Precision, score.Concat1.Recall), Is.EqualTo((0.8, 1.0)));
        Assert.That(score.Concat2.Precision, Is.EqualTo(0.5));
        Assert.That(score.Concat2.Recall, Is.EqualTo(2.0 / 3).Within(1e-12));
    }

    [Test]
    public void AlignManyToOne_OneDayOff_HitsWeightedByHalf()
    {
        // Precision: 01-02 aligns to 01-01 (cost 0.5 x (1 - 0.8) = 0.1), 2 hits x 1/2; 01-10 to 01-10, 2 hits; 3 of 3 + 2 words = 0.6.
        // Recall: 01-01 to 01-02 (1 of its 2 words after weighting), 01-10 to 01-10 (2 of 2): 3 of 4 = 0.75.
        var rouge1 = SummaryTimelineScorer.AlignManyToOne(Predicted, Gold, 1);
        var rouge2 = SummaryTimelineScorer.AlignManyToOne(Predicted, Gold, 2);

        Assert.That(rouge1.Precision, Is.EqualTo(0.6).Within(1e-12));
        Assert.That(rouge1.Recall, Is.EqualTo(0.75).Within(1e-12));
        Assert.That(rouge1.F1, Is.EqualTo(2 * 0.6 * 0.75 / 1.35).Within(1e-12));
        Assert.That(rouge2.Precision, Is.EqualTo(0.5).Within(1e-12));
        Assert.That(rouge2.Recall, Is.EqualTo(0.75).Within(1e-12));
    }

    [Test]
    public void AlignManyToOne_TwoSystemDatesNearOneGoldDate_BothAlignToIt()
    {
        var gold = Timeline(("2010-01-05", "oil spill"));
        var system = Timeline(("2010-01-04", "oil"), ("2010-01-06", "spill"));

        // Each system date is one day off: 1 hit x 1/2 each, of 2 system words; recall aligns the gold date to the earlier tie: 0.5 of 2.
        var rouge1 = SummaryTimelineScorer.AlignManyToOne(system, gold, 1);

        Assert.That(rouge1.Precision, Is.EqualTo(0.5).Within(1e-12));
        Assert.That(rouge1.Recall, Is.EqualTo(0.25).Within(1e-12));
    }

    [Test]
    public void ApproximateRouge1_WhitespaceTokensCaseKept()
    {
        Assert.That(SummaryTimelineScorer.ApproximateRouge1(["oil spill grows"], ["oil spill"]), Is.EqualTo(0.8).Within(1e-12));
        Assert.That(SummaryTimelineScorer.ApproximateRouge1(["Oil"], ["oil"]), Is.EqualTo(0));
    }

    [Test]
    public void Score_Average_MeanPrecisionAndMeanRecallThenF1()
    {
        var first = new SummaryTimelinePair("a", Timeline(("2010-01-01", "x"), ("2010-01-02", "y")), Timeline(("2010-01-01", "x")));
        var second = new SummaryTimelinePair("b", Timeline(("2010-01-01", "x")), Timeline(("2010-01-01", "x"), ("2010-01-02", "y")));

        var scores = SummaryTimelineScorer.Score([first, second]);

        // (P, R) = (1, 0.5) and (0.5, 1): means 0.75 and 0.75 give F1 0.75, where the mean of the two F1s would be 2/3.
        Assert.That((scores.Dates.Precision, scores.Dates.Recall, scores.Dates.F1), Is.EqualTo((0.75, 0.75, 0.75)));
    }

    [Test]
    public void Score_NoSystemTimeline_ZeroAndListedAsMissing()
    {
        var scores = SummaryTimelineScorer.Score([new SummaryTimelinePair("a", Gold, null)]);

        Assert.That(scores.MissingSystem, Is.EqualTo(new[] { "a" }));
        Assert.That((scores.Dates.F1, scores.Concat1.F1, scores.Align1.F1, scores.Align2.F1), Is.EqualTo((0.0, 0.0, 0.0, 0.0)));
    }

    private static SummaryTimeline Timeline(params (string Date, string Sentence)[] dates) =>
        new([.. dates.Select(d => new SummaryTimelineDate(DateOnly.ParseExact(d.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture), [d.Sentence]))]);
}
