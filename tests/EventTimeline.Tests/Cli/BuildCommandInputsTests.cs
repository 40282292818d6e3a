using System.Text;

using Newtonsoft.Json.Linq;

namespace EventTimeline.Tests.Cli;

/// <summary>The build verb on real-world inputs: mixed formats, bad files, limits, report.json and exit codes.</summary>
public sealed class BuildCommandInputsTests
{
    private static readonly string _clutteredPage = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "html", "cluttered-article.html"));

    private static JObject Json(TempFolder folder, string name) => JObject.Parse(File.ReadAllText(Path.Combine(folder.Root, name)));

    [Test]
    public void Build_HtmlJsonLinesAndTextFolder_BuildsAllFiveDocumentsWithTheirOwnDates()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        input.Write("port.html", _clutteredPage);
        input.Write("wire.jsonl", """
            {"id": "quotas", "title": "Ministers agree on fishing quotas", "text": "Fisheries ministers agreed on Thursday to cut cod quotas by 10 percent next year.", "published": "2019-03-14", "source": "Wire"}
            {"title": "Ferry fares to rise", "body": "The ferry operator said on Friday that fares would rise in April.", "date": "Fri, 15 Mar 2019 09:00:00 GMT"}
            {"text": "Unions at the northern port agreed on Sunday to extra night shifts.", "published": "2019-03-10T18:00:00Z"}
            """);
        input.Write("council.txt", "Council schedules breakwater hearing\n\nThe city council said on Wednesday it would hold a hearing on funding for a new breakwater.\n");

        var result = CliRunner.Run("build", input.Root, "--out", output.Root);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.StdErr);
        var documents = Json(output, "documents.json")["documents"]!.ToDictionary(d => (string)d["id"]!);
        Assert.That(documents.Keys, Is.EqualTo(new[] { "council", "port", "wire#2", "wire#3", "wire#quotas" }));
        Assert.Multiple(() =>
        {
            Assert.That((string?)documents["port"]["published"], Is.EqualTo("2019-03-12"));
            Assert.That((string?)documents["port"]["publishedBasis"], Is.EqualTo("manifest"));
            Assert.That((string?)documents["port"]["url"], Is.EqualTo("https://www.coastal-ledger.example/news/port-reopens"));
            Assert.That((string?)documents["wire#quotas"]["published"], Is.EqualTo("2019-03-14"));
            Assert.That((string?)documents["wire#2"]["published"], Is.EqualTo("2019-03-15"));
            Assert.That((string?)documents["wire#3"]["published"], Is.EqualTo("2019-03-10"));
            Assert.That((string?)documents["wire#3"]["path"], Is.EqualTo("wire.jsonl:3"));
        });
        var counts = Json(output, "report.json")["counts"]!;
        Assert.That(((int)counts["processed"]!, (int)counts["skipped"]!, (int)counts["failed"]!, (int)counts["documents"]!), Is.EqualTo((3, 0, 0, 5)));
        Assert.That(result.StdErr, Does.Contain("build: inputs: 3 processed\n"));
    }

    [Test]
    public void Build_BadInputsAmongGoodOnes_ExitsTwoAndAccountsForEveryInput()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        input.Write("good.txt", "Officials met in Paris on 3 March 2014.\n");
        input.Write("empty.txt", string.Empty);
        input.WriteBytes("photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]);
        input.Write("lines.jsonl", "{\"text\": \"Talks resumed on Monday.\"}\n{\"text\": broken}\n");
        input.Write("manifest.json", "[{ \"file\": \"good.txt\", \"published\": \"2014-03-03\" }, { \"file\": \"missing.txt\" }]");

        var result = CliRunner.Run("build", input.Root, "--out", output.Root);

        Assert.That(result.ExitCode, Is.EqualTo(2), result.StdErr);
        Assert.That(result.StdErr, Does.Contain("build: inputs: 3 processed, 2 skipped (binary file: 1, empty file: 1), 2 failed (invalid JSON: 1, missing file: 1)\n"));
        var report = Json(output, "report.json");
        Assert.That(report["inputs"]!.Select(i => (string)i["path"]! + (i["line"]!.Type == JTokenType.Null ? string.Empty : ":" + (int)i["line"]!) + " " + (string)i["status"]! + " " + (string?)i["reason"]), Is.EqualTo(new[]
        {
            "empty.txt skipped empty file",
            "good.txt processed ",
            "lines.jsonl processed ",
            "lines.jsonl:2 failed invalid JSON",
            "manifest.json processed ",
            "manifest.json:1 failed missing file",
            "photo.txt skipped binary file",
        }));
        Assert.That(Json(output, "documents.json")["documents"]!.Select(d => (string?)d["id"]), Is.EqualTo(new[] { "good", "lines#1" }));
    }

    [Test]
    public void Build_NothingUsable_ExitsOneAndStillWritesTheReport()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        input.Write("empty.txt", string.Empty);

        var result = CliRunner.Run("build", input.Root, "--out", output.Root);

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.StdErr, Does.Contain("build: no readable article in the input (0 processed, 1 skipped (empty file))"));
        Assert.That((int)Json(output, "report.json")["counts"]!["skipped"]!, Is.EqualTo(1));
        Assert.That(File.Exists(Path.Combine(output.Root, "documents.json")), Is.False);
    }

    [Test]
    public void Build_OutputFolderThatCannotBeWritten_ExitsOneWithAClearError()
    {
        using var input = new TempFolder();
        input.Write("good.txt", "Officials met in Paris on 3 March 2014.\n");
        var blocker = input.Write("not-a-folder", "a file where the output folder should be");

        var result = CliRunner.Run("build", input.Root, "--out", Path.Combine(blocker, "out"));

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.StdErr, Does.StartWith($"build: cannot write to {Path.Combine(blocker, "out")}: "));
    }

    [TestCase("--max-document-chars", "0", "build: the maximum document size must be between 1 and 100000000 characters")]
    [TestCase("--max-sentence-chars", "-5", "build: the maximum sentence length must be at least 1 character")]
    public void Build_UnusableLimit_ExitsOne(string option, string value, string message)
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        input.Write("good.txt", "Officials met in Paris on 3 March 2014.\n");

        var result = CliRunner.Run("build", input.Root, "--out", output.Root, option, value);

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.StdErr, Does.Contain(message));
    }

    [Test]
    public void Build_LimitsGiven_TruncatesAndReportsInReportJson()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        input.Write("a.txt", "Talks\n\n" + new string('x', 300) + " end.\n\nLater paragraph " + new string('y', 500) + ".\n");

        var result = CliRunner.Run("build", input.Root, "--out", output.Root, "--engine", "native", "--max-document-chars", "400", "--max-sentence-chars", "100");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.StdErr);
        Assert.That(result.StdErr, Does.Contain("build: inputs: 1 processed; 1 truncated"));
        var report = Json(output, "report.json");
        Assert.That(report["limits"]!.ToString(Newtonsoft.Json.Formatting.None), Is.EqualTo("{\"maxDocumentChars\":400,\"maxSentenceChars\":100}"));
        Assert.That(report["inputs"]![0]!["notes"]!.Values<string>(), Is.EqualTo(new[]
        {
            "text longer than 400 characters: truncated to its first 312 characters",
            "1 sentence(s) longer than 100 characters cut (205 characters dropped)",
        }));
    }

    [Test]
    public void Build_FiftyMegabyteFileAndFiveMegabyteLine_FinishWithTruncationsReported()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        var paragraph = Encoding.UTF8.GetBytes("Officials said on Monday that the talks would resume next week in the capital.\n\n");
        using (var stream = File.Create(Path.Combine(input.Root, "huge.txt")))
        {
            for (var written = 0L; written < 50L * 1024 * 1024; written += paragraph.Length)
            {
                stream.Write(paragraph);
            }
        }

        input.Write("line.txt", "Line " + new string('x', 5 * 1024 * 1024));

        var result = CliRunner.Run("build", input.Root, "--out", output.Root, "--engine", "native");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.StdErr);
        Assert.That(result.StdErr, Does.Contain("build: inputs: 2 processed; 2 truncated"));
        var documents = Json(output, "documents.json")["documents"]!.ToDictionary(d => (string)d["id"]!, d => (int)d["characters"]!);
        Assert.That(documents["huge"], Is.LessThanOrEqualTo(2_000_000));
        Assert.That(documents["line"], Is.LessThanOrEqualTo(5_002));
    }

    [Test]
    public void Build_OutputFolderInsideTheInput_IsNotReadBack()
    {
        using var input = new TempFolder();
        input.Write("good.txt", "Officials met in Paris on 3 March 2014.\n");
        var output = Path.Combine(input.Root, "out");

        CliRunner.Run("build", input.Root, "--out", output, "--engine", "native");
        var second = CliRunner.Run("build", input.Root, "--out", output, "--engine", "native");

        Assert.That(second.ExitCode, Is.EqualTo(0), second.StdErr);
        var outFolder = JObject.Parse(File.ReadAllText(Path.Combine(output, "report.json")))["inputs"]!.Single(i => (string)i["path"]! == "out");
        Assert.That(((string?)outFolder["status"], (string?)outFolder["reason"]), Is.EqualTo(("ignored", "output folder")));
    }

    [Test]
    public void Build_AbsoluteOrRelativeInputPath_WritesTheSameReport()
    {
        using var input = new TempFolder();
        using var first = new TempFolder();
        using var second = new TempFolder();
        input.Write("good.txt", "Officials met in Paris on 3 March 2014.\n");
        input.Write("empty.txt", string.Empty);

        CliRunner.Run("build", input.Root, "--out", first.Root, "--engine", "native");
        CliRunner.Run("build", Path.GetRelativePath(Environment.CurrentDirectory, input.Root), "--out", second.Root, "--engine", "native");

        var report = File.ReadAllText(Path.Combine(first.Root, "report.json"));
        Assert.That(File.ReadAllText(Path.Combine(second.Root, "report.json")), Is.EqualTo(report));
        Assert.That(report, Does.Not.Contain(input.Root.Replace('\\', '/')));
        Assert.That(JObject.Parse(report)["inputs"]!.Select(i => (string?)i["path"]), Is.EqualTo(new[] { "empty.txt", "good.txt" }));
    }

    [Test]
    public void Build_InputFolderThatDoesNotExist_ExitsOneNamingIt()
    {
        using var output = new TempFolder();

        var result = CliRunner.Run("build", "no-such-folder-for-eventtimeline", "--out", output.Root);

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.StdErr, Is.EqualTo(
            "build: failed no-such-folder-for-eventtimeline: no such file or folder\n" +
            $"build: no readable article in the input (0 processed, 1 failed (no such file or folder)); see {Path.Combine(output.Root, "report.json")}\n"));
    }

    [Test]
    public void Build_SymlinkLoopInTheInput_ExitsTwoAndReportsTheLoop()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        input.Write("good.txt", "Officials met in Paris on 3 March 2014.\n");
        Directory.CreateDirectory(Path.Combine(input.Root, "sub"));
        Directory.CreateSymbolicLink(Path.Combine(input.Root, "sub", "back"), "..");

        var result = CliRunner.Run("build", input.Root, "--out", output.Root, "--engine", "native");

        Assert.That(result.ExitCode, Is.EqualTo(2), result.StdErr);
        Assert.That(result.StdErr, Does.StartWith("build: skipped sub/back: symbolic link loop: links to .., a folder that contains it; not followed\n"));
        var loop = Json(output, "report.json")["inputs"]!.Single(i => (string)i["path"]! == "sub/back");
        Assert.That(((string?)loop["status"], (string?)loop["reason"]), Is.EqualTo(("skipped", "symbolic link loop")));
    }
}
