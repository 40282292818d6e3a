using EventTimeline.Documents;

namespace EventTimeline.Tests.Documents;

public sealed class TokenizedTextTests
{
    [TestCase("`` We 'll search until all hope has gone , '' the officer said .", "“We'll search until all hope has gone,” the officer said.")]
    [TestCase("The rig -LRB- built in 2001 -RRB- sank on Thursday .", "The rig (built in 2001) sank on Thursday.")]
    [TestCase("Haiti 's prime minister said they do n't know .", "Haiti's prime minister said they don't know.")]
    [TestCase("The UN appealed for $ 562m for six months .", "The UN appealed for $562m for six months.")]
    [TestCase("Stocks rose in Washington\\/New York trading .", "Stocks rose in Washington/New York trading.")]
    public void Join_TreebankSentence_ReadsAsProse(string tokenized, string expected)
    {
        Assert.That(TokenizedText.Join(tokenized), Is.EqualTo(expected));
    }

    [Test]
    public void Join_OneSentenceALine_KeepsTheLines()
    {
        Assert.That(TokenizedText.Join("First , one .\nSecond -LRB- two -RRB- ."), Is.EqualTo("First, one.\nSecond (two)."));
    }

    [Test]
    public void IsTokenized_TreebankText_IsTrue()
    {
        Assert.That(TokenizedText.IsTokenized("The US Coast Guard says no oil is leaking , officials said .\nBP 's chief vowed to help ."), Is.True);
    }

    [TestCase("The US Coast Guard says no oil is leaking, officials said. BP's chief vowed to help, and the company (BP) agreed.")]
    [TestCase("Prices rose 5 % , a rare typo, in a text that otherwise has commas, colons: and semicolons; written on their words, as usual.")]
    [TestCase("")]
    public void IsTokenized_OrdinaryText_IsFalseAndToProseLeavesItAlone(string text)
    {
        Assert.Multiple(() =>
        {
            Assert.That(TokenizedText.IsTokenized(text), Is.False);
            Assert.That(TokenizedText.ToProse(text), Is.EqualTo(text));
        });
    }
}
