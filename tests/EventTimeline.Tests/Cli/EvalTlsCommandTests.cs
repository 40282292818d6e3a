using Newtonsoft.Json.Linq;

namespace EventTimeline.Tests.Cli;

public sealed class EvalTlsCommandTests
{
    private const string Gold = "2010-04-20\nThe rig explodes .\n--------------------------------\n2010-07-15\nThe well is capped .\n--------------------------------\n";

    [Test]
    public void EvalTls_GoldAgainstItself_AllOnesAndJson()
    {
        using var folder = new TempFolder();
        folder.Write("gold/a.txt", Gold);
        folder.Write("system/a.txt", Gold);
        var json = Path.Combine(folder.Root, "scores.json");

        var result = CliRunner.Run("eval-tls", Path.Combine(folder.Root, "gold"), Path.Combine(folder.Root, "system"), "--json", json);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.StdErr);
        Assert.That(result.StdOut, Does.Match(@"a\.txt\s+2/2/2\s+1\.000\s+1\.000\s+1\.000\s+1\.000\s+1\.000\s+1\.000\s+1\.000\s+1\.000\s+1\.000"));
        var scores = JObject.Parse(File.ReadAllText(json));
        Assert.That((double)scores["align1"]!["f1"]!, Is.EqualTo(1.0));
        Assert.That((double)scores["dates"]!["f1"]!, Is.EqualTo(1.0));
    }

    [Test]
    public void EvalTls_MissingAndBrokenSystemFiles_ReportedScoredEmptyExitOne()
    {
        using var folder = new TempFolder();
        folder.Write("gold/a.txt", Gold);
        folder.Write("gold/b.txt", Gold);
        folder.Write("system/b.txt", "a sentence before any date\n");

        var result = CliRunner.Run("eval-tls", Path.Combine(folder.Root, "gold"), Path.Combine(folder.Root, "system"));

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.StdErr, Does.Contain("no system timeline a.txt: scored as empty").And.Contain("a sentence before any YYYY-MM-DD date line"));
        Assert.That(result.StdOut, Does.Match(@"average\s+0\.000"));
    }
}
