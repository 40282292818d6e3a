using EventTimeline.Text;

namespace EventTimeline.Tests.Text;

public sealed class PhraseKeyTests
{
    [TestCase("U.S.", "US")]
    [TestCase("Élysée", "Elysee")]
    [TestCase("al-Qaeda", "al Qaeda")]
    [TestCase("al-Qa’ida", "al Qaida")]
    [TestCase("Russia's", "Russia")]
    [TestCase("Russia’s", "Russia")]
    [TestCase("the United States’", "United States")]
    [TestCase("Russia 's", "Russia")]
    [TestCase("Côte d'Ivoire", "Cote dIvoire")]
    [TestCase("  Bosnia  &  Herzegovina ", "Bosnia and Herzegovina")]
    [TestCase("Łódź", "Lodz")]
    [TestCase("Türkiye", "Turkiye")]
    [TestCase("the", "the")]
    [TestCase("The Hague", "Hague")]
    [TestCase("Foreign Minister Smith", "Foreign Minister Smith")]
    [TestCase("theory", "theory")]
    public void Fold_Variant_GivesCanonicalText(string text, string expected)
    {
        Assert.That(PhraseKey.Fold(text), Is.EqualTo(expected));
    }

    [Test]
    public void Normalize_DotsAndCase_GiveOneKey()
    {
        Assert.That(PhraseKey.Normalize("U.S."), Is.EqualTo(PhraseKey.Normalize("us")));
    }

    [TestCase("Foreign", "foreign")]
    [TestCase("U.S.", "us")]
    [TestCase("al-Qaeda", "al")]
    [TestCase("Russia's", "russia")]
    [TestCase("(Kerry", "kerry")]
    [TestCase("the", null)]
    [TestCase("\"The", null)]
    [TestCase(".", null)]
    public void StartWord_Token_GivesFirstWordOfEveryPhraseKeyStartingThere(string token, string? expected)
    {
        Assert.That(PhraseKey.StartWord(token), Is.EqualTo(expected));
    }

    [TestCase("Foreign", "Ministry of Japan")]
    [TestCase("al-Qaeda", "in Iraq")]
    [TestCase("U.S.", "Treasury")]
    [TestCase("Kerry,", "said")]
    [TestCase("Sergei’s", "talks")]
    public void StartWord_TokenThenMore_IsTheFirstWordOfTheJoinedKey(string token, string rest)
    {
        var joined = PhraseKey.Normalize(token + " " + rest);

        Assert.That(joined.Split(' ')[0], Is.EqualTo(PhraseKey.StartWord(token)));
    }
}
