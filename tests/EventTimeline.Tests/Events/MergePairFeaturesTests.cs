using System.Collections.Immutable;

using EventTimeline.Events;

namespace EventTimeline.Tests.Events;

public sealed class MergePairFeaturesTests
{
    [TestCase("pulled over", "pulled")]
    [TestCase("opened fire", "opened")]
    [TestCase("keynote address", "address")]
    [TestCase("according to", "according")]
    [TestCase("arrested", "arrested")]
    public void Head_TriggerPhrase_IsTheWordNamingTheAction(string trigger, string head) =>
        Assert.That(MergePairFeatures.Head(trigger.Split(' ')), Is.EqualTo(head));

    [Test]
    public void Lead_MostNamedSpecificActor_IsTheLead()
    {
        ImmutableArray<string>[] mentions = [["person:a"], ["country:x"], ["country:x"], ["country:x"], ["person:b"], ["person:b", "person:a"], ["person:b"]];

        Assert.That(DocumentSimilarity.Lead(mentions, id => !id.StartsWith("country:", StringComparison.Ordinal)), Is.EqualTo("person:b"));
    }

    [Test]
    public void Lead_NoActorNamedTwice_IsNull()
    {
        ImmutableArray<string>[] mentions = [["person:a"], ["person:b"]];

        Assert.That(DocumentSimilarity.Lead(mentions, _ => true), Is.Null);
    }

    [TestCase("person:a", "person:b", new[] { "person:a", "person:b" }, new[] { "person:b", "person:a" }, 1f)]
    [TestCase("person:a", "person:b", new[] { "person:a" }, new[] { "person:b", "person:a" }, 0.5f)]
    [TestCase("person:a", "person:b", new[] { "person:a" }, new[] { "person:b" }, 0f)]
    [TestCase(null, "person:b", new[] { "person:a" }, new[] { "person:b" }, -1f)]
    public void LeadsAgree_LeadsNamedInTheOtherDocument_CountsBothWays(string? leadA, string leadB, string[] actorsA, string[] actorsB, float expected) =>
        Assert.That(DocumentSimilarity.LeadsAgree(leadA, leadB, actorsA.ToHashSet(), actorsB.ToHashSet()), Is.EqualTo(expected));
}
