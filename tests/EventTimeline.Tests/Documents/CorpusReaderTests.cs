using System.Text;

using EventTimeline.Documents;

namespace EventTimeline.Tests.Documents;

public sealed class CorpusReaderTests
{
    private static readonly CorpusReader _reader = new();

    [Test]
    public void Read_FolderRecursively_ReturnsTxtAndMdSortedById()
    {
        using var folder = new TempFolder();
        folder.Write("b.txt", "Second\n\nBody b.");
        folder.Write("a.md", "# First *title*\n\nBody with a [link](http://example.com).");
        folder.Write("sub/deeper/c.txt", "Third\n\nBody c.");
        folder.Write("notes.json", "{}");
        folder.Write("image.png", "not read");
        folder.Write("README.md", "# About this folder");

        var result = _reader.Read([folder.Root]);

        Assert.That(result.Problems, Is.Empty);
        Assert.That(result.Documents.Select(d => d.Id), Is.EqualTo(new[] { "a", "b", "sub/deeper/c" }));
        Assert.That(result.Documents.Select(d => d.Path), Is.EqualTo(new[] { "a.md", "b.txt", "sub/deeper/c.txt" }));
        Assert.That(result.Documents[0].Title, Is.EqualTo("First title"));
        Assert.That(result.Documents[0].Text, Is.EqualTo("First title\n\nBody with a link."));
        Assert.That(result.Documents[1].Title, Is.EqualTo("Second"));
    }

    [Test]
    public void Read_ManifestBesideFiles_SuppliesMetadata()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Headline in text\n\nBody.");
        folder.Write("sub/b.txt", "Other\n\nBody.");
        folder.Write("manifest.json", """
            [
              { "file": "a.txt", "title": "Manifest title", "source": "Outlet", "url": "http://example.com/a", "published": "2015-09-21" },
              { "file": "sub/b.txt", "published": "2015-09-18T10:00:00Z" }
            ]
            """);

        var result = _reader.Read([folder.Root]);

        Assert.That(result.Problems, Is.Empty);
        Assert.That(result.Documents[0], Is.EqualTo(new RawDocument("a", "a.txt", "Manifest title", "Outlet", "http://example.com/a", new DateOnly(2015, 9, 21), "Headline in text\n\nBody.")));
        Assert.That(result.Documents[1].Published, Is.EqualTo(new DateOnly(2015, 9, 18)));
        Assert.That(result.Documents[1].Title, Is.EqualTo("Other"));
    }

    [Test]
    public void Read_NestedManifest_NearestWins()
    {
        using var folder = new TempFolder();
        folder.Write("sub/b.txt", "Other\n\nBody.");
        folder.Write("manifest.json", """[{ "file": "sub/b.txt", "published": "2015-01-01" }]""");
        folder.Write("sub/manifest.json", """[{ "file": "b.txt", "published": "2015-02-02" }]""");

        var result = _reader.Read([folder.Root]);

        Assert.That(result.Documents.Single().Published, Is.EqualTo(new DateOnly(2015, 2, 2)));
    }

    [Test]
    public void Read_ManifestProblems_AreReportedAndOtherFilesStillRead()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "A\n\nBody.");
        folder.Write("manifest.json", """
            [
              { "file": "a.txt", "published": "2015-09-21" },
              { "file": "missing.txt", "published": "2015-09-21" },
              { "file": "../escape.txt" }
            ]
            """);

        var result = _reader.Read([folder.Root]);

        Assert.That(result.Documents.Single().Published, Is.EqualTo(new DateOnly(2015, 9, 21)));
        Assert.That(result.Problems, Has.Count.EqualTo(2));
        Assert.That(result.Outcomes.Where(o => o.Status == InputStatus.Failed).All(o => o.Path == "manifest.json"), Is.True);
        Assert.That(result.Problems.Select(p => p.Message), Has.Some.Contains("missing.txt").And.Some.Contains("refused"));
    }

    [Test]
    public void Read_BrokenManifestJson_ReportsLineAndReadsFilesWithoutMetadata()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "A\n\nBody.");
        folder.Write("manifest.json", "[\n  { \"file\": \"a.txt\" \n]");

        var result = _reader.Read([folder.Root]);

        Assert.That(result.Documents.Single().Id, Is.EqualTo("a"));
        Assert.That(result.Problems.Single().Message, Does.StartWith("line 3, column"));
    }

    [Test]
    public void Read_BadFiles_AreReportedAndDoNotStopTheOthers()
    {
        using var folder = new TempFolder();
        folder.Write("good.txt", "Good\n\nBody.");
        folder.Write("empty.txt", string.Empty);
        folder.Write("blank.md", "  \n\n ");
        folder.WriteBytes("binary.txt", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D, 0x49, 0x48]);
        folder.WriteBytes("latin1.txt", Encoding.Latin1.GetBytes("Caf\u00e9 talks"));

        var result = _reader.Read([folder.Root]);

        Assert.That(result.Documents.Select(d => d.Id), Is.EqualTo(new[] { "good", "latin1" }));
        Assert.That(result.Problems.Select(p => Path.GetFileName(p.Path)), Is.EqualTo(new[] { "binary.txt", "blank.md", "empty.txt" }));
    }

    [Test]
    public void Read_Utf16WithBom_DecodesText()
    {
        using var folder = new TempFolder();
        var encoding = new UnicodeEncoding(bigEndian: false, byteOrderMark: true);
        folder.WriteBytes("a.txt", encoding.GetPreamble().Concat(encoding.GetBytes("Title\r\n\r\nCafé body.")).ToArray());

        var result = _reader.Read([folder.Root]);

        Assert.That(result.Documents.Single().Text, Is.EqualTo("Title\n\nCafé body."));
    }

    [Test]
    public void Read_TimeMlFile_IsItsTextDatedByItsCreationTime()
    {
        using var folder = new TempFolder();
        folder.Write("wsj_0001.tml", """
            <?xml version="1.0" ?>
            <TimeML><DOCID>wsj_0001</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="1989-10-26" functionInDocument="CREATION_TIME">10/26/89</TIMEX3></DCT>
            <TEXT>Acme Corp. <EVENT eid="e1" class="OCCURRENCE">said</EVENT> it <EVENT eid="e2" class="OCCURRENCE">sold</EVENT> its unit <TIMEX3 tid="t1" type="DATE" value="1989-10-25">yesterday</TIMEX3> for $5 &amp; more.</TEXT>
            </TimeML>
            """);

        var result = _reader.Read([folder.Root]);

        Assert.That(result.Problems, Is.Empty);
        var document = result.Documents.Single();
        Assert.That(document.Id, Is.EqualTo("wsj_0001"));
        Assert.That(document.Text, Is.EqualTo("Acme Corp. said it sold its unit yesterday for $5 & more."));
        Assert.That(document.Published, Is.EqualTo(new DateOnly(1989, 10, 26)));
    }

    [Test]
    public void Read_MalformedTimeMlFile_IsReportedAndTheOthersAreRead()
    {
        using var folder = new TempFolder();
        folder.Write("good.txt", "Good\n\nBody.");
        folder.Write("broken.tml", "<TimeML><TEXT>Talks <EVENT>began</TEXT></TimeML>");

        var result = _reader.Read([folder.Root]);

        Assert.That(result.Documents.Select(d => d.Id), Is.EqualTo(new[] { "good" }));
        Assert.That(result.Problems.Single().Message, Does.StartWith("broken.tml:1:"));
    }

    [Test]
    public void Read_SingleFile_UsesManifestBesideIt()
    {
        using var folder = new TempFolder();
        var file = folder.Write("a.txt", "A\n\nBody.");
        folder.Write("manifest.json", """[{ "file": "a.txt", "published": "2015-09-21" }, { "file": "gone.txt" }]""");

        var result = _reader.Read([file]);

        Assert.That(result.Problems, Is.Empty);
        Assert.That(result.Documents.Single(), Has.Property("Id").EqualTo("a").And.Property("Published").EqualTo(new DateOnly(2015, 9, 21)));
    }

    [Test]
    public void Read_MissingAndUnsupportedInputs_AreReported()
    {
        using var folder = new TempFolder();
        var pdf = folder.Write("page.pdf", "%PDF-1.4");

        var result = _reader.Read([Path.Combine(folder.Root, "nothing-here"), pdf]);

        Assert.That(result.Documents, Is.Empty);
        Assert.That(result.Problems.Select(p => p.Message), Is.EquivalentTo(new[] { "no such file or folder", "not a .txt, .md, .html, .htm, .jsonl, .ndjson, .json or .tml file (.pdf); skipped" }));
    }

    [Test]
    public void Read_SameIdTwice_KeepsOneAndReportsTheOther()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Plain\n\nBody.");
        folder.Write("a.md", "Markdown\n\nBody.");

        var result = _reader.Read([folder.Root]);

        Assert.That(result.Documents.Single().Path, Is.EqualTo("a.md"));
        Assert.That(result.Problems.Single().Message, Does.Contain("already taken"));
    }

    [TestCase(false)]
    [TestCase(true)]
    public void Read_WithSink_LastGivenForEachIdIsTheDocumentReadAndNoTextIsKept(bool backward)
    {
        using var one = new TempFolder();
        using var two = new TempFolder();
        one.Write("x.txt", "One\n\nBody.");
        one.Write("a.txt", "Plain\n\nBody.");
        one.Write("a.md", "Markdown\n\nBody.");
        two.Write("x.txt", "Two\n\nBody.");
        two.Write("y.txt", "Y\n\nBody.");
        string[] inputs = backward ? [two.Root, one.Root] : [one.Root, two.Root];
        var given = new Dictionary<string, RawDocument>(StringComparer.Ordinal);

        var streamed = _reader.Read(inputs, sink: document => given[document.Id] = document);
        var whole = _reader.Read(inputs);

        Assert.Multiple(() =>
        {
            Assert.That(given.Values.OrderBy(d => d.Id, StringComparer.Ordinal), Is.EqualTo(whole.Documents));
            Assert.That(streamed.Documents, Is.EqualTo(whole.Documents.Select(d => d with { Text = string.Empty })));
            Assert.That(streamed.Outcomes.Select(Shown), Is.EqualTo(whole.Outcomes.Select(Shown)));
        });
    }

    private static string Shown(InputOutcome outcome) => System.Text.Json.JsonSerializer.Serialize(outcome);

    [Test]
    public void Read_InputOrder_DoesNotChangeTheResult()
    {
        using var one = new TempFolder();
        using var two = new TempFolder();
        one.Write("x.txt", "One\n\nBody.");
        two.Write("x.txt", "Two\n\nBody.");
        two.Write("y.txt", "Y\n\nBody.");

        var forward = _reader.Read([one.Root, two.Root]);
        var backward = _reader.Read([two.Root, one.Root]);

        Assert.That(backward.Documents, Is.EqualTo(forward.Documents));
        Assert.That(backward.Problems.Count, Is.EqualTo(forward.Problems.Count));
    }

    [Test]
    public void Read_SeedsFolder_ReadsFiveArticlesWithManifestMetadata()
    {
        var result = _reader.Read([SeedFiles.Folder]);

        Assert.That(result.Problems, Is.Empty);
        Assert.That(result.Documents.Select(d => d.Id[..3]), Is.EqualTo(new[] { "000", "001", "002", "003", "004" }));
        Assert.That(result.Documents[0].Published, Is.EqualTo(new DateOnly(2015, 9, 21)));
        Assert.That(result.Documents[1].Published, Is.Null);
        Assert.That(result.Documents[3].Text, Does.Not.Contain("*Times*").And.Not.Contain("# US, Russia"));
    }
}
