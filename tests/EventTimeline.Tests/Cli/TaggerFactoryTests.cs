using EventTimeline.Cli;

namespace EventTimeline.Tests.Cli;

public sealed class TaggerFactoryTests
{
    [Test]
    public void Create_Microsoft_StartsTheMicrosoftEngine()
    {
        using var tagger = TaggerFactory.Create("microsoft");

        Assert.That(tagger.Name, Is.EqualTo("microsoft"));
    }

    [Test]
    public void Create_UnknownEngine_ThrowsListingKnownEngines()
    {
        var error = Assert.Throws<ArgumentException>(() => TaggerFactory.Create("heideltime"));

        Assert.That(error!.Message, Does.Contain("heideltime").And.Contain("microsoft"));
    }
}
