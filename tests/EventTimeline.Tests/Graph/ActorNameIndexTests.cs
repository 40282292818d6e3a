using EventTimeline.Graph;

using static EventTimeline.Tests.Graph.SampleWorld;

namespace EventTimeline.Tests.Graph;

public sealed class ActorNameIndexTests
{
    private static readonly Lazy<ActorNameIndex> _index = new(() => new ActorNameIndex(Build(), ActorNameForms.BuiltIn));

    private static ActorNameIndex Index => _index.Value;

    [TestCase("Andrey Orlov", "Exact")]
    [TestCase("andrey orlov", "Exact")]
    [TestCase("ANDREY ORLOV", "Exact")]
    [TestCase("Orlov", "Exact")]
    [TestCase("person:ANDREY-orlov", "Exact")]
    [TestCase("Andrey V. Orlov", "Exact")]
    [TestCase("andrey v orlov", "Exact")]
    [TestCase("Mr. Orlov", "Bare")]
    [TestCase("Foreign Minister Andrey Orlov", "Bare")]
    [TestCase("Russian Foreign Minister Andrey V. Orlov", "Bare")]
    [TestCase("Andrey W. Orlov", "Bare")]
    [TestCase("Andrei Orlov", "Transliterated")]
    [TestCase("andrei v. orlov", "Transliterated")]
    [TestCase("Ándréy Orlóv", "Exact")]
    [TestCase("Andrey Pavlovich Orlov", "Partial")]
    public void Find_WaysOfWritingOneName_FindTheSameActor(string typed, string level)
    {
        var lookup = Index.Find(typed);

        Assert.Multiple(() =>
        {
            Assert.That(lookup.ActorIds, Is.EqualTo(new[] { Orlov }));
            Assert.That(lookup.Match.ToString(), Is.EqualTo(level));
        });
    }

    [TestCase("Dmitry Volkov")]
    [TestCase("Dmitri Volkov")]
    [TestCase("dmitriy volkov")]
    [TestCase("Volkov")]
    public void Find_TransliterationVariants_FindVolkov(string typed)
    {
        Assert.That(Index.Find(typed).Best, Is.EqualTo(Volkov));
    }

    [TestCase("U.S.", States)]
    [TestCase("us", States)]
    [TestCase("the United States", States)]
    [TestCase("Russian Federation", Russia)]
    [TestCase("UN", Nations)]
    public void Find_CountryAndOrganizationAliases_FindThem(string typed, string expected)
    {
        Assert.That(Index.Find(typed).ActorIds, Is.EqualTo(new[] { expected }));
    }

    [Test]
    public void Find_SharedSurname_ReturnsBothMostMentionedFirst()
    {
        var lookup = Index.Find("Petrov");

        Assert.Multiple(() =>
        {
            Assert.That(lookup.Match, Is.EqualTo(NameMatch.Partial));
            Assert.That(lookup.ActorIds, Is.EqualTo(new[] { PetrovOleg, PetrovIvan }));
            Assert.That(lookup.IsAmbiguous, Is.True);
        });
    }

    [TestCase("Nobody")]
    [TestCase("")]
    [TestCase("   ")]
    [TestCase("Mr.")]
    public void Find_UnknownOrEmptyName_MatchesNothing(string typed)
    {
        var lookup = Index.Find(typed);

        Assert.Multiple(() =>
        {
            Assert.That(lookup.Match, Is.EqualTo(NameMatch.None));
            Assert.That(lookup.Best, Is.Null);
        });
    }

    [Test]
    public void Find_NonPersonNameStartingWithTitleWord_IsNotStripped()
    {
        var actors = AllActors.Add(new EventTimeline.Graph.GraphActor("company:gm", "General Motors", EventTimeline.Actors.ActorKind.Company, "USA", ["General Motors"], [], 1));
        var index = new ActorNameIndex(ActorEventGraphBuilder.Build(actors, AllEvents), ActorNameForms.BuiltIn);

        Assert.Multiple(() =>
        {
            Assert.That(index.Find("general motors").ActorIds, Is.EqualTo(new[] { "company:gm" }));
            Assert.That(index.Find("Motors").Match, Is.EqualTo(NameMatch.Partial));
        });
    }

    [TestCase("Orlof", "Andrey Orlov")]
    [TestCase("Andrey Orlof", "Andrey Orlov")]
    [TestCase("Ana Berk", "Anna Berg")]
    [TestCase("Volkoff", "Dmitriy Volkov")]
    [TestCase("United Nation", "United Nations")]
    public void Suggest_Misspelling_PutsIntendedActorFirst(string typed, string expected)
    {
        Assert.That(Index.Suggest(typed)[0].Name, Is.EqualTo(expected));
    }

    [Test]
    public void Suggest_UnrelatedName_StillGivesUpToLimitClosestFirst()
    {
        var suggestions = Index.Suggest("Nobody", 3);

        Assert.Multiple(() =>
        {
            Assert.That(suggestions, Has.Count.EqualTo(3));
            Assert.That(suggestions.Select(suggestion => suggestion.Score), Is.Ordered.Descending);
        });
    }

    [Test]
    public void Suggest_SameQueryTwiceAndOnRebuiltIndex_GivesTheSameList()
    {
        var again = new ActorNameIndex(ActorEventGraphBuilder.Build(AllActors.AsEnumerable().Reverse(), AllEvents), ActorNameForms.BuiltIn);

        var first = Index.Suggest("Petrof", 8);

        Assert.Multiple(() =>
        {
            Assert.That(Index.Suggest("Petrof", 8), Is.EqualTo(first));
            Assert.That(again.Suggest("Petrof", 8), Is.EqualTo(first));
        });
    }

    [Test]
    public void Suggest_TiedScores_OrderedByName()
    {
        var suggestions = Index.Suggest("Petrov", 2);

        Assert.That(suggestions.Select(suggestion => suggestion.Name), Is.EqualTo(new[] { "Ivan Petrov", "Oleg Petrov" }));
    }
}
