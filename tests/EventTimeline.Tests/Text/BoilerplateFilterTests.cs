using EventTimeline.Text;

namespace EventTimeline.Tests.Text;

public sealed class BoilerplateFilterTests
{
    private static readonly BoilerplateFilter _filter = BoilerplateFilter.CreateDefault();

    private const string Article = "Talks begin\n\nThe talks began on Friday, officials said.\n\nThe next round is planned for October in Geneva, where both delegations will meet again.";

    [Test]
    public void Filter_PaywallBlock_DropsItAndEverythingAfter()
    {
        var text = Article + "\n\nKeep reading for free!\n\nGet instant access to the rest of this article.\n\nOr, Subscribe now to get full access.\n\nThe hidden second half of the article.";

        var result = _filter.Filter(text);

        Assert.That(result.Text, Is.EqualTo(Article));
        Assert.That(result.Removals.Select(r => r.Rule), Is.EqualTo(new[] { "paywall" }));
        Assert.That(result.RemovedCharacters, Is.GreaterThan(100));
    }

    [Test]
    public void Filter_SubscriptionPerksList_DropsIntroAndBullets()
    {
        var text = "The talks began on Friday.\n\nSubscribe now, and you'll get:\n\n  • Daily articles with original analysis\n  • Weekly in-depth reports\n\nThe second round begins in October, officials said.";

        var result = _filter.Filter(text);

        Assert.That(result.Text, Is.EqualTo("The talks began on Friday.\n\nThe second round begins in October, officials said."));
    }

    [TestCase("By Min-ji Park")]
    [TestCase("BY JANE DOE AND RICHARD ROE")]
    [TestCase("By Jane Doe, Staff Writer")]
    [TestCase("By Ana de la Cruz and Tom Smith | Reuters")]
    [TestCase("By the Associated Press")]
    public void Filter_BylineLine_DropsIt(string byline)
    {
        var result = _filter.Filter("Talks begin\n" + byline + "\n\nThe talks began on Friday, officials said.");

        Assert.That(result.Text, Is.EqualTo("Talks begin\n\nThe talks began on Friday, officials said."));
        Assert.That(result.Removals.Select(r => r.Rule), Is.EqualTo(new[] { "byline" }));
    }

    [TestCase("By Wednesday, the troops had left the city.")]
    [TestCase("By Jane Doe | March 3, 2014")]
    [TestCase("By then, Ministers in London had agreed to wait.")]
    public void Filter_SentenceOrDatedBylineStartingWithBy_KeepsIt(string line)
    {
        var text = "Talks begin\n" + line + "\n\nThe talks began on Friday, officials said.";

        Assert.That(_filter.Filter(text).Text, Is.EqualTo(text));
    }

    [TestCase("By Jane Doe | March 3, 2014; 6:32 AM ET I think the minister is wrong.")]
    [TestCase("Photo credit : A. Lens By Jane Doe | March 3 , 2014 ; 11:05 a.m. Great post , thanks .")]
    public void Filter_BlogPostSignOff_DropsItAndTheReadersCommentsAfter(string signOff)
    {
        var text = Article + "\n" + signOff + "\nThe ministers should have met sooner.\nPosted by: reader1 | March 3, 2014 7:10 AM | Report abuse";

        var result = _filter.Filter(text);

        Assert.That(result.Text, Is.EqualTo(Article));
        Assert.That(result.Removals.Select(r => r.Rule).First(), Is.EqualTo("post-signoff"));
    }

    [TestCase("At 11:35 am on 18 Jan 2010, reader1 wrote: The ministers should have met sooner.")]
    [TestCase("At 15:18 26th Apr 2009 , Jane Doe wrote : Why are young adults more affected?")]
    public void Filter_ReaderCommentHeader_DropsItAndTheCommentsAfter(string header)
    {
        var text = Article + "\n" + header + "\nAt 11:40 am on 18 Jan 2010, reader2 wrote: The summit was a waste of time.";

        var result = _filter.Filter(text);

        Assert.That(result.Text, Is.EqualTo(Article));
        Assert.That(result.Removals.Select(r => r.Rule).First(), Is.EqualTo("comment-header"));
    }

    [Test]
    public void Filter_ALetterQuotedInTheArticle_IsKept()
    {
        var text = Article + "\nOn 18 Jan 2010, the minister wrote: the talks will go on.\nThe delegations will meet again in October.";

        Assert.That(_filter.Filter(text).Text, Is.EqualTo(text));
    }

    [TestCase("The two ministers shake hands before their talks in Geneva, May 2, 2014 (State Department photo).")]
    [TestCase("A trader watches a screen in Tokyo, Thursday, Oct. 16, 2008. (AP Photo/Jane Doe) (Jane Doe - AP)")]
    [TestCase("Rescue workers search the rubble of the hotel. Photo: Reuters")]
    public void Filter_CaptionEndingWithAPhotoCredit_DropsIt(string caption)
    {
        var result = _filter.Filter(Article + "\n\n" + caption + "\n\nThe delegations will meet again in October.");

        Assert.That(result.Text, Is.EqualTo(Article + "\n\nThe delegations will meet again in October."));
        Assert.That(result.Removals.Select(r => r.Rule), Is.EqualTo(new[] { "photo-caption" }));
    }

    [TestCase("(AP Photo/Jane Doe) (Jane Doe - AP) ")]
    [TestCase("Photograph: Jane Doe/AFP/Getty Images ")]
    [TestCase("Photograph : PA ")]
    public void Filter_PhotoCreditOpeningALine_DropsTheCreditAndTheCaptionBeforeIt(string credit)
    {
        var text = "Talks begin\nThe talks began on Friday, officials said.\nThe foreign minister arrives at the airport.\n" + credit + "The next round is planned for October.";

        var result = _filter.Filter(text);

        Assert.That(result.Text, Is.EqualTo("Talks begin\nThe talks began on Friday, officials said.\nThe next round is planned for October."));
        Assert.That(result.Removals.Select(r => r.Rule), Is.EqualTo(new[] { "photo-credit" }));
    }

    [Test]
    public void Filter_CaptionAndCreditBeforeTheArticleOnOneLine_DropsThemAndKeepsTheLineBefore()
    {
        var text = "Talks begin\nThe talks began on Friday, officials said.\nA boom floats in the bay near the port Photograph: Jane Doe/AP The coastguard says the leak is capped.";

        var result = _filter.Filter(text);

        Assert.That(result.Text, Is.EqualTo("Talks begin\nThe talks began on Friday, officials said.\nThe coastguard says the leak is capped."));
        Assert.That(result.Removals.Select(r => r.Rule), Is.EqualTo(new[] { "photo-credit" }));
    }

    [TestCase("He showed reporters a photograph of the wreck (taken on Monday) and said the talks would go on.")]
    [TestCase("The ministers posed for a photo before the talks.")]
    [TestCase("WASHINGTON (Reuters) - The talks began on Friday, officials said.")]
    public void Filter_ArticleSentenceAboutAPhoto_KeepsIt(string line)
    {
        var text = Article + "\n\n" + line;

        Assert.That(_filter.Filter(text).Text, Is.EqualTo(text));
    }

    [Test]
    public void Filter_CommentForm_DropsItAndEverythingAfter()
    {
        var text = Article + "\n\nBe the first to comment\n\nLeave a Reply\n\nYour email address will not be published.\n\nThis site uses Akismet to reduce spam. Learn how your comment data is processed.";

        var result = _filter.Filter(text);

        Assert.That(result.Text, Is.EqualTo(Article));
    }

    [TestCase("Related")]
    [TestCase("Related Articles")]
    [TestCase("More World Politics Review")]
    [TestCase("More from The Daily Planet")]
    [TestCase("To contact the reporter on this story: Jane Doe in Washington at jdoe@example.com")]
    [TestCase("To contact the Example Party visit:")]
    public void Filter_TrailerInSecondHalf_DropsItAndEverythingAfter(string trailer)
    {
        var result = _filter.Filter(Article + "\n\n" + trailer + "\n\nexample.org/contact");

        Assert.That(result.Text, Is.EqualTo(Article));
    }

    [Test]
    public void Filter_TrailerWordNearTheTop_DropsOnlyThatLine()
    {
        var text = "Talks begin\nRelated\n" + Article["Talks begin\n\n".Length..] + "\n\nMore details emerged later in the day, officials said, without giving names.";

        var result = _filter.Filter(text);

        Assert.That(result.Text, Does.Not.Contain("Related"));
        Assert.That(result.Text, Does.Contain("The next round is planned"));
        Assert.That(result.Text, Does.EndWith("without giving names."));
    }

    [TestCase("Fact checked")]
    [TestCase("Share this:")]
    [TestCase("Facebook Twitter Email")]
    [TestCase("Share on Facebook")]
    [TestCase("Advertisement")]
    [TestCase("Story continues below advertisement")]
    [TestCase("Sign up for our daily newsletter")]
    [TestCase("Read more: Russia sends jets to Syria")]
    [TestCase("5 min read")]
    public void Filter_IsolatedLine_DropsOnlyThatLine(string line)
    {
        var text = "Talks begin\n" + line + "\nThe talks began on Friday.\n\nThe next round is in October.";

        var result = _filter.Filter(text);

        Assert.That(result.Text, Is.EqualTo("Talks begin\nThe talks began on Friday.\n\nThe next round is in October."));
        Assert.That(result.Removals, Has.Count.EqualTo(1));
    }

    [TestCase("More than 200 people were killed in the fighting, the group said.")]
    [TestCase("Related talks are expected to follow next month in Vienna.")]
    [TestCase("To contact the rebels, the envoy travelled to the border on Sunday.")]
    [TestCase("Readers who subscribe to the paper's print edition will notice the change.")]
    [TestCase("The comments were made at a news conference.")]
    public void Filter_ArticleSentence_KeepsIt(string sentence)
    {
        var text = Article + "\n\n" + sentence;

        var result = _filter.Filter(text);

        Assert.That(result.Text, Is.EqualTo(text));
        Assert.That(result.RemovedCharacters, Is.Zero);
    }

    [Test]
    public void Filter_Whitespace_TrimsLinesAndCollapsesBlankRuns()
    {
        var result = _filter.Filter("  \n\n Title  \n\u00A0\n\n\nBody line.  \n\n");

        Assert.That(result.Text, Is.EqualTo("Title\n\nBody line."));
    }

    [Test]
    public void Filter_Seed000_RemovesPaywallText()
    {
        var text = File.ReadAllText(Path.Combine(SeedFiles.Folder, "000_c1350de39c28d89c.txt"));

        var result = _filter.Filter(text);

        Assert.That(result.Text, Does.EndWith("when he addresses the U.N. General Assembly later this month."));
        Assert.That(result.Text, Does.Not.Contain("Subscribe").And.Not.Contain("every weekday").And.Not.Contain("Keep reading"));
    }

    [Test]
    public void Filter_Seed004_RemovesCommentFormAndBadge()
    {
        var text = File.ReadAllText(Path.Combine(SeedFiles.Folder, "004_de959b5056950603.txt"));

        var result = _filter.Filter(text);

        Assert.That(result.Text, Does.EndWith("Bashar al-Assad in power, at least temporarily."));
        Assert.That(result.Text, Does.Not.Contain("Fact checked").And.Not.Contain("email address").And.Not.Contain("Akismet").And.Not.Contain("comment"));
    }
}
