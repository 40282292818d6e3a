using EventTimeline.Documents;
using EventTimeline.Events;

namespace EventTimeline.Tests.Events;

public sealed class EventSalienceTests
{
    private static readonly NewsDocument[] Documents =
    [
        Document("a", "wire", 1),
        Document("b", "paper", 2),
        Document("c", "paper", 2),
        Document("d", "wire", 3) with { DuplicateOf = "a" },
        Document("e", null, 4),
    ];

    [Test]
    public void Of_TwoOutletsThreeDocumentsTwoDays_CountsEachOnce()
    {
        var merged = Event(("a", "The ministers met in Geneva."), ("b", "Both ministers met on Friday."), ("c", "A meeting in Geneva took place."));

        // 2 outlets + 0.5 × 1 more document + 0.25 × 1 more day.
        Assert.That(new EventSalience(Documents).Of(merged), Is.EqualTo(2.75));
    }

    [Test]
    public void Of_NearCopyAndRepeatedSentence_AddNothing()
    {
        var alone = Event(("a", "The ministers met in Geneva on Friday for talks on the dam."));
        var repeated = Event(
            ("a", "The ministers met in Geneva on Friday for talks on the dam."),
            ("d", "The ministers met in Geneva on Friday for talks on the dam."),
            ("c", "The ministers met in Geneva on Friday for talks on the river, officials said."));
        var salience = new EventSalience(Documents);

        Assert.That(salience.Of(repeated), Is.EqualTo(salience.Of(alone)));
    }

    [Test]
    public void Of_ExtraSentencesInOneDocument_CountAtMostOneTenthPerDocument()
    {
        var merged = Event(("b", "The ministers met."), ("b", "Their meeting lasted an hour."), ("b", "The meeting ended at noon."), ("b", "They met again later."));

        Assert.That(new EventSalience(Documents).Of(merged), Is.EqualTo(1.1));
    }

    [Test]
    public void Of_DocumentWithoutOutlet_IsAnOutletOfItsOwn()
    {
        var merged = Event(("a", "The ministers met."), ("e", "Two ministers held a meeting."));

        // 2 outlets + 0.25 × 1 more day.
        Assert.That(new EventSalience(Documents).Of(merged), Is.EqualTo(2.25));
    }

    private static NewsDocument Document(string id, string? source, int day) =>
        new(id, id + ".txt", null, source, null, new DateOnly(2024, 3, day), PublishedBasis.Manifest, string.Empty, null);

    private static MergedEvent Event(params (string Document, string Sentence)[] mentions) => new(
        "event:1",
        "meeting",
        new EventDate(null, null, EventDateBasis.Reported),
        EventStatus.Asserted,
        [],
        null,
        mentions.Select(m => m.Document).Distinct().Count(),
        [.. mentions.Select((m, i) => new MergedMention(m.Document, i, m.Sentence, null, "met", 0, "meeting"))]);
}
