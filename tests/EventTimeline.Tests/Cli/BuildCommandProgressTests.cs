using EventTimeline.Cli.Output;

namespace EventTimeline.Tests.Cli;

public sealed class BuildCommandProgressTests
{
    // Without Graphviz, build says once that there is no graph picture; these tests hold on a machine with or without it.
    private static string[] MissingPictureLines => GraphvizRenderer.FindDot() is null ? ["build: graph.svg not written: Graphviz 'dot' is not on PATH"] : [];

    [Test]
    public void Build_StderrPiped_ShowsNoProgressBarOnlyTheSummary()
    {
        using var output = new TempFolder();

        var result = CliRunner.Run("build", SeedFiles.Folder, "--out", output.Root, "--jobs", "2");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.StdErr);
            Assert.That(result.StdErr, Does.Not.Contain("\u001b["));
            Assert.That(result.StdErr, Does.Not.Contain("docs/s"));
            Assert.That(result.StdErr.TrimEnd().Split('\n'), Has.Length.EqualTo(2 + MissingPictureLines.Length));
            Assert.That(result.StdErr, Does.Contain("build: 5 documents,"));
            Assert.That(result.StdErr.Split('\n'), Is.SupersetOf(MissingPictureLines));
        });
    }

    [Test]
    public void Build_Quiet_WritesNothingToStderrWhenAllIsWell()
    {
        using var output = new TempFolder();

        var result = CliRunner.Run("build", SeedFiles.Folder, "--out", output.Root, "--quiet");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0));
            Assert.That(result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries), Is.EqualTo(MissingPictureLines));
            Assert.That(File.Exists(Path.Combine(output.Root, "timeline.json")), Is.True);
        });
    }

    [Test]
    public void Build_Quiet_StillReportsProblems()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        input.Write("good.txt", "Officials met in Oslo on Monday to discuss fisheries, the ministry said.");
        input.WriteBytes("empty.txt", []);

        var result = CliRunner.Run("build", input.Root, "--out", output.Root, "-q");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.StdErr, Does.Contain("empty.txt"));
            Assert.That(result.StdErr, Does.Not.Contain("outputs in"));
        });
    }

    [TestCase("0")]
    [TestCase("-3")]
    public void Build_JobsBelowOne_ExitsWithUsageError(string jobs)
    {
        using var output = new TempFolder();

        var result = CliRunner.Run("build", SeedFiles.Folder, "--out", output.Root, "--jobs", jobs);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(1));
            Assert.That(result.StdErr, Does.Contain($"build: --jobs must be at least 1, not {jobs}"));
        });
    }
}
