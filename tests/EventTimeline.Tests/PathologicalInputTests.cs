using System.Diagnostics;
using System.Text;

using EventTimeline.Actors;
using EventTimeline.Documents;
using EventTimeline.Text;
using EventTimeline.Time;
using EventTimeline.Time.Native;

namespace EventTimeline.Tests;

/// <summary>
/// Inputs built to make date and name patterns backtrack (issue 9): they finish, and an over-long sentence is cut and
/// reported. The time bounds are hang guards only; speed is measured by the bench, not here.
/// </summary>
public sealed class PathologicalInputTests
{
    private static readonly TimeSpan _hangGuard = TimeSpan.FromSeconds(120);
    private static readonly DateOnly _day = new(2014, 3, 3);

    private static string Repeat(string unit, int times) => new StringBuilder(unit.Length * times).Insert(0, unit, times).ToString();

    public static IEnumerable<TestCaseData> Runs()
    {
        yield return new TestCaseData(new string('7', 50_000)).SetName("{m}(50000 digits)");
        yield return new TestCaseData(Repeat("1.", 25_000)).SetName("{m}(digits and dots)");
        yield return new TestCaseData(Repeat("12/", 17_000)).SetName("{m}(digits and slashes)");
        yield return new TestCaseData(Repeat("2014-", 10_000)).SetName("{m}(years and hyphens)");
        yield return new TestCaseData(Repeat("3 March ", 6_000)).SetName("{m}(day and month repeated)");
        yield return new TestCaseData(Repeat("Monday, ", 6_000)).SetName("{m}(weekdays repeated)");
        yield return new TestCaseData(Repeat("Abcde ", 8_500)).SetName("{m}(capitalised words)");
        yield return new TestCaseData(Repeat("Mr. Abc Def-Ghi O'Jkl ", 2_300)).SetName("{m}(titles and names)");
        yield return new TestCaseData(Repeat("the ", 12_500) + "!").SetName("{m}(function words without end)");
    }

    [TestCaseSource(nameof(Runs))]
    public void NativeTagger_PathologicalSentence_FinishesWithoutTimeout(string text)
    {
        using var tagger = new NativeTemporalTagger();
        var clock = Stopwatch.StartNew();

        Assert.That(() => tagger.Tag(text, _day), Throws.Nothing);
        Assert.That(clock.Elapsed, Is.LessThan(_hangGuard));
    }

    [TestCaseSource(nameof(Runs))]
    public void ActorRecognizer_PathologicalSentence_FinishesWithoutTimeout(string text)
    {
        var document = new NewsDocument("hostile", "hostile.txt", null, null, null, _day, PublishedBasis.Manifest, text, null);
        var sentences = SentenceSplitter.CreateDefault().Split(text);
        var clock = Stopwatch.StartNew();

        Assert.That(() => ActorRecognizer.Default.Recognize(document, sentences), Throws.Nothing);
        Assert.That(clock.Elapsed, Is.LessThan(_hangGuard));
    }

    [Test]
    public void Read_TenMegabyteSingleSentence_IsCutToTheSentenceLimitReportedAndBuilds()
    {
        using var folder = new TempFolder();
        folder.Write("hostile.txt", "Talks began on 3 March 2014. " + Repeat("Abc 12.", 1_500_000) + " They ended on Friday.\n");
        var clock = Stopwatch.StartNew();

        var read = new CorpusReader(InputLimits.Default with { MaxDocumentChars = 20_000_000 }).Read([folder.Root]);
        using var tagger = new NativeTemporalTagger();
        var result = EventTimelinePipeline.CreateDefault(tagger).Build(read.Documents);

        var outcome = read.Outcomes.Single();
        Assert.That(outcome.Truncated, Is.True);
        Assert.That(outcome.Notes.Single(), Does.StartWith("1 sentence(s) longer than 5000 characters cut"));
        Assert.That(read.Documents.Single().Text.Length, Is.LessThan(6_000));
        Assert.That(result.Failures, Is.Empty);
        Assert.That(result.Documents.Single().TimeMentions.Select(m => m.Value), Does.Contain("2014-03-03"));
        Assert.That(clock.Elapsed, Is.LessThan(_hangGuard));
    }
}
