using System.Globalization;

using EventTimeline.Actors;

namespace EventTimeline.Tests.Events;

/// <summary>
/// Event recall and correctness on everyday news written for this test (tests/data/events/news-recall.json): each
/// article goes through the whole pipeline alone, and its expected event must be found with the right type, actors,
/// date and status. Cases the product still gets wrong carry a <c>knownFailure</c> reason: they must keep failing
/// until fixed (then the reason is removed), so neither a fix nor a breakage goes unnoticed.
/// </summary>
public sealed class NewsRecallTests
{
    // Floors of the summary: the scores measured when the fixture was last updated (see README, "Accuracy of actors and events").
    private const int TunePassedFloor = 72;
    private const int HoldoutPassedFloor = 15;

    private static readonly Lazy<IReadOnlyList<NewsRecallOutcome>> s_outcomes = new(() => NewsRecallOutcome.RunAll(NewsRecallCase.LoadAll()));

    private static IEnumerable<TestCaseData> Cases() =>
        NewsRecallCase.LoadAll().Select((c, i) => new TestCaseData(i).SetName("NewsRecall_" + c.Id + (c.KnownFailure is null ? string.Empty : "_KnownFailure")));

    [TestCaseSource(nameof(Cases))]
    public void Build_NewsSentence_FindsExpectedEventUnlessKnownFailure(int index)
    {
        var outcome = s_outcomes.Value[index];

        Assert.That(outcome.Case.Extra, Is.Null.Or.Empty, "unknown fields in the case");
        if (outcome.Case.KnownFailure is { } reason)
        {
            Assert.That(outcome.Passed, Is.False, $"known failure ({reason}) now passes: remove its knownFailure\n{outcome.Explain()}");
        }
        else
        {
            Assert.That(outcome.Passed, Is.True, outcome.Explain());
        }
    }

    [Test]
    public void Fixture_Cases_HaveUniqueIdsKnownTypesAndStatuses()
    {
        var cases = NewsRecallCase.LoadAll();
        var types = Enumerable.ToHashSet(global::EventTimeline.Events.EventLexicon.BuiltIn.Types.Select(t => t.Id), StringComparer.Ordinal);

        Assert.That(cases.Select(c => c.Id), Is.Unique);
        Assert.That(cases.Where(c => !types.Contains(c.Type)).Select(c => c.Id + ":" + c.Type), Is.Empty);
        Assert.That(cases.Where(c => !Enum.TryParse<global::EventTimeline.Events.EventStatus>(c.Status, ignoreCase: true, out _)).Select(c => c.Id), Is.Empty);
        Assert.That(cases.Count(c => c.Holdout), Is.InRange(15, 30));
    }

    [Test]
    public void Summary_TuneAndHoldout_PrintsScoresAtLeastTheFloors()
    {
        var outcomes = s_outcomes.Value;
        var tune = outcomes.Where(o => !o.Case.Holdout).ToList();
        var holdout = outcomes.Where(o => o.Case.Holdout).ToList();

        TestContext.Out.WriteLine(Line("tune", tune));
        TestContext.Out.WriteLine(Line("holdout", holdout));
        TestContext.Out.WriteLine(Line("all", outcomes));
        foreach (var failed in outcomes.Where(o => !o.Passed))
        {
            TestContext.Out.WriteLine(failed.Explain());
        }

        Assert.That(tune.Count(o => o.Passed), Is.GreaterThanOrEqualTo(TunePassedFloor));
        Assert.That(holdout.Count(o => o.Passed), Is.GreaterThanOrEqualTo(HoldoutPassedFloor));
    }

    [Test]
    [Explicit("prints the actor mentions, sentences and events of the cases named in NEWS_RECALL_IDS (comma-separated), to see why one fails")]
    public void Dump_NamedCases_PrintsActorsAndEvents()
    {
        var ids = (Environment.GetEnvironmentVariable("NEWS_RECALL_IDS") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries);
        using var tagger = global::EventTimeline.Cli.TaggerFactory.Create(global::EventTimeline.Cli.TaggerFactory.DefaultEngine);
        var pipeline = EventTimelinePipeline.CreateDefault(tagger);
        var cases = NewsRecallCase.LoadAll().Where(c => ids.Contains(c.Id)).ToList();
        if (Environment.GetEnvironmentVariable("NEWS_RECALL_TEXT") is { Length: > 0 } text)
        {
            cases.Add(new NewsRecallCase { Id = "adhoc", Published = "2025-06-11", Text = text.Replace("\\n", "\n", StringComparison.Ordinal) });
        }

        foreach (var c in cases)
        {
            var result = pipeline.Build([c.Document()]);
            var document = result.Documents[0];
            TestContext.Out.WriteLine($"== {c.Id} published={document.Document.Published:yyyy-MM-dd} basis={document.Document.PublishedBasis}");
            foreach (var sentence in document.Sentences)
            {
                TestContext.Out.WriteLine($"  sentence: {document.Document.Text[sentence.Start..sentence.End]}");
            }

            var actors = ActorRecognizer.Default.Recognize(document.Document, document.Sentences);
            foreach (var mention in actors)
            {
                TestContext.Out.WriteLine($"  actor: '{mention.Text}' kind={mention.Kind} name={mention.Name} id={mention.KnownId} country={mention.Country} title={mention.Title} roleOnly={mention.RoleOnly}");
            }

            var annotated = global::EventTimeline.Events.AnnotatedDocument.From(document, actors);
            foreach (var mention in global::EventTimeline.Events.EventExtractor.BuiltIn.Extract(annotated))
            {
                TestContext.Out.WriteLine("  mention: " + EventExtractorSpecTests.Describe(annotated, mention));
            }

            TestContext.Out.WriteLine(NewsRecallOutcome.RunAll([c])[0].Explain());
        }
    }

    private static string Line(string name, IReadOnlyCollection<NewsRecallOutcome> set)
    {
        string Share(Func<NewsRecallOutcome, bool> right) => string.Create(CultureInfo.InvariantCulture, $"{set.Count(right)}/{set.Count}");
        return $"{name}: passed {Share(o => o.Passed)}; found {Share(o => o.Found)}, type {Share(o => o.Type)}, actors {Share(o => o.Actors)}, date {Share(o => o.Date)}, status {Share(o => o.Status)}";
    }
}
