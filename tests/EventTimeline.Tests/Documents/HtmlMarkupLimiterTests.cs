using System.Diagnostics;
using System.Text;

using EventTimeline.Documents;

namespace EventTimeline.Tests.Documents;

public sealed class HtmlMarkupLimiterTests
{
    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private static int Count(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    [Test]
    public void Apply_FormattingTags_AreDroppedAndTheirTextKept()
    {
        var result = HtmlMarkupLimiter.Apply("<p>a <B class=x>bold</B> <em>it</em> <a href=\"/x\">link</a></p>");

        Assert.That(result, Is.EqualTo(new LimitedMarkup("<p>a bold it <a href=\"/x\">link</a></p>", 0)));
    }

    [Test]
    public void Apply_NestingDeeperThanTheLimit_DropsTheDeeperStartTags()
    {
        var result = HtmlMarkupLimiter.Apply(Repeat("<div>", 1000) + "deep text");

        Assert.That(Count(result.Html, "<div>"), Is.EqualTo(HtmlMarkupLimiter.MaxDepth));
        Assert.That(result.TagsDropped, Is.EqualTo(1000 - HtmlMarkupLimiter.MaxDepth));
        Assert.That(result.Html, Does.EndWith("deep text"));
    }

    [Test]
    public void Apply_ManyClosedOrImplicitlyClosedElements_AreKept()
    {
        var html = Repeat("<div><p>x<li>y</div>", 1000);

        Assert.That(HtmlMarkupLimiter.Apply(html), Is.EqualTo(new LimitedMarkup(html, 0)));
    }

    [Test]
    public void Apply_GreaterThanInsideQuotedValues_DoesNotEndTheTag()
    {
        var html = Repeat("<div title=\"a>b<div>\" data-x='>'>", HtmlMarkupLimiter.MaxDepth + 1);

        Assert.That(HtmlMarkupLimiter.Apply(html).TagsDropped, Is.EqualTo(1));
    }

    [Test]
    public void Apply_QuoteInsideAnUnquotedValue_IsNotAQuote()
    {
        var html = "<div class=a\"b>" + Repeat("<div>", HtmlMarkupLimiter.MaxDepth);

        Assert.That(HtmlMarkupLimiter.Apply(html).TagsDropped, Is.EqualTo(1));
    }

    [TestCase("<script>", "</script>")]
    [TestCase("<!--", "-->")]
    [TestCase("<style type=text/css>", "</STYLE>")]
    [TestCase("<textarea>", "</textarea>")]
    public void Apply_TagsInsideScriptsCommentsAndRawText_AreNotCounted(string open, string close)
    {
        var html = open + Repeat("<div>", 1000) + close + "<p>after</p>";

        Assert.That(HtmlMarkupLimiter.Apply(html), Is.EqualTo(new LimitedMarkup(html, 0)));
    }

    [TestCase("<!-->")]
    [TestCase("<!--->")]
    [TestCase("<!-- a --!>")]
    public void Apply_CommentsThatEndEarly_DoNotHideTheTagsAfterThem(string comment)
    {
        Assert.That(HtmlMarkupLimiter.Apply(comment + Repeat("<div>", HtmlMarkupLimiter.MaxDepth + 5)).TagsDropped, Is.EqualTo(5));
    }

    [Test]
    public void Apply_TagWithTooManyAttributes_IsDropped()
    {
        var tag = "<div " + string.Join(' ', Enumerable.Range(0, HtmlMarkupLimiter.MaxAttributes + 1).Select(i => $"a{i}=\"v\"")) + ">";

        Assert.That(HtmlMarkupLimiter.Apply(tag + "text</div>"), Is.EqualTo(new LimitedMarkup("text</div>", 1)));
    }

    [Test]
    public void Apply_SvgMathAndTemplateBlocks_AreRemoved()
    {
        var result = HtmlMarkupLimiter.Apply("<p>a</p><svg><g><text>chart</text></g></svg><template><div>t</div></template><math><mi>x</mi></math><p>b</p>");

        Assert.That(result, Is.EqualTo(new LimitedMarkup("<p>a</p><p>b</p>", 0)));
    }

    [Test]
    public void Apply_HostileMarkup_ParsesAndExtractsInBoundedTime()
    {
        var bold = new StringBuilder("<p>");
        for (var i = 0; i < 100; i++)
        {
            bold.Append("<b id=").Append(i).Append('>');
        }

        var hostile = new[]
        {
            Repeat("<div>", 200_000) + "<p>The story is still here after all that nesting, officials said.</p>",
            bold + Repeat("</p><p>x", 100_000),
            "<div " + Repeat("a ", 500_000) + ">x</div>",
            Repeat("<a></a>", 500_000),
            "<template>" + Repeat("<div>", 50_000),
            Repeat("<table><tr><td>", 50_000),
        };
        var extractor = HtmlArticleExtractor.CreateDefault();
        foreach (var html in hostile)
        {
            var clock = Stopwatch.StartNew();
            var page = HtmlPageParser.Parse(HtmlMarkupLimiter.Apply(html).Html);
            extractor.Extract(page);

            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(20)), html[..40]);
            Assert.That(page.Nodes, Has.Count.LessThan(2 * HtmlMarkupLimiter.MaxElements + 10), html[..40]);
        }
    }

    [Test]
    public void Apply_DeepNesting_KeepsTheTextForExtraction()
    {
        var html = Repeat("<div>", 100_000) + "<p>The story is still here after all that nesting, officials said.</p>";

        var article = HtmlArticleExtractor.CreateDefault().Extract(HtmlPageParser.Parse(HtmlMarkupLimiter.Apply(html).Html));

        Assert.That(article.Text, Is.EqualTo("The story is still here after all that nesting, officials said."));
    }
}
