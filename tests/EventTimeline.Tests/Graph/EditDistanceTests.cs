using EventTimeline.Graph;

namespace EventTimeline.Tests.Graph;

public sealed class EditDistanceTests
{
    [TestCase("", "", 0)]
    [TestCase("abc", "", 3)]
    [TestCase("kitten", "sitting", 3)]
    [TestCase("orlov", "orlof", 1)]
    [TestCase("flaw", "lawn", 2)]
    public void Levenshtein_Pairs_GivesDistance(string a, string b, int expected)
    {
        Assert.Multiple(() =>
        {
            Assert.That(EditDistance.Levenshtein(a, b), Is.EqualTo(expected));
            Assert.That(EditDistance.Levenshtein(b, a), Is.EqualTo(expected));
        });
    }

    [Test]
    public void WordSimilarity_QueryWordsInName_IsOne()
    {
        Assert.That(EditDistance.WordSimilarity(["orlov"], ["andrey", "orlov"]), Is.EqualTo(1.0));
    }
}
