using EventTimeline.Time;
using EventTimeline.Time.Anchoring;

namespace EventTimeline.Tests.Time.Anchoring;

public sealed class MentionAnchorerTests
{
    [TestCase("2015-09-18", "XXXX-XX-XX")]
    [TestCase("2015-09-18T20:00", "XXXX-XX-XXT20:00")]
    [TestCase("2015-W38", "XXXX-WXX")]
    [TestCase("2015-W38-WE", "XXXX-WXX-WE")]
    [TestCase("2015-09", "XXXX-XX")]
    [TestCase("2015-Q3", "XXXX-QX")]
    [TestCase("2015-SU", "XXXX-SU")]
    [TestCase("2015", "XXXX")]
    [TestCase("XXXX-WXX-5", "XXXX-WXX-5")]
    [TestCase("PRESENT_REF", "PRESENT_REF")]
    [TestCase("P3D", "P3D")]
    public void Unresolved_Value_KeepsGranularityWithoutCalendarPlace(string value, string expected)
    {
        Assert.That(MentionAnchorer.Unresolved(value), Is.EqualTo(expected));
    }

    [Test]
    public void Anchor_ExplicitYearInText_IsExplicit()
    {
        var candidate = new TimexCandidate(0, 8, CandidateKind.DateRange, []);

        var mention = MentionAnchorer.Anchor(candidate, "May 2013", new NormalizedTimex(TimexType.Date, "2013-05"), new DateOnly(2015, 9, 21));

        Assert.That(mention.Basis, Is.EqualTo(TimeBasis.Explicit));
        Assert.That(mention.Interval!.Granularity, Is.EqualTo(Granularity.Month));
    }

    [Test]
    public void Anchor_RelativeWithDocumentDate_IsRelativeToDct()
    {
        var candidate = new TimexCandidate(3, 9, CandidateKind.DateRange, []);

        var mention = MentionAnchorer.Anchor(candidate, "last week", new NormalizedTimex(TimexType.Date, "2015-W38"), new DateOnly(2015, 9, 21));

        Assert.That(mention.Basis, Is.EqualTo(TimeBasis.RelativeToDct));
        Assert.That(mention.Start, Is.EqualTo(3));
        Assert.That(mention.Interval, Is.EqualTo(new DateInterval(new DateOnly(2015, 9, 14), new DateOnly(2015, 9, 20), Granularity.Week)));
    }

    [Test]
    public void Anchor_RelativeWithoutDocumentDate_IsUnresolvedWithoutInterval()
    {
        var candidate = new TimexCandidate(0, 9, CandidateKind.DateRange, []);

        var mention = MentionAnchorer.Anchor(candidate, "last week", new NormalizedTimex(TimexType.Date, "1999-W52"), null);

        Assert.That(mention.Value, Is.EqualTo("XXXX-WXX"));
        Assert.That(mention.Interval, Is.Null);
        Assert.That(mention.Basis, Is.EqualTo(TimeBasis.Unresolved));
    }

    [Test]
    public void Anchor_Duration_HasNoInterval()
    {
        var candidate = new TimexCandidate(0, 10, CandidateKind.Duration, []);

        var mention = MentionAnchorer.Anchor(candidate, "three days", new NormalizedTimex(TimexType.Duration, "P3D"), new DateOnly(2015, 9, 21));

        Assert.That(mention.Interval, Is.Null);
        Assert.That(mention.Basis, Is.EqualTo(TimeBasis.Unresolved));
    }
}
