using System.Diagnostics;
using System.Text;

using EventTimeline.Time;

namespace EventTimeline.Tests.Time;

public sealed class MicrosoftRecognizerSidecarTests
{
    [Test]
    public void Constructor_MissingSidecarDirectory_ThrowsEngineUnavailableWithOneLine()
    {
        var missing = Path.Combine(Path.GetTempPath(), "eventtimeline-no-sidecar-" + Guid.NewGuid().ToString("N"));

        var error = Assert.Throws<TemporalEngineUnavailableException>(() => new MicrosoftRecognizerSidecar(missing));

        Assert.That(error!.Message, Does.Contain("sidecar"));
        Assert.That(error.Message, Does.Not.Contain("\n"));
    }

    [Test]
    public void Constructor_NodeNotOnPath_ThrowsEngineUnavailableNamingNode()
    {
        var emptyPath = Path.Combine(Path.GetTempPath(), "eventtimeline-empty-path-" + Guid.NewGuid().ToString("N"));

        var error = Assert.Throws<TemporalEngineUnavailableException>(() => new MicrosoftRecognizerSidecar(RealTagger.SidecarDirectory, emptyPath));

        Assert.That(error!.Message, Does.StartWith("node was not found on PATH"));
        Assert.That(error.Message, Does.Not.Contain("\n"));
    }

    [Test]
    public void Recognize_AfterTheProcessDied_RestartsOnceAndAnswers()
    {
        using var sidecar = new MicrosoftRecognizerSidecar(RealTagger.SidecarDirectory);
        var before = sidecar.ProcessId;
        Assert.That(before, Is.Not.Null);
        using (var node = Process.GetProcessById(before!.Value))
        {
            node.Kill();
            node.WaitForExit(5000);
        }

        var results = sidecar.Recognize([new SidecarItem("They met on Friday.", new DateOnly(2015, 9, 21))]);

        Assert.That(results.Single().Error, Is.Null);
        Assert.That(results.Single().Candidates, Has.Count.EqualTo(1));
        Assert.That(sidecar.ProcessId, Is.Not.EqualTo(before));
    }

    [Test]
    public void Recognize_Batch_ReturnsOneResultPerItemWithOffsets()
    {
        using var sidecar = new MicrosoftRecognizerSidecar(RealTagger.SidecarDirectory);

        var results = sidecar.Recognize([
            new SidecarItem("Talks began on Friday.", new DateOnly(2015, 9, 21)),
            new SidecarItem("No time here.", null),
            new SidecarItem("Ünïcödé text on 5 May 2013.", null),
        ]);

        Assert.That(results, Has.Count.EqualTo(3));
        Assert.That(results[0].Candidates.Single().Start, Is.EqualTo("Talks began on ".Length));
        Assert.That(results[1].Candidates, Is.Empty);
        var explicitDay = results[2].Candidates.Single();
        Assert.That("Ünïcödé text on 5 May 2013.".Substring(explicitDay.Start, explicitDay.Length), Is.EqualTo("5 May 2013"));
        Assert.That(explicitDay.Readings.Single().Timex, Is.EqualTo("2013-05-05"));
    }

    [Test]
    public void Script_BadLinesAndBadItems_AreAnsweredWithoutStoppingTheLoop()
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            WorkingDirectory = RealTagger.SidecarDirectory,
        };
        start.ArgumentList.Add(Path.Combine(RealTagger.SidecarDirectory, MicrosoftRecognizerSidecar.ScriptName));
        start.Environment["TZ"] = "UTC";
        using var node = Process.Start(start)!;
        _ = node.StandardError.ReadToEndAsync();

        node.StandardInput.WriteLine("this is not json");
        node.StandardInput.WriteLine("{\"id\":7,\"items\":[{\"text\":\"on Friday\",\"reference\":\"bad\"},{\"nope\":1},{\"text\":\"on Friday\",\"reference\":\"2015-09-21\"}]}");
        node.StandardInput.Close();
        var lines = node.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        node.WaitForExit(10000);

        Assert.That(lines, Has.Length.EqualTo(2));
        Assert.That(lines[0], Does.Contain("\"id\":null").And.Contain("\"error\""));
        Assert.That(lines[1], Does.StartWith("{\"id\":7,\"results\":[{\"error\":"));
        Assert.That(lines[1], Does.Contain("\"entities\":[{\"start\":3,\"end\":9"));
    }
}
