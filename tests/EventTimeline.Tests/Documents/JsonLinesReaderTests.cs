using System.Diagnostics;
using System.Text;

using EventTimeline.Documents;

namespace EventTimeline.Tests.Documents;

public sealed class JsonLinesReaderTests
{
    private static readonly JsonLinesReader _reader = new(MetadataDateParser.CreateDefault(), ArticleFields.BuiltIn);

    private static FileReading Read(TempFolder folder, string name, InputLimits? limits = null, Func<string?, ManifestEntry?>? manifest = null) =>
        _reader.Read(new InputFile(Path.Combine(folder.Root, name), "in/" + name, name), manifest ?? (_ => null), limits ?? InputLimits.Default);

    [Test]
    public void Read_ArticleLines_EachBecomesADocumentKeyedByIdOrLine()
    {
        using var folder = new TempFolder();
        folder.Write("wire.jsonl", """
            {"id": "a1", "title": "Quotas cut", "text": "Ministers cut quotas on Thursday.", "published": "2019-03-14", "source": "Wire", "url": "https://wire.example/a1"}

            {"body": "Fares rise in April, the operator said on Friday.", "date": "Fri, 15 Mar 2019 09:00:00 GMT"}
            {"id": 7, "title": "Shifts agreed", "text": "Shifts agreed\n\nUnions agreed on Sunday."}
            """);

        var reading = Read(folder, "wire.jsonl");

        Assert.That(reading.Refusal, Is.Null);
        Assert.That(reading.LineOutcomes, Is.Empty);
        Assert.That(reading.Documents.Select(d => d.Document), Is.EqualTo(new[]
        {
            new RawDocument("wire#a1", "wire.jsonl:1", "Quotas cut", "Wire", "https://wire.example/a1", new DateOnly(2019, 3, 14), "Quotas cut\n\nMinisters cut quotas on Thursday."),
            new RawDocument("wire#3", "wire.jsonl:3", null, null, null, new DateOnly(2019, 3, 15), "Fares rise in April, the operator said on Friday."),
            new RawDocument("wire#7", "wire.jsonl:4", "Shifts agreed", null, null, null, "Shifts agreed\n\nUnions agreed on Sunday."),
        }));
        Assert.That(reading.Documents.Select(d => d.Line), Is.EqualTo(new int?[] { 1, 3, 4 }));
    }

    [Test]
    public void Read_FieldsUnderOtherCommonNames_AreRead()
    {
        using var folder = new TempFolder();
        folder.Write("api.jsonl", """
            {"headline": "Dam deal signed", "published_at": "2023-06-02T08:00:00Z", "content": "Two states signed a water deal on Thursday.", "link": "https://news.example/dam", "source": {"id": "wire", "name": "Example Wire"}, "guid": "d-1"}
            {"Title": "Strike ends", "pubDate": "Fri, 02 Jun 2023 10:00:00 GMT", "Body": "The strike ended on Thursday.", "publisher": "Gazette"}
            {"title": "Fares", "publishedAt": 1685692800, "articleBody": "Fares rose on Thursday."}
            """);

        var reading = Read(folder, "api.jsonl");

        Assert.That(reading.LineOutcomes, Is.Empty);
        Assert.That(reading.Documents.Select(d => d.Document), Is.EqualTo(new[]
        {
            new RawDocument("api#d-1", "api.jsonl:1", "Dam deal signed", "Example Wire", "https://news.example/dam", new DateOnly(2023, 6, 2), "Dam deal signed\n\nTwo states signed a water deal on Thursday."),
            new RawDocument("api#2", "api.jsonl:2", "Strike ends", "Gazette", null, new DateOnly(2023, 6, 2), "Strike ends\n\nThe strike ended on Thursday."),
            new RawDocument("api#3", "api.jsonl:3", "Fares", null, null, new DateOnly(2023, 6, 2), "Fares\n\nFares rose on Thursday."),
        }));
    }

    [Test]
    public void ReadJsonFile_OneArticleObject_IsTheFilesDocument()
    {
        using var folder = new TempFolder();
        folder.Write("water.json", """
            {
              "authors": ["Jane Roe"],
              "date_publish": "2023-06-02 08:00:00",
              "maintext": "Two states signed a water deal on Thursday.",
              "source_domain": "news.example.com",
              "title": "Water deal",
              "url": "https://news.example.com/water"
            }
            """);

        var reading = _reader.ReadJsonFile(new InputFile(Path.Combine(folder.Root, "water.json"), "in/water.json", "water.json"), _ => null, InputLimits.Default);

        Assert.That(reading.Refusal, Is.Null);
        Assert.That(reading.Documents, Is.EqualTo(new[]
        {
            (new RawDocument("water", "water.json", "Water deal", "news.example.com", "https://news.example.com/water", new DateOnly(2023, 6, 2), "Water deal\n\nTwo states signed a water deal on Thursday."), (int?)null),
        }));
    }

    [Test]
    public void ReadJsonFile_ArrayOfArticles_EachElementIsADocumentAndABadOneIsReportedAtItsLine()
    {
        using var folder = new TempFolder();
        folder.Write("batch.json", """
            [
              {"id": "p1", "text": "Thousands protested on Thursday.", "date": "2023-06-02"},
              {"title": "No text here"},
              {"text": "Rail workers went on strike on Monday."}
            ]
            """);

        var reading = _reader.ReadJsonFile(new InputFile(Path.Combine(folder.Root, "batch.json"), "in/batch.json", "batch.json"), _ => null, InputLimits.Default);

        Assert.That(reading.Documents.Select(d => (d.Document.Id, d.Document.Path, d.Line)), Is.EqualTo(new[] { ("batch#p1", "batch.json:2", (int?)2), ("batch#3", "batch.json:4", 4) }));
        Assert.That(reading.LineOutcomes.Select(o => (o.Line, o.Status, o.Detail)), Is.EqualTo(new[] { ((int?)3, InputStatus.Failed, "line 3: item 2 is not an article object with a text string") }));
    }

    [TestCase("{\"name\": \"settings\", \"version\": 2}")]
    [TestCase("[1, 2, 3]")]
    [TestCase("\"just a string\"")]
    public void ReadJsonFile_NoArticleInIt_IsIgnoredNotFailed(string json)
    {
        using var folder = new TempFolder();
        folder.Write("other.json", json);

        var reading = _reader.ReadJsonFile(new InputFile(Path.Combine(folder.Root, "other.json"), "in/other.json", "other.json"), _ => null, InputLimits.Default);

        Assert.That(reading.Documents, Is.Empty);
        Assert.That((reading.Refusal?.Status, reading.Refusal?.Reason), Is.EqualTo(((InputStatus?)InputStatus.Ignored, "not an article file")));
    }

    [Test]
    public void ReadJsonFile_InvalidJson_FailsNamingLineAndColumn()
    {
        using var folder = new TempFolder();
        folder.Write("broken.json", "[\n  {\"text\": \"One.\"},\n  {\"text\": oops}\n]");

        var reading = _reader.ReadJsonFile(new InputFile(Path.Combine(folder.Root, "broken.json"), "in/broken.json", "broken.json"), _ => null, InputLimits.Default);

        Assert.That(reading.Documents.Select(d => d.Document.Id), Is.EqualTo(new[] { "broken#1" }));
        Assert.That(reading.LineOutcomes.Select(o => (o.Line, o.Reason)), Is.EqualTo(new[] { ((int?)3, "invalid JSON") }));
    }

    [Test]
    public void Read_OneBrokenLineAmongGoodOnes_KeepsTheGoodLinesAndNamesLineAndColumn()
    {
        using var folder = new TempFolder();
        folder.Write("corpus.jsonl", "{\"text\": \"First article.\"}\n{\"text\": \"Second, broken\n{\"text\": \"Third article.\"}\n");

        var reading = Read(folder, "corpus.jsonl");

        Assert.That(reading.Documents.Select(d => d.Document.Id), Is.EqualTo(new[] { "corpus#1", "corpus#3" }));
        Assert.That(reading.LineOutcomes, Is.EqualTo(new[]
        {
            InputOutcome.NotUsed("in/corpus.jsonl", InputFormat.JsonLines, InputStatus.Failed, "invalid JSON", "line 2, column 24: invalid JSON (Unterminated string. Expected delimiter: \")", 2),
        }));
    }

    [Test]
    public void Read_UnusableLines_AreEachReported()
    {
        using var folder = new TempFolder();
        folder.Write("c.ndjson", string.Join('\n',
            "[1, 2]",
            "{\"title\": \"No text\"}",
            "{\"text\": \"   \"}",
            "{\"id\": \"x\", \"text\": \"One.\"}",
            "{\"id\": \"x\", \"text\": \"Two.\"}",
            "{\"text\": \"Dated badly.\", \"published\": \"yesterday\"}",
            "{\"text\": \"A.\"} {\"text\": \"B.\"}"));

        var reading = Read(folder, "c.ndjson");

        Assert.That(reading.Documents.Select(d => d.Document.Id), Is.EqualTo(new[] { "c#x", "c#6" }));
        Assert.That(reading.Documents[1].Document.Published, Is.Null);
        Assert.That(reading.LineOutcomes.Select(o => (o.Line, o.Status, o.Reason, o.Detail)), Is.EqualTo(new[]
        {
            ((int?)1, InputStatus.Failed, "not an article", "line 1: expected an object, found array"),
            (2, InputStatus.Failed, "no text field", "line 2: no text string (looked for \"text\", \"body\", \"content\", \"article\", \"articleBody\", \"article_body\", \"full_text\", \"fullText\", \"maintext\", \"story\")"),
            (3, InputStatus.Skipped, "no text", "line 3: the text is empty"),
            (5, InputStatus.Failed, "duplicate id", "line 5: id \"x\" is already used on line 4; skipped"),
            (6, InputStatus.Failed, "unparseable date", "line 6: \"published\" is not a date (\"yesterday\"); the article was read without it"),
            (7, InputStatus.Failed, "invalid JSON", "line 7, column 15: invalid JSON (Additional text encountered after finished reading JSON content: {)"),
        }));
    }

    [Test]
    public void Read_LineLongerThanTheLimit_IsSkippedAndTheNextLineRead()
    {
        using var folder = new TempFolder();
        var limits = new InputLimits(10, 5);
        folder.Write("c.jsonl", "{\"text\": \"" + new string('w', limits.MaxJsonLineChars) + "\"}\n{\"text\": \"Short.\"}");

        var reading = Read(folder, "c.jsonl", limits);

        Assert.That(reading.Documents.Single().Document.Text, Is.EqualTo("Short."));
        Assert.That(reading.LineOutcomes.Single().Detail, Is.EqualTo($"line 1: longer than {limits.MaxJsonLineChars} characters; skipped"));
    }

    [Test]
    public void Read_LongTextWithoutNewline_IsTruncatedAndNoted()
    {
        using var folder = new TempFolder();
        folder.Write("c.jsonl", "{\"text\": \"" + new string('w', 5 * 1024 * 1024) + "\"}");
        var clock = Stopwatch.StartNew();

        var reading = Read(folder, "c.jsonl");

        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(20)));
        Assert.That(reading.Truncated, Is.True);
        Assert.That(reading.Documents.Single().Document.Text, Has.Length.EqualTo(InputLimits.DefaultMaxSentenceChars + 2));
        Assert.That(reading.Notes, Is.EqualTo(new[]
        {
            "line 1: text longer than 2000000 characters: truncated to its first 2000000 characters",
            "line 1: 1 sentence(s) longer than 5000 characters cut (1995000 characters dropped)",
        }));
    }

    [Test]
    public void Read_Utf16WithBom_ReadsTheLines()
    {
        using var folder = new TempFolder();
        var encoding = new UnicodeEncoding(bigEndian: false, byteOrderMark: true);
        folder.WriteBytes("u.jsonl", encoding.GetPreamble().Concat(encoding.GetBytes("{\"text\": \"Café talks.\"}\r\n{\"text\": \"More.\"}\r\n")).ToArray());

        var reading = Read(folder, "u.jsonl");

        Assert.That(reading.Documents.Select(d => d.Document.Text), Is.EqualTo(new[] { "Café talks.", "More." }));
    }

    [Test]
    public void Read_BinaryFile_IsSkipped()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("b.jsonl", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]);

        Assert.That(Read(folder, "b.jsonl").Refusal, Is.EqualTo(InputOutcome.NotUsed("in/b.jsonl", InputFormat.JsonLines, InputStatus.Skipped, "binary file", "binary file (contains NUL bytes)")));
    }

    [Test]
    public void Read_ManifestEntries_OverrideTheLinesFields()
    {
        using var folder = new TempFolder();
        folder.Write("c.jsonl", "{\"id\": \"a\", \"text\": \"A.\", \"source\": \"Own\", \"published\": \"2019-01-01\"}\n{\"text\": \"B.\", \"source\": \"Own\"}");
        var wholeFile = new ManifestEntry("c.jsonl", null, "Manifest outlet", null, null);
        var lineA = new ManifestEntry("c.jsonl#a", null, null, null, new DateOnly(2019, 2, 2));

        var reading = Read(folder, "c.jsonl", manifest: key => key switch { null => wholeFile, "a" => lineA, _ => null });

        Assert.That(reading.Documents.Select(d => (d.Document.Source, d.Document.Published)), Is.EqualTo(new[]
        {
            ("Manifest outlet", (DateOnly?)new DateOnly(2019, 2, 2)),
            ("Manifest outlet", null),
        }));
    }
}
