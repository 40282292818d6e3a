using EventTimeline.Time;

namespace EventTimeline.Tests.Time;

public sealed class RecognizerWindowsTests
{
    private static readonly RecognizerWindows Windows = new(new RecognizerCues(
        WindowWords: 2, JoinGapWords: 1, Words: ["friday", "year"], CapitalizedWords: ["May"], Patterns: ["[12][0-9]{3}"]));

    [Test]
    public void Split_CueWord_GivesTheWordsAroundItWithTheirOffset()
    {
        const string text = "One two three four said on Friday that seven eight nine ten.";

        var window = Windows.Split(text).Single();

        Assert.That(window.Text, Is.EqualTo("said on Friday that seven"));
        Assert.That(text.Substring(window.Offset, window.Text.Length), Is.EqualTo(window.Text));
    }

    [Test]
    public void Split_NoCue_GivesNothing()
    {
        Assert.That(Windows.Split("The council may meet the press again."), Is.Empty);
    }

    [Test]
    public void Split_CapitalizedOnlyCue_CountsOnlyWhenCapitalized()
    {
        Assert.That(Windows.Split("Officials may vote in May.").Single().Text, Is.EqualTo("vote in May."));
    }

    [Test]
    public void Split_CuesCloseTogether_AreOneWindowAndFarApartAreTwo()
    {
        const string close = "a b c 2014 d e f g year h i j";
        const string far = "a b c 2014 d e f g h i j k l year m n";

        Assert.Multiple(() =>
        {
            Assert.That(Windows.Split(close).Select(w => w.Text), Is.EqualTo(new[] { "b c 2014 d e f g year h i" }));
            Assert.That(Windows.Split(far).Select(w => w.Text), Is.EqualTo(new[] { "b c 2014 d e", "k l year m n" }));
        });
    }

    [Test]
    public void Split_PunctuationAndHyphens_DoNotHideACue()
    {
        Assert.That(Windows.Split("x x x a two-year deal x x x").Single().Text, Is.EqualTo("x a two-year deal x"));
        Assert.That(Windows.Split("x x x (Friday), x x x").Single().Text, Is.EqualTo("x x (Friday), x x"));
    }

    [Test]
    public void Split_Paragraphs_WindowsDoNotCrossThem()
    {
        const string text = "He left on Friday.\n\nIn 2014 she came.";

        var windows = Windows.Split(text);

        Assert.That(windows.Select(w => w.Text), Is.EqualTo(new[] { "left on Friday.", "In 2014 she came." }));
        Assert.That(windows.All(w => text.Substring(w.Offset, w.Text.Length) == w.Text), Is.True);
    }

    [Test]
    public void Split_CueInsideAKnownSpan_IsNotACue()
    {
        const string text = "a b c Friday d e f g h i j year k l";
        var friday = text.IndexOf("Friday", StringComparison.Ordinal);

        var windows = Windows.Split(text, [(friday, friday + "Friday".Length)]);

        Assert.That(windows.Select(w => w.Text), Is.EqualTo(new[] { "i j year k l" }));
    }
}
