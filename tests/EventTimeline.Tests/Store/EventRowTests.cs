using EventTimeline.Store;

namespace EventTimeline.Tests.Store;

[TestFixture]
public sealed class EventRowTests
{
    [Test]
    public void DecodeActors_EncodedNamesWithQuotesTabsAndNewlines_GivesThemBack()
    {
        EventRowActor[] actors = [new("a\"1", "Name\twith tab"), new("b", "Line\nbreak \\ \u001f é 東京"), new("c", string.Empty)];

        var decoded = EventRow.DecodeActors(EventRow.EncodeActors(actors));

        Assert.That(decoded, Is.EqualTo(actors));
    }

    [Test]
    public void DecodeActors_NoActors_GivesNone()
    {
        Assert.That(EventRow.DecodeActors(EventRow.EncodeActors([])), Is.Empty);
    }

    [TestCase("")]
    [TestCase("{}")]
    [TestCase("[\"only an id\"]")]
    [TestCase("[1, 2]")]
    [TestCase("[\"a\", \"b\"")]
    public void DecodeActors_NotAnArrayOfPairs_ThrowsFormatException(string text)
    {
        Assert.Throws<FormatException>(() => EventRow.DecodeActors(text));
    }

    [Test]
    public void OtherNames_ActorTwiceAndTwoActorsOfOneName_ListsEachNameOnceInOrderWithoutTheAskedActor()
    {
        var row = new EventRow("e1", null, null, "call", "asserted", "label", 1, 1, string.Empty, [new("x", "X"), new("y", "Same"), new("x", "X"), new("z", "Same"), new("w", "W")]);

        Assert.That(row.OtherNames("x"), Is.EqualTo(new[] { "Same", "W" }));
    }
}
