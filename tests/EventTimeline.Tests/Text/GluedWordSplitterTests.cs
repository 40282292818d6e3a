using EventTimeline.Text;

namespace EventTimeline.Tests.Text;

public sealed class GluedWordSplitterTests
{
    private static readonly GluedWordSplitter _splitter = GluedWordSplitter.CreateDefault();

    [TestCase("an interview with theNew York Times", "an interview with the New York Times")]
    [TestCase("the minister saidthe talks would resume", "the minister said the talks would resume")]
    [TestCase("He saidtheir forces would stay.", "He said their forces would stay.")]
    [TestCase("a visit toMoscow last week", "a visit to Moscow last week")]
    [TestCase("troops crossed intothe city", "troops crossed into the city")]
    [TestCase("officials toldreporters on Monday", "officials told reporters on Monday")]
    public void Split_GluedPair_PutsTheSpaceBack(string text, string expected) =>
        Assert.That(_splitter.Split(text), Is.EqualTo(expected));

    [TestCase("There, then, these theories breathe.")]
    [TestCase("Follow @theNewsroom and #inTheNews at www.theNewYorker.com or files/ofThe_year.txt.")]
    [TestCase("He said the talks were in THE spirit of iPhone and eBay launches.")]
    [TestCase("the saida port and the word saidan stay")]
    [TestCase("Their views differ on the issue.")]
    public void Split_NoGluedPair_LeavesTheTextUnchanged(string text) =>
        Assert.That(_splitter.Split(text), Is.EqualTo(text));

    [Test]
    public void Constructor_FirstWordWithoutFollowers_Throws() =>
        Assert.That(() => new GluedWordSplitter([("the", [])]), Throws.ArgumentException);

    [Test]
    public void Split_OwnTable_UsesOnlyItsPairs()
    {
        var splitter = new GluedWordSplitter(GluedWordSplitter.Load([["per", "cent"]]));

        Assert.Multiple(() =>
        {
            Assert.That(splitter.Split("five percent"), Is.EqualTo("five per cent"));
            Assert.That(splitter.Split("theNew"), Is.EqualTo("theNew"));
        });
    }
}
