using Newtonsoft.Json.Linq;

namespace EventTimeline.Tests.Cli;

public sealed class BenchCommandTests
{
    [Test]
    public void Bench_GeneratedCorpusTwoJobCounts_MeasuresEveryStageOfEachRun()
    {
        var result = CliRunner.Run("bench", "--generate", "30", "--jobs", "1,2", "--json");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.StdErr);
        var runs = (JArray)JObject.Parse(result.StdOut)["runs"]!;
        Assert.Multiple(() =>
        {
            Assert.That(runs.Select(run => (int)run["jobs"]!), Is.EqualTo(new[] { 1, 2 }));
            Assert.That(runs.Select(run => (int)run["documents"]!), Is.All.EqualTo(30));
            Assert.That(
                runs[0]["stages"]!.Select(stage => (string)stage["stage"]!),
                Is.EqualTo(new[] { "ingest", "prepare", "dates", "sentences", "actors", "events", "resolve", "merge", "timeline", "graph", "export", "total" }));
            Assert.That((int)runs[1]["events"]!, Is.EqualTo((int)runs[0]["events"]!));
        });
    }

    [Test]
    public void Bench_ThreeRounds_ReportsEveryRoundAndTheMedianOnesStages()
    {
        var result = CliRunner.Run("bench", "--generate", "12", "--jobs", "1,2", "--rounds", "3", "--json");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.StdErr);
        var runs = (JArray)JObject.Parse(result.StdOut)["runs"]!;
        Assert.Multiple(() =>
        {
            foreach (var run in runs)
            {
                var rounds = run["roundSeconds"]!.Select(seconds => (double)seconds).ToList();
                var total = run["stages"]!.Single(stage => (string)stage["stage"]! == "total");
                Assert.That(rounds, Has.Count.EqualTo(3));
                Assert.That((double)total["wallSeconds"]!, Is.EqualTo(rounds.Order().ElementAt(1)), "the stages are the median round's");
                Assert.That((double)total["gcPauseSeconds"]!, Is.GreaterThanOrEqualTo(0).And.LessThanOrEqualTo((double)total["wallSeconds"]!));
            }
        });
    }

    [Test]
    public void Bench_Tables_ShowStagesAndSummary()
    {
        var result = CliRunner.Run("bench", "--generate", "10", "--jobs", "1");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.StdErr);
            Assert.That(result.StdOut, Does.Contain("generated 10: 10 documents"));
            Assert.That(result.StdOut, Does.Match(@"\nactors +\d"));
            Assert.That(result.StdOut, Does.Contain("docs/s/core"));
        });
    }

    [Test]
    public void Bench_WriteCorpus_WritesFilesThatBuildReads()
    {
        using var corpus = new TempFolder();
        using var output = new TempFolder();

        var written = CliRunner.Run("bench", "--generate", "25", "--seed", "3", "--write-corpus", corpus.Root);
        var built = CliRunner.Run("build", corpus.Root, "--out", output.Root, "--jobs", "2");

        Assert.Multiple(() =>
        {
            Assert.That(written.ExitCode, Is.EqualTo(0), written.StdErr);
            Assert.That(Directory.GetFiles(corpus.Root, "*.txt"), Has.Length.EqualTo(25));
            Assert.That(built.ExitCode, Is.EqualTo(0), built.StdErr);
            Assert.That(built.StdErr, Does.Contain("build: 25 documents,"));
        });
    }

    [Test]
    public void Bench_WriteCorpusOfTimeMlFolder_WritesTextAndDatesThatBuildReads()
    {
        using var corpus = new TempFolder();
        using var output = new TempFolder();
        var timeMl = Path.Combine(AppContext.BaseDirectory, "data", "timeml");
        var count = Directory.GetFiles(timeMl, "*.tml", SearchOption.AllDirectories).Length;

        var written = CliRunner.Run("bench", timeMl, "--write-corpus", corpus.Root);
        var built = CliRunner.Run("build", corpus.Root, "--out", output.Root, "--jobs", "1");

        Assert.Multiple(() =>
        {
            Assert.That(written.ExitCode, Is.EqualTo(0), written.StdErr);
            Assert.That(Directory.GetFiles(corpus.Root, "*.txt", SearchOption.AllDirectories), Has.Length.EqualTo(count));
            Assert.That(built.ExitCode, Is.EqualTo(0), built.StdErr);
            Assert.That(built.StdErr, Does.Contain($"build: {count} documents,"));
            Assert.That(File.ReadAllText(Path.Combine(output.Root, "documents.json")), Does.Not.Contain("\"publishedBasis\": \"none\""));
        });
    }

    [TestCase("--engine", "sundial", "bench: unknown temporal engine in 'sundial'")]
    [TestCase("--jobs", "0", "bench: --generate and --jobs take positive whole numbers")]
    [TestCase("--generate", "ten", "bench: --generate and --jobs take positive whole numbers")]
    [TestCase("--rounds", "0", "bench: --rounds takes a positive whole number")]
    public void Bench_BadOption_ExitsWithUsageError(string option, string value, string message)
    {
        string[] args = option == "--generate" ? ["bench", option, value] : ["bench", "--generate", "5", option, value];

        var result = CliRunner.Run(args);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(1));
            Assert.That(result.StdErr, Does.StartWith(message));
        });
    }
}
