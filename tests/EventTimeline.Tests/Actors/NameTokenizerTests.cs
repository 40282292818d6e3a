using EventTimeline.Actors;

namespace EventTimeline.Tests.Actors;

public sealed class NameTokenizerTests
{
    private static readonly NameTokenizer _tokenizer = new(["Mr.", "Gen."]);

    [Test]
    public void Tokenize_InitialsAbbreviationsAndAcronyms_KeepTheirDots()
    {
        var tokens = _tokenizer.Tokenize("Mr. Ivan P. Petrov of the U.N. spoke.", 0).Select(token => token.Text);

        Assert.That(tokens, Is.EqualTo(new[] { "Mr.", "Ivan", "P.", "Petrov", "of", "the", "U.N.", "spoke", "." }));
    }

    [Test]
    public void Tokenize_HyphensAndPossessives_AreSplitWithMarks()
    {
        var tokens = _tokenizer.Tokenize("Omar al-Bashir's U.S.-Sudan talks", 10);

        Assert.Multiple(() =>
        {
            Assert.That(tokens.Select(token => token.Text), Is.EqualTo(new[] { "Omar", "al", "Bashir", "'s", "U.S.", "Sudan", "talks" }));
            Assert.That(tokens[2].HyphenBefore, Is.True);
            Assert.That(tokens[3].Kind, Is.EqualTo(NameTokenKind.Possessive));
            Assert.That(tokens[5].HyphenBefore, Is.True);
            Assert.That(tokens[0].Start, Is.EqualTo(10));
            Assert.That(tokens[0].SentenceInitial, Is.True);
        });
    }
}
