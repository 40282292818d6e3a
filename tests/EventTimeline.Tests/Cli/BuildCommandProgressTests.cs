namespace EventTimeline.Tests.Cli;

public sealed class BuildCommandProgressTests
{
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
            Assert.That(result.StdErr.TrimEnd().Split('\n'), Has.Length.EqualTo(2));
            Assert.That(result.StdErr, Does.Contain("build: 5 documents,"));
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
            Assert.That(result.StdErr, Is.Empty);
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
