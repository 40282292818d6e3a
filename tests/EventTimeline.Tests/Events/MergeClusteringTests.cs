using EventTimeline.Events;

namespace EventTimeline.Tests.Events;

public sealed class MergeClusteringTests
{
    [Test]
    public void Link_TwoTightPairsWeaklyJoined_KeepsTwoGroups()
    {
        // 0–1 and 2–3 are likely one event each; across them the mean probability stays below the threshold.
        float[] scores =
        [
            0, 0.9f, 0.2f, 0.1f,
            0.9f, 0, 0.3f, 0.2f,
            0.2f, 0.3f, 0, 0.8f,
            0.1f, 0.2f, 0.8f, 0,
        ];

        var groups = MergeClustering.Link([10, 11, 12, 13], scores, 0.5);

        Assert.That(groups.Select(g => g.Order().ToArray()).OrderBy(g => g[0]), Is.EqualTo(new[] { new[] { 10, 11 }, new[] { 12, 13 } }));
    }

    [Test]
    public void Link_MeanAboveThreshold_JoinsAll()
    {
        float[] scores =
        [
            0, 0.9f, 0.6f,
            0.9f, 0, 0.6f,
            0.6f, 0.6f, 0,
        ];

        var groups = MergeClustering.Link([0, 1, 2], scores, 0.5);

        Assert.That(groups, Has.Count.EqualTo(1));
    }

    [Test]
    public void Link_SingleLinkWouldChainButAverageDoesNot_KeepsTheFarMentionApart()
    {
        // 2 is close to 1 only: with 0–1 joined first, its mean to the group is (0.1 + 0.6) / 2 = 0.35.
        float[] scores =
        [
            0, 0.9f, 0.1f,
            0.9f, 0, 0.6f,
            0.1f, 0.6f, 0,
        ];

        var groups = MergeClustering.Link([0, 1, 2], scores, 0.5);

        Assert.That(groups, Has.Count.EqualTo(2));
    }
}
