using EventTimeline.Text;

namespace EventTimeline.Tests.Text;

[TestFixture]
public sealed class WhiteSpaceTests
{
    [TestCase("one line", "one line")]
    [TestCase("  two\tspaced\n lines ", "two spaced lines")]
    [TestCase("double  space", "double space")]
    [TestCase("\u00a0non-breaking\u00a0", "non-breaking")]
    [TestCase("", "")]
    [TestCase(" ", "")]
    public void Collapse_Text_RunsOfWhiteSpaceBecomeOneSpace(string text, string expected)
    {
        Assert.That(WhiteSpace.Collapse(text), Is.EqualTo(expected));
    }
}
