using System.Diagnostics;

using EventTimeline.Time;

namespace EventTimeline.Tests.Time;

/// <summary>The recognizer process dies or hangs mid-run: it is killed, restarted and the batch retried a bounded number of times.</summary>
public sealed class MicrosoftRecognizerSidecarFaultTests
{
    private const string Marker = "ZQX-FAULT-MARKER";
    private static readonly DateOnly _day = new(2015, 9, 21);

    private static RecognizerOptions Faulty(string kind, int timeoutSeconds = 60, int retries = 1) =>
        new(TimeSpan.FromSeconds(timeoutSeconds), retries, new Dictionary<string, string> { ["EVENTTIMELINE_SIDECAR_FAULT"] = kind + ":" + Marker });

    [Test]
    public void Recognize_ProcessKilledWhileAnswering_RestartsAndAnswersTheBatch()
    {
        using var sidecar = new MicrosoftRecognizerSidecar(RealTagger.SidecarDirectory, RecognizerOptions.Default);
        sidecar.Recognize([new SidecarItem("warm up on Friday.", _day)]);
        var first = sidecar.ProcessId!.Value;
        var items = Enumerable.Range(0, 400).Select(i => new SidecarItem($"Talks {i} resumed on Friday, 3 March 2014, and ended two weeks later.", _day)).ToList();

        var killer = Task.Run(() =>
        {
            Thread.Sleep(300);
            using var node = Process.GetProcessById(first);
            node.Kill();
        });
        var results = sidecar.Recognize(items);
        killer.Wait();

        Assert.That(results, Has.Count.EqualTo(400));
        Assert.That(results.All(r => r.Error is null && r.Candidates.Count >= 2), Is.True);
        Assert.That(sidecar.ProcessId, Is.Not.EqualTo(first));
    }

    [Test]
    public void Recognize_ProcessDiesOnEveryAttempt_ThrowsTaggingFailedAfterOneRetryAndThenServesOtherText()
    {
        using var sidecar = new MicrosoftRecognizerSidecar(RealTagger.SidecarDirectory, Faulty("crash"));

        var error = Assert.Throws<TaggingFailedException>(() => sidecar.Recognize([new SidecarItem("Met on Friday. " + Marker, _day)]));
        var after = sidecar.Recognize([new SidecarItem("Met on Friday.", _day)]);

        Assert.That(error!.Message, Does.StartWith("the date recognizer failed 2 times on this text (it stopped: exit code 70"));
        Assert.That(after.Single().Candidates, Has.Count.EqualTo(1));
    }

    [Test]
    public void Recognize_ProcessHangs_IsKilledAfterTheTimeoutAndTheNextBatchGetsAFreshProcess()
    {
        using var sidecar = new MicrosoftRecognizerSidecar(RealTagger.SidecarDirectory, Faulty("hang", timeoutSeconds: 3, retries: 0));
        sidecar.Recognize([new SidecarItem("warm up on Friday.", _day)]);
        var hung = sidecar.ProcessId!.Value;
        var clock = Stopwatch.StartNew();

        var error = Assert.Throws<TaggingFailedException>(() => sidecar.Recognize([new SidecarItem("Met on Friday. " + Marker, _day)]));
        var waited = clock.Elapsed;
        var after = sidecar.Recognize([new SidecarItem("Met on Friday.", _day)]);

        Assert.That(error!.Message, Is.EqualTo("the date recognizer failed 1 time on this text (no answer within 3 s, killed)"));
        Assert.That(waited, Is.LessThan(TimeSpan.FromSeconds(30)), "hang guard only");
        Assert.That(after.Single().Candidates, Has.Count.EqualTo(1));
        Assert.That(sidecar.ProcessId, Is.Not.EqualTo(hung));
        Assert.That(HasExited(hung), Is.True);
    }

    private static bool HasExited(int id)
    {
        try
        {
            using var process = Process.GetProcessById(id);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }

    [TestCase(0, 1)]
    [TestCase(120, 1)]
    [TestCase(100_000, 1)]
    [TestCase(100_001, 2)]
    [TestCase(450_000, 5)]
    public void TimeoutFor_TextLength_GrowsPerStartedBlock(long characters, int blocks)
    {
        var options = new RecognizerOptions(TimeSpan.FromSeconds(10), 1);

        Assert.That(options.TimeoutFor(characters), Is.EqualTo(TimeSpan.FromSeconds(10 * blocks)));
    }
}
