using System.Collections.Immutable;
using System.Diagnostics;

using EventTimeline.Actors;
using EventTimeline.Cli;
using EventTimeline.Documents;
using EventTimeline.Events;
using EventTimeline.Text;
using EventTimeline.Time;

namespace EventTimeline.Tests.Events;

/// <summary>Builds the timeline of the 256 TempEval-3 development texts (DCT from their &lt;DCT&gt;) and prints 50 events drawn with a fixed seed, to judge actors and dates by hand (explicit only: needs ../shared/data).</summary>
public sealed class EventPrecisionMeasurement
{
    private const int Seed = 20150918;
    private const int SampleSize = 50;

    [Test]
    [Explicit("reads /work/shared/data/tempeval3-dev and prints a sample to judge by hand")]
    public void Sample_TempEvalDevTexts_PrintsEventsToJudge()
    {
        var folder = Environment.GetEnvironmentVariable("TEMPEVAL3_DEV") ?? "/work/shared/data/tempeval3-dev";
        var files = Directory.EnumerateFiles(folder, "*.tml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var splitter = SentenceSplitter.CreateDefault();
        var watch = Stopwatch.StartNew();
        var documents = files.Select(file =>
        {
            var timeMl = TimeMlReader.Read(File.ReadAllText(file), file);
            return new NewsDocument(Path.GetFileNameWithoutExtension(file), Path.GetFileName(file), null, null, null, timeMl.DocumentDate, PublishedBasis.Manifest, timeMl.Text, null);
        }).ToList();
        using var tagger = TaggerFactory.Create(TaggerFactory.DefaultEngine);
        var times = tagger.Tag([.. documents.Select(document => new TaggingRequest(document.Text, document.Published))]);
        var annotated = new List<AnnotatedDocument>();
        var recognized = new List<DocumentActorMentions>();
        for (var i = 0; i < documents.Count; i++)
        {
            var sentences = splitter.Split(documents[i].Text).ToImmutableArray();
            var actors = ActorRecognizer.Default.Recognize(documents[i], sentences);
            recognized.Add(new DocumentActorMentions(documents[i].Id, actors));
            annotated.Add(new AnnotatedDocument(documents[i], sentences, [.. actors], [.. times[i]]));
        }

        var resolution = ActorResolver.Default.Resolve(recognized);
        var mentions = annotated.SelectMany(document => EventExtractor.BuiltIn.Extract(document)).ToList();
        var merged = EventMerger.BuiltIn.Merge(annotated, mentions, resolution);
        var timeline = TimelineBuilder.BuiltIn.Build(documents, resolution, merged);
        watch.Stop();

        TestContext.Out.WriteLine($"{documents.Count} documents, {mentions.Count} event mentions, {merged.Length} merged events, {timeline.Events.Count} dated events in {watch.Elapsed.TotalSeconds:F1} s");
        TestContext.Out.WriteLine("by type: " + string.Join(", ", timeline.Events.GroupBy(e => e.Type).OrderByDescending(g => g.Count()).Select(g => $"{g.Key}={g.Count()}")));
        TestContext.Out.WriteLine("by basis: " + string.Join(", ", timeline.Events.GroupBy(e => e.Date.Basis).Select(g => $"{g.Key}={g.Count()}")));
        var names = timeline.Actors.ToDictionary(actor => actor.Id, actor => actor.Name, StringComparer.Ordinal);
        var random = new Random(Seed);
        var n = 0;
        foreach (var e in timeline.Events.OrderBy(_ => random.Next()).Take(SampleSize))
        {
            n++;
            var dct = documents.Single(d => d.Id == e.Mentions[0].Document).Published;
            TestContext.Out.WriteLine($"#{n} {e.Label} | {e.Type} {e.Status} | {e.Date.Start}..{e.Date.End} {e.Date.Basis} (DCT {dct:yyyy-MM-dd}) | {string.Join(", ", e.Actors.Select(a => names[a.Id] + "=" + a.Role))}");
            foreach (var mention in e.Mentions.Take(2))
            {
                TestContext.Out.WriteLine($"    {mention.Document}#{mention.Sentence} [{mention.Trigger}] time={mention.Time} :: {mention.Text.ReplaceLineEndings(" ")}");
            }
        }

        Assert.That(timeline.Events, Is.Not.Empty);
    }
}
