using EventTimeline.Export;
using EventTimeline.Time;

namespace EventTimeline.Tests.Export;

public sealed class ReportDataTests
{
    [Test]
    public void KeptEvidence_SmallBudget_KeepsEveryFirstSentenceAndAllSentencesOfTheMostSalient()
    {
        var events = new[]
        {
            ReportViewTests.Event(0, new DateOnly(2020, 1, 1), Granularity.Day, salience: 1, sentences: 3),
            ReportViewTests.Event(1, new DateOnly(2020, 1, 2), Granularity.Day, salience: 5, sentences: 3),
            ReportViewTests.Event(2, new DateOnly(2020, 1, 3), Granularity.Day, salience: 2, sentences: 3),
        };
        var twoSentences = 2 * events[1].Mentions[1].Text.Length;

        var kept = ReportData.KeptEvidence(events, twoSentences);

        Assert.That(kept, Is.EqualTo(new[] { 1, 3, 1 }));
        Assert.That(ReportData.KeptEvidence(events, int.MaxValue), Is.EqualTo(new[] { 3, 3, 3 }));
    }
}
