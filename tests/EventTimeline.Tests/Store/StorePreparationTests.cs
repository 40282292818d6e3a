using System.Globalization;
using System.Text;

using EventTimeline.Benchmark;
using EventTimeline.Documents;
using EventTimeline.Store;
using EventTimeline.Time.Native;

namespace EventTimeline.Tests.Store;

[TestFixture]
public sealed class StorePreparationTests
{
    private const string Teaser = "Talks on the river treaty can still succeed despite the floods, the minister says.";

    private const string Story =
        "The harbour authority closed the northern basin on Tuesday after a cargo ship lost part of its load in heavy weather. " +
        "Divers from the coast guard searched the channel for containers through the night, while tugs held two tankers outside the breakwater. " +
        "The authority said the basin would reopen once the channel was surveyed again, which could take until the end of the week. " +
        "Fishermen complained that the closure came in the middle of the herring season and asked the council for compensation.";

    [Test]
    public void Prepare_NewDocumentsMakeAnOldLineFurniture_EqualsPreparationOfAllAndRemakesTheOldOnes()
    {
        using var setup = new Setup();
        var old = Enumerable.Range(1, 3).Select(day => Page($"a{day}", "wire", day, Teaser))
            .Concat(Enumerable.Range(4, 4).Select(day => Page($"a{day}", "wire", day, "A line of its own for page " + Words[day] + ".")))
            .ToList();
        var added = Enumerable.Range(8, 2).Select(day => Page($"b{day}", "wire", day, Teaser)).ToList();
        setup.Run.Add(old, prune: false);
        var before = setup.Run.Prepare(jobs: 1);

        setup.Run.Add(added, prune: false);
        var after = setup.Run.Prepare(jobs: 2);

        var all = old.Concat(added).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(before.Corpus.Furniture, Is.Empty);
            Assert.That(after.Corpus.Furniture.Select(f => (f.Text, f.Documents)), Is.EqualTo(new[] { (Teaser, 5) }));
            Assert.That(after.Cleaned, Is.EqualTo(2));
            Assert.That(after.Remade, Is.EqualTo(5), "the three old pages holding the teaser and the two new ones");
            Assert.That(Snapshot(after), Is.EqualTo(setup.PlainSnapshot(all)));
        });
    }

    [Test]
    public void Prepare_NewNearCopiesOfAnOldDocument_EqualsPreparationOfAll()
    {
        using var setup = new Setup();
        var original = Document("x", "wire", 5, Story);
        var others = Enumerable.Range(1, 3).Select(i => Document($"o{i}", "wire", i, $"An unrelated report number {Words[i]} about the weather in the hills, where snow fell early this year and the roads were closed for a day.")).ToList();
        setup.Run.Add([original, .. others], prune: false);
        setup.Run.Prepare(jobs: 1);
        var added = new[]
        {
            // A later repost with an intro of its own, an earlier one (the old document becomes its copy), and an undated one.
            Document("y", "post", 6, "Our correspondent reports from the coast.\n" + Story),
            Document("z", "herald", 3, Story),
            Document("u", null, null, Story + " More on this story later."),
        };

        setup.Run.Add(added, prune: false);
        var after = setup.Run.Prepare(jobs: 1);

        var notes = after.Corpus.Notes.ToDictionary(n => n.Id);
        Assert.Multiple(() =>
        {
            Assert.That(notes["x"].NearCopy?.OriginalId, Is.EqualTo("z"));
            Assert.That(notes["y"].NearCopy?.OriginalId, Is.EqualTo("z"));
            Assert.That(after.Corpus.Documents.Single(d => d.Id == "u").PublishedBasis, Is.EqualTo(PublishedBasis.Corpus));
            Assert.That(after.Cleaned, Is.EqualTo(3));
            Assert.That(Snapshot(after), Is.EqualTo(setup.PlainSnapshot([original, .. others, .. added])));
        });
    }

    [Test]
    public void Prepare_DocumentsAdded_CleansOnlyThemAndEqualsPreparationOfAll()
    {
        using var setup = new Setup();
        var generated = NewsCorpusGenerator.Default.Generate(120, seed: 7);
        setup.Run.Add([.. generated.Take(100)], prune: false);
        var first = setup.Run.Prepare(jobs: 2);

        setup.Run.Add(generated, prune: false);
        var second = setup.Run.Prepare(jobs: 2);
        var third = setup.Run.Prepare(jobs: 1);

        Assert.Multiple(() =>
        {
            Assert.That(first.Cleaned, Is.EqualTo(100));
            Assert.That(second.Cleaned, Is.EqualTo(20));
            Assert.That(third.Cleaned, Is.Zero);
            Assert.That(third.Remade, Is.Zero);
            Assert.That(Snapshot(second), Is.EqualTo(setup.PlainSnapshot(generated)));
            Assert.That(Snapshot(third), Is.EqualTo(Snapshot(second)));
        });
    }

    [Test]
    public void Prepare_DocumentChangedAndPruned_EqualsPreparationOfTheRest()
    {
        using var setup = new Setup();
        var generated = NewsCorpusGenerator.Default.Generate(60, seed: 11);
        setup.Run.Add(generated, prune: false);
        setup.Run.Prepare(jobs: 1);
        var rest = generated.Where((_, i) => i % 5 != 0).Select((d, i) => i == 3 ? d with { Text = d.Text + "\nA correction was added to this story." } : d).ToList();

        setup.Run.Add(rest, prune: true);
        var after = setup.Run.Prepare(jobs: 1);

        Assert.Multiple(() =>
        {
            Assert.That(after.Cleaned, Is.EqualTo(1));
            Assert.That(Snapshot(after), Is.EqualTo(setup.PlainSnapshot(rest)));
        });
    }

    [Test]
    public void Prepare_StoreWithoutPreparations_PreparesAllAndReusesTheExtractions()
    {
        // A store upgraded from schema version 2 has documents and extractions but no preparation rows.
        using var setup = new Setup();
        var generated = NewsCorpusGenerator.Default.Generate(40, seed: 3);
        setup.Run.Add(generated, prune: false);
        var built = StoreRunTests.Build(setup.Run, jobs: 1);
        setup.Execute("DELETE FROM preparations", "DELETE FROM copy_pairs");

        var prepared = setup.Run.Prepare(jobs: 1);
        var rebuilt = setup.Run.Merge(prepared, jobs: 1);

        Assert.Multiple(() =>
        {
            Assert.That(prepared.Cleaned, Is.EqualTo(generated.Count));
            Assert.That(prepared.Pending, Is.Zero);
            Assert.That(StoreRunTests.Outputs(rebuilt), Is.EqualTo(StoreRunTests.Outputs(built)));
        });
    }

    [Test]
    public void Merge_NewDocumentsMakeAnOldLineFurniture_OutputsEqualPlainBuild()
    {
        using var setup = new Setup();
        var generated = NewsCorpusGenerator.Default.Generate(30, seed: 5).Select((d, i) => i % 3 == 0 ? d with { Text = d.Text + "\n" + Teaser } : d).ToList();
        setup.Run.Add([.. generated.Take(20)], prune: false);
        StoreRunTests.Build(setup.Run, jobs: 1);

        setup.Run.Add(generated, prune: false);
        var result = StoreRunTests.Build(setup.Run, jobs: 2);

        Assert.That(StoreRunTests.Outputs(result), Is.EqualTo(StoreRunTests.Outputs(setup.Pipeline.Build(generated, jobs: 2))));
    }

    private static readonly string[] Words = ["zero", "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett"];

    // A page with a body of its own (so that pages are no near-copies of each other) and the given line.
    private static RawDocument Page(string id, string source, int day, string line) =>
        Document(id, source, day, $"Story {Words[day]} opens here.\n\n{string.Join(' ', Enumerable.Range(0, 40).Select(k => Words[day] + k.ToString(CultureInfo.InvariantCulture)))}.\n{line}\nIt ends with its own line, {Words[day]}.");

    private static RawDocument Document(string id, string? source, int? day, string text) =>
        new(id, id + ".txt", "Title " + id, source, null, day is { } d ? new DateOnly(2024, 3, d) : null, text);

    // Everything preparation decides, but the texts: each document's key stands for its text.
    private static string Snapshot(PreparedStore prepared) => Snapshot(prepared.Corpus, prepared.Keys);

    private static string Snapshot(PreparedCorpus corpus, IReadOnlyList<string> keys)
    {
        var text = new StringBuilder();
        for (var i = 0; i < corpus.Documents.Count; i++)
        {
            text.Append(keys[i]).Append(' ')
                .Append(Encoding.UTF8.GetString(ExtractionCodec.Json(corpus.Documents[i] with { Text = string.Empty }))).Append(' ')
                .Append(Encoding.UTF8.GetString(ExtractionCodec.Json(corpus.Notes[i]))).Append('\n');
        }

        foreach (var line in corpus.Furniture)
        {
            text.Append(line.Outlet).Append(" | ").Append(line.Text).Append(" | ").Append(line.Documents.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        foreach (var failure in corpus.Failures)
        {
            text.Append(failure.DocumentId).Append(": ").Append(failure.Error).Append('\n');
        }

        return text.ToString();
    }

    private sealed class Setup : IDisposable
    {
        private readonly TempFolder _folder = new();
        private readonly NativeTemporalTagger _tagger = new();
        private readonly string _path;
        private readonly string _rules = RulesVersion.Of("native");

        public Setup()
        {
            Pipeline = EventTimelinePipeline.CreateDefault(_tagger);
            _path = Path.Combine(_folder.Root, "store.db");
            Store = SqliteEventStore.Open(_path);
            Run = new StoreRun(Pipeline, Store, _rules);
        }

        public EventTimelinePipeline Pipeline { get; }

        public SqliteEventStore Store { get; }

        public StoreRun Run { get; }

        // What DocumentPreparer makes of all the documents at once, in the snapshot's form.
        public string PlainSnapshot(IReadOnlyList<RawDocument> documents)
        {
            var corpus = Pipeline.Prepare(documents, jobs: 2);
            return Snapshot(corpus, [.. corpus.Documents.Select(d => RulesVersion.KeyOf(_rules, d))]);
        }

        public void Execute(params string[] statements)
        {
            using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_path};Pooling=False");
            connection.Open();
            foreach (var statement in statements)
            {
                using var command = connection.CreateCommand();
                command.CommandText = statement;
                command.ExecuteNonQuery();
            }
        }

        public void Dispose()
        {
            Store.Dispose();
            _tagger.Dispose();
            _folder.Dispose();
        }
    }
}
