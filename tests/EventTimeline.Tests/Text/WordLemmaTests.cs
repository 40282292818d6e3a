using EventTimeline.Text;

namespace EventTimeline.Tests.Text;

public sealed class WordLemmaTests
{
    [TestCase("fell", "falling")]
    [TestCase("fled", "flee")]
    [TestCase("Shot", "shooting")]
    [TestCase("won", "wins")]
    [TestCase("hosted", "hosting")]
    [TestCase("died", "die")]
    [TestCase("dying", "dies")]
    [TestCase("tied", "tie")]
    public void Of_FormsOfOneVerb_AreEqual(string a, string b) =>
        Assert.That(WordLemma.Of(a), Is.EqualTo(WordLemma.Of(b)));

    [TestCase("fell", "fill")]
    [TestCase("wound", "wind")]
    [TestCase("arrest", "attack")]
    [TestCase("died", "dyed")]
    public void Of_DifferentWords_StayApart(string a, string b) =>
        Assert.That(WordLemma.Of(a), Is.Not.EqualTo(WordLemma.Of(b)));
}
