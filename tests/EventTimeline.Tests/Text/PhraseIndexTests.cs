using EventTimeline.Text;

namespace EventTimeline.Tests.Text;

public sealed class PhraseIndexTests
{
    [TestCase("US", "AllCaps")]
    [TestCase("U.S.", "AllCaps")]
    [TestCase("G7", "AllCaps")]
    [TestCase("Nato", "NeedsCapital")]
    [TestCase("LeT", "Exact")]
    [TestCase("MoD", "Exact")]
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
    public void LongestMatchAt_LeadingArticleToken_StillFindsThePhrase()
    {
        var index = new PhraseIndex<string>.Builder().Add("the Kremlin", "kremlin").Add("Foreign Ministry", "mfa").Build();

        Assert.Multiple(() =>
        {
            Assert.That(index.LongestMatchAt(["the", "Kremlin", "said"], 0)?.Length, Is.EqualTo(2));
            Assert.That(index.LongestMatchAt(["\"The", "Kremlin"], 0)?.Length, Is.EqualTo(2));
            Assert.That(index.LongestMatchAt(["Foreign", "Ministry"], 0)?.Length, Is.EqualTo(2));
            Assert.That(index.LongestMatchAt(["said", "Foreign", "Ministry"], 0), Is.Null);
            Assert.That(index.LongestMatchAt(["Ministry"], 1), Is.Null);
        });
    }

    [Test]
    public void LongestMatchAt_TrailingPunctuationToken_IsNotPartOfMatch()
    {
        var index = new PhraseIndex<string>.Builder().Add("Russia", "RUS").Build();

        var match = index.LongestMatchAt(["Russia", ",", "said"], 0);

        Assert.That(match!.Length, Is.EqualTo(1));
    }

    [TestCase("US", true)]
    [TestCase("U.S.", true)]
    [TestCase("us", false)]
    [TestCase("Us", false)]
    public void Lookup_AcronymAlias_MatchesOnlyCapitals(string surface, bool expected)
    {
        var index = new PhraseIndex<string>.Builder().Add("U.S.", "USA").Build();

        Assert.That(index.Lookup(surface).Length == 1, Is.EqualTo(expected));
    }

    [Test]
    public void Lookup_AnyCase_IgnoresRule()
    {
        var index = new PhraseIndex<string>.Builder().Add("Turkey", "TUR").Build();

        Assert.That(index.Lookup("turkey"), Is.Empty);
        Assert.That(index.Lookup("turkey", anyCase: true), Is.EqualTo(new[] { "TUR" }));
    }

    [Test]
    public void Lookup_SamePhraseTwice_KeepsInsertionOrderWithoutDuplicates()
    {
        var index = new PhraseIndex<string>.Builder().Add("Congo", "COG").Add("congo", "COD", CaseRule.Any).Add("Congo", "COG").Build();

        Assert.That(index.Lookup("Congo"), Is.EqualTo(new[] { "COG", "COD" }));
    }

    [TestCase("LeT", true)]
    [TestCase("LET", true)]
    [TestCase("Let", false)]
    [TestCase("let", false)]
    public void Lookup_MixedCaseAcronym_MatchesOnlyExactOrCapitals(string surface, bool expected)
    {
        var index = new PhraseIndex<string>.Builder().Add("LeT", "group").Build();

        Assert.That(index.Lookup(surface).Length == 1, Is.EqualTo(expected));
    }
}
