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
    public void Fold_Variant_GivesCanonicalText(string text, string expected)
    {
        Assert.That(PhraseKey.Fold(text), Is.EqualTo(expected));
    }

    [Test]
    public void Normalize_DotsAndCase_GiveOneKey()
    {
        Assert.That(PhraseKey.Normalize("U.S."), Is.EqualTo(PhraseKey.Normalize("us")));
    }
}
