using EventTimeline.Actors;
using EventTimeline.Documents;
using EventTimeline.Graph;
using EventTimeline.Text;

namespace EventTimeline.Tests.Graph;

/// <summary>Name lookup over the actors the actor layer resolves from the five seeds (no events yet: the graph has actor vertices and affiliation edges only).</summary>
public sealed class ActorLookupSeedTests
{
    private static readonly Lazy<(ActorEventGraph Graph, ActorNameIndex Index)> _seeds = new(BuildSeeds);

    private static ActorEventGraph Graph => _seeds.Value.Graph;

    private static ActorNameIndex Index => _seeds.Value.Index;

    [TestCase("Lavrov")]
    [TestCase("Sergei Lavrov")]
    [TestCase("Sergey Lavrov")]
    [TestCase("Sergey V. Lavrov")]
    [TestCase("sergey v. lavrov")]
    [TestCase("LAVROV")]
    [TestCase("Foreign Minister Sergei Lavrov")]
    [TestCase("Mr. Lavrov")]
    public void Find_WaysOfWritingTheRussianForeignMinister_FindOnePerson(string typed)
    {
        var lookup = Index.Find(typed);

        Assert.Multiple(() =>
        {
            Assert.That(lookup.ActorIds, Has.Length.EqualTo(1), string.Join(", ", lookup.ActorIds));
            Assert.That(Graph.Actors[lookup.Best!].Kind, Is.EqualTo(ActorKind.Person));
            Assert.That(lookup.Best, Is.EqualTo(Index.Find("Lavrov").Best));
        });
    }

    [TestCase("Shoigu")]
    [TestCase("Carter")]
    [TestCase("Kerry")]
    public void Find_SeedSurnames_FindOnePerson(string typed)
    {
        var lookup = Index.Find(typed);

        Assert.Multiple(() =>
        {
            Assert.That(lookup.ActorIds, Has.Length.EqualTo(1), string.Join(", ", lookup.ActorIds));
            Assert.That(Graph.Actors[lookup.Best!].Kind, Is.EqualTo(ActorKind.Person));
        });
    }

    [Test]
    public void Find_Nobody_MatchesNothingButSuggestsNames()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Index.Find("Nobody").Match, Is.EqualTo(NameMatch.None));
            Assert.That(Index.Suggest("Nobody"), Has.Count.EqualTo(5));
        });
    }

    [Test]
    public void Suggest_MisspelledSurname_PutsThePersonFirst()
    {
        Assert.That(Index.Suggest("Lavrof")[0].ActorId, Is.EqualTo(Index.Find("Lavrov").Best));
    }

    [Test]
    public void AffiliationsOf_RussianPerson_IsRussia()
    {
        Assert.That(Graph.AffiliationsOf(Index.Find("Lavrov").Best!), Is.EqualTo(new[] { "country:RUS" }));
    }

    private static (ActorEventGraph, ActorNameIndex) BuildSeeds()
    {
        var read = new CorpusReader().Read([SeedFiles.Folder]);
        var prepared = DocumentPreparer.CreateDefault().Prepare(read.Documents);
        var splitter = SentenceSplitter.CreateDefault();
        var documents = prepared.Documents
            .Select(document => new DocumentActorMentions(document.Id, ActorRecognizer.Default.Recognize(document, splitter.Split(document.Text))))
            .ToList();
        var resolution = ActorResolver.Default.Resolve(documents);
        var graph = ActorEventGraphBuilder.Build(GraphActorMapping.FromResolution(resolution.Actors), []);
        return (graph, new ActorNameIndex(graph, ActorNameForms.BuiltIn));
    }
}
