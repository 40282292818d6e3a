using EventTimeline.Events;

namespace EventTimeline.Tests.Events;

/// <summary>Checks triggers.json against the CAMEO tables it takes its codes and scores from.</summary>
public sealed class TriggerDataTests
{
    [Test]
    public void Types_EveryCameoCode_ExistsInCodebook()
    {
        var unknown = EventLexicon.BuiltIn.Types
            .Where(type => type.Cameo is not null && CameoCodebook.BuiltIn.Find(type.Cameo) is null)
            .Select(type => $"{type.Id}: {type.Cameo}");

        Assert.That(unknown, Is.Empty);
    }

    [Test]
    public void Types_EveryGoldstein_MatchesTable()
    {
        var wrong = EventLexicon.BuiltIn.Types
            .Where(type => type.Goldstein != (type.Cameo is null ? null : CameoCodebook.BuiltIn.Goldstein(type.Cameo)))
            .Select(type => $"{type.Id}: {type.Cameo} {type.Goldstein}");

        Assert.That(wrong, Is.Empty);
    }

    [Test]
    public void Types_Ids_AreUnique()
    {
        Assert.That(EventLexicon.BuiltIn.Types.Select(type => type.Id), Is.Unique);
    }

    [Test]
    public void Triggers_Count_IsLarge()
    {
        Assert.That(EventLexicon.BuiltIn.Types, Has.Length.GreaterThanOrEqualTo(50));
        Assert.That(EventLexicon.BuiltIn.FormCount, Is.GreaterThanOrEqualTo(1000));
    }
}
