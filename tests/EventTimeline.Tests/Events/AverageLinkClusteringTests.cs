using EventTimeline.Events;

namespace EventTimeline.Tests.Events;

public sealed class AverageLinkClusteringTests
{
    [Test]
    public void Cluster_TwoTightPairsFarApart_GivesTwoGroupsInFirstMemberOrder()
    {
        // Items 0 and 2 are close, 1 and 3 are close, the pairs are far apart.
        double[,] near = { { 0, 0.1, 0.9, 0.1 }, { 0.1, 0, 0.2, 0.8 }, { 0.9, 0.2, 0, 0.1 }, { 0.1, 0.8, 0.1, 0 } };

        var groups = AverageLinkClustering.Cluster(4, Flatten(near), threshold: 0.5);

        Assert.That(groups, Is.EqualTo(new[] { new[] { 0, 2 }, new[] { 1, 3 } }));
    }

    [Test]
    public void Cluster_MeanBelowThreshold_KeepsGroupsApartThoughOnePairIsClose()
    {
        // 0–1 join first (0.9); 2 is close to 1 (0.6) but not to 0 (0.1): the mean 0.35 stays under 0.5.
        double[,] near = { { 0, 0.9, 0.1 }, { 0.9, 0, 0.6 }, { 0.1, 0.6, 0 } };

        var groups = AverageLinkClustering.Cluster(3, Flatten(near), threshold: 0.5);

        Assert.That(groups, Is.EqualTo(new[] { new[] { 0, 1 }, new[] { 2 } }));
    }

    [Test]
    public void Cluster_WrongNumberOfSimilarities_Throws()
    {
        Assert.That(() => AverageLinkClustering.Cluster(3, new double[4], 0.5), Throws.ArgumentException);
    }

    private static double[] Flatten(double[,] matrix) => [.. matrix.Cast<double>()];
}
