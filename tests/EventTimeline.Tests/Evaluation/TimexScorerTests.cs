using EventTimeline.Documents;
using EventTimeline.Evaluation;

namespace EventTimeline.Tests.Evaluation;

public sealed class TimexScorerTests
{
    private const string Text = "On Monday the firm said profits rose in the last week of 1998 and will rise next year, Sunday night.";
    private const double Tolerance = 1e-12;

    [Test]
    public void Score_ExactMatch_AllOne()
    {
        var scores = ScoreOne([T("Monday", "DATE", "1999-01-04")], [T("Monday", "DATE", "1999-01-04")]);

        AssertFigures(scores.Strict, 1, 1, 1);
        AssertFigures(scores.Relaxed, 1, 1, 1);
        Assert.That(scores.TypeF1, Is.EqualTo(1));
        Assert.That(scores.ValueF1, Is.EqualTo(1));
        Assert.That(scores.Disagreements, Is.Empty);
    }

    [Test]
    public void Score_OverlappingExtent_RelaxedButNotStrict()
    {
        var scores = ScoreOne([T("the last week", "DATE", "1998-W52")], [T("last week", "DATE", "1998-W52")]);

        AssertFigures(scores.Strict, 0, 0, 0);
        AssertFigures(scores.Relaxed, 1, 1, 1);
        Assert.That(scores.ValueF1, Is.EqualTo(1));
        Assert.That(scores.Disagreements.Single().Kind, Is.EqualTo(TimexDisagreementKind.Extent));
    }

    [Test]
    public void Score_MissingTimex_LowersRecallOnly()
    {
        var scores = ScoreOne(
            [T("Monday", "DATE", "1999-01-04"), T("1998", "DATE", "1998")],
            [T("Monday", "DATE", "1999-01-04")]);

        AssertFigures(scores.Strict, 1, 0.5, 2.0 / 3);
        AssertFigures(scores.Relaxed, 1, 0.5, 2.0 / 3);
        Assert.That(scores.ValueF1, Is.EqualTo(2.0 / 3).Within(Tolerance));
        Assert.That(scores.Disagreements.Single().Kind, Is.EqualTo(TimexDisagreementKind.Missed));
        Assert.That(scores.Disagreements.Single().Gold!.Text, Is.EqualTo("1998"));
    }

    [Test]
    public void Score_SpuriousTimex_LowersPrecisionOnly()
    {
        var scores = ScoreOne(
            [T("Monday", "DATE", "1999-01-04")],
            [T("Monday", "DATE", "1999-01-04"), T("firm", "DATE", "XXXX"), T("profits", "DATE", "XXXX")]);

        AssertFigures(scores.Strict, 1.0 / 3, 1, 0.5);
        AssertFigures(scores.Relaxed, 1.0 / 3, 1, 0.5);
        Assert.That(scores.TypeF1, Is.EqualTo(0.5).Within(Tolerance));
        Assert.That(scores.Disagreements.Select(d => d.Kind), Is.EqualTo(new[] { TimexDisagreementKind.Spurious, TimexDisagreementKind.Spurious }));
    }

    [Test]
    public void Score_WrongValue_ValueF1IsRelaxedF1TimesAccuracy()
    {
        var scores = ScoreOne(
            [T("Monday", "DATE", "1999-01-04"), T("next year", "DATE", "1999")],
            [T("Monday", "DATE", "1999-01-04"), T("next year", "DATE", "2000")]);

        AssertFigures(scores.Relaxed, 1, 1, 1);
        Assert.That(scores.ValueAccuracy, Is.EqualTo(0.5));
        Assert.That(scores.ValueF1, Is.EqualTo(0.5));
        Assert.That(scores.TypeF1, Is.EqualTo(1));
        Assert.That(scores.Disagreements.Single().Kind, Is.EqualTo(TimexDisagreementKind.Value));
    }

    [Test]
    public void Score_WrongType_TypeF1Lowered()
    {
        var scores = ScoreOne(
            [T("Monday", "DATE", "1999-01-04"), T("1998", "DATE", "1998"), T("next year", "DATE", "1999")],
            [T("Monday", "DATE", "1999-01-04"), T("1998", "DATE", "1998"), T("next year", "DURATION", "1999")]);

        Assert.That(scores.TypeAccuracy, Is.EqualTo(2.0 / 3).Within(Tolerance));
        Assert.That(scores.TypeF1, Is.EqualTo(2.0 / 3).Within(Tolerance));
        Assert.That(scores.ValueF1, Is.EqualTo(1));
    }

    [Test]
    public void Score_MixedErrors_ExactFigures()
    {
        // gold 4, system 4: one exact, one overlapping, one missed, one exact with wrong type and value, one spurious.
        var scores = ScoreOne(
            [T("Monday", "DATE", "1999-01-04"), T("the last week", "DATE", "1998-W52"), T("1998", "DATE", "1998"), T("next year", "DATE", "1999")],
            [T("Monday", "DATE", "1999-01-04"), T("last week", "DATE", "1998-W52"), T("next year", "DURATION", "P1Y"), T("firm", "DATE", "XXXX")]);

        Assert.That((scores.GoldCount, scores.SystemCount, scores.StrictMatches, scores.RelaxedMatches), Is.EqualTo((4, 4, 2, 3)));
        AssertFigures(scores.Strict, 0.5, 0.5, 0.5);
        AssertFigures(scores.Relaxed, 0.75, 0.75, 0.75);
        Assert.That(scores.TypeF1, Is.EqualTo(0.5).Within(Tolerance));
        Assert.That(scores.ValueF1, Is.EqualTo(0.5).Within(Tolerance));
    }

    [Test]
    public void Score_OneSystemTagOverTwoGold_PairsOnlyOnce()
    {
        var scores = ScoreOne(
            [T("Sunday", "DATE", "1999-01-03"), T("night", "TIME", "1999-01-03TNI")],
            [T("Sunday night", "TIME", "1999-01-03TNI")]);

        AssertFigures(scores.Relaxed, 1, 0.5, 2.0 / 3);
        AssertFigures(scores.Strict, 0, 0, 0);
        Assert.That(scores.Disagreements.Count(d => d.Kind == TimexDisagreementKind.Missed), Is.EqualTo(1));
    }

    [Test]
    public void Score_SeveralDocuments_MicroAveraged()
    {
        var first = Pair("a", [T("Monday", "DATE", "1"), T("1998", "DATE", "2"), T("next year", "DATE", "3")], [T("Monday", "DATE", "1")]);
        var second = Pair("b", [T("Monday", "DATE", "1")], [T("Monday", "DATE", "1"), T("firm", "DATE", "x"), T("profits", "DATE", "x")]);

        var scores = TimexScorer.Score([first, second]);

        // Micro: 2 matches of 4 system and 4 gold tags; a macro average would give P = (1 + 1/3) / 2.
        AssertFigures(scores.Relaxed, 0.5, 0.5, 0.5);
        Assert.That(scores.Documents, Is.EqualTo(2));
    }

    [Test]
    public void Score_MissingSystemDocument_AllMissedAndReported()
    {
        var gold = Document([T("Monday", "DATE", "1"), T("1998", "DATE", "2")]);
        var other = Pair("a", [T("Monday", "DATE", "1")], [T("Monday", "DATE", "1")]);

        var scores = TimexScorer.Score([other, new TimexDocumentPair("b", gold, null)]);

        AssertFigures(scores.Relaxed, 1, 1.0 / 3, 0.5);
        Assert.That(scores.MissingSystem, Is.EqualTo(new[] { "b" }));
    }

    [Test]
    public void Score_SystemTextDiffers_ScoredAsMissingAndReported()
    {
        var gold = Document([T("Monday", "DATE", "1")]);
        var system = gold with { Text = gold.Text + " extra" };

        var scores = TimexScorer.Score([new TimexDocumentPair("a", gold, system)]);

        Assert.That(scores.TextMismatch, Is.EqualTo(new[] { "a" }));
        Assert.That((scores.GoldCount, scores.SystemCount, scores.RelaxedMatches), Is.EqualTo((1, 0, 0)));
    }

    [Test]
    public void Score_NothingToFindNothingFound_AllOne()
    {
        var scores = ScoreOne([], []);

        AssertFigures(scores.Relaxed, 1, 1, 1);
        Assert.That(scores.ValueF1, Is.EqualTo(1));
    }

    private static TimexScores ScoreOne(GoldTimex[] gold, GoldTimex[] system) =>
        TimexScorer.Score([Pair("doc", gold, system)]);

    private static TimexDocumentPair Pair(string name, GoldTimex[] gold, GoldTimex[] system) =>
        new(name, Document(gold), Document(system));

    private static TimeMlDocument Document(GoldTimex[] timexes) =>
        new("doc", new DateOnly(1999, 1, 5), "1999-01-05", Text, timexes);

    private static GoldTimex T(string words, string type, string value)
    {
        var start = Text.IndexOf(words, StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), words);
        return new GoldTimex("t", start, words.Length, words, type, value);
    }

    private static void AssertFigures(PrecisionRecall figures, double precision, double recall, double f1)
    {
        Assert.That(figures.Precision, Is.EqualTo(precision).Within(Tolerance), "precision");
        Assert.That(figures.Recall, Is.EqualTo(recall).Within(Tolerance), "recall");
        Assert.That(figures.F1, Is.EqualTo(f1).Within(Tolerance), "F1");
    }
}
