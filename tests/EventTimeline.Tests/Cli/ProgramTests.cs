namespace EventTimeline.Tests.Cli;

public sealed class ProgramTests
{
    [Test]
    public void Version_PrintsAssemblyVersion()
    {
        var result = CliRunner.Run("--version");

        Assert.That(result.ExitCode, Is.EqualTo(0));
        Assert.That(result.StdOut.Trim(), Does.StartWith("0.1.0"));
    }
}
