using System.Collections.Immutable;

using EventTimeline.Documents;
using EventTimeline.Evaluation;
using EventTimeline.Events;
using EventTimeline.Time;

namespace EventTimeline.Tests.Evaluation;

public sealed class EntityTimelinesTests
{
    // Headline, date line, then a body of two sentences; t_ids deliberately not equal to positions.
    private const string Xml = """
        <?xml version="1.0" ?><Document doc_id="42" doc_name="42-Acme_sues">
        <token t_id="11" sentence="0" number="0">Acme</token>
        <token t_id="12" sentence="0" number="1">sues</token>
        <token t_id="13" sentence="1" number="2">May</token>
        <token t_id="14" sentence="1" number="3">4</token>
        <token t_id="15" sentence="1" number="4">,</token>
        <token t_id="16" sentence="1" number="5">2010</token>
        <token t_id="17" sentence="2" number="6">Acme</token>
        <token t_id="18" sentence="2" number="7">filed</token>
        <token t_id="19" sentence="2" number="8">a</token>
        <token t_id="20" sentence="2" number="9">lawsuit</token>
        <token t_id="21" sentence="2" number="10">.</token>
        <token t_id="22" sentence="3" number="11">Its</token>
        <token t_id="23" sentence="3" number="12">chief</token>
        <token t_id="24" sentence="3" number="13">stepped</token>
        <token t_id="25" sentence="3" number="14">down</token>
        <token t_id="26" sentence="3" number="15">.</token>
        <Markables>
        <TIMEX3 functionInDocument="CREATION_TIME" m_id="1" type="DATE" value="2010-05-04"/>
        </Markables>
        </Document>
        """;

    private static CatDocument Document => CatReader.Read(Xml, "42.xml");

    [Test]
    public void AsArticle_CatDocument_HeadlineIsTitleBodyIsText()
    {
        var article = EntityTimelines.AsArticle(Document);

        Assert.That(article.Title, Is.EqualTo("Acme sues"));
        Assert.That(article.Text, Is.EqualTo("May 4, 2010\nAcme filed a lawsuit.\nIts chief stepped down."));
        Assert.That(article.Published, Is.EqualTo(new DateOnly(2010, 5, 4)));
    }

    [Test]
    public void Tokens_BodyTextWithLineDropped_MapsBackToCatTokens()
    {
        var document = Document;
        var analysed = "Acme filed a lawsuit.\nIts chief stepped down.";
        var map = CatTextMap.Create(document, analysed);

        var lawsuit = map.Tokens(analysed.IndexOf("lawsuit", StringComparison.Ordinal), "lawsuit".Length);
        var stepped = map.Tokens(analysed.IndexOf("stepped down", StringComparison.Ordinal), "stepped down".Length);

        Assert.That(lawsuit.Select(t => (t.TokenId, t.Sentence)), Is.EqualTo(new[] { (20, 2) }));
        Assert.That(stepped.Select(t => t.TokenId), Is.EqualTo(new[] { 24, 25 }));
        Assert.That(stepped.Select(t => t.Sentence).Distinct(), Is.EqualTo(new[] { 3 }));
    }

    [TestCase("filed a lawsuit", new[] { "42-2-filed", "42-2-lawsuit" })]
    [TestCase("lawsuit", new[] { "42-2-lawsuit" })]
    [TestCase("stepped down", new[] { "42-3-stepped_down" })]
    public void MentionIds_Trigger_TaskDocSentenceTokenIds(string trigger, string[] expected)
    {
        var document = Document;
        var article = EntityTimelines.AsArticle(document);
        var maps = new Dictionary<string, CatTextMap> { ["42"] = CatTextMap.Create(document, article.Text) };
        var mention = Mention("42", article.Text.IndexOf(trigger, StringComparison.Ordinal), trigger);

        Assert.That(EntityTimelines.MentionIds(mention, maps), Is.EqualTo(expected));
    }

    [TestCase(new[] { "keynote", "address" }, new[] { "address" })]
    [TestCase(new[] { "held", "talks" }, new[] { "held", "talks" })]
    [TestCase(new[] { "taking", "out" }, new[] { "taking_out" })]
    [TestCase(new[] { "said" }, new[] { "said" })]
    public void Split_TriggerWords_TaskUnits(string[] words, string[] expected)
    {
        Assert.That(TriggerWords.Split(words).Select(unit => string.Join('_', unit)), Is.EqualTo(expected));
    }

    [Test]
    public void Build_EventsAtDayMonthYearAndUndated_DatesByGranularitySharedOrdinalsUndatedZero()
    {
        var document = Document;
        var article = EntityTimelines.AsArticle(document);
        var maps = new Dictionary<string, CatTextMap> { ["42"] = CatTextMap.Create(document, article.Text) };
        var text = article.Text;
        MergedEvent Event(string id, string trigger, DateInterval? interval, string actor = "company:acme") => new(
            id,
            "lawsuit",
            new EventDate(interval, null, interval is null ? EventDateBasis.Unresolved : EventDateBasis.Explicit),
            EventStatus.Asserted,
            [new MergedParticipant(actor, ParticipantRole.Source)],
            null,
            1,
            [Mention("42", text.IndexOf(trigger, StringComparison.Ordinal), trigger)]);
        var day = new DateInterval(new DateOnly(2010, 5, 3), new DateOnly(2010, 5, 3), Granularity.Day);
        var month = new DateInterval(new DateOnly(2010, 4, 1), new DateOnly(2010, 4, 30), Granularity.Month);
        var year = new DateInterval(new DateOnly(2009, 1, 1), new DateOnly(2009, 12, 31), Granularity.Year);
        var events = new[]
        {
            Event("e1", "filed", day),
            Event("e2", "lawsuit", day),
            Event("e3", "stepped down", month),
            Event("e4", "Acme", year, actor: "company:other"),
            Event("e5", "chief", null),
            Event("e6", "May", year),
        };

        var timeline = EntityTimelines.Build("Acme", new HashSet<string> { "company:acme" }, events, maps);

        Assert.That(TimelineFormat.Write(timeline), Is.EqualTo(
            "Acme\n" +
            "0\tXXXX-XX-XX\t42-3-chief\n" +
            "1\t2009-XX-XX\t42-1-May\n" +
            "2\t2010-04-XX\t42-3-stepped_down\n" +
            "3\t2010-05-03\t42-2-filed\n" +
            "3\t2010-05-03\t42-2-lawsuit\n"));
    }

    private static MergedMention Mention(string document, int start, string trigger) =>
        new(document, 0, string.Empty, null, trigger, start, "lawsuit");
}
