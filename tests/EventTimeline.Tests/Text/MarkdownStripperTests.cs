using EventTimeline.Text;

namespace EventTimeline.Tests.Text;

public sealed class MarkdownStripperTests
{
    [TestCase("# Title here", "Title here")]
    [TestCase("### Title here ###", "Title here")]
    [TestCase("Some *emphasis* and **strong** and _under_ text", "Some emphasis and strong and under text")]
    [TestCase("See [the report](http://example.com/a_(b)) now", "See the report now")]
    [TestCase("**[example.org/contact](http://example.org/contact)**", "example.org/contact")]
    [TestCase("An image ![photo](http://x/y.jpg) here", "An image  here")]
    [TestCase("> quoted text", "quoted text")]
    [TestCase("- item one", "• item one")]
    [TestCase("* item two", "• item two")]
    [TestCase("Use `code` here", "Use code here")]
    [TestCase("snake_case_name stays", "snake_case_name stays")]
    [TestCase("5 * 3 * 2 stays", "5 * 3 * 2 stays")]
    [TestCase("---", "")]
    [TestCase("[ref]: http://example.com", "")]
    [TestCase("Escaped \\*stars\\*", "Escaped *stars*")]
    [TestCase("Line with <b>html</b> tags", "Line with html tags")]
    public void Strip_Line_ReturnsPlainText(string markdown, string expected)
    {
        Assert.That(MarkdownStripper.Strip(markdown), Is.EqualTo(expected));
    }

    [Test]
    public void Strip_Document_KeepsLineStructure()
    {
        var markdown = "\n\n# Heading\n\nAuthor  \n21 September 2015\n\nBody *text*.";

        Assert.That(MarkdownStripper.Strip(markdown), Is.EqualTo("\n\nHeading\n\nAuthor\n21 September 2015\n\nBody text."));
    }

    [TestCase("# Heading\n\nText", true)]
    [TestCase("Text with [a link](https://example.com).", true)]
    [TestCase("Plain text.\nAnother line with #hashtag.", false)]
    [TestCase("Prices rose 5 * 3 times [sic].", false)]
    public void LooksLikeMarkdown_Text_DetectsMarkup(string text, bool expected)
    {
        Assert.That(MarkdownStripper.LooksLikeMarkdown(text), Is.EqualTo(expected));
    }
}
