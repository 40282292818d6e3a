using EventTimeline.Time;
using EventTimeline.Time.Anchoring;

namespace EventTimeline.Tests.Time.Anchoring;

public sealed class ExtentAdjusterTests
{
    private static readonly ExtentAdjuster Adjuster = new(TimeLexicon.Default);

    [TestCase("Prices rose in the past three months.", "past three months", "the past three months")]
    [TestCase("Profit rose in the first nine months.", "nine months", "the first nine months")]
    [TestCase("The talks lasted almost seven years.", "seven years", "almost seven years")]
    [TestCase("It took a mere 24 hours.", "24 hours", "a mere 24 hours")]
    [TestCase("It took more than two years.", "two years", "more than two years")]
    [TestCase("Emissions must fall by 2030.", "by 2030", "2030")]
    [TestCase("The meeting was postponed until Saturday.", "until Saturday", "Saturday")]
    [TestCase("It was done by the end of the month.", "by the end of the month", "the end of the month")]
    [TestCase("since the February 2014 coup", "since the February 2014", "February 2014")]
    [TestCase("Results for fiscal 1989 were weak.", "1989", "fiscal 1989")]
    [TestCase("We met on Friday, then left.", "Friday,", "Friday")]
    [TestCase("a 10-year bond", "10-year", "10-year")]
    [TestCase("a third-quarter loss", "third-quarter", "third-quarter")]
    [TestCase("He left at 5 p.m. yesterday.", "5 p.m.", "5 p.m.")]
    [TestCase("He left at 5 p.m.", "at 5 p.m.", "5 p.m.")]
    [TestCase("They met in Sept. and left.", "Sept.", "Sept.")]
    [TestCase("They met last week.", "last week.", "last week")]
    public void Adjust_RecognizerSpan_GetsTimeMLExtent(string text, string recognized, string expected)
    {
        var start = text.IndexOf(recognized, StringComparison.Ordinal);
        var candidate = new TimexCandidate(start, recognized.Length, CandidateKind.Date, []);

        var adjusted = Adjuster.Adjust(text, [candidate]).Single();

        Assert.That(text.Substring(adjusted.Start, adjusted.Length), Is.EqualTo(expected));
    }

    [Test]
    public void Adjust_LexiconMatch_KeepsItsOwnExtentButLosesSignals()
    {
        const string text = "the recent talks went on for years";
        var recent = new TimexCandidate(4, 6, CandidateKind.Date, [], new PresetTimex(TimexType.Date, "PAST_REF"));
        var years = new TimexCandidate(text.IndexOf("for years", StringComparison.Ordinal), 9, CandidateKind.Date, [], new PresetTimex(TimexType.Duration, "PXY"));

        var adjusted = Adjuster.Adjust(text, [recent, years]);

        Assert.That(adjusted.Select(candidate => text.Substring(candidate.Start, candidate.Length)), Is.EqualTo(new[] { "recent", "years" }));
    }

    [Test]
    public void Adjust_ExtensionNeverReachesIntoThePreviousCandidate()
    {
        const string text = "Friday the past two weeks";
        var friday = new TimexCandidate(0, 6, CandidateKind.Date, []);
        var weeks = new TimexCandidate(11, 14, CandidateKind.DateRange, []);

        var adjusted = Adjuster.Adjust(text, [friday, weeks]);

        Assert.That(text.Substring(adjusted[1].Start, adjusted[1].Length), Is.EqualTo("the past two weeks"));
        Assert.That(adjusted[0].End, Is.LessThanOrEqualTo(adjusted[1].Start));
    }
}
