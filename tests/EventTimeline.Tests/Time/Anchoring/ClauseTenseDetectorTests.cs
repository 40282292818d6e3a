using EventTimeline.Time.Anchoring;

namespace EventTimeline.Tests.Time.Anchoring;

public sealed class ClauseTenseDetectorTests
{
    private static readonly ClauseTenseDetector Detector = new(TimeLexicon.Default);

    [TestCase("The Obama administration Friday began military-to-military talks.", "Friday", "Past")]
    [TestCase("Kerry said Friday that talks would start.", "Friday", "Past")]
    [TestCase("The minister has resigned on Tuesday.", "Tuesday", "Past")]
    [TestCase("Talks will begin on Monday.", "Monday", "Future")]
    [TestCase("He plans to unveil a plan on Monday.", "Monday", "Future")]
    [TestCase("The meeting was postponed until Saturday.", "Saturday", "Future")]
    [TestCase("The payment is due in May.", "May", "Future")]
    [TestCase("The meeting will be held Friday.", "Friday", "Future")]
    [TestCase("Exiles will try to delay Wednesday's ruling.", "Wednesday", "Past")]
    [TestCase("The group could leave as soon as Tuesday.", "Tuesday", "Future")]
    [TestCase("Talks on Friday in Geneva", "Friday", "Neutral")]
    [TestCase("The talks are on Friday.", "Friday", "Neutral")]
    public void Detect_Sentence_GivesDirectionOfNearestCue(string text, string expression, string expected)
    {
        var start = text.IndexOf(expression, StringComparison.Ordinal);

        Assert.That(Detector.Detect(text, start, start + expression.Length), Is.EqualTo(Enum.Parse<TemporalDirection>(expected)));
    }

    [Test]
    public void Detect_CueInAnotherSentence_IsIgnored()
    {
        const string text = "The army attacked the town. Talks on Friday in Geneva.";
        var start = text.IndexOf("Friday", StringComparison.Ordinal);

        Assert.That(Detector.Detect(text, start, start + 6), Is.EqualTo(TemporalDirection.Neutral));
    }

    [Test]
    public void Detect_AbbreviationBeforeTheExpression_DoesNotEndTheSentence()
    {
        const string text = "Talks with the U.S. Army began Friday.";
        var start = text.IndexOf("Friday", StringComparison.Ordinal);

        Assert.That(Detector.Detect(text, start, start + 6), Is.EqualTo(TemporalDirection.Past));
    }
}
