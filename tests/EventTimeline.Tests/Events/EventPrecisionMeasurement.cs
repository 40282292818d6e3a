using System.Diagnostics;

using EventTimeline.Cli;
using EventTimeline.Documents;

namespace EventTimeline.Tests.Events;

/// <summary>Builds the timeline of the 256 TempEval-3 development texts (DCT from their &lt;DCT&gt;) through the same pipeline as <c>build</c> and prints 50 events drawn with a fixed seed, to judge actors and dates by hand (explicit only: needs ../shared/data).</summary>
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
        var watch = Stopwatch.StartNew();
        var raw = files.Select(file =>
        {
            var timeMl = TimeMlReader.Read(File.ReadAllText(file), file);
            return new RawDocument(Path.GetFileNameWithoutExtension(file), Path.GetFileName(file), null, null, null, timeMl.DocumentDate, timeMl.Text);
        }).ToList();
        using var tagger = TaggerFactory.Create(TaggerFactory.DefaultEngine);
        var result = EventTimelinePipeline.CreateDefault(tagger).Build(raw);
        var documents = result.Documents.Select(analyzed => analyzed.Document).ToList();
        var timeline = result.Timeline;
        var mentions = timeline.Events.Sum(e => e.Mentions.Count);
        watch.Stop();

        TestContext.Out.WriteLine($"{documents.Count} documents, {mentions} event mentions of dated events, {result.Events.Count} merged events, {timeline.Events.Count} dated events in {watch.Elapsed.TotalSeconds:F1} s");
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
