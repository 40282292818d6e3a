using EventTimeline.Time.Anchoring;

namespace EventTimeline.Tests.Time.Anchoring;

public sealed class DurationValuesTests
{
    [TestCase("three days", "P3D", "P3D")]
    [TestCase("several days", "P3D", "PXD")]
    [TestCase("a few months", "P3M", "PXM")]
    [TestCase("many years", null, "PXY")]
    [TestCase("a few hours", "PT3H", "PTXH")]
    [TestCase("24 hours", "PT24H", "PT24H")]
    [TestCase("two decades", "P21", "P20Y")]
    [TestCase("a decade", "P10Y", "P10Y")]
    [TestCase("twenty four hours", null, "PT24H")]
    [TestCase("two-year", "P2Y", "P2Y")]
    [TestCase("1.5 years", null, "P1.5Y")]
    [TestCase("less than one hour", null, "PT1H")]
    public void Duration_Words_GiveTimexValue(string surface, string? recognizerTimex, string expected)
    {
        Assert.That(DurationValues.Duration(surface, recognizerTimex), Is.EqualTo(expected));
    }

    [TestCase("years", "PXY")]
    [TestCase("weeks", "PXW")]
    [TestCase("minutes", "PTXM")]
    [TestCase("decades", "PXDE")]
    [TestCase("widgets", null)]
    public void Vague_UnitWord_GivesPX(string unit, string? expected)
    {
        Assert.That(DurationValues.Vague(unit), Is.EqualTo(expected));
    }

    [TestCase("TMO", "every morning", "XXXX-XX-XXTMO")]
    [TestCase("P1W", "weekly", "P1W")]
    [TestCase("XXXX-WXX-1", "every Monday", "XXXX-WXX-1")]
    [TestCase(null, "daily", "P1D")]
    public void Set_RecognizerValue_GivesTimexSet(string? recognizerTimex, string surface, string expected)
    {
        Assert.That(DurationValues.Set(recognizerTimex, surface), Is.EqualTo(expected));
    }
}
