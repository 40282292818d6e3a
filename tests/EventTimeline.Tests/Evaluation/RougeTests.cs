using EventTimeline.Evaluation;

namespace EventTimeline.Tests.Evaluation;

public sealed class RougeTests
{
    [Test]
    public void Tokens_TokenizedNewsText_LowerCaseAsciiWordsWithoutStopWords()
    {
        var tokens = Rouge.Tokens(["The U.S. -LRB- Gulf -RRB- oil spill 's cost"]);

        Assert.That(tokens, Is.EqualTo(new[] { "u", "s", "lrb", "gulf", "rrb", "oil", "spill", "s", "cost" }));
    }

    [Test]
    public void Tokens_SeveralSentences_JoinedInOrder()
    {
        Assert.That(Rouge.Tokens(["BP seals the pipe .", "Oil stops ."]), Is.EqualTo(new[] { "bp", "seals", "pipe", "oil", "stops" }));
    }

    [TestCase(1, 2, 3, 3, TestName = "Count_Unigrams_SharedWordsCounted")]
    [TestCase(2, 0, 2, 2, TestName = "Count_Bigrams_WordOrderMatters")]
    public void Count_SystemAgainstReference_HitsAndTotals(int n, int hits, int system, int reference)
    {
        // "BP seals the pipe" -> bp seals pipe; "The pipe is sealed by BP" -> pipe sealed bp ("the", "is", "by" are stop words).
        var counts = Rouge.Count(Rouge.Tokens(["BP seals the pipe ."]), Rouge.Tokens(["The pipe is sealed by BP ."]), n);

        Assert.That(counts, Is.EqualTo(new RougeCounts(hits, system, reference)));
    }

    [Test]
    public void Count_RepeatedWord_ClippedByTheReferenceCount()
    {
        var counts = Rouge.Count(["oil", "oil", "oil", "spill"], ["oil", "spill", "oil"], 1);

        Assert.That(counts, Is.EqualTo(new RougeCounts(3, 4, 3)));
    }
}
