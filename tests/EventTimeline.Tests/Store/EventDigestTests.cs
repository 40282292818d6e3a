using System.Reflection;

using EventTimeline.Events;
using EventTimeline.Model;
using EventTimeline.Store;
using EventTimeline.Time;

namespace EventTimeline.Tests.Store;

public sealed class EventDigestTests
{
    private static readonly TimelineEvent Event = new(
        "e-1",
        "meet",
        "040",
        1.0,
        "A–B talks",
        new TimelineDate("2015-09-18", "2015-09-18", Granularity.Day, "2015-09-18", EventDateBasis.Explicit),
        EventStatus.Asserted,
        [new TimelineEventActor("A", ParticipantRole.Source, "Alpha"), new TimelineEventActor("B", ParticipantRole.Target, "Beta")],
        "Moscow",
        "RUS",
        2,
        [new TimelineMention("d1", 3, "Alpha met Beta.", "on Friday", "met"), new TimelineMention("d2", 0, "They met.", null, "met")])
    {
        Salience = 0.5,
    };

    // One variant per property of each record the event holds, named after the property it changes.
    private static readonly Dictionary<Type, (string Property, TimelineEvent Variant)[]> Variants = new()
    {
        [typeof(TimelineEvent)] =
        [
            ("Id", Event with { Id = "e-2" }),
            ("Type", Event with { Type = "talk" }),
            ("Cameo", Event with { Cameo = null }),
            ("Goldstein", Event with { Goldstein = 1.5 }),
            ("Label", Event with { Label = "A–B meeting" }),
            ("Date", Event with { Date = Event.Date with { Start = "2015-09-17" } }),
            ("Status", Event with { Status = EventStatus.Planned }),
            ("Actors", Event with { Actors = [.. Event.Actors.Reverse()] }),
            ("Location", Event with { Location = "Paris" }),
            ("LocationId", Event with { LocationId = null }),
            ("Sources", Event with { Sources = 3 }),
            ("Mentions", Event with { Mentions = [Event.Mentions[0]] }),
            ("Salience", Event with { Salience = 0.25 }),
        ],
        [typeof(TimelineDate)] =
        [
            ("Start", Event with { Date = Event.Date with { Start = null } }),
            ("End", Event with { Date = Event.Date with { End = "2015-09-19" } }),
            ("Granularity", Event with { Date = Event.Date with { Granularity = Granularity.Month } }),
            ("Timex", Event with { Date = Event.Date with { Timex = "2015-09" } }),
            ("Basis", Event with { Date = Event.Date with { Basis = EventDateBasis.RelativeToDct } }),
        ],
        [typeof(TimelineEventActor)] =
        [
            ("Id", Event with { Actors = [Event.Actors[0] with { Id = "C" }, Event.Actors[1]] }),
            ("Role", Event with { Actors = [Event.Actors[0] with { Role = ParticipantRole.Target }, Event.Actors[1]] }),
            ("Name", Event with { Actors = [Event.Actors[0] with { Name = "Alpha A." }, Event.Actors[1]] }),
        ],
        [typeof(TimelineMention)] =
        [
            ("Document", Event with { Mentions = [Event.Mentions[0] with { Document = "d3" }, Event.Mentions[1]] }),
            ("Sentence", Event with { Mentions = [Event.Mentions[0] with { Sentence = 4 }, Event.Mentions[1]] }),
            ("Text", Event with { Mentions = [Event.Mentions[0] with { Text = "Alpha met Beta" }, Event.Mentions[1]] }),
            ("Time", Event with { Mentions = [Event.Mentions[0], Event.Mentions[1] with { Time = "" }] }),
            ("Trigger", Event with { Mentions = [Event.Mentions[0] with { Trigger = "meet" }, Event.Mentions[1]] }),
        ],
    };

    [Test]
    public void EqualEventsHaveOneDigest()
    {
        var copy = Event with
        {
            Actors = [.. Event.Actors.Select(actor => actor with { })],
            Mentions = [.. Event.Mentions.Select(mention => mention with { Text = new string(mention.Text.ToCharArray()) })],
        };

        Assert.That(EventDigest.Of(copy), Is.EqualTo(EventDigest.Of(Event)));
    }

    [Test]
    public void EveryFieldChangesTheDigest()
    {
        foreach (var (type, variants) in Variants)
        {
            foreach (var (property, variant) in variants)
            {
                Assert.That(EventDigest.Of(variant), Is.Not.EqualTo(EventDigest.Of(Event)), $"{type.Name}.{property}");
            }
        }
    }

    [Test]
    public void EveryPropertyHasAVariant()
    {
        foreach (var (type, variants) in Variants)
        {
            var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(property => property.Name).Order(StringComparer.Ordinal);
            Assert.That(variants.Select(variant => variant.Property).Order(StringComparer.Ordinal), Is.EqualTo(properties), $"a property of {type.Name} was added or removed: digest it in EventDigest and add a variant here");
        }
    }

    [Test]
    public void TextsDoNotRunIntoOneAnother()
    {
        Assert.Multiple(() =>
        {
            Assert.That(EventDigest.Of(Event with { Id = "ab", Type = "c" }), Is.Not.EqualTo(EventDigest.Of(Event with { Id = "a", Type = "bc" })));
            Assert.That(EventDigest.Of(Event with { Cameo = null }), Is.Not.EqualTo(EventDigest.Of(Event with { Cameo = string.Empty })));
            Assert.That(EventDigest.Of(Event with { Goldstein = null }), Is.Not.EqualTo(EventDigest.Of(Event with { Goldstein = 0 })));
            Assert.That(
                EventDigest.Of(Event with { Mentions = [.. Event.Mentions, Event.Mentions[1]] }),
                Is.Not.EqualTo(EventDigest.Of(Event with { Mentions = [Event.Mentions[0], Event.Mentions[1]] })));
        });
    }

    [Test]
    public void IsTheSameOnEveryThread()
    {
        var expected = EventDigest.Of(Event);
        var digests = new long[64];
        Parallel.For(0, digests.Length, i => digests[i] = EventDigest.Of(i % 2 == 0 ? Event : Event with { Label = new string('x', 10_000) }));
        Assert.That(digests.Where((_, i) => i % 2 == 0), Is.All.EqualTo(expected));
    }
}
