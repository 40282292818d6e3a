using System.Collections.Immutable;

using EventTimeline.Actors;
using EventTimeline.Events;
using EventTimeline.Export;
using EventTimeline.Model;
using EventTimeline.Tests.Events;

using Newtonsoft.Json.Linq;

namespace EventTimeline.Tests.Model;

public sealed class TimelineBuilderTests
{
    private static readonly TestActor[] _actors =
    [
        new("Obama", ActorKind.Person, "person:barack-obama"),
        new("Putin", ActorKind.Person, "person:vladimir-putin"),
        new("Lavrov", ActorKind.Person, "person:sergey-lavrov"),
        new("Tillerson", ActorKind.Person, "person:rex-tillerson"),
        new("Geneva", ActorKind.Place, "place:geneva"),
        new("Russia", ActorKind.Country, "country:RUS"),
        new("Syria", ActorKind.Country, "country:SYR"),
    ];

    /// <summary>A small corpus written for the tests: one call reported three times (one a near-copy), a meeting, a planned visit and an undated plan.</summary>
    private static ImmutableArray<AnnotatedDocument> Corpus() =>
    [
        EventCorpus.Document(
            "a-wire",
            "2016-03-14",
            ["Obama called Putin on Saturday.", "Tillerson met Lavrov in Geneva on Friday.", "Putin will visit Syria next week."],
            _actors,
            [new TestTime("Saturday", "2016-03-12"), new TestTime("Friday", "2016-03-11"), new TestTime("next week", "2016-W12")]),
        EventCorpus.Document(
            "b-daily",
            "2016-03-21",
            ["Obama spoke by phone with Putin last week.", "Russia may deploy troops to Syria."],
            _actors,
            [new TestTime("last week", "2016-W10")]),
        EventCorpus.Document(
            "c-repost",
            null,
            ["Obama spoke by phone with Putin last week."],
            _actors,
            [new TestTime("last week", "2016-W10")],
            duplicateOf: "b-daily"),
    ];

    [Test]
    public void Build_SmallCorpus_MatchesGoldenFile()
    {
        var json = JsonFormat.Serialize(Build(Corpus()));

        Golden.Check(json, Path.Combine("events", "timeline.expected.json"));
    }

    [Test]
    public void Build_ShuffledDocuments_GivesIdenticalJson()
    {
        var corpus = Corpus();
        var expected = JsonFormat.Serialize(Build(corpus));

        foreach (var order in new[] { new[] { 2, 0, 1 }, new[] { 1, 2, 0 }, new[] { 2, 1, 0 } })
        {
            Assert.That(JsonFormat.Serialize(Build([.. order.Select(i => corpus[i])])), Is.EqualTo(expected));
        }
    }

    [Test]
    public void Build_Events_SortedByDateThenIdWithoutUndated()
    {
        var timeline = Build(Corpus());

        Assert.That(timeline.Format, Is.EqualTo("eventtimeline/1"));
        Assert.That(timeline.Events.Select(e => e.Date.Start), Is.Ordered);
        Assert.That(timeline.Events.Select(e => e.Date.Start), Has.None.Null);
        Assert.That(timeline.Events.Select(e => e.Type), Does.Not.Contain("deployment"));
    }

    [Test]
    public void Build_IncludeUndated_PutsUndatedLast()
    {
        var corpus = Corpus();
        var mentions = corpus.SelectMany(document => EventExtractor.BuiltIn.Extract(document)).ToList();
        var resolution = EventCorpus.Resolve(corpus, _actors);
        var events = EventMerger.BuiltIn.Merge(corpus, mentions, resolution);

        var timeline = TimelineBuilder.BuiltIn.Build([.. corpus.Select(document => document.Document)], resolution, events, includeUndated: true);

        Assert.That(timeline.Events[^1].Date.Start, Is.Null);
        Assert.That(timeline.Events[^1].Status, Is.EqualTo(EventStatus.Hypothetical));
    }

    [Test]
    public void Build_MergedCall_HasLabelActorsSourcesAndMentions()
    {
        var call = Build(Corpus()).Events.Single(e => e.Type == "call");

        Assert.Multiple(() =>
        {
            Assert.That(call.Label, Is.EqualTo("Obama–Putin phone call"));
            Assert.That(call.Cameo, Is.EqualTo("041"));
            Assert.That(call.Goldstein, Is.EqualTo(1.0));
            Assert.That(call.Date, Is.EqualTo(new TimelineDate("2016-03-12", "2016-03-12", EventTimeline.Time.Granularity.Day, "2016-03-12", EventDateBasis.RelativeToDct)));
            Assert.That(call.Actors.Select(actor => (actor.Id, actor.Role)), Is.EqualTo(new[] { ("person:barack-obama", ParticipantRole.Source), ("person:vladimir-putin", ParticipantRole.Target) }));
            Assert.That(call.Sources, Is.EqualTo(2));
            Assert.That(call.Mentions.Select(mention => mention.Document), Is.EqualTo(new[] { "a-wire", "b-daily", "c-repost" }));
            Assert.That(call.Mentions[1].Text, Is.EqualTo("Obama spoke by phone with Putin last week."));
            Assert.That(call.Mentions[1].Time, Is.EqualTo("last week"));
        });
    }

    [Test]
    public void Build_Meeting_NamesItsPlaceInLabelAndLocation()
    {
        var meeting = Build(Corpus()).Events.Single(e => e.Type == "meeting");

        Assert.That(meeting.Label, Is.EqualTo("Tillerson–Lavrov meeting in Geneva"));
        Assert.That(meeting.Location, Is.EqualTo("Geneva"));
        Assert.That(meeting.LocationId, Is.EqualTo("place:geneva"));
    }

    [TestCase("Osama bin Laden", "bin Laden")]
    [TestCase("Charles de Gaulle", "de Gaulle")]
    [TestCase("Martin Luther King Jr.", "King")]
    [TestCase("Ken Griffey Jr", "Griffey")]
    [TestCase("Bashar al-Assad", "al-Assad")]
    [TestCase("Amal De Silva", "Silva")]
    [TestCase("Madonna", "Madonna")]
    [TestCase("Xi Jinping", "Xi")]
    [TestCase("Wang Yi", "Wang")]
    [TestCase("Kim Jong-un", "Kim")]
    [TestCase("Yoon Suk Yeol", "Yoon")]
    [TestCase("Lee Jae Myung", "Lee")]
    [TestCase("Kim Darroch", "Darroch")]
    [TestCase("Lee Harvey Oswald", "Oswald")]
    [TestCase("Fumio Kishida", "Kishida")]
    public void Label_Person_UsesSurnameWithItsParticleWithoutSuffix(string name, string expected)
    {
        var person = new Actor("person:x", name, ActorKind.Person, null, [], [], 1);
        var merged = new MergedEvent("e1", "statement", new EventDate(null, null, EventDateBasis.Unresolved), EventStatus.Asserted, [new MergedParticipant("person:x", ParticipantRole.Source)], null, 1, []);

        Assert.That(TimelineBuilder.BuiltIn.Label(merged, new Dictionary<string, Actor> { ["person:x"] = person }), Does.StartWith(expected + " "));
    }

    [Test]
    public void Serialize_Timeline_UsesContractFieldNames()
    {
        var json = JObject.Parse(JsonFormat.Serialize(Build(Corpus())));

        Assert.That(((JObject)json).Properties().Select(p => p.Name), Is.EqualTo(new[] { "format", "documents", "actors", "events" }));
        var document = (JObject)json["documents"]![0]!;
        Assert.That(document.Properties().Select(p => p.Name), Is.SupersetOf(new[] { "id", "path", "title", "source", "url", "published", "publishedBasis", "duplicateOf" }));
        var actor = (JObject)json["actors"]![0]!;
        Assert.That(actor.Properties().Select(p => p.Name), Is.SupersetOf(new[] { "id", "name", "kind", "country", "aliases", "roles", "mentions" }));
        var e = (JObject)json["events"]![0]!;
        Assert.That(e.Properties().Select(p => p.Name), Is.SupersetOf(new[] { "id", "type", "cameo", "goldstein", "label", "date", "status", "actors", "location", "sources", "mentions" }));
        Assert.That(((JObject)e["date"]!).Properties().Select(p => p.Name), Is.EqualTo(new[] { "start", "end", "granularity", "timex", "basis" }));
        Assert.That(((JObject)e["actors"]![0]!).Properties().Select(p => p.Name), Is.SupersetOf(new[] { "id", "role" }));
        Assert.That(((JObject)e["mentions"]![0]!).Properties().Select(p => p.Name), Is.SupersetOf(new[] { "document", "sentence", "text", "time" }));
    }

    private static TimelineFile Build(IReadOnlyList<AnnotatedDocument> corpus)
    {
        var mentions = corpus.SelectMany(document => EventExtractor.BuiltIn.Extract(document)).ToList();
        var resolution = EventCorpus.Resolve(corpus, _actors);
        var events = EventMerger.BuiltIn.Merge(corpus, mentions, resolution);
        return TimelineBuilder.BuiltIn.Build([.. corpus.Select(document => document.Document)], resolution, events);
    }
}
