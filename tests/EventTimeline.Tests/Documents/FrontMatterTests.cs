using EventTimeline.Documents;

namespace EventTimeline.Tests.Documents;

public sealed class FrontMatterTests
{
    private static FrontMatter? Read(string text) => FrontMatter.Read(text, ArticleFields.BuiltIn, MetadataDateParser.CreateDefault());

    [Test]
    public void Read_YamlBlock_GivesMetadataAndTheTextAfterIt()
    {
        var front = Read("---\ntitle: \"Budget passes: a long night\"\ndate: 2024-03-14\nsource: Example Gazette  # the outlet\ntags:\n  - politics\nurl: 'https://gazette.example/budget'\n---\n# Budget passes\n\nThe budget passed on Wednesday.");

        Assert.That(front, Is.Not.Null);
        Assert.That(front!.Metadata, Is.EqualTo(new ArticleMetadata("Budget passes: a long night", "Example Gazette", "https://gazette.example/budget", new DateOnly(2024, 3, 14))));
        Assert.That(front.Body, Is.EqualTo("# Budget passes\n\nThe budget passed on Wednesday."));
        Assert.That(front.Notes, Is.Empty);
    }

    [Test]
    public void Read_TomlBlockWithOtherFieldNames_GivesMetadata()
    {
        var front = Read("+++\nheadline = \"Strike ends\"\npublishDate = \"2023-06-02T10:00:00+02:00\"\n[extra]\nlink = \"https://x.example/s\"\n+++\nThe strike ended.");

        Assert.That(front!.Metadata.Title, Is.EqualTo("Strike ends"));
        Assert.That(front.Metadata.Published, Is.EqualTo(new DateOnly(2023, 6, 2)));
        Assert.That(front.Body, Is.EqualTo("The strike ended."));
    }

    [Test]
    public void Read_SourceAsAMapping_TakesItsName()
    {
        var front = Read("---\ntitle: Fares\nsource:\n  id: wire\n  name: Example Wire\n---\nFares rose.");

        Assert.That(front!.Metadata.Source, Is.EqualTo("Example Wire"));
    }

    [Test]
    public void Read_UnreadableDate_IsNotedAndLeftOut()
    {
        var front = Read("---\ntitle: Fares\ndate: last week\n---\nFares rose.");

        Assert.That(front!.Metadata.Published, Is.Null);
        Assert.That(front.Notes, Is.EqualTo(new[] { "front matter: the publication date \"last week\" is not a date; the article was read without it" }));
    }

    [TestCase("The budget passed.\n---\ntitle: x\n---\n")]
    [TestCase("---\nThe budget passed on Wednesday, officials said.\n---\nMore text.")]
    [TestCase("---\ntitle: never closed\n\nThe budget passed.")]
    [TestCase("---\n---\nText after two rules.")]
    public void Read_NoMetadataBlockAtTheStart_GivesNull(string text)
    {
        Assert.That(Read(text), Is.Null);
    }
}
