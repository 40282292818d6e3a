using EventTimeline.Text;

using FsCheck;
using FsCheck.Fluent;

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

    [Test]
    public void LongestMatchAt_RandomTokens_AgreesWithTryingEveryLength()
    {
        // Phrases and tokens from a small vocabulary with the cases that make folding uneven: articles, punctuation, possessives, hyphens, dots.
        string[] phrases = ["the Kremlin", "New York", "New York Times", "U.S.", "al-Qaeda", "Foreign Ministry", "Ministry of Defense", "the", "York", "call for", "Bank of the West"];
        string[] words = ["the", "The", "New", "York", "Times", "U.S.", "US", ",", "'s", "Russia's", "al", "Qaeda", "al-Qaeda", "Foreign", "Ministry", "of", "Defense", "\"", "-", "call", "for", "Bank", "West", "Kremlin", "."];
        var builder = new PhraseIndex<string>.Builder();
        foreach (var phrase in phrases)
        {
            builder.Add(phrase, phrase);
        }

        var index = builder.Build();
        var tokens = Gen.Elements(words).ListOf().Select(list => list.ToArray());
        var property = Prop.ForAll(tokens.ToArbitrary(), sentence =>
        {
            for (var start = 0; start < sentence.Length; start++)
            {
                var expected = TryEveryLength(index, sentence, start);
                var actual = index.LongestMatchAt(sentence, start);
                if (expected?.Length != actual?.Length || !(expected?.Values ?? []).SequenceEqual(actual?.Values ?? []))
                {
                    return false.Label($"at {start} of [{string.Join(" | ", sentence)}]: {expected?.Length} expected, {actual?.Length} found");
                }
            }

            return true.Label("ok");
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300).WithEndSize(12), property);
    }

    // The definition: the longest run of tokens from start, up to the index's longest phrase plus two, whose joined text is a phrase.
    private static PhraseMatch<string>? TryEveryLength(PhraseIndex<string> index, string[] tokens, int start)
    {
        for (var count = Math.Min(tokens.Length - start, index.MaxWords + 2); count >= 1; count--)
        {
            if (PhraseKey.Fold(tokens[start]).Length == 0 || PhraseKey.Fold(tokens[start + count - 1]).Length == 0)
            {
                continue;
            }

            var values = index.Lookup(string.Join(' ', tokens.Skip(start).Take(count)));
            if (values.Length > 0)
            {
                return new PhraseMatch<string>(start, count, values);
            }
        }

        return null;
    }
}
