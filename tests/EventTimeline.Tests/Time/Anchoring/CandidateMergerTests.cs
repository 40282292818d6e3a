using EventTimeline.Time;
using EventTimeline.Time.Anchoring;

namespace EventTimeline.Tests.Time.Anchoring;

public sealed class CandidateMergerTests
{
    [Test]
    public void Merge_Overlapping_KeepsTheLongestAndSortsByOffset()
    {
        var shortOne = new TimexCandidate(10, 15, CandidateKind.DateRange, []);
        var longOne = new TimexCandidate(10, 19, CandidateKind.Date, [], new PresetTimex(TimexType.Date, "@year:nineteen ninety-six"));
        var other = new TimexCandidate(0, 6, CandidateKind.Date, []);

        var merged = CandidateMerger.Merge([shortOne, longOne, other]);

        Assert.That(merged, Is.EqualTo(new[] { other, longOne }));
    }

    [Test]
    public void Merge_SameSpan_PrefersTheLexiconMatch()
    {
        var recognized = new TimexCandidate(0, 7, CandidateKind.Date, []);
        var lexicon = new TimexCandidate(0, 7, CandidateKind.Date, [], new PresetTimex(TimexType.Date, "PAST_REF"));

        Assert.That(CandidateMerger.Merge([recognized, lexicon]), Is.EqualTo(new[] { lexicon }));
    }
}
