using EventTimeline.Text;

namespace EventTimeline.Tests.Text;

public sealed class EventSensesTests
{
    [TestCase("hit", "struck")]
    [TestCase("dies", "death")]
    [TestCase("died", "death")]
    [TestCase("dying", "death")]
    [TestCase("apprehended", "arrested")]
    [TestCase("thwarted", "foiled")]
    public void Of_TwoWordsForOneAction_MainSensesMeet(string a, string b)
    {
        Assert.That(EventSenses.Of([a]).Main.Overlaps(EventSenses.Of([b]).Main), Is.True);
    }

    [Test]
    public void Of_ACauseAndItsResult_NearSensesMeet()
    {
        var kill = EventSenses.Of(["killed"]);
        var die = EventSenses.Of(["dies"]);

        Assert.That(kill.Main.Overlaps(die.Main), Is.False);
        Assert.That(kill.Near.Overlaps(die.Near), Is.True);
    }

    [TestCase("arrested", "elected")]
    [TestCase("earthquake", "resigned")]
    public void Of_UnrelatedWords_NoSensesMeet(string a, string b)
    {
        Assert.That(EventSenses.Of([a]).All.Overlaps(EventSenses.Of([b]).All), Is.False);
    }

    [Test]
    public void Of_PhraseWordNetKnows_IsKnownAsOne()
    {
        Assert.That(EventSenses.Of(["opened", "fire"]).Known, Is.True);
        Assert.That(EventSenses.Of(["zzzz"]).Known, Is.False);
    }
}
