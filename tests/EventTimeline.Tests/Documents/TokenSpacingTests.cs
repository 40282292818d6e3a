using EventTimeline.Documents;

namespace EventTimeline.Tests.Documents;

public sealed class TokenSpacingTests
{
    [TestCase("Apple Computer 's iTunes", "Apple Computer's iTunes")]
    [TestCase("Wayne ' s World", "Wayne's World")]
    [TestCase("we ' re launching", "we're launching")]
    [TestCase("it did n't work", "it didn't work")]
    [TestCase("the Beatles ' Apple Corps", "the Beatles' Apple Corps")]
    [TestCase("the \" Apple \" brand , he said .", "the \"Apple\" brand, he said.")]
    [TestCase("This 'switch ' , he said", "This 'switch', he said")]
    [TestCase("to ` cut the cord ' between", "to `cut the cord' between")]
    [TestCase("paying $ 80,000 ( US$ 9.99 ) : 5 %", "paying $80,000 (US$9.99): 5%")]
    [TestCase("iLife '11 software", "iLife '11 software")]
    public void SpaceBefore_TokenizedSentence_ReadsLikeTheOriginal(string tokenized, string expected)
    {
        var tokens = tokenized.Split(' ');
        var spacing = new TokenSpacing();
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < tokens.Length; i++)
        {
            if (spacing.SpaceBefore(i == 0 ? null : tokens[i - 1], tokens[i], i + 1 < tokens.Length ? tokens[i + 1] : null))
            {
                text.Append(' ');
            }

            text.Append(tokens[i]);
        }

        Assert.That(text.ToString(), Is.EqualTo(expected));
    }

    [Test]
    public void SpaceBefore_QuoteOpenedInOneSentence_ClosesInTheNext()
    {
        var spacing = new TokenSpacing();

        Assert.That(spacing.SpaceBefore(null, "\"", "Yes"), Is.False);
        Assert.That(spacing.SpaceBefore("\"", "Yes", "."), Is.False);
        Assert.That(spacing.SpaceBefore(null, "No", "\""), Is.False);
        Assert.That(spacing.SpaceBefore("No", "\"", null), Is.False);
    }
}
