using System.Diagnostics;
using System.Text;

using EventTimeline.Documents;

namespace EventTimeline.Tests.Documents;

/// <summary>Every input accounted for: mixed formats, metadata precedence, and the exact outcome of each kind of bad input.</summary>
public sealed class CorpusReaderInputsTests
{
    private static readonly CorpusReader _reader = new();

    private static readonly string _clutteredPage = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "html", "cluttered-article.html"));

    // One folder given: outcome paths are relative to it.
    private static string Shown(TempFolder folder, string relative) => relative;

    private static InputOutcome Outcome(CorpusReadResult result, TempFolder folder, string relative, int? line = null) =>
        result.Outcomes.Single(o => o.Path == Shown(folder, relative) && o.Line == line);

    [Test]
    public void Read_MixedFolder_BuildsOneCorpusFromEveryFormat()
    {
        using var folder = new TempFolder();
        folder.Write("port.html", _clutteredPage);
        folder.Write("wire.jsonl", """
            {"id": "q", "title": "Quotas cut", "text": "Ministers cut quotas on Thursday.", "published": "2019-03-14", "source": "Wire"}
            {"title": "Fares rise", "body": "Fares rise in April, the operator said on Friday.", "date": "2019-03-15T09:00:00Z"}
            {"text": "Unions agreed on Sunday to extra shifts.", "published": "2019-03-10"}
            """);
        folder.Write("council.txt", "Council hearing\n\nThe council will meet on March 20, 2019.");
        folder.Write("notes/brief.md", "# Briefing\n\nThe *port* reopened.");
        folder.Write("manifest.json", """
            [
              { "file": "council.txt", "published": "2019-03-13", "source": "City Desk" },
              { "file": "port.html", "source": "Manifest Ledger" },
              { "file": "wire.jsonl#q", "published": "2019-03-01" }
            ]
            """);

        var result = _reader.Read([folder.Root]);

        Assert.That(result.Problems, Is.Empty);
        Assert.That(result.Documents.Select(d => (d.Id, d.Published)), Is.EqualTo(new[]
        {
            ("council", (DateOnly?)new DateOnly(2019, 3, 13)),
            ("notes/brief", null),
            ("port", new DateOnly(2019, 3, 12)),
            ("wire#2", new DateOnly(2019, 3, 15)),
            ("wire#3", new DateOnly(2019, 3, 10)),
            ("wire#q", new DateOnly(2019, 3, 1)),
        }));
        var port = result.Documents.Single(d => d.Id == "port");
        Assert.That((port.Title, port.Source, port.Url), Is.EqualTo(("Harbor authority reopens northern port after storm damage", "Manifest Ledger", "https://www.coastal-ledger.example/news/port-reopens")));
        Assert.That(result.Outcomes.Select(o => (Path.GetFileName(o.Path), o.Format, o.Status)), Is.EqualTo(new[]
        {
            ("council.txt", InputFormat.Text, InputStatus.Processed),
            ("manifest.json", InputFormat.Manifest, InputStatus.Processed),
            ("brief.md", InputFormat.Markdown, InputStatus.Processed),
            ("port.html", InputFormat.Html, InputStatus.Processed),
            ("wire.jsonl", InputFormat.JsonLines, InputStatus.Processed),
        }));
        Assert.That(Outcome(result, folder, "wire.jsonl").Documents, Is.EqualTo(new[] { "wire#q", "wire#2", "wire#3" }));
    }

    [Test]
    public void Read_MarkdownWithFrontMatter_TakesItsMetadataUnderTheManifest()
    {
        using var folder = new TempFolder();
        folder.Write("budget.md", "---\ntitle: \"Budget passes\"\ndate: 2024-03-14\nsource: Example Gazette\n---\n\n# Budget passes\n\nThe budget passed on *Wednesday*.");
        folder.Write("fares.md", "---\ntitle: Fares rise\ndate: 2024-03-10\n---\nFares rose on Friday.");
        folder.Write("manifest.json", """[{ "file": "fares.md", "published": "2024-03-11" }]""");

        var result = _reader.Read([folder.Root]);

        Assert.That(result.Problems, Is.Empty);
        Assert.That(result.Documents, Is.EqualTo(new[]
        {
            new RawDocument("budget", "budget.md", "Budget passes", "Example Gazette", null, new DateOnly(2024, 3, 14), "\nBudget passes\n\nThe budget passed on Wednesday."),
            new RawDocument("fares", "fares.md", "Fares rise", null, null, new DateOnly(2024, 3, 11), "Fares rose on Friday."),
        }));
    }

    [Test]
    public void Read_EmptyFile_IsSkipped()
    {
        using var folder = new TempFolder();
        folder.Write("good.txt", "Good\n\nBody.");
        folder.Write("empty.txt", string.Empty);

        var result = _reader.Read([folder.Root]);

        Assert.That(Outcome(result, folder, "empty.txt"), Is.EqualTo(InputOutcome.NotUsed(Shown(folder, "empty.txt"), InputFormat.Text, InputStatus.Skipped, "empty file")));
    }

    [Test]
    public void Read_PngRenamedTxt_IsSkippedAsBinary()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]);

        var result = _reader.Read([folder.Root]);

        Assert.That(Outcome(result, folder, "photo.txt"), Is.EqualTo(InputOutcome.NotUsed(Shown(folder, "photo.txt"), InputFormat.Text, InputStatus.Skipped, "binary file", "binary file (contains NUL bytes)")));
    }

    [Test]
    public void Read_PngRenamedHtml_IsSkippedAsBinary()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("photo.html", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]);

        Assert.That(Outcome(_reader.Read([folder.Root]), folder, "photo.html").Reason, Is.EqualTo("binary file"));
    }

    [Test]
    public void Read_InvalidUtf8_IsReadWithReplacementsAndANote()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("broken.txt", Encoding.UTF8.GetBytes("Talks in Zürich\n\nThey met ").Concat(new byte[] { 0xE2, 0x28, 0xA1 }).Concat(Encoding.UTF8.GetBytes(" on Monday.")).ToArray());

        var result = _reader.Read([folder.Root]);

        Assert.That(result.Documents.Single().Text, Is.EqualTo("Talks in Zürich\n\nThey met \uFFFD(\uFFFD on Monday."));
        Assert.That(Outcome(result, folder, "broken.txt"), Is.EqualTo(new InputOutcome(Shown(folder, "broken.txt"), null, InputFormat.Text, InputStatus.Processed, null, null, ["broken"], ["2 invalid UTF-8 byte sequence(s) replaced with U+FFFD"], false)).Using<InputOutcome>(SameOutcome));
    }

    [Test]
    public void Read_Utf16WithBom_IsReadFine()
    {
        using var folder = new TempFolder();
        var encoding = new UnicodeEncoding(bigEndian: true, byteOrderMark: true);
        folder.WriteBytes("wide.txt", encoding.GetPreamble().Concat(encoding.GetBytes("Title\r\n\r\nCafé body.")).ToArray());

        var result = _reader.Read([folder.Root]);

        Assert.That(result.Documents.Single().Text, Is.EqualTo("Title\n\nCafé body."));
        Assert.That(Outcome(result, folder, "wide.txt").Notes, Is.Empty);
    }

    [Test]
    public void Read_ManifestThatIsNotJson_FailsNamingLineAndColumnAndTheFilesAreStillRead()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "A\n\nBody.");
        folder.Write("manifest.json", "[\n  { \"file\": \"a.txt\",\n    \"published\": 2015-09-21 }\n]");

        var result = _reader.Read([folder.Root]);

        Assert.That(result.Documents.Single().Id, Is.EqualTo("a"));
        Assert.That(Outcome(result, folder, "manifest.json"), Is.EqualTo(InputOutcome.NotUsed(
            Shown(folder, "manifest.json"), InputFormat.Manifest, InputStatus.Failed, "invalid JSON", "line 3, column 27: invalid JSON (Input string '2015-09-21' is not a valid number)")));
    }

    [Test]
    public void Read_ManifestNamingAMissingFile_FailsThatEntry()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "A\n\nBody.");
        folder.Write("manifest.json", "[\n  { \"file\": \"a.txt\" },\n  { \"file\": \"gone.txt\", \"published\": \"2015-09-21\" }\n]");

        var result = _reader.Read([folder.Root]);

        Assert.That(Outcome(result, folder, "manifest.json", 3), Is.EqualTo(InputOutcome.NotUsed(
            Shown(folder, "manifest.json"), InputFormat.Manifest, InputStatus.Failed, "missing file", "names \"gone.txt\", which does not exist", 3)));
        Assert.That(Outcome(result, folder, "manifest.json").Status, Is.EqualTo(InputStatus.Processed));
    }

    [Test]
    public void Read_ManifestWithAnUnparseableDate_FailsThatEntryAndReadsTheFileWithoutIt()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "A\n\nBody.");
        folder.Write("manifest.json", "[\n  { \"file\": \"a.txt\", \"title\": \"Manifest title\", \"published\": \"next Tuesday\" }\n]");

        var result = _reader.Read([folder.Root]);

        Assert.That(result.Documents.Single(), Has.Property("Title").EqualTo("Manifest title").And.Property("Published").Null);
        Assert.That(Outcome(result, folder, "manifest.json", 2), Is.EqualTo(InputOutcome.NotUsed(
            Shown(folder, "manifest.json"), InputFormat.Manifest, InputStatus.Failed, "unparseable date",
            "line 2, column 75: \"published\" of \"a.txt\" must be YYYY-MM-DD, an ISO-8601 timestamp or a written date, found \"next Tuesday\"", 2)));
    }

    [Test]
    public void Read_ManifestPathEscapingTheFolder_IsRefused()
    {
        using var folder = new TempFolder();
        folder.Write("in/a.txt", "A\n\nBody.");
        folder.Write("in/manifest.json", "[{ \"file\": \"../../etc/passwd\", \"title\": \"x\" }]");

        var result = _reader.Read([Path.Combine(folder.Root, "in")]);

        Assert.That(result.Documents.Single().Title, Is.EqualTo("A"));
        Assert.That(Outcome(result, folder, "manifest.json", 1), Is.EqualTo(InputOutcome.NotUsed(
            Shown(folder, "manifest.json"), InputFormat.Manifest, InputStatus.Failed, "path outside the folder", "line 1, column 29: \"../../etc/passwd\" is not a path inside the manifest's folder; refused", 1)));
    }

    [Test]
    public void Read_SymlinkLoops_AreReportedWithoutHanging()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "A\n\nBody.");
        Directory.CreateDirectory(Path.Combine(folder.Root, "sub"));
        Directory.CreateSymbolicLink(Path.Combine(folder.Root, "sub", "back"), folder.Root);
        File.CreateSymbolicLink(Path.Combine(folder.Root, "self.txt"), Path.Combine(folder.Root, "self.txt"));
        var clock = Stopwatch.StartNew();

        var result = _reader.Read([folder.Root]);

        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
        Assert.That(result.Documents.Select(d => d.Id), Is.EqualTo(new[] { "a" }));
        Assert.That(Outcome(result, folder, "sub/back"), Has.Property("Status").EqualTo(InputStatus.Skipped).And.Property("Reason").EqualTo("symbolic link loop"));
        Assert.That(Outcome(result, folder, "self.txt"), Has.Property("Status").EqualTo(InputStatus.Skipped).And.Property("Reason").EqualTo("symbolic link loop"));
    }

    [Test]
    public void Read_LinksToFilesAndFolders_FilesAreReadFoldersAreNotFollowed()
    {
        using var folder = new TempFolder();
        using var outside = new TempFolder();
        var target = outside.Write("elsewhere.txt", "Elsewhere\n\nBody.");
        folder.Write("in/sub/b.txt", "B\n\nBody.");
        File.CreateSymbolicLink(Path.Combine(folder.Root, "in", "linked.txt"), target);
        File.CreateSymbolicLink(Path.Combine(folder.Root, "in", "broken.txt"), Path.Combine(outside.Root, "nothing.txt"));
        Directory.CreateSymbolicLink(Path.Combine(folder.Root, "in", "again"), Path.Combine(folder.Root, "in", "sub"));
        Directory.CreateSymbolicLink(Path.Combine(folder.Root, "in", "out"), outside.Root);

        var result = _reader.Read([Path.Combine(folder.Root, "in")]);

        Assert.That(result.Documents.Select(d => d.Id), Is.EqualTo(new[] { "linked", "sub/b" }));
        Assert.That(Outcome(result, folder, "broken.txt"), Has.Property("Status").EqualTo(InputStatus.Failed).And.Property("Reason").EqualTo("broken symbolic link"));
        Assert.That(Outcome(result, folder, "again"), Has.Property("Status").EqualTo(InputStatus.Ignored).And.Property("Reason").EqualTo("link inside the input"));
        Assert.That(Outcome(result, folder, "out"), Has.Property("Status").EqualTo(InputStatus.Skipped).And.Property("Reason").EqualTo("link outside the input"));
    }

    [Test]
    public void Read_InputFolderThatDoesNotExist_Fails()
    {
        using var folder = new TempFolder();
        var missing = Path.Combine(folder.Root, "no-such-folder");

        var result = _reader.Read([missing]);

        Assert.That(result.Documents, Is.Empty);
        Assert.That(result.Outcomes.Single(), Is.EqualTo(InputOutcome.NotUsed(missing.Replace('\\', '/'), InputFormat.Other, InputStatus.Failed, "no such file or folder")));
    }

    [Test]
    public void Read_AbsoluteOrRelativeInputPath_GivesTheSameOutcomesRelativeToTheFolder()
    {
        using var folder = new TempFolder();
        folder.Write("sub/a.txt", "Officials met in Paris on 3 March 2014.\n");
        folder.Write("empty.txt", string.Empty);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, folder.Root);

        var absolute = _reader.Read([folder.Root]);
        var typed = _reader.Read([relative + "/"]);

        Assert.That(absolute.Outcomes.Select(o => o.Path), Is.EqualTo(new[] { "empty.txt", "sub/a.txt" }));
        Assert.That(typed.Outcomes, Is.EqualTo(absolute.Outcomes).Using<InputOutcome>(SameOutcome));
    }

    [Test]
    public void Read_SeveralInputs_PathsStartWithEachFoldersName()
    {
        using var folder = new TempFolder();
        folder.Write("east/a.txt", "Officials met in Paris on 3 March 2014.\n");
        folder.Write("west/b.txt", "Officials met in Rome on 4 March 2014.\n");
        folder.Write("single.txt", "Officials met in Oslo on 5 March 2014.\n");

        var result = _reader.Read([Path.Combine(folder.Root, "east"), Path.Combine(folder.Root, "west"), Path.Combine(folder.Root, "single.txt")]);

        Assert.That(result.Outcomes.Select(o => o.Path), Is.EqualTo(new[] { "east/a.txt", "single.txt", "west/b.txt" }));
    }

    [Test]
    public void Read_JsonLinesWithOneBrokenLine_KeepsTheGoodLines()
    {
        using var folder = new TempFolder();
        folder.Write("c.jsonl", "{\"text\": \"One.\"}\n{\"text\": \"Two.\"\n{\"text\": \"Three.\"}\n");

        var result = _reader.Read([folder.Root]);

        Assert.That(result.Documents.Select(d => d.Id), Is.EqualTo(new[] { "c#1", "c#3" }));
        Assert.That(Outcome(result, folder, "c.jsonl", 2), Has.Property("Status").EqualTo(InputStatus.Failed).And.Property("Detail").StartsWith("line 2, column 15: invalid JSON"));
        Assert.That(Outcome(result, folder, "c.jsonl").Documents, Is.EqualTo(new[] { "c#1", "c#3" }));
    }

    [Test]
    public void Read_FilesThatAreNotInputs_AreListedAsIgnored()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "A\n\nBody.");
        folder.Write("README.md", "# About");
        folder.Write("photo.png", "png");
        folder.Write(".hidden/b.txt", "B\n\nBody.");
        folder.Write("out/report.json", "{}");

        var result = new CorpusReader().Read([folder.Root], [Path.Combine(folder.Root, "out")]);

        Assert.That(result.Documents.Select(d => d.Id), Is.EqualTo(new[] { "a" }));
        Assert.That(result.Outcomes.Where(o => o.Status == InputStatus.Ignored).Select(o => (Path.GetFileName(o.Path), o.Reason)), Is.EqualTo(new[]
        {
            (".hidden", "hidden"),
            ("README.md", "folder description"),
            ("out", "output folder"),
            ("photo.png", "not an input type"),
        }));
    }

    [Test]
    public void Read_FiftyMegabyteFile_ReadsOnlyWhatTheLimitKeepsInBoundedTime()
    {
        using var folder = new TempFolder();
        var paragraph = Encoding.UTF8.GetBytes("Officials said on Monday that the talks would resume next week in the capital.\n\n");
        using (var stream = File.Create(Path.Combine(folder.Root, "huge.txt")))
        {
            for (var written = 0L; written < 50L * 1024 * 1024; written += paragraph.Length)
            {
                stream.Write(paragraph);
            }
        }

        var clock = Stopwatch.StartNew();
        var result = _reader.Read([folder.Root]);

        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(30)));
        Assert.That(result.Documents.Single().Text, Has.Length.LessThanOrEqualTo(InputLimits.DefaultMaxDocumentChars).And.Length.GreaterThan(InputLimits.DefaultMaxDocumentChars - 100));
        var outcome = Outcome(result, folder, "huge.txt");
        Assert.That(outcome.Truncated, Is.True);
        Assert.That(outcome.Notes[0], Does.StartWith("file of 52428").And.EndWith("bytes: only its first 8000004 bytes were read"));
        Assert.That(outcome.Notes[1], Does.StartWith("text longer than 2000000 characters: truncated to its first 19999"));
    }

    [Test]
    public void Read_SmallDocumentLimit_TruncatesAndReports()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Title\n\nFirst paragraph here.\n\nSecond paragraph that goes beyond the limit.");

        var result = new CorpusReader(new InputLimits(40, 5000)).Read([folder.Root]);

        Assert.That(result.Documents.Single().Text, Is.EqualTo("Title\n\nFirst paragraph here."));
        Assert.That(Outcome(result, folder, "a.txt").Notes, Is.EqualTo(new[] { "text longer than 40 characters: truncated to its first 28 characters" }));
    }

    private static bool SameOutcome(InputOutcome a, InputOutcome b) =>
        a.Path == b.Path && a.Line == b.Line && a.Format == b.Format && a.Status == b.Status && a.Reason == b.Reason && a.Detail == b.Detail
        && a.Documents.SequenceEqual(b.Documents) && a.Notes.SequenceEqual(b.Notes) && a.Truncated == b.Truncated;
}
