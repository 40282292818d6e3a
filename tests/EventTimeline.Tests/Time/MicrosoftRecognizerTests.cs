using EventTimeline.Time;
using EventTimeline.Time.Anchoring;

namespace EventTimeline.Tests.Time;

/// <summary>The adapter over Microsoft.Recognizers.Text.DateTime, run in process.</summary>
public sealed class MicrosoftRecognizerTests
{
    private static readonly (string Text, DateOnly? Reference)[] Texts =
    [
        ("The deal closed last Friday, and talks resume in three weeks.", new DateOnly(2015, 9, 21)),
        ("Talks began on Friday and end on 5 May 2013.", new DateOnly(2013, 4, 30)),
        ("The ceasefire collapsed on March 30, two years ago, at 10 a.m.", new DateOnly(2016, 1, 2)),
        ("Prices rose 4% in the first quarter of 2014 and fell the next month.", new DateOnly(2014, 6, 1)),
        ("No time is named in this sentence at all.", null),
        ("The 1990s ended; in 2001 he said he would return next year.", null),
        ("From Aug. 26 to Oct. 20 the office is closed every Monday.", new DateOnly(2009, 8, 1)),
    ];

    [Test]
    public void Recognize_LastFridayWithReference_GivesTheFridayBefore()
    {
        const string text = "The minister resigned last Friday.";

        var candidate = MicrosoftRecognizer.Recognize(text, new DateOnly(2015, 9, 21)).Single();

        Assert.Multiple(() =>
        {
            Assert.That(text.Substring(candidate.Start, candidate.Length), Is.EqualTo("last Friday"));
            Assert.That(candidate.Kind, Is.EqualTo(CandidateKind.Date));
            Assert.That(candidate.Readings.Select(reading => reading.Timex), Does.Contain("2015-09-18"));
            Assert.That(candidate.Readings.Select(reading => reading.Value), Does.Contain("2015-09-18"));
        });
    }

    [Test]
    public void Recognize_NonAsciiText_OffsetsPointIntoTheGivenText()
    {
        const string text = "Ünïcödé text on 5 May 2013.";

        var candidate = MicrosoftRecognizer.Recognize(text, null).Single();

        Assert.That(text.Substring(candidate.Start, candidate.Length), Is.EqualTo("5 May 2013"));
        Assert.That(candidate.Readings.Single().Timex, Is.EqualTo("2013-05-05"));
    }

    [Test]
    public void Recognize_NoTimeExpression_ReturnsNothing()
    {
        Assert.That(MicrosoftRecognizer.Recognize("The council met the press.", new DateOnly(2015, 9, 21)), Is.Empty);
    }

    [Test]
    public void Recognize_ManyThreadsOnOneModel_GiveTheSerialResults()
    {
        var serial = Texts.Select(item => Describe(MicrosoftRecognizer.Recognize(item.Text, item.Reference))).ToList();
        Assert.That(serial.Count(result => result.Length > 0), Is.GreaterThanOrEqualTo(5), "the texts must hold expressions");

        const int Rounds = 12;
        var concurrent = new string[Rounds * Texts.Length];
        Parallel.For(0, concurrent.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, index =>
        {
            var (text, reference) = Texts[index % Texts.Length];
            concurrent[index] = Describe(MicrosoftRecognizer.Recognize(text, reference));
        });

        Assert.That(concurrent, Is.EqualTo(Enumerable.Range(0, concurrent.Length).Select(index => serial[index % Texts.Length])));
    }

    [Test]
    public void ForgetNumbers_AfterAText_EmptiesTheCacheAndTheResultsStayTheSame()
    {
        const string text = "Prices rose 4% in the first quarter of 2014 and fell three months later.";
        var reference = new DateOnly(2014, 9, 1);
        MicrosoftRecognizer.ForgetNumbers();

        var first = Describe(MicrosoftRecognizer.Recognize(text, reference));
        Assert.That(MicrosoftRecognizer.CachedNumberTexts, Is.GreaterThan(0), "the recognizer caches the numbers of what it read");
        MicrosoftRecognizer.ForgetNumbers();
        var cachedAfterForgetting = MicrosoftRecognizer.CachedNumberTexts;
        var second = Describe(MicrosoftRecognizer.Recognize(text, reference));

        Assert.That(cachedAfterForgetting, Is.Zero);
        Assert.That(second, Is.EqualTo(first));
    }

    private static string Describe(IReadOnlyList<TimexCandidate> candidates) => string.Join(
        "; ",
        candidates.Select(candidate => $"{candidate.Start}+{candidate.Length} {candidate.Kind} " + string.Join(
            " | ",
            candidate.Readings.Select(reading => $"{reading.Timex},{reading.Value},{reading.RangeStart},{reading.RangeEnd},{reading.Mod}"))));
}
