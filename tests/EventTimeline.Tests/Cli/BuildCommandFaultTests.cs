using System.Diagnostics;

using Newtonsoft.Json.Linq;

namespace EventTimeline.Tests.Cli;

/// <summary>The recognizer process dies or hangs on some documents during a build: those are reported failed, the others processed, exit 2.</summary>
public sealed class BuildCommandFaultTests
{
    private const string Marker = "ZQX-FAULT-MARKER";

    private static TempFolder Corpus()
    {
        var input = new TempFolder();
        input.Write("alpha.txt", "Officials met in Paris on 3 March 2014 and agreed to meet again on Friday.\n");
        input.Write("bravo.txt", $"The council voted on 4 March 2014. {Marker}\n");
        input.Write("wire.jsonl", $$"""
            {"id": "one", "text": "Talks resumed on 5 March 2014 in Geneva.", "published": "2014-03-05"}
            {"id": "two", "text": "Ministers said on Monday the plan was dead. {{Marker}}", "published": "2014-03-06"}
            {"id": "three", "text": "The port reopened on 7 March 2014.", "published": "2014-03-07"}
            """);
        return input;
    }

    private static void AssertEveryDocumentAccountedFor(TempFolder output, string[] failed)
    {
        var report = JObject.Parse(File.ReadAllText(Path.Combine(output.Root, "report.json")));
        var inputs = report["inputs"]!.ToList();
        var processedIds = inputs.Where(i => (string)i["status"]! == "processed").SelectMany(i => i["documents"]!.Select(d => (string)d!)).Order(StringComparer.Ordinal).ToList();
        var failedIds = inputs.Where(i => (string)i["status"]! == "failed").SelectMany(i => i["documents"]!.Select(d => (string)d!)).Order(StringComparer.Ordinal).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(processedIds, Is.EqualTo(new[] { "alpha", "wire#one", "wire#three" }));
            Assert.That(failedIds, Is.EqualTo(failed));
            Assert.That(inputs.Where(i => (string)i["status"]! == "failed").Select(i => (string?)i["reason"]), Is.All.EqualTo("processing failed"));
            Assert.That((int)report["counts"]!["documents"]!, Is.EqualTo(3));
            Assert.That((int)report["counts"]!["failed"]!, Is.EqualTo(2));
        });
        var documents = JObject.Parse(File.ReadAllText(Path.Combine(output.Root, "documents.json")))["documents"]!.Select(d => (string)d["id"]!);
        Assert.That(documents, Is.EqualTo(new[] { "alpha", "wire#one", "wire#three" }));
    }

    [Test]
    public void Build_RecognizerDiesOnTwoDocuments_TheyFailTheOthersAreProcessedExitTwo()
    {
        using var input = Corpus();
        using var output = new TempFolder();

        var result = CliRunner.RunWith(
            new Dictionary<string, string> { ["EVENTTIMELINE_SIDECAR_FAULT"] = "crash:" + Marker },
            "build", input.Root, "--out", output.Root, "--engine", "microsoft");

        Assert.That(result.ExitCode, Is.EqualTo(2), result.StdErr);
        AssertEveryDocumentAccountedFor(output, ["bravo", "wire#two"]);
        Assert.That(result.StdErr, Does.Contain("build: failed bravo.txt: document \"bravo\": the date recognizer failed 2 times on this text (it stopped: exit code 70"));
        Assert.That(result.StdErr, Does.Contain("2 failed (processing failed)"));
    }

    [Test]
    public void Build_RecognizerHangsOnTwoDocuments_TimesOutTheyFailTheOthersAreProcessedExitTwo()
    {
        using var input = Corpus();
        using var output = new TempFolder();

        var result = CliRunner.RunWith(
            new Dictionary<string, string> { ["EVENTTIMELINE_SIDECAR_FAULT"] = "hang:" + Marker },
            "build", input.Root, "--out", output.Root, "--engine", "microsoft", "--recognizer-timeout", "4");

        Assert.That(result.ExitCode, Is.EqualTo(2), result.StdErr);
        AssertEveryDocumentAccountedFor(output, ["bravo", "wire#two"]);
        Assert.That(result.StdErr, Does.Contain("document \"bravo\": the date recognizer failed 2 times on this text (no answer within 4 s, killed; then no answer within 4 s, killed)"));
    }

    [TestCase("0")]
    [TestCase("-3")]
    public void Build_UnusableRecognizerTimeout_ExitsOne(string seconds)
    {
        using var input = Corpus();
        using var output = new TempFolder();

        var result = CliRunner.Run("build", input.Root, "--out", output.Root, "--recognizer-timeout", seconds);

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.StdErr, Does.Contain("build: the recognizer timeout must be at least 1 second"));
    }

    [Test]
    public void Build_RecognizerKilledFromOutsideMidRun_IsRestartedAndEveryDocumentIsProcessed()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Ignore("finds the recognizer's process through /proc");
        }

        using var output = new TempFolder();
        var exe = Path.Combine(AppContext.BaseDirectory, "eventtimeline.dll");
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardError = true };
        foreach (var arg in new[] { exe, "build", SeedFiles.Folder, "--out", output.Root, "--engine", "microsoft" })
        {
            start.ArgumentList.Add(arg);
        }

        using var build = Process.Start(start)!;
        var stderr = build.StandardError.ReadToEndAsync();
        var killed = 0;
        var clock = Stopwatch.StartNew();
        while (killed == 0 && !build.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (RecognizerChildOf(build.Id) is { } node)
            {
                Thread.Sleep(300);
                using var recognizer = Process.GetProcessById(node);
                recognizer.Kill();
                killed = node;
            }

            Thread.Sleep(20);
        }

        Assert.That(build.WaitForExit(TimeSpan.FromMinutes(5)), Is.True);
        Assert.That(killed, Is.Not.Zero, "the recognizer process was never seen");
        Assert.That(build.ExitCode, Is.EqualTo(0), stderr.Result);
        var report = JObject.Parse(File.ReadAllText(Path.Combine(output.Root, "report.json")));
        Assert.That(((int)report["counts"]!["documents"]!, (int)report["counts"]!["failed"]!), Is.EqualTo((5, 0)));
    }

    private static int? RecognizerChildOf(int parent)
    {
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var id))
            {
                continue;
            }

            try
            {
                var status = File.ReadAllText(Path.Combine(folder, "status"));
                var parentLine = status.Split('\n').FirstOrDefault(line => line.StartsWith("PPid:", StringComparison.Ordinal));
                if (parentLine is not null && int.Parse(parentLine[5..].Trim(), System.Globalization.CultureInfo.InvariantCulture) == parent
                    && File.ReadAllText(Path.Combine(folder, "cmdline")).Contains("recognizer-sidecar.js", StringComparison.Ordinal))
                {
                    return id;
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The process ended while we looked, or is not ours to read.
            }
        }

        return null;
    }
}
