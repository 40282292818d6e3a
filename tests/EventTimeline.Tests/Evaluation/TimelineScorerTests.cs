using EventTimeline.Evaluation;

namespace EventTimeline.Tests.Evaluation;

public sealed class TimelineScorerTests
{
    // a, b, c on three days: relations a~t1, b~t2, c~t3, a<b, b<c (5, none redundant).
    private const string ThreeDays =
        "E\n" +
        "1\t2010-01-01\td-1-a\n" +
        "2\t2010-01-02\td-1-b\n" +
        "3\t2010-01-03\td-1-c\n";

    private static IEnumerable<TestCaseData> GoldSystemPairs()
    {
        yield return new TestCaseData(ThreeDays, ThreeDays, 5, 5, 5, 5).SetName("Score_Identical_AllVerified");

        // b and c swapped: only a~t1 and a<c (P), a~t1 and a<b (R) survive.
        yield return new TestCaseData(
            ThreeDays,
            "E\n1\t2010-01-01\td-1-a\n2\t2010-01-02\td-1-c\n3\t2010-01-03\td-1-b\n",
            2, 5, 2, 5).SetName("Score_TwoEventsSwapped_TwoOfFiveEachWay");

        // c missing: everything the system says holds; c~t3 and b<c are not found.
        yield return new TestCaseData(
            ThreeDays,
            "E\n1\t2010-01-01\td-1-a\n2\t2010-01-02\td-1-b\n",
            3, 3, 3, 5).SetName("Score_OneEventMissing_RecallThreeOfFive");

        // An extra event d after c: d~t4 and c<d cannot be verified.
        yield return new TestCaseData(
            ThreeDays,
            ThreeDays + "4\t2010-01-04\td-1-d\n",
            5, 7, 5, 5).SetName("Score_OneEventExtra_PrecisionFiveOfSeven");

        // Gold a = b (same ordinal, same day): a=b is entailed through t1, so the reduced gold has 4 relations. The system splits
        // them on the same day: its a<b contradicts a~t1, b~t1 and is kept as a violation, which gold does not verify.
        yield return new TestCaseData(
            "E\n1\t2010-01-01\td-1-a\n1\t2010-01-01\td-1-b\n2\t2010-01-02\td-1-c\n",
            "E\n1\t2010-01-01\td-1-a\n2\t2010-01-01\td-1-b\n3\t2010-01-02\td-1-c\n",
            4, 5, 4, 4).SetName("Score_SimultaneousSplitSameDay_ViolationCostsPrecision");

        // The system merges a and b, which gold orders on different days: a SIMULTANEOUS b against gold a<b, both ways.
        yield return new TestCaseData(
            ThreeDays,
            "E\n1\t2010-01-01\td-1-a\n1\t2010-01-02\td-1-b\n2\t2010-01-03\td-1-c\n",
            4, 5, 4, 5).SetName("Score_OrderedEventsMerged_FourOfFiveEachWay");

        // Ordinal 0 takes no part: the gold has a~t1, b~t2, a<b; the system places z last, undated (z~tX, b<z unverified).
        yield return new TestCaseData(
            "E\n0\tXXXX-XX-XX\td-1-z\n1\t2010-01-01\td-1-a\n2\t2010-01-02\td-1-b\n",
            "E\n1\t2010-01-01\td-1-a\n2\t2010-01-02\td-1-b\n3\tXXXX-XX-XX\td-1-z\n",
            3, 5, 3, 3).SetName("Score_UnorderedGoldEventPlacedBySystem_CostsPrecisionOnly");

        yield return new TestCaseData(
            "E\n0\tXXXX-XX-XX\td-1-z\n1\t2010-01-01\td-1-a\n2\t2010-01-02\td-1-b\n",
            "E\n1\t2010-01-01\td-1-a\n2\t2010-01-02\td-1-b\n0\tXXXX-XX-XX\td-1-y\n",
            3, 3, 3, 3).SetName("Score_UnorderedEventsDiffer_NoEffect");

        // Ordinals compare as numbers, lines are read in natural order: "9" comes before "10".
        yield return new TestCaseData(
            "E\n10\t2010-01-02\td-1-b\n9\t2010-01-01\td-1-a\n",
            "E\n1\t2010-01-01\td-1-a\n2\t2010-01-02\td-1-b\n",
            3, 3, 3, 3).SetName("Score_OrdinalsNineAndTen_ReadInNumericOrder");

        // The same mention twice: the second one is a new event, not gold's.
        yield return new TestCaseData(
            ThreeDays,
            "E\n1\t2010-01-01\td-1-a\n2\t2010-01-02\td-1-b\n3\t2010-01-03\td-1-a\n",
            3, 5, 3, 5).SetName("Score_MentionRepeated_SecondIsNotGold");

        // Coreferent mentions on one line are simultaneous events: b2 is verified through b = t2.
        yield return new TestCaseData(
            "E\n1\t2010-01-01\td-1-a\n2\t2010-01-02\td-1-b\td-2-b2\n",
            "E\n1\t2010-01-01\td-1-a\n2\t2010-01-02\td-1-b\n2\t2010-01-02\td-2-b2\n",
            4, 4, 4, 4).SetName("Score_CoreferentMentionsOnOneLineOrTwo_Same");
    }

    [TestCaseSource(nameof(GoldSystemPairs))]
    public void Score_HandMadePair_ExactCounts(string gold, string system, int precisionMatches, int systemRelations, int recallMatches, int goldRelations)
    {
        var scores = Score(gold, system);

        var entity = scores.Entities.Single();
        Assert.That(
            (entity.PrecisionMatches, entity.SystemRelations, entity.RecallMatches, entity.GoldRelations),
            Is.EqualTo((precisionMatches, systemRelations, recallMatches, goldRelations)));
        var precision = (double)precisionMatches / systemRelations;
        var recall = (double)recallMatches / goldRelations;
        Assert.That(entity.Scores.Precision, Is.EqualTo(precision).Within(1e-12));
        Assert.That(entity.Scores.Recall, Is.EqualTo(recall).Within(1e-12));
        Assert.That(entity.Scores.F1, Is.EqualTo(2 * precision * recall / (precision + recall)).Within(1e-12));
    }

    [Test]
    public void Score_SwappedEvents_F1IsFortyPercent()
    {
        var scores = Score(ThreeDays, "E\n1\t2010-01-01\td-1-a\n2\t2010-01-02\td-1-c\n3\t2010-01-03\td-1-b\n");

        Assert.That(scores.Micro.F1, Is.EqualTo(0.4).Within(1e-12));
    }

    [Test]
    public void Score_SplitSameDay_SystemViolationCounted()
    {
        var scores = Score(
            "E\n1\t2010-01-01\td-1-a\n1\t2010-01-01\td-1-b\n2\t2010-01-02\td-1-c\n",
            "E\n1\t2010-01-01\td-1-a\n2\t2010-01-01\td-1-b\n3\t2010-01-02\td-1-c\n");

        Assert.That(scores.Entities[0].SystemViolations, Is.EqualTo(1));
        Assert.That(scores.Micro.F1, Is.EqualTo(8.0 / 9).Within(1e-12));
    }

    [Test]
    public void Score_OrderingOnly_TimeAnchorsLeftOut()
    {
        var scores = Score(
            "E\n1\t2010-01-01\td-1-a\n1\t2010-01-01\td-1-b\n2\t2010-01-02\td-1-c\n",
            "E\n1\tZZZZ\td-1-a\n2\tZZZZ\td-1-b\n3\tZZZZ\td-1-c\n",
            orderingOnly: true);

        // Gold: a SIMULTANEOUS b, b BEFORE c. System: a BEFORE b, b BEFORE c.
        var entity = scores.Entities.Single();
        Assert.That((entity.PrecisionMatches, entity.SystemRelations, entity.RecallMatches, entity.GoldRelations), Is.EqualTo((1, 2, 1, 2)));
        Assert.That(scores.OrderingOnly, Is.True);
    }

    [Test]
    public void Score_UndatedOrderedEventsShareOneTimeNode_GoldAgainstItselfStillOne()
    {
        // As in the task's scorer, "XXXX-XX-XX" is one time node: a = c through it contradicts a < b < c, and b<c is kept as a violation.
        const string gold = "E\n1\tXXXX-XX-XX\td-1-a\n2\t2010-01-01\td-1-b\n3\tXXXX-XX-XX\td-1-c\n";

        var entity = Score(gold, gold).Entities.Single();

        Assert.That((entity.GoldRelations, entity.GoldViolations), Is.EqualTo((5, 1)));
        Assert.That(entity.Scores, Is.EqualTo(new PrecisionRecall(1, 1, 1)));
    }

    [Test]
    public void Score_MissingSystem_EmptyTimelineWithGoldRelationsCounted()
    {
        var gold = TimelineFormat.Read(ThreeDays, "three.txt");

        var scores = TimelineScorer.Score([new TimelinePair("three.txt", gold, null)]);

        Assert.That(scores.MissingSystem, Is.EqualTo(new[] { "three.txt" }));
        Assert.That(scores.Entities[0].SystemMissing, Is.True);
        Assert.That((scores.GoldRelations, scores.SystemRelations), Is.EqualTo((5, 0)));
        Assert.That(scores.Micro, Is.EqualTo(new PrecisionRecall(0, 0, 0)));
    }

    [Test]
    public void Score_TwoEntities_MicroAverageOfSummedCounts()
    {
        var scores = TimelineScorer.Score(
        [
            Pair("missing.txt", ThreeDays, "E\n1\t2010-01-01\td-1-a\n2\t2010-01-02\td-1-b\n"),
            Pair("extra.txt", ThreeDays, ThreeDays + "4\t2010-01-04\td-1-d\n"),
        ]);

        Assert.That(scores.Entities.Select(e => e.Name), Is.EqualTo(new[] { "extra.txt", "missing.txt" }));
        Assert.That((scores.PrecisionMatches, scores.SystemRelations, scores.RecallMatches, scores.GoldRelations), Is.EqualTo((8, 10, 8, 10)));
        Assert.That(scores.Micro.Precision, Is.EqualTo(0.8).Within(1e-12));
        Assert.That(scores.Micro.Recall, Is.EqualTo(0.8).Within(1e-12));
        Assert.That(scores.Micro.F1, Is.EqualTo(0.8).Within(1e-12));
    }

    [Test]
    public void Score_MentionCounts_OnOrderedLinesOnly()
    {
        var entity = Score(
            "E\n0\tXXXX-XX-XX\td-1-z\n" + ThreeDays[2..],
            "E\n1\t2010-01-01\td-1-a\td-1-z\n2\t2010-01-02\td-1-x\n").Entities.Single();

        Assert.That((entity.GoldMentions, entity.SystemMentions, entity.MatchedMentions), Is.EqualTo((3, 3, 1)));
    }

    [Test]
    public void Score_TrialGoldAgainstItself_EveryTimelineIsOne()
    {
        var pairs = SemEvalData.GoldTimelines().Select(g => new TimelinePair(g.Name, g.Timeline, g.Timeline)).ToList();

        var scores = TimelineScorer.Score(pairs);

        Assert.That(scores.Entities, Has.Count.EqualTo(6));
        Assert.That(scores.Entities.Select(e => e.Scores), Is.All.EqualTo(new PrecisionRecall(1, 1, 1)));
        Assert.That(scores.Micro, Is.EqualTo(new PrecisionRecall(1, 1, 1)));
        Assert.That(scores.GoldRelations, Is.EqualTo(235));
    }

    [Test]
    public void Score_TrialGoldAgainstItselfOrderingOnly_IsOne()
    {
        var pairs = SemEvalData.GoldTimelines().Select(g => new TimelinePair(g.Name, g.Timeline, g.Timeline)).ToList();

        var scores = TimelineScorer.Score(pairs, orderingOnly: true);

        Assert.That(scores.Micro, Is.EqualTo(new PrecisionRecall(1, 1, 1)));
    }

    [Test]
    public void Score_TrialGoldShuffledLines_SameScoreAsSorted()
    {
        var pairs = SemEvalData.GoldTimelines()
            .Select(g => new TimelinePair(g.Name, g.Timeline, g.Timeline with { Entries = g.Timeline.Entries.Reverse().ToList() }))
            .ToList();

        Assert.That(TimelineScorer.Score(pairs).Micro, Is.EqualTo(new PrecisionRecall(1, 1, 1)));
    }

    private static TimelinePair Pair(string name, string gold, string system) =>
        new(name, TimelineFormat.Read(gold, name + " (gold)"), TimelineFormat.Read(system, name + " (system)"));

    private static TimelineScores Score(string gold, string system, bool orderingOnly = false) =>
        TimelineScorer.Score([Pair("e.txt", gold, system)], orderingOnly);
}
