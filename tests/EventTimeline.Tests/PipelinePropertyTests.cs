using System.Xml;

using EventTimeline.Documents;
using EventTimeline.Export;
using EventTimeline.Time;
using EventTimeline.Time.Native;

using FsCheck;
using FsCheck.Fluent;

namespace EventTimeline.Tests;

/// <summary>Properties over random hostile text (issue 6): the whole pipeline never throws and always writes a valid timeline; TimeML output is always well-formed XML.</summary>
public sealed class PipelinePropertyTests
{
    // Modest run counts keep the suite fast; a failure prints the replay seed.
    private static readonly Config _config = Config.QuickThrowOnFailure.WithMaxTest(40).WithEndSize(40);

    private static readonly NativeTemporalTagger _tagger = new();
    private static readonly EventTimelinePipeline _pipeline = EventTimelinePipeline.CreateDefault(_tagger);

    [OneTimeTearDown]
    public void StopTagger() => _tagger.Dispose();

    [Test]
    public void Build_RandomHostileText_NeverThrowsAndWritesAValidTimeline()
    {
        var property = Prop.ForAll(HostileText.Texts, HostileText.Texts, (first, second) =>
        {
            var documents = new[]
            {
                new RawDocument("a", "a.txt", null, null, null, new DateOnly(2014, 3, 3), first),
                new RawDocument("b", "b.txt", HostileText.Show(second), null, null, null, second + first),
            };
            var problem = TimelineProblem(documents);
            return problem is null ? true.Label("ok") : false.Label(problem + " in " + HostileText.Show(first) + " | " + HostileText.Show(second));
        });

        Check.One(_config, property);
    }

    [Test]
    public void Read_RandomHostileTextFiles_ReadAndBuildWithoutThrowing()
    {
        var reader = new CorpusReader();
        var property = Prop.ForAll(HostileText.Texts, text =>
        {
            using var folder = new TempFolder();
            folder.Write("hostile.txt", text);
            folder.Write("lines.jsonl", "{\"text\": " + Newtonsoft.Json.JsonConvert.ToString(text) + "}\n" + text.Replace("\n", " ", StringComparison.Ordinal) + "\n");
            var read = reader.Read([folder.Root]);
            var accounted = read.Outcomes.Any(o => o.Path == "hostile.txt") && read.Outcomes.Any(o => o.Path == "lines.jsonl");
            var problem = accounted ? TimelineProblem(read.Documents) : "an input is missing from the outcomes";
            return problem is null ? true.Label("ok") : false.Label(problem + " in " + HostileText.Show(text));
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(25).WithEndSize(30), property);
    }

    [Test]
    public void TimeMlWriter_RandomHostileText_AlwaysWellFormedXmlWithTheSameTextLength()
    {
        var property = Prop.ForAll(HostileText.Texts, text =>
        {
            var mentions = _tagger.Tag(text, new DateOnly(2014, 3, 3));
            var xml = TimeMlWriter.Write(HostileText.Show(text[..Math.Min(20, text.Length)]) + "<&]]>\u0001", new DateOnly(2014, 3, 3), text, mentions);
            var parsed = new XmlDocument { PreserveWhitespace = true };
            parsed.LoadXml(xml);
            var written = parsed.SelectSingleNode("/TimeML/TEXT")!.InnerText;
            return (written.Length == text.Length).Label($"TEXT has {written.Length} characters for {text.Length}");
        });

        Check.One(_config.WithMaxTest(100), property);
    }

    /// <summary>Runs the pipeline and serializes the timeline; null when the result is a valid timeline, else what is wrong.</summary>
    private static string? TimelineProblem(IReadOnlyList<RawDocument> documents)
    {
        var result = _pipeline.Build(documents);
        var timeline = TimelineFileReader.Read(JsonFormat.Serialize(result.Timeline));
        var documentIds = timeline.Documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var actorIds = timeline.Actors.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var eventIds = timeline.Events.Select(e => e.Id).ToList();
        var sorted = timeline.Events
            .OrderBy(e => e.Date.Start is null ? 1 : 0)
            .ThenBy(e => e.Date.Start ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(e => e.Date.End ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .Select(e => e.Id);
        return documentIds.Count + result.Failures.Count != documents.Count ? "a document is missing from the timeline"
            : eventIds.Distinct(StringComparer.Ordinal).Count() != eventIds.Count ? "event ids are not unique"
            : actorIds.Count != timeline.Actors.Count ? "actor ids are not unique"
            : !sorted.SequenceEqual(eventIds, StringComparer.Ordinal) ? "events are not sorted by date"
            : timeline.Events.SelectMany(e => e.Mentions).FirstOrDefault(m => !documentIds.Contains(m.Document)) is { } orphan ? $"a mention points at unknown document {orphan.Document}"
            : timeline.Events.SelectMany(e => e.Actors).FirstOrDefault(a => !actorIds.Contains(a.Id)) is { } stranger ? $"an event names unknown actor {stranger.Id}"
            : timeline.Events.FirstOrDefault(e => e.Mentions.Count == 0) is { } empty ? $"event {empty.Id} has no mention"
            : null;
    }
}
