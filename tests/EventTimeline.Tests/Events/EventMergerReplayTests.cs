using System.Collections.Immutable;

using EventTimeline.Actors;
using EventTimeline.Benchmark;
using EventTimeline.Documents;
using EventTimeline.Events;
using EventTimeline.Time;
using EventTimeline.Time.Native;

namespace EventTimeline.Tests.Events;

/// <summary>A merge that takes decisions again from an earlier merge's log gives the events, and the log, of a merge from nothing.</summary>
[TestFixture]
public sealed class EventMergerReplayTests
{
    private static readonly IReadOnlyList<RawDocument> Generated = NewsCorpusGenerator.Default.Generate(240, seed: 11);

    private NativeTemporalTagger _tagger = null!;
    private EventTimelinePipeline _pipeline = null!;

    [OneTimeSetUp]
    public void SetUp()
    {
        _tagger = new NativeTemporalTagger();
        _pipeline = EventTimelinePipeline.CreateDefault(_tagger);
    }

    [OneTimeTearDown]
    public void TearDown() => _tagger.Dispose();

    [Test]
    public void MergeLogged_LogOfAPartThenAll_GivesTheEventsAndLogOfAMergeFromNothing()
    {
        var part = Merge(Part(Generated, keep: i => i % 10 is not (3 or 7)), earlier: null);

        var (events, log) = Merge(Generated, part.Log);
        var (fromNothing, freshLog) = Merge(Generated, earlier: null);

        Assert.That(events.Select(Describe), Is.EqualTo(fromNothing.Select(Describe)));
        Assert.That(log.Founders, Is.EqualTo(freshLog.Founders));
        Assert.That(log.Fingerprints, Is.EqualTo(freshLog.Fingerprints));
        Assert.That(log.Replayed, Is.GreaterThan(log.Fingerprints.Length / 2), "most mentions are in the earlier merge and take its decision again");
        Assert.That(log.Mistaken, Is.Zero);
    }

    [Test]
    public void MergeLogged_LogOfAllThenAPart_GivesTheEventsOfAMergeFromNothing()
    {
        var all = Merge(Generated, earlier: null);
        var part = Part(Generated, keep: i => i % 6 != 1);

        var (events, log) = Merge(part, all.Log);

        Assert.That(events.Select(Describe), Is.EqualTo(Merge(part, earlier: null).Events.Select(Describe)));
        Assert.That(log.Replayed, Is.GreaterThan(log.Fingerprints.Length / 2));
        Assert.That(log.Mistaken, Is.Zero);
    }

    [Test]
    public void MergeLogged_DocumentsAddedAndRemovedOverSeveralMerges_GivesTheEventsOfAMergeFromNothing()
    {
        var first = Part(Generated, keep: i => i < 160);
        var second = Part(Generated, keep: i => i % 5 != 0);
        var third = Part(Generated, keep: i => i % 7 != 2 || i < 40);

        var log = Merge(first, earlier: null).Log;
        log = Merge(second, log).Log;
        var (events, last) = Merge(third, log);

        Assert.That(events.Select(Describe), Is.EqualTo(Merge(third, earlier: null).Events.Select(Describe)));
        Assert.That(last.Mistaken, Is.Zero);
    }

    [Test]
    public void MergeLogged_LogOfAnotherCorpus_GivesTheEventsOfAMergeFromNothing()
    {
        var other = Merge(NewsCorpusGenerator.Default.Generate(80, seed: 12), earlier: null);
        var part = Part(Generated, keep: i => i < 120);

        var (events, _) = Merge(part, other.Log);

        Assert.That(events.Select(Describe), Is.EqualTo(Merge(part, earlier: null).Events.Select(Describe)));
    }

    [Test]
    public void MergeLogged_LogNotWhole_IsNotRead()
    {
        var part = Part(Generated, keep: i => i < 100);
        var log = Merge(part, earlier: null).Log;
        var broken = log with { Founders = [.. log.Founders.Select((_, i) => i + 1)] };

        var (events, replayed) = Merge(part, broken);

        Assert.That(broken.IsConsistent, Is.False);
        Assert.That(replayed.Replayed, Is.Zero);
        Assert.That(events.Select(Describe), Is.EqualTo(Merge(part, earlier: null).Events.Select(Describe)));
    }

    // Mentions drawn at random over few actors, types and days, so that events compete for them: a mention added or taken away changes
    // what later ones join, and the merge must find those changes.
    [Test]
    public void MergeLogged_RandomMentionsAddedAndRemoved_GivesTheEventsAndLogOfAMergeFromNothing([Range(1, 60)] int seed)
    {
        var random = new Random(seed);
        var corpus = RandomCorpus(random, documents: 40 + random.Next(40));
        var earlier = (MergeLog?)null;
        var replayed = 0;
        for (var round = 0; round < 4; round++)
        {
            var keep = random.NextDouble() * 0.4;
            var part = corpus.Documents.Where((_, i) => round == 3 || random.NextDouble() > keep).ToList();
            var ids = part.Select(document => document.Document.Id).ToHashSet(StringComparer.Ordinal);
            var mentions = corpus.Mentions.Where(mention => ids.Contains(mention.DocumentId)).ToList();

            var (events, log) = EventMerger.BuiltIn.MergeLogged(part, mentions, corpus.Resolution, jobs: 1, options: null, earlier);
            var (fromNothing, freshLog) = EventMerger.BuiltIn.MergeLogged(part, mentions, corpus.Resolution, jobs: 1, options: null, earlier: null);

            Assert.That(events.Select(Describe), Is.EqualTo(fromNothing.Select(Describe)), $"round {round}");
            Assert.That(log.Founders, Is.EqualTo(freshLog.Founders), $"round {round}");
            Assert.That(log.Mistaken, Is.Zero, $"round {round}");
            replayed += log.Replayed;
            earlier = log;
        }

        Assert.That(replayed, Is.Positive);
    }

    private static (List<AnnotatedDocument> Documents, List<EventMention> Mentions, ActorResolution Resolution) RandomCorpus(Random random, int documents)
    {
        string[] people = ["person:a", "person:b", "person:c", "person:d", "person:e"];
        string[] countries = ["country:AAA", "country:BBB", "country:CCC"];
        string[] types = ["call", "talks", "meeting", "statement", "warning", "announcement", "attack", "airstrike", "agreement"];
        EventStatus[] statuses = [EventStatus.Asserted, EventStatus.Asserted, EventStatus.Asserted, EventStatus.Planned, EventStatus.Negated];
        var actors = people.Select(id => new Actor(id, id, ActorKind.Person, null, [], [], 1))
            .Concat(countries.Select(id => new Actor(id, id, ActorKind.Country, null, [], [], 1)))
            .ToImmutableArray();
        var start = new DateOnly(2020, 3, 1);
        var list = new List<AnnotatedDocument>();
        var mentions = new List<EventMention>();
        var perDocument = ImmutableDictionary.CreateBuilder<string, ImmutableArray<ImmutableArray<string>>>(StringComparer.Ordinal);
        for (var d = 0; d < documents; d++)
        {
            var id = "doc" + random.Next(1000).ToString("D3", System.Globalization.CultureInfo.InvariantCulture) + "-" + d.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var published = start.AddDays(random.Next(30));
            var time = start.AddDays(random.Next(30));
            var times = random.Next(3) == 0 ? [] : new[] { new TestTime("then", time.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) };
            list.Add(EventCorpus.Document(id, published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["It happened then."], times: times));
            var actorMentions = new List<ImmutableArray<string>>();
            for (var m = 0; m < 1 + random.Next(4); m++)
            {
                var participants = new List<MentionParticipant>();
                for (var p = 0; p < 1 + random.Next(3); p++)
                {
                    var actor = random.Next(3) == 0 ? countries[random.Next(countries.Length)] : people[random.Next(people.Length)];
                    participants.Add(new MentionParticipant(actorMentions.Count, p == 0 ? ParticipantRole.Source : ParticipantRole.Target));
                    actorMentions.Add([actor]);
                }

                mentions.Add(new EventMention(id, m, random.Next(50), 4, "word", types[random.Next(types.Length)], [.. participants], random.Next(4) == 0 ? "Geneva" : null, null, RandomDate(random, start, published), statuses[random.Next(statuses.Length)]));
            }

            perDocument[id] = [.. actorMentions];
        }

        return (list, mentions, new ActorResolution(actors, perDocument.ToImmutable()));
    }

    private static EventDate RandomDate(Random random, DateOnly start, DateOnly published)
    {
        var day = start.AddDays(random.Next(30));
        return random.Next(10) switch
        {
            < 4 => new EventDate(new DateInterval(day, day, Granularity.Day), "day", EventDateBasis.Explicit),
            4 => new EventDate(new DateInterval(day, day.AddDays(6), Granularity.Week), "week", EventDateBasis.RelativeToDct),
            5 => new EventDate(new DateInterval(new DateOnly(day.Year, day.Month, 1), new DateOnly(day.Year, day.Month, 1).AddMonths(1).AddDays(-1), Granularity.Month), "month", EventDateBasis.Explicit),
            < 9 => new EventDate(new DateInterval(published, published, Granularity.Day), null, EventDateBasis.Reported),
            _ => new EventDate(null, null, EventDateBasis.Unresolved),
        };
    }

    private static List<RawDocument> Part(IReadOnlyList<RawDocument> documents, Func<int, bool> keep) =>
        [.. documents.Where((_, i) => keep(i))];

    private (ImmutableArray<MergedEvent> Events, MergeLog Log) Merge(IReadOnlyList<RawDocument> documents, MergeLog? earlier)
    {
        var corpus = _pipeline.Extract(documents, jobs: 2);
        return EventMerger.BuiltIn.MergeLogged(corpus.Annotated, corpus.Mentions, corpus.Actors, jobs: 2, options: null, earlier);
    }

    // Everything a merged event holds, on one line.
    private static string Describe(MergedEvent merged) =>
        $"{merged.Id} {merged.Type} {merged.Date.Interval} {merged.Date.Timex} {merged.Status} {merged.Location}/{merged.LocationId} {merged.Sources} " +
        string.Join(",", merged.Actors.Select(p => $"{p.ActorId}:{p.Role}")) + " | " +
        string.Join(",", merged.Mentions.Select(m => $"{m.DocumentId}#{m.Sentence}@{m.TriggerStart}:{m.Type}:{m.Trigger}:{m.TimeText}:{m.Date?.Interval}"));
}
