namespace EventTimeline.Tests.Cli;

public sealed class TimeMlCommandTests
{
    [Test]
    public void Run_OneMalformedFileAmongGoodOnes_ExitsTwoNamingFileLineAndColumnAndWritesTheGoodOne()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        input.Write("good.tml", "<TimeML>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2014-03-03\" functionInDocument=\"CREATION_TIME\">2014-03-03</TIMEX3></DCT>\n<TEXT>They met on Friday.</TEXT>\n</TimeML>\n");
        var bad = input.Write("bad.tml", "<TimeML>\n<TEXT>a <b</TEXT>\n</TimeML>\n");

        var result = CliRunner.Run("timeml", input.Root, output.Root, "--engine", "native");

        Assert.That(result.ExitCode, Is.EqualTo(2), result.StdErr);
        Assert.That(result.StdErr, Does.StartWith($"timeml: {bad}:2:11: The '<' character, hexadecimal value 0x3C, cannot be included in a name."));
        Assert.That(Directory.GetFiles(output.Root).Select(Path.GetFileName), Is.EqualTo(new[] { "good.tml" }));
        Assert.That(File.ReadAllText(Path.Combine(output.Root, "good.tml")), Does.Contain("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2014-02-28\">Friday</TIMEX3>"));
    }
}
