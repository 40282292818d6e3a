using EventTimeline.Actors;
using EventTimeline.Documents;
using EventTimeline.Events;
using EventTimeline.Model;
using EventTimeline.Text;
using EventTimeline.Time.Native;

namespace EventTimeline.Tests.Events;

/// <summary>Who reports is not who acts, on the real-corpora fixture (data/realcorpora: pages of two outlets written for the tests, tokenized as Timeline17 is).</summary>
public sealed class ReporterFilterTests
{
    private CorpusResult _result = null!;

    [OneTimeSetUp]
    public void Build()
    {
        var read = new CorpusReader().Read([Path.Combine(Export.ExportChecks.DataFolder, "realcorpora")]);
        using var tagger = new NativeTemporalTagger();
        _result = EventTimelinePipeline.CreateDefault(tagger).Build(read.Documents);
    }

    [Test]
    public void Build_CorrespondentReportingFromACity_IsNoActorButWhatHeReportsIsAnEvent()
    {
        var events = _result.Timeline.Events;
        var arrest = events.Where(e => e.Mentions.Any(m => m.Text.Contains("arrested three protest leaders", StringComparison.Ordinal))).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(_result.Actors.Actors.Where(a => a.Name.Contains("Hale", StringComparison.Ordinal)).SelectMany(a => events.Where(e => e.Actors.Any(x => x.Id == a.Id))), Is.Empty);
            Assert.That(arrest.Select(e => e.Type), Is.EqualTo(new[] { "arrest" }));
            Assert.That(arrest[0].Date.Start, Is.EqualTo("2024-03-03"));
        });
    }

    [Test]
    public void Build_OutletsAndTheirCorrespondents_AreNoEventsActors()
    {
        var media = _result.Actors.Actors.Where(a => a.Kind == ActorKind.Media).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);

        Assert.Multiple(() =>
        {
            Assert.That(media, Is.Not.Empty, "the fixture names the BBC and Reuters");
            Assert.That(_result.Timeline.Events.SelectMany(e => e.Actors).Where(a => media.Contains(a.Id)), Is.Empty);
            Assert.That(_result.Timeline.Events.Where(e => e.Mentions.Any(m => m.Text.StartsWith("A BBC correspondent", StringComparison.Ordinal))), Is.Empty);
        });
    }

    [Test]
    public void Build_MinisterToldAnOutlet_IsAStatementOfTheSpeakerAlone()
    {
        var told = _result.Timeline.Events.Where(e => e.Type == "statement" && e.Mentions.Any(m => m.Text.Contains("told Reuters", StringComparison.Ordinal))).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(told, Has.Count.EqualTo(1));
            Assert.That(told[0].Actors.Select(a => a.Id), Is.EqualTo(new[] { "country:CHL" }));
            Assert.That(told[0].Sources, Is.EqualTo(2));
        });
    }

    [Test]
    public void Build_PersonNamedAfterAnOutletsPossessive_IsNoStatementMaker()
    {
        // No title, no "reporting from": only "the outlet's NAME" tells that she reports.
        var text = "The BBC 's Ana Ruiz in Tacna says the crossing was still closed on Monday .\nThe BBC 's Ana Ruiz says traders waited all night .";
        var document = new RawDocument("bbc_2024-03-05_9", "bbc_2024-03-05_9.txt", null, "bbc", null, new DateOnly(2024, 3, 5), text);
        using var tagger = new NativeTemporalTagger();

        var result = EventTimelinePipeline.CreateDefault(tagger).Build([document]);

        var ruiz = result.Actors.Actors.Where(a => a.Name.Contains("Ruiz", StringComparison.Ordinal)).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        Assert.That(result.Timeline.Events.Where(e => e.Actors.Any(a => ruiz.Contains(a.Id))), Is.Empty);
    }

    [Test]
    public void Build_OutletReportingAClauseBeforeOrAfterIt_IsNoStatementOfTheClausesSubject()
    {
        // "..., the Associated Press reports" and "..., said Reuters" are the outlets' attributions, not statements of the
        // army or the navy; what the army did stays an event of the army.
        var text = "Troops arrive\n\nThe Estonian army has begun distributing food in the capital, the Associated Press reports.\n"
            + "The Latvian navy has sent two ships, said Reuters.\nThe Estonian army has closed the border, Reuters reported.";
        var document = new RawDocument("wire_2024-04-02_1", "wire_2024-04-02_1.txt", null, "wire", null, new DateOnly(2024, 4, 2), text);
        using var tagger = new NativeTemporalTagger();

        var result = EventTimelinePipeline.CreateDefault(tagger).Build([document]);

        var reporting = new[] { "reports", "said", "reported" };
        Assert.That(result.Timeline.Events.Where(e => e.Mentions.Any(m => reporting.Contains(m.Trigger, StringComparer.Ordinal))), Is.Empty);
    }

    [Test]
    public void Build_PresidentOnceNamedBesideAnOutlet_KeepsHisStatements()
    {
        // "CNN President Marta Lind" affiliates her with an outlet, but the corpus gives her a role of her own: she is no reporter.
        var comment = new RawDocument("blog_2024-03-04_1", "blog_2024-03-04_1.txt", null, "blog", null, new DateOnly(2024, 3, 4),
            "Live updates .\nCNN President Marta Lind must answer her critics , the editor wrote .");
        var news = new RawDocument("wire_2024-03-05_2", "wire_2024-03-05_2.txt", null, "wire", null, new DateOnly(2024, 3, 5),
            "Border reopens .\nPresident Marta Lind said the border would reopen on Monday .");
        using var tagger = new NativeTemporalTagger();

        var result = EventTimelinePipeline.CreateDefault(tagger).Build([comment, news]);

        var lind = result.Actors.Actors.Where(a => a.Name == "Marta Lind").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(lind.SelectMany(a => a.Affiliations), Has.Member("org:cnn"), "the premise: the corpus affiliates her with the outlet");
            Assert.That(result.Timeline.Events.Where(e => e.Type == "statement" && e.Actors.Any(a => a.Role == ParticipantRole.Source && lind.Any(l => l.Id == a.Id))), Is.Not.Empty);
        });
    }

    [Test]
    public void Build_WithoutReporterRules_OutletsAndTheCorrespondentBecomeActors()
    {
        var none = ReporterFilter.Parse("""{ "types": [], "kinds": [], "roles": [], "after": [] }""");
        var read = new CorpusReader().Read([Path.Combine(Export.ExportChecks.DataFolder, "realcorpora")]);
        using var tagger = new NativeTemporalTagger();
        var pipeline = new EventTimelinePipeline(
            DocumentPreparer.CreateDefault(),
            SentenceSplitter.CreateDefault(),
            tagger,
            ActorRecognizer.Default,
            ActorResolver.Default,
            EventExtractor.BuiltIn,
            none,
            EventMerger.BuiltIn,
            TimelineBuilder.BuiltIn);

        var result = pipeline.Build(read.Documents);

        var reporters = result.Actors.Actors.Where(a => a.Kind == ActorKind.Media || a.Name.Contains("Hale", StringComparison.Ordinal)).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        Assert.That(result.Timeline.Events.SelectMany(e => e.Actors).Where(a => reporters.Contains(a.Id)), Is.Not.Empty);
    }

    [Test]
    public void Parse_UnknownActorKind_IsAFormatError()
    {
        Assert.That(() => ReporterFilter.Parse("""{ "types": [], "kinds": ["journalists"], "roles": [], "after": [] }"""), Throws.TypeOf<FormatException>().With.Message.Contains("journalists"));
    }
}
