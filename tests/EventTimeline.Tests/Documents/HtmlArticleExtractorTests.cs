using EventTimeline.Documents;

namespace EventTimeline.Tests.Documents;

public sealed class HtmlArticleExtractorTests
{
    private const string Title = "Harbor authority reopens northern port after storm damage";

    private static readonly HtmlArticleExtractor _extractor = HtmlArticleExtractor.CreateDefault();

    private static readonly string _clutteredPage = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "html", "cluttered-article.html"));

    private static HtmlArticle Extract(string html) => _extractor.Extract(HtmlPageParser.Parse(HtmlMarkupLimiter.Apply(html).Html));

    [Test]
    public void Extract_ClutteredPage_KeepsOnlyTheArticleBodyAfterTheTitle()
    {
        var article = Extract(_clutteredPage);

        Assert.That(article.Text, Is.EqualTo(string.Join("\n\n",
            Title,
            "The regional harbor authority reopened the northern port on Monday, ten days after a winter storm tore through its container terminal and sank two tugboats.",
            "Port director Elena Marsh said the first cargo ships would berth on Tuesday and that full operations should resume by the end of the month. \"We have cleared the channel and inspected every crane,\" she told reporters at the terminal.",
            "The storm, which struck on March 2, caused an estimated $40 million in damage, according to the authority. Insurers have begun assessing claims from shipping companies whose containers were lost overboard.",
            "Backlog of ships",
            "More than thirty vessels waited offshore during the closure. The authority said it would extend working hours at the terminal until the backlog is cleared, and unions agreed on Sunday to additional night shifts.",
            "The city council will hold a hearing next week on funding for a new breakwater, which engineers first proposed in 2016.")));
    }

    [Test]
    public void Extract_ClutteredPage_ReadsTheMetadata()
    {
        var article = Extract(_clutteredPage);

        Assert.That(article.Title, Is.EqualTo(Title));
        Assert.That(article.Published, Is.EqualTo(new DateOnly(2019, 3, 12)));
        Assert.That(article.Url, Is.EqualTo("https://www.coastal-ledger.example/news/port-reopens"));
        Assert.That(article.Source, Is.EqualTo("The Coastal Ledger"));
    }

    [Test]
    public void Extract_ArticleWithoutArticleBody_TakesTheArticleWithItsHeaderButNotItsFurniture()
    {
        var article = Extract(_clutteredPage.Replace(" itemprop=\"articleBody\"", string.Empty, StringComparison.Ordinal));

        var paragraphs = article.Text.Split("\n\n");
        Assert.That(paragraphs.Take(4), Is.EqualTo(new[] { Title, "By Dana Whitfield, Staff Writer", "March 12, 2019", "The regional harbor authority reopened the northern port on Monday, ten days after a winter storm tore through its container terminal and sank two tugboats." }));
        Assert.That(paragraphs[^1], Does.StartWith("The city council will hold a hearing"));
        Assert.That(article.Text, Does.Not.Contain("Share on").And.Not.Contain("Cranes stand idle").And.Not.Contain("Ports\n").And.Not.Contain("Advertisement"));
    }

    [Test]
    public void Extract_PageWithoutArticleMarkup_FindsTheDensestParagraphs()
    {
        var html = """
            <html><head><title>Flood barrier approved - Valley Times</title><meta property="og:site_name" content="Valley Times"></head>
            <body>
              <div id="top"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></div>
              <div id="wrap">
                <div class="left"><p>Login</p><p><a href="/x">A much longer link text that is still only a link to another story</a></p></div>
                <div class="content">
                  <p>The valley council approved a flood barrier on Tuesday after a year of debate over its cost.</p>
                  <p>Construction is due to start in June and should take two years, the council said in a statement.</p>
                  <p>Residents who lost homes in the 2017 floods welcomed the decision at a packed meeting.</p>
                </div>
              </div>
              <div class="bottom"><p>Copyright Valley Times</p></div>
            </body></html>
            """;

        var article = Extract(html);

        Assert.That(article.Title, Is.EqualTo("Flood barrier approved"));
        Assert.That(article.Text, Is.EqualTo(string.Join("\n\n",
            "Flood barrier approved",
            "The valley council approved a flood barrier on Tuesday after a year of debate over its cost.",
            "Construction is due to start in June and should take two years, the council said in a statement.",
            "Residents who lost homes in the 2017 floods welcomed the decision at a packed meeting.")));
    }

    [Test]
    public void Extract_LineBreaksAndListsAndHiddenText_BecomeLinesBulletsAndNothing()
    {
        var html = """
            <article>
              <h1>Budget vote</h1>
              <p>The assembly voted on three measures on Friday, the speaker said after a long session that ran late:<br>first reading<br/>second reading</p>
              <ul><li>a tax on sugar drinks</li><li>new school funding</li></ul>
              <p hidden>Hidden teaser text that a reader never sees on the page at all.</p>
              <p style="display: none">Invisible text.</p>
              <div aria-hidden="true">Decorative text.</div>
              <p>All   three passed&nbsp;easily.</p>
            </article>
            """;

        var article = Extract(html);

        Assert.That(article.Text, Is.EqualTo(string.Join("\n\n",
            "Budget vote",
            "The assembly voted on three measures on Friday, the speaker said after a long session that ran late:\nfirst reading\nsecond reading",
            "• a tax on sugar drinks",
            "• new school funding",
            "All three passed easily.")));
    }

    [Test]
    public void Extract_WrapperWhoseClassNamesFurniture_IsKeptWhenItHoldsTheStory()
    {
        var html = """
            <article><h1>Mayor resigns</h1>
              <div class="body has-share-buttons">
                <p>The mayor resigned on Wednesday after an inquiry found that she had misused city funds for travel.</p>
                <p>Her deputy will lead the city until an election is held in the autumn, officials said.</p>
              </div>
              <div class="share"><a href="/s">Share this</a></div>
            </article>
            """;

        var article = Extract(html);

        Assert.That(article.Text, Does.Contain("The mayor resigned on Wednesday").And.Contain("Her deputy will lead").And.Not.Contain("Share this"));
    }

    [TestCase("<meta name=\"date\" content=\"2018-07-04\">", "2018-07-04")]
    [TestCase("<meta name=\"DC.date.issued\" content=\"20180704\">", "2018-07-04")]
    [TestCase("<meta itemprop=\"datePublished\" content=\"July 4, 2018\">", "2018-07-04")]
    [TestCase("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"Wed, 04 Jul 2018 10:00:00 GMT\"}</script>", "2018-07-04")]
    [TestCase("<script type=\"application/ld+json\">[{\"@type\":\"WebPage\",\"datePublished\":\"2001-01-01\"},{\"@type\":[\"NewsArticle\"],\"datePublished\":\"2018-07-04\"}]</script>", "2018-07-04")]
    [TestCase("<script type=\"application/ld+json\">{ not json</script><meta name=\"pubdate\" content=\"2018-07-04T23:30:00+10:00\">", "2018-07-04")]
    [TestCase("<meta property=\"article:published_time\" content=\"2018-07-04\"><meta name=\"date\" content=\"2001-01-01\">", "2018-07-04")]
    [TestCase("", "2018-07-04")]
    [TestCase("<meta name=\"date\" content=\"soon\">", "2018-07-04")]
    public void Extract_PublicationDate_IsReadFromMetadataInOrder(string head, string expected)
    {
        var html = $"<html><head>{head}</head><body><article><h1>Parade</h1><time datetime=\"2018-07-04T09:00\">this morning</time><p>The parade went ahead despite the rain, organisers said.</p></article></body></html>";

        Assert.That(Extract(html).Published, Is.EqualTo(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Test]
    public void Extract_NoDateAnywhere_GivesNoDate()
    {
        Assert.That(Extract("<article><p>The parade went ahead despite the rain, organisers said.</p></article>").Published, Is.Null);
    }

    [TestCase("<link rel=\"canonical\" href=\"javascript:alert(1)\"><meta property=\"og:url\" content=\"https://news.example/a\">", "https://news.example/a")]
    [TestCase("<link rel=\"canonical\" href=\"/relative/path\">", null)]
    [TestCase("<link rel=\"alternate canonical\" href=\"http://news.example/b\">", "http://news.example/b")]
    public void Extract_CanonicalUrl_IsAnAbsoluteHttpUrl(string head, string? expected)
    {
        var html = $"<html><head>{head}</head><body><p>The parade went ahead despite the rain, organisers said.</p></body></html>";

        Assert.That(Extract(html).Url, Is.EqualTo(expected));
    }

    [Test]
    public void Extract_TitleOrder_OgTitleThenH1ThenTitleElement()
    {
        const string body = "<p>The parade went ahead despite the rain, organisers said.</p>";
        Assert.Multiple(() =>
        {
            Assert.That(Extract($"<title>T | Site</title><meta property=\"og:title\" content=\"OG\"><h1>H</h1>{body}").Title, Is.EqualTo("OG"));
            Assert.That(Extract($"<title>T | Site</title><h1> H  one </h1>{body}").Title, Is.EqualTo("H one"));
            Assert.That(Extract($"<title>T | Site</title><meta property=\"og:site_name\" content=\"Site\">{body}").Title, Is.EqualTo("T"));
        });
    }

    [Test]
    public void Extract_EmptyPage_GivesNoText()
    {
        Assert.That(Extract("<html><body><nav><a href='/'>Home</a></nav></body></html>").Text, Is.Empty);
    }
}
