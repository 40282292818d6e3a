using System.Diagnostics;

using EventTimeline.Cli.Output;

using Newtonsoft.Json.Linq;

namespace EventTimeline.Tests.Cli;

/// <summary>Two runs into one output folder do not interleave; a run that dies leaves neither a truncated output nor a lock that blocks.</summary>
public sealed class OutputLockTests
{
    [Test]
    public void TryAcquire_FolderAlreadyLocked_RefusesUntilReleased()
    {
        using var output = new TempFolder();

        var first = OutputLock.TryAcquire(output.Root, out var firstRefusal);
        var second = OutputLock.TryAcquire(output.Root, out var refusal);
        first!.Dispose();
        using var third = OutputLock.TryAcquire(output.Root, out _);

        Assert.That(firstRefusal, Is.Null);
        Assert.That(second, Is.Null);
        Assert.That(refusal, Is.EqualTo($"another run is writing to {output.Root} (it holds {Path.Combine(output.Root, OutputLock.FileName)}); wait for it to finish or choose another --out folder"));
        Assert.That(third, Is.Not.Null);
    }

    [Test]
    public void Build_AnotherProcessHoldsTheLock_ExitsOneWithoutWritingAnything()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        input.Write("good.txt", "Officials met in Paris on 3 March 2014.\n");
        using var held = OutputLock.TryAcquire(output.Root, out _);

        var result = CliRunner.Run("build", input.Root, "--out", output.Root, "--engine", "native");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.StdErr, Is.EqualTo($"build: another run is writing to {output.Root} (it holds {Path.Combine(output.Root, OutputLock.FileName)}); wait for it to finish or choose another --out folder\n"));
        Assert.That(Directory.GetFiles(output.Root).Select(Path.GetFileName), Is.EqualTo(new[] { OutputLock.FileName }));
    }

    [Test]
    public void Build_PreviousRunKilledMidWay_NoTruncatedOutputAndTheNextRunIsNotBlocked()
    {
        using var output = new TempFolder();
        var first = CliRunner.Run("build", SeedFiles.Folder, "--out", output.Root, "--engine", "native");
        Assert.That(first.ExitCode, Is.EqualTo(0), first.StdErr);
        var start = CliRunner.StartInfo(["build", SeedFiles.Folder, "--out", output.Root, "--engine", "native"]);
        using (var killed = Process.Start(start)!)
        {
            _ = killed.StandardError.ReadToEndAsync();
            _ = killed.StandardOutput.ReadToEndAsync();
            Thread.Sleep(2500);
            killed.Kill(entireProcessTree: true);
            killed.WaitForExit();
        }

        foreach (var name in new[] { "timeline.json", "documents.json", "time-mentions.json", "report.json" })
        {
            Assert.That(() => JObject.Parse(File.ReadAllText(Path.Combine(output.Root, name))), Throws.Nothing, name);
        }

        var next = CliRunner.Run("build", SeedFiles.Folder, "--out", output.Root, "--engine", "native");
        Assert.That(next.ExitCode, Is.EqualTo(0), next.StdErr);
        Assert.That(Directory.GetFiles(output.Root, ".*.tmp-*"), Is.Empty);
    }

    [Test]
    public void WriteAllText_ExistingFile_IsReplacedWholeAndNoTemporaryFileStays()
    {
        using var folder = new TempFolder();
        var path = folder.Write("out.json", new string('x', 100_000));

        AtomicFile.WriteAllText(path, "{}");

        Assert.That(File.ReadAllText(path), Is.EqualTo("{}"));
        Assert.That(Directory.GetFiles(folder.Root).Select(Path.GetFileName), Is.EqualTo(new[] { "out.json" }));
    }

    [Test]
    public void RemoveLeftovers_TemporaryFilesOfAKilledRun_AreDeletedOthersKept()
    {
        using var folder = new TempFolder();
        folder.Write(".timeline.json.tmp-4242", "{ \"half");
        folder.Write("timeline.json", "{}");

        AtomicFile.RemoveLeftovers(folder.Root);

        Assert.That(Directory.GetFiles(folder.Root).Select(Path.GetFileName), Is.EqualTo(new[] { "timeline.json" }));
    }
}
