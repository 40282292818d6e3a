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

    [TestCase("US", "AllCaps")]
    [TestCase("U.S.", "AllCaps")]
    [TestCase("G7", "AllCaps")]
    [TestCase("Nato", "NeedsCapital")]
    [TestCase("United States", "NeedsCapital")]
    [TestCase("the world body", "Any")]
    public void RuleFor_Alias_GivesExpectedRule(string alias, string expected)
    {
        Assert.That(PhraseIndex<string>.RuleFor(alias).ToString(), Is.EqualTo(expected));
    }

    [Test]
    public void LongestMatchAt_TokensWithLongerPhrase_PrefersLongest()
    {
        var index = new PhraseIndex<string>.Builder().Add("call", "short", CaseRule.Any).Add("call for", "long", CaseRule.Any).Build();

        var match = index.LongestMatchAt(["They", "call", "for", "calm"], 1);

        Assert.That(match, Is.Not.Null);
        Assert.That(match!.Length, Is.EqualTo(2));
        Assert.That(match.Values, Is.EqualTo(new[] { "long" }));
    }

    [Test]
    public void LongestMatchAt_TrailingPunctuationToken_IsNotPartOfMatch()
    {
        var index = new PhraseIndex<string>.Builder().Add("Russia", "RUS").Build();

        var match = index.LongestMatchAt(["Russia", ",", "said"], 0);

        Assert.That(match!.Length, Is.EqualTo(1));
    }
}
