using EventTimeline.Documents;
using EventTimeline.Events;
using EventTimeline.Time;

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
        Document("f", "daily", 20),
        Document("g", "weekly", 27),
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

    [Test]
    public void Of_UndatedReportsPublishedWeeksAfterTheDatedEvent_AddNothing()
    {
        var day = new DateInterval(new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 1), Granularity.Day);
        var core = Event(("a", "The dam burst on Friday."), ("b", "The dam burst, officials said."));
        var blob = Event(("a", "The dam burst on Friday."), ("b", "The dam burst, officials said."), ("f", "The dam that burst was old."), ("g", "Residents remember the dam burst."));
        var salience = new EventSalience(Documents);

        Assert.That(salience.Of(Dated(blob, day)), Is.EqualTo(salience.Of(Dated(core, day))));
        Assert.That(salience.Of(blob), Is.GreaterThan(salience.Of(core)), "an undated event counts every report");
    }

    [Test]
    public void Of_LaterReportNamingTheEventsDay_Counts()
    {
        var day = new DateInterval(new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 1), Granularity.Day);
        var first = Event(("a", "The dam burst on Friday."));
        var recalled = Event(("a", "The dam burst on Friday."), ("f", "The dam burst on March 1."));
        var own = new EventDate(day, "2024-03-01", EventDateBasis.Explicit);
        recalled = recalled with { Mentions = [recalled.Mentions[0], recalled.Mentions[1] with { Date = own }] };
        var salience = new EventSalience(Documents);

        // 2 outlets + 0.25 × 1 more day, against 1.
        Assert.That(salience.Of(Dated(recalled, day)), Is.EqualTo(2.25));
        Assert.That(salience.Of(Dated(first, day)), Is.EqualTo(1));
    }

    [Test]
    public void Of_DatedEventOfUndatedNounReferencesOnly_IsZero()
    {
        var day = new DateInterval(new DateOnly(2024, 3, 2), new DateOnly(2024, 3, 2), Granularity.Day);
        var merged = Event(("b", "Aid reached the town after the summit."), ("c", "Since the summit, prices have fallen."));
        var references = merged with { Mentions = [.. merged.Mentions.Select(m => m with { Trigger = "summit" })] };
        var reported = Event(("b", "Two ministers met."));

        Assert.That(new EventSalience(Documents).Of(Dated(references, day)), Is.Zero);
        Assert.That(new EventSalience(Documents).Of(Dated(reported, day)), Is.EqualTo(1));
    }

    [Test]
    public void Of_UndatedStatementSharingNoContentWithTheDatedCore_AddsNothing()
    {
        var day = new DateInterval(new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 1), Granularity.Day);
        var own = new EventDate(day, "2024-03-01", EventDateBasis.Explicit);
        var core = Event(("a", "Governor Ames said on Friday that the levee near Marlow had failed."), ("b", "The levee had failed overnight, Ames said."));
        var blob = Event(("a", "Governor Ames said on Friday that the levee near Marlow had failed."), ("b", "The levee had failed overnight, Ames said."), ("c", "Governor Ames said taxes would not rise this year."));
        core = core with { Mentions = [core.Mentions[0] with { Date = own }, core.Mentions[1]] };
        blob = blob with { Mentions = [blob.Mentions[0] with { Date = own }, .. blob.Mentions.Skip(1)] };
        var salience = new EventSalience(Documents);

        // "levee" and "failed" join the second report to the dated core; the third shares no word with it but the speaker's.
        Assert.That(salience.Of(Dated(core, day)), Is.EqualTo(2.25));
        Assert.That(salience.Of(Dated(blob, day)), Is.EqualTo(salience.Of(Dated(core, day))));
    }

    [Test]
    public void Of_UndatedNounReferencesBesideAReport_AddNothing()
    {
        var day = new DateInterval(new DateOnly(2024, 3, 2), new DateOnly(2024, 3, 2), Granularity.Day);
        var reported = Event(("b", "Two ministers met."));
        var merged = Event(("b", "Two ministers met."), ("c", "Since the summit, prices have fallen."), ("a", "Aid reached the town after the summit."));
        merged = merged with { Mentions = [merged.Mentions[0], .. merged.Mentions.Skip(1).Select(m => m with { Trigger = "summit" })] };

        // Documents printed on the event's day and the next, but their only mentions refer back to the summit.
        Assert.That(new EventSalience(Documents).Of(Dated(merged, day)), Is.EqualTo(new EventSalience(Documents).Of(Dated(reported, day))));
    }

    [TestCase("Officials debated the rescue plan.", "plan", 0)]
    [TestCase("Critics said the plan would fail.", "plan", 0)]
    [TestCase("Treasury plans new rules for banks.", "plans", 1)]
    [TestCase("Aid will follow now that the U.S. plan is in place.", "plan", 0)]
    [TestCase("Markets rose after the Carver plan passed.", "plan", 0)]
    public void Of_FormThatIsNounAndVerb_IsAReferenceOnlyAsANoun(string sentence, string trigger, double expected)
    {
        var day = new DateInterval(new DateOnly(2024, 3, 2), new DateOnly(2024, 3, 2), Granularity.Day);
        var merged = Event(("b", sentence));
        merged = merged with { Type = "plan", Mentions = [merged.Mentions[0] with { Trigger = trigger, Type = "plan" }] };

        Assert.That(new EventSalience(Documents).Of(Dated(merged, day)), Is.EqualTo(expected));
    }

    private static MergedEvent Dated(MergedEvent merged, DateInterval day) => merged with { Date = new EventDate(day, "2024-03-01", EventDateBasis.RelativeToDct) };

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
