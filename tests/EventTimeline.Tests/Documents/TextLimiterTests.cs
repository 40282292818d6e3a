using System.Diagnostics;

using EventTimeline.Documents;

namespace EventTimeline.Tests.Documents;

public sealed class TextLimiterTests
{
    [Test]
    public void Apply_TextWithinTheLimits_IsUnchanged()
    {
        const string text = "First sentence. Second one!\n\nThird?";

        Assert.That(TextLimiter.Apply(text, new InputLimits(100, 20)), Is.EqualTo(new LimitedText(text, false, text.Length, 0, 0)));
    }

    [Test]
    public void Apply_LongDocument_IsCutAtTheLastParagraphBreakBeforeTheLimit()
    {
        var text = "One para.\n\nTwo para.\n\nThree para goes on";

        var limited = TextLimiter.Apply(text, new InputLimits(25, 1000));

        Assert.That(limited, Is.EqualTo(new LimitedText("One para.\n\nTwo para.", true, 20, 0, 0)));
        Assert.That(TextLimiter.Notes(limited, new InputLimits(25, 1000)), Is.EqualTo(new[] { "text longer than 25 characters: truncated to its first 20 characters" }));
    }

    [Test]
    public void Apply_LongDocumentWithoutBreaks_IsCutAtTheLimitWithoutSplittingASurrogatePair()
    {
        var text = new string('a', 9) + "😀" + "bbbb";

        Assert.That(TextLimiter.Apply(text, new InputLimits(10, 1000)).Text, Is.EqualTo(new string('a', 9)));
    }

    [Test]
    public void Apply_OverlongSentence_KeepsItsStartAndGoesOnAtTheNextSentence()
    {
        var text = "Short one. " + new string('x', 30) + " tail. Next sentence.\nNext line.";

        var limits = new InputLimits(1000, 15);
        var limited = TextLimiter.Apply(text, limits);

        Assert.That(limited.Text, Is.EqualTo("Short one. " + new string('x', 15) + "\n\n Next sentence.\nNext line."));
        Assert.That(limited.SentencesCut, Is.EqualTo(1));
        Assert.That(TextLimiter.Notes(limited, limits, "line 4: "), Is.EqualTo(new[] { "line 4: 1 sentence(s) longer than 15 characters cut (21 characters dropped)" }));
    }

    [Test]
    public void Apply_ShortLinesWithoutPeriods_AreNotCut()
    {
        var text = string.Join('\n', Enumerable.Repeat("a headline without a period", 1000));

        Assert.That(TextLimiter.Apply(text, new InputLimits(1_000_000, 50)).Truncated, Is.False);
    }

    [Test]
    public void Apply_FiveMegabyteSentence_IsCutInLinearTime()
    {
        var text = "Start. " + new string('w', 5_000_000) + ". End.";
        var clock = Stopwatch.StartNew();

        var limited = TextLimiter.Apply(text, InputLimits.Default with { MaxDocumentChars = 10_000_000 });

        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
        Assert.That(limited.Text, Is.EqualTo("Start. " + new string('w', InputLimits.DefaultMaxSentenceChars) + "\n\n End."));
    }
}
