using EventTimeline.Actors;
using EventTimeline.Documents;
using EventTimeline.Text;

namespace EventTimeline.Tests.Actors;

/// <summary>All five seeds through preparation, sentence splitting, recognition and resolution.</summary>
public sealed class ActorSeedTests
{
    private static readonly Lazy<ActorResolution> _resolution = new(ResolveSeeds);

    private static ActorResolution Resolution => _resolution.Value;

    [TestCase("Lavrov")]
    [TestCase("Carter")]
    [TestCase("Shoigu")]
    [TestCase("Kerry")]
    [TestCase("Assad")]
    [TestCase("Putin")]
    public void Resolve_Seeds_OnePersonPerSurname(string surname)
    {
        var persons = Resolution.Actors.Where(actor => actor.Kind == ActorKind.Person && actor.Aliases.Any(alias => alias.EndsWith(surname, StringComparison.Ordinal))).ToList();

        Assert.That(persons, Has.Count.EqualTo(1), string.Join(", ", persons.Select(actor => actor.Id)));
    }

    [TestCase("country:RUS", "Russia")]
    [TestCase("country:USA", "United States")]
    [TestCase("org:islamic-state", "ISIL")]
    public void Resolve_Seeds_OneActorForCountriesAndGroups(string id, string alias)
    {
        var holding = Resolution.Actors.Where(actor => actor.Aliases.Contains(alias)).Select(actor => actor.Id);

        Assert.That(holding, Is.EqualTo(new[] { id }));
    }

    [Test]
    public void Resolve_Seeds_NoPersonFromBoilerplateOrCommonWords()
    {
        var bad = new[] { "Keep", "Subscribe", "Leave", "Reply", "Friday", "Saturday", "Related", "Daily", "Smartphone", "Already", "Log", "More", "Fact", "Officials" };
        var persons = Resolution.Actors.Where(actor => actor.Kind == ActorKind.Person).SelectMany(actor => actor.Aliases);

        Assert.That(persons.Where(alias => bad.Any(word => alias.Split(' ').Contains(word))), Is.Empty);
    }

    [Test]
    public void Resolve_Seeds_DefenseMinistersAreCarterAndShoigu()
    {
        var group = Resolution.MentionActors.Values.SelectMany(lists => lists).Where(ids => ids.Length == 2).ToList();
        var ministers = Resolution.Actors.Where(actor => actor.Roles.Contains("Defense Minister") || actor.Roles.Contains("Defense Secretary")).Select(actor => actor.Id).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(group, Is.Not.Empty);
            Assert.That(group[0], Is.EquivalentTo(ministers));
            Assert.That(ministers, Has.Count.EqualTo(2));
        });
    }

    private static ActorResolution ResolveSeeds()
    {
        var read = new CorpusReader().Read([SeedFiles.Folder]);
        var prepared = DocumentPreparer.CreateDefault().Prepare(read.Documents);
        var splitter = SentenceSplitter.CreateDefault();
        var documents = prepared.Documents
            .Select(document => new DocumentActorMentions(document.Id, ActorRecognizer.Default.Recognize(document, splitter.Split(document.Text))))
            .ToList();
        return ActorResolver.Default.Resolve(documents);
    }
}
