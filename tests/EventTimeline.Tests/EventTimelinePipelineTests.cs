using System.Collections.Immutable;
using System.Text.RegularExpressions;

using EventTimeline.Actors;
using EventTimeline.Benchmark;
using EventTimeline.Documents;
using EventTimeline.Events;
using EventTimeline.Export;
using EventTimeline.Model;
using EventTimeline.Resources;
using EventTimeline.Text;
using EventTimeline.Time.Native;
using EventTimeline.Time;

namespace EventTimeline.Tests;

public sealed class EventTimelinePipelineTests
{
    [Test]
    public void Build_OneJobTwoJobsAndShuffledInput_WriteByteIdenticalOutputs()
    {
        var documents = NewsCorpusGenerator.Default.Generate(120, seed: 11);
        var shuffled = documents.OrderBy(document => document.Text.Length).ThenByDescending(document => document.Id, StringComparer.Ordinal).ToList();
        using var tagger = new NativeTemporalTagger();
        var pipeline = EventTimelinePipeline.CreateDefault(tagger);

        var one = Outputs(pipeline.Build(documents, jobs: 1));
        var two = Outputs(pipeline.Build(shuffled, jobs: 2));
        var four = Outputs(pipeline.Build(shuffled, jobs: 4));

        Assert.Multiple(() =>
        {
            Assert.That(shuffled.Select(document => document.Id), Is.Not.EqualTo(documents.Select(document => document.Id)));
            Assert.That(one.Timeline, Does.Contain("\"events\""));
            Assert.That(two, Is.EqualTo(one));
            Assert.That(four, Is.EqualTo(one));
        });
    }

    [Test]
    public void Build_WithObserver_ReportsEveryStageInOrderAndEveryDocument()
    {
        var documents = NewsCorpusGenerator.Default.Generate(40, seed: 3);
        using var tagger = new NativeTemporalTagger();
        var observer = new RecordingObserver();

        EventTimelinePipeline.CreateDefault(tagger).Build(documents, jobs: 2, observer);

        Assert.Multiple(() =>
        {
            Assert.That(observer.Started, Is.EqualTo(Enum.GetValues<PipelineStage>()));
            Assert.That(observer.Finished, Is.EqualTo(Enum.GetValues<PipelineStage>()));
            Assert.That(observer.Done, Is.EqualTo(Enum.GetValues<PipelineStage>().ToDictionary(stage => stage, _ => 40)));
        });
    }

    [Test]
    public void Build_ColumnWithReaderComments_GivesNoEventsButTheNewsReportDoes()
    {
        // A column, its outlet's disclaimer glued to its first sentence, then readers' comments with no marker.
        var column = new RawDocument("column", "column.txt", null, "wirenet", null, new DateOnly(2024, 3, 5),
            "-- Ada Brennan is a Wirenet columnist.\nThe views expressed are her own -- Foreign Minister Lena Kovac met Prime Minister Ian Holt in Geneva on Monday.\n"
            + "Thank you Ada for this.\nMayor Tom Reyes announced on Tuesday that the bridge will close.");
        var report = new RawDocument("report", "report.txt", null, "dailypost", null, new DateOnly(2024, 3, 5),
            "Foreign Minister Lena Kovac met Prime Minister Ian Holt in Geneva on Monday.\nMayor Tom Reyes announced on Tuesday that the bridge will close.");
        using var tagger = new NativeTemporalTagger();

        var result = EventTimelinePipeline.CreateDefault(tagger).Build([column, report]);

        Assert.Multiple(() =>
        {
            Assert.That(result.Documents.Single(d => d.Document.Id == "column").Document.Opinion, Is.True);
            Assert.That(result.Documents.Single(d => d.Document.Id == "report").Document.Opinion, Is.False);
            Assert.That(result.Events.SelectMany(e => e.Mentions).Select(m => m.DocumentId).Distinct(), Is.EqualTo(new[] { "report" }));
            Assert.That(result.Events, Is.Not.Empty);
        });
    }

    [Test]
    public void Build_StageThrowsOnAWorker_CallerGetsTheStageException()
    {
        var documents = NewsCorpusGenerator.Default.Generate(40, seed: 5);
        using var tagger = new FailingTagger();

        Assert.That(
            () => EventTimelinePipeline.CreateDefault(tagger).Build(documents, jobs: 2),
            Throws.TypeOf<TemporalEngineUnavailableException>().With.Message.EqualTo("engine gone"));
    }

    [TestCase(PipelineStage.Prepare)]
    [TestCase(PipelineStage.Dates)]
    [TestCase(PipelineStage.Sentences)]
    [TestCase(PipelineStage.Actors)]
    [TestCase(PipelineStage.Events)]
    public void Build_PatternTimesOutOnOneDocumentInAStage_OnlyThatDocumentFailsAndTheOthersAreUnchanged(PipelineStage stage)
    {
        var generated = NewsCorpusGenerator.Default.Generate(30, seed: 7);
        var victim = generated[12] with { Text = generated[12].Text + "\n\nThe " + TimingOut.Marker + " committee met on Tuesday.\n\n" + TimingOut.HostileLine };
        var documents = generated.Select(document => document.Id == victim.Id ? victim : document).ToList();
        using var tagger = new NativeTemporalTagger();
        var expected = EventTimelinePipeline.CreateDefault(tagger).Build([.. documents.Where(document => document.Id != victim.Id)], jobs: 2);

        var result = TimingOut.In(stage, tagger).Build(documents, jobs: 2);

        Assert.Multiple(() =>
        {
            Assert.That(result.Failures.Select(failure => failure.DocumentId), Is.EqualTo(new[] { victim.Id }));
            Assert.That(result.Failures[0].Error, Does.Match("pattern .*took longer than [0-9.]+ s on this text"));
            Assert.That(result.Documents.Select(document => document.Document.Id), Does.Not.Contain(victim.Id));
            Assert.That(Outputs(result), Is.EqualTo(Outputs(expected)));
        });
    }

    private static (string Timeline, string Documents, string Mentions) Outputs(CorpusResult result) => (
        JsonFormat.Serialize(result.Timeline),
        DocumentsExport.ToJson(result.Documents),
        TimeMentionsExport.ToJson(result.Documents));

    private sealed class RecordingObserver : IPipelineObserver
    {
        private readonly object _gate = new();

        public List<PipelineStage> Started { get; } = [];

        public List<PipelineStage> Finished { get; } = [];

        public Dictionary<PipelineStage, int> Done { get; } = [];

        public void StageStarted(PipelineStage stage, int documents) => Started.Add(stage);

        public void DocumentsDone(PipelineStage stage, int count)
        {
            lock (_gate)
            {
                Done[stage] = Done.GetValueOrDefault(stage) + count;
            }
        }

        public void StageFinished(PipelineStage stage) => Finished.Add(stage);
    }

    private sealed class FailingTagger : ITemporalTagger
    {
        public string Name => "failing";

        public IReadOnlyList<IReadOnlyList<TimeMention>> Tag(IReadOnlyList<TaggingRequest> batch) =>
            throw new TemporalEngineUnavailableException("engine gone");

        public void Dispose()
        {
        }
    }

    /// <summary>Stages that run out of time on any text holding <see cref="Marker"/>, as a hostile text would make a pattern do, and work normally on the rest.</summary>
    private static class TimingOut
    {
        public const string Marker = "Zqxvwy";

        /// <summary>A line on which <see cref="Backtracking"/> runs out of time: it tries every way to spell 60 a's as a's and aa's before the "!".</summary>
        public static readonly string HostileLine = new string('a', 60) + "!";

        private static readonly Regex Backtracking = new("^(?:a|aa)+$", RegexOptions.None, TimeSpan.FromMilliseconds(50));

        public static EventTimelinePipeline In(PipelineStage stage, ITemporalTagger tagger) => new(
            stage == PipelineStage.Prepare ? HostilePreparer() : DocumentPreparer.CreateDefault(),
            stage == PipelineStage.Sentences ? new Splitter() : SentenceSplitter.CreateDefault(),
            stage == PipelineStage.Dates ? new Tagger(tagger) : tagger,
            stage == PipelineStage.Actors ? new Recognizer() : ActorRecognizer.Default,
            ActorResolver.Default,
            stage == PipelineStage.Events ? new Extractor() : EventExtractor.BuiltIn,
            ReporterFilter.BuiltIn,
            EventMerger.BuiltIn,
            TimelineBuilder.BuiltIn);

        // The shipped boilerplate rules and one whose pattern backtracks for ever on the hostile line, as a badly written data file could.
        private static DocumentPreparer HostilePreparer() => new(
            new BoilerplateFilter([.. BoilerplateFilter.LoadRules(ResourceFile.ReadText("text/boilerplate.json")), new BoilerplateRule("hostile", BoilerplateAction.Line, Backtracking)]),
            GluedWordSplitter.CreateDefault(),
            DatelineReader.CreateDefault(),
            new NearCopyDetector(),
            new FurnitureDetector(),
            CorpusDateEstimator.CreateDefault());

        private static void ThrowOnMarker(string text)
        {
            if (text.Contains(Marker, StringComparison.Ordinal))
            {
                throw new RegexMatchTimeoutException(text, "(a+)+$", TimeSpan.FromSeconds(2));
            }
        }

        private sealed class Tagger(ITemporalTagger inner) : ITemporalTagger
        {
            public string Name => inner.Name;

            public IReadOnlyList<IReadOnlyList<TimeMention>> Tag(IReadOnlyList<TaggingRequest> batch)
            {
                foreach (var request in batch)
                {
                    ThrowOnMarker(request.Text);
                }

                return inner.Tag(batch);
            }

            public void Dispose()
            {
            }
        }

        private sealed class Splitter : ISentenceSplitter
        {
            private readonly SentenceSplitter _inner = SentenceSplitter.CreateDefault();

            public IReadOnlyList<Sentence> Split(string text)
            {
                ThrowOnMarker(text);
                return _inner.Split(text);
            }
        }

        private sealed class Recognizer : IActorRecognizer
        {
            public ImmutableArray<ActorMention> Recognize(NewsDocument document, IReadOnlyList<Sentence> sentences)
            {
                ThrowOnMarker(document.Text);
                return ActorRecognizer.Default.Recognize(document, sentences);
            }
        }

        private sealed class Extractor : IEventExtractor
        {
            public ImmutableArray<EventMention> Extract(AnnotatedDocument document)
            {
                ThrowOnMarker(document.Document.Text);
                return EventExtractor.BuiltIn.Extract(document);
            }
        }
    }
}
