using EventTimeline.Text;

namespace EventTimeline.Tests.Text;

public sealed class FusedHeadlineTests
{
    [TestCase(
        "Ann Barnes had been missing since the quake hit The body of a UN worker killed in the quake has been identified .\nMore text .",
        "Ann Barnes had been missing since the quake hit\nThe body of a UN worker killed in the quake has been identified .\nMore text .")]
    [TestCase(
        "\nRescuers reach survivors of Tuesday's earthquake When an earthquake struck the country on Tuesday, many of us were worried.",
        "\nRescuers reach survivors of Tuesday's earthquake\nWhen an earthquake struck the country on Tuesday, many of us were worried.")]
    public void Separate_HeadlineRunIntoTheFirstSentence_GetsItsOwnLine(string text, string expected)
    {
        Assert.That(FusedHeadline.Separate(text), Is.EqualTo(expected));
    }

    [TestCase("Officials told The Guardian that the talks would resume on Monday in Geneva.", TestName = "Separate_StarterBeforeACapitalizedWord_IsLeftAlone")]
    [TestCase("The minister said the talks had failed. The envoy left for Geneva on Monday night.", TestName = "Separate_TwoSentences_IsLeftAlone")]
    [TestCase("Talks resume in Geneva\nThe envoys met on Monday and agreed on a new round of talks.", TestName = "Separate_HeadlineOnItsOwnLine_IsLeftAlone")]
    [TestCase("He said that since the day I met her we have talked about the war every week.", TestName = "Separate_CapitalIMidSentence_IsLeftAlone")]
    [TestCase("Storm hits coast The roof fell.", TestName = "Separate_TooFewWordsAfter_IsLeftAlone")]
    public void Separate_NoFusedHeadline_IsLeftAlone(string text)
    {
        Assert.That(FusedHeadline.Separate(text), Is.SameAs(text));
    }
}
