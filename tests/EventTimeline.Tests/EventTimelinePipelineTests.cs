using EventTimeline.Benchmark;
using EventTimeline.Documents;
using EventTimeline.Export;
using EventTimeline.Time;
using EventTimeline.Time.Native;

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
    public void Build_StageThrowsOnAWorker_CallerGetsTheStageException()
    {
        var documents = NewsCorpusGenerator.Default.Generate(40, seed: 5);
        using var tagger = new FailingTagger();

        Assert.That(
            () => EventTimelinePipeline.CreateDefault(tagger).Build(documents, jobs: 2),
            Throws.TypeOf<TemporalEngineUnavailableException>().With.Message.EqualTo("engine gone"));
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
}
