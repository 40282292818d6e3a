using EventTimeline.Documents;

namespace EventTimeline.Tests.Documents;

public sealed class ManifestReaderTests
{
    [Test]
    public void Parse_ValidManifest_ReturnsEntries()
    {
        var json = """
            [
              { "file": "a.txt", "title": "A", "source": "Outlet", "url": "http://example.com/a", "published": "2015-09-21" },
              { "file": "sub/b.md", "published": "2015-09-18T23:30:00-07:00" },
              { "file": "c.txt" }
            ]
            """;

        var result = ManifestReader.Parse(json);

        Assert.That(result.Problems, Is.Empty);
        Assert.That(result.Entries, Is.EqualTo(new[]
        {
            new ManifestEntry("a.txt", "A", "Outlet", "http://example.com/a", new DateOnly(2015, 9, 21), 2),
            new ManifestEntry("sub/b.md", null, null, null, new DateOnly(2015, 9, 18), 3),
            new ManifestEntry("c.txt", null, null, null, null, 4),
        }));
    }

    [Test]
    public void Parse_ObjectKeyedByFileName_ReturnsEntriesWithTheirKeysAsFiles()
    {
        var json = """
            {
              "a.txt": { "headline": "A", "source": { "name": "Outlet" }, "date": "March 15, 2024" },
              "sub/b.md": "2024-03-14",
              "c.txt": {}
            }
            """;

        var result = ManifestReader.Parse(json);

        Assert.That(result.Problems, Is.Empty);
        Assert.That(result.Entries.Select(entry => (entry.File, entry.Title, entry.Source, entry.Published)), Is.EqualTo(new[]
        {
            ("a.txt", (string?)"A", (string?)"Outlet", (DateOnly?)new DateOnly(2024, 3, 15)),
            ("sub/b.md", null, null, new DateOnly(2024, 3, 14)),
            ("c.txt", null, null, null),
        }));
    }

    [Test]
    public void Parse_ArrayUnderAName_ReturnsItsEntries()
    {
        var result = ManifestReader.Parse("""{ "articles": [ { "path": "a.txt", "published_at": "2024-03-15T08:00:00Z" } ] }""");

        Assert.That(result.Problems, Is.Empty);
        Assert.That(result.Entries.Single().File, Is.EqualTo("a.txt"));
        Assert.That(result.Entries.Single().Published, Is.EqualTo(new DateOnly(2024, 3, 15)));
    }

    [Test]
    public void Parse_ObjectKeyedByFileNameWithABadValue_ReportsItAndKeepsTheOthers()
    {
        var result = ManifestReader.Parse("""{ "a.txt": 12, "b.txt": "2024-03-14", "../c.txt": "2024-03-14" }""");

        Assert.That(result.Entries.Select(entry => entry.File), Is.EqualTo(new[] { "b.txt" }));
        Assert.That(result.Problems.Select(problem => problem.Reason), Is.EqualTo(new[] { "invalid entry", "path outside the folder" }));
    }

    [Test]
    public void Parse_InvalidJson_ReportsLineAndColumn()
    {
        var result = ManifestReader.Parse("[\n  { \"file\": \"a.txt\",\n    \"title\": }\n]");

        Assert.That(result.Entries, Is.Empty);
        Assert.That(result.Problems, Has.Count.EqualTo(1));
        Assert.That(result.Problems[0], Is.EqualTo(new ManifestProblem(3, "invalid JSON", "line 3, column 13: invalid JSON (Unexpected character encountered while parsing value: })")));
    }

    [Test]
    public void Parse_BadDate_ReportsItAndKeepsTheEntry()
    {
        var result = ManifestReader.Parse("[\n  { \"file\": \"a.txt\", \"published\": \"21/09/2015\" }\n]");

        Assert.That(result.Entries, Has.Count.EqualTo(1));
        Assert.That(result.Entries[0].Published, Is.Null);
        Assert.That(result.Problems.Single().Reason, Is.EqualTo("unparseable date"));
        Assert.That(result.Problems.Single().Message, Does.StartWith("line 2, column").And.Contain("published"));
    }

    [TestCase("../outside.txt")]
    [TestCase("sub/../../outside.txt")]
    [TestCase("/etc/passwd")]
    [TestCase("C:\\\\outside.txt")]
    public void Parse_PathEscapingTheFolder_RefusesTheEntry(string file)
    {
        var result = ManifestReader.Parse($"[{{ \"file\": \"{file}\" }}]");

        Assert.That(result.Entries, Is.Empty);
        Assert.That(result.Problems.Single().Message, Does.Contain("refused"));
        Assert.That(result.Problems.Single().Reason, Is.EqualTo("path outside the folder"));
    }

    [Test]
    public void Parse_NotAnArrayNorAnObject_ReportsIt()
    {
        var result = ManifestReader.Parse("\"a.txt\"");

        Assert.That(result.Entries, Is.Empty);
        Assert.That(result.Problems.Single().Message, Does.Contain("expected an array"));
    }

    [Test]
    public void Parse_OneEntryWithoutItsArray_ReturnsIt()
    {
        var result = ManifestReader.Parse("{ \"file\": \"a.txt\", \"published\": \"2024-03-15\" }");

        Assert.That(result.Problems, Is.Empty);
        Assert.That(result.Entries.Single().File, Is.EqualTo("a.txt"));
    }

    [Test]
    public void Parse_EntryWithoutFile_ReportsItAndKeepsTheOthers()
    {
        var result = ManifestReader.Parse("[{ \"title\": \"x\" }, 5, { \"file\": \"b.txt\" }, { \"file\": \"b.txt\" }]");

        Assert.That(result.Entries.Select(e => e.File), Is.EqualTo(new[] { "b.txt" }));
        Assert.That(result.Problems, Has.Count.EqualTo(3));
    }

    [TestCase("2015-09-21", 2015, 9, 21)]
    [TestCase("2015-09-21T10:00:00Z", 2015, 9, 21)]
    [TestCase("2015-09-21T23:59:59.123+05:30", 2015, 9, 21)]
    [TestCase("2015-09-21 08:00", 2015, 9, 21)]
    public void ParsePublished_IsoForms_ReturnDateAsWritten(string value, int year, int month, int day)
    {
        Assert.That(ManifestReader.ParsePublished(value), Is.EqualTo(new DateOnly(year, month, day)));
    }

    [TestCase("2015-02-30")]
    [TestCase("2015-13-01")]
    [TestCase("September 21, 2015")]
    [TestCase("2015-09-21T25:00:00Z")]
    public void ParsePublished_InvalidValues_ReturnNull(string value)
    {
        Assert.That(ManifestReader.ParsePublished(value), Is.Null);
    }
}
