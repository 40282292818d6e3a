using EventTimeline.Documents;

namespace EventTimeline.Tests.Documents;

public sealed class DocumentPreparerTests
{
    private static readonly DocumentPreparer _preparer = DocumentPreparer.CreateDefault();

    private static PreparedCorpus PrepareSeeds(bool withManifest)
    {
        if (withManifest)
        {
            return _preparer.Prepare(new CorpusReader().Read([SeedFiles.Folder]).Documents);
        }

        using var folder = new TempFolder();
        foreach (var file in Directory.EnumerateFiles(SeedFiles.Folder, "*.txt"))
        {
            File.Copy(file, Path.Combine(folder.Root, Path.GetFileName(file)));
        }

        return _preparer.Prepare(new CorpusReader().Read([folder.Root]).Documents);
    }

    private static NewsDocument Seed(PreparedCorpus corpus, string number) => corpus.Documents.Single(d => d.Id.StartsWith(number, StringComparison.Ordinal));

    [Test]
    public void Prepare_WordsGluedByAScrape_AreSplitBeforeSentencesAreRead()
    {
        var raw = new RawDocument("glued", "glued.txt", null, null, null, new DateOnly(2015, 9, 21), "The envoy told theNew York Times on Monday that talks went well.\nA spokesman saidthe meeting was useful.");

        var prepared = _preparer.Prepare([raw]).Documents.Single();

        Assert.That(prepared.Text, Is.EqualTo("The envoy told the New York Times on Monday that talks went well.\nA spokesman said the meeting was useful."));
    }

    [Test]
    public void Prepare_SeedsWithManifest_SettleDatesAsAReaderWould()
    {
        var corpus = PrepareSeeds(withManifest: true);

        Assert.Multiple(() =>
        {
            Assert.That(Seed(corpus, "000"), Has.Property("Published").EqualTo(new DateOnly(2015, 9, 21)).And.Property("PublishedBasis").EqualTo(PublishedBasis.Manifest));
            Assert.That(Seed(corpus, "002"), Has.Property("Published").EqualTo(new DateOnly(2015, 9, 18)).And.Property("PublishedBasis").EqualTo(PublishedBasis.Manifest));
            Assert.That(Seed(corpus, "003"), Has.Property("Published").EqualTo(new DateOnly(2015, 9, 21)).And.Property("PublishedBasis").EqualTo(PublishedBasis.Manifest));
            Assert.That(Seed(corpus, "004").PublishedBasis, Is.EqualTo(PublishedBasis.Corpus));
            Assert.That(Seed(corpus, "004").Published, Is.EqualTo(new DateOnly(2015, 9, 21)));
            Assert.That(Seed(corpus, "004").DuplicateOf, Is.EqualTo(Seed(corpus, "003").Id));
            Assert.That(corpus.Documents.Where(d => !d.Id.StartsWith("004", StringComparison.Ordinal)).Select(d => d.DuplicateOf), Is.All.Null);
        });
    }

    [Test]
    public void Prepare_Seed001_IsCorpusDatedOnOrJustAfterTheTalks()
    {
        var corpus = PrepareSeeds(withManifest: true);
        var seed = Seed(corpus, "001");

        Assert.That(seed.PublishedBasis, Is.EqualTo(PublishedBasis.Corpus));
        Assert.That(seed.Published, Is.InRange(new DateOnly(2015, 9, 18), new DateOnly(2015, 9, 22)));
        var note = corpus.Notes.Single(n => n.Id == seed.Id);
        Assert.That(note.Estimate?.Evidence, Is.EqualTo(CorpusEvidence.SameEvents));
    }

    [Test]
    public void Prepare_Seeds_BoilerplateIsGone()
    {
        var corpus = PrepareSeeds(withManifest: true);

        Assert.That(Seed(corpus, "000").Text, Does.Not.Contain("Subscribe").And.Not.Contain("Keep reading").And.Not.Contain("every weekday").And.Not.Contain("More World Politics Review"));
        Assert.That(Seed(corpus, "004").Text, Does.Not.Contain("Leave a Reply").And.Not.Contain("email address").And.Not.Contain("Akismet").And.Not.Contain("Fact checked"));
        Assert.That(Seed(corpus, "001").Text, Does.Not.EndWith("Related"));
        Assert.That(Seed(corpus, "003").Text, Does.Not.Contain("To contact"));
        Assert.That(Seed(corpus, "000").Text, Does.Not.Contain("State Department photo").And.Not.Contain("Sept. 14, 2013"), "a photo caption is not article text");
    }

    [Test]
    public void Prepare_SeedsWithoutManifest_ByLineDatesAndCaptionIsIgnored()
    {
        var corpus = PrepareSeeds(withManifest: false);

        Assert.Multiple(() =>
        {
            Assert.That(Seed(corpus, "003"), Has.Property("Published").EqualTo(new DateOnly(2015, 9, 21)).And.Property("PublishedBasis").EqualTo(PublishedBasis.Dateline));
            Assert.That(Seed(corpus, "000").Published, Is.Not.EqualTo(new DateOnly(2013, 9, 14)));
            Assert.That(Seed(corpus, "000").PublishedBasis, Is.Not.EqualTo(PublishedBasis.Dateline));
            Assert.That(corpus.Notes.Single(n => n.Id.StartsWith("000", StringComparison.Ordinal)).Dateline, Is.Null);
            Assert.That(Seed(corpus, "004"), Has.Property("DuplicateOf").EqualTo(Seed(corpus, "003").Id).And.Property("Published").EqualTo(new DateOnly(2015, 9, 21)));
            Assert.That(Seed(corpus, "002").Published, Is.Not.EqualTo(new DateOnly(2013, 9, 14)));
        });
    }

    [Test]
    public void Prepare_Seed000Alone_HasNoDate()
    {
        var raw = new CorpusReader().Read([SeedFiles.PathOf("000_c1350de39c28d89c.txt")]).Documents.Single() with { Published = null };

        var document = _preparer.Prepare([raw]).Documents.Single();

        Assert.That(document.Published, Is.Null);
        Assert.That(document.PublishedBasis, Is.EqualTo(PublishedBasis.None));
    }

    [Test]
    public void Prepare_InputOrder_DoesNotChangeTheResult()
    {
        var raws = new CorpusReader().Read([SeedFiles.Folder]).Documents;

        var forward = _preparer.Prepare(raws);
        var backward = _preparer.Prepare(raws.Reverse().ToList());

        Assert.That(backward.Documents, Is.EqualTo(forward.Documents));
        Assert.That(backward.Documents.Select(d => d.Id), Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
    }

    [Test]
    public void Prepare_Seeds_OutputIsSerializable()
    {
        var corpus = PrepareSeeds(withManifest: true);

        var json = EventTimeline.Export.JsonFormat.Serialize(corpus.Documents);

        Assert.That(json, Does.Contain("\"publishedBasis\": \"corpus\"").And.Contain("\"published\": \"2015-09-21\""));
    }
}
