using EventTimeline.Actors;

namespace EventTimeline.Tests.Actors;

public sealed class GazetteerExtensionTests
{
    [Test]
    public void WithExtension_NewPerson_IsFoundByAlias()
    {
        const string json = """
            { "actors": [ { "id": "jane-roe", "name": "Jane Roe", "aliases": ["J. Roe", "Roe"], "kind": "person", "country": "CAN" } ] }
            """;

        var gazetteer = Gazetteer.WithExtension(json);
        var actor = gazetteer.Find("J. Roe");

        Assert.That(actor?.Id, Is.EqualTo("jane-roe"));
        Assert.That(actor!.Kind, Is.EqualTo(ActorKind.Person));
        Assert.That(actor.Country, Is.EqualTo("CAN"));
    }

    [Test]
    public void WithExtension_ExistingCountry_AddsAliasAndKeepsOldOnes()
    {
        const string json = """
            { "countries": [ { "id": "USA", "aliases": ["Uncle Sam"] } ] }
            """;

        var gazetteer = Gazetteer.WithExtension(json);

        Assert.Multiple(() =>
        {
            Assert.That(gazetteer.FindCountry("Uncle Sam")?.Id, Is.EqualTo("USA"));
            Assert.That(gazetteer.FindCountry("U.S.")?.Id, Is.EqualTo("USA"));
            Assert.That(gazetteer.Country("USA")!.Name, Is.EqualTo("United States"));
        });
    }

    [Test]
    public void WithExtension_ExistingActor_OverridesScalarField()
    {
        const string json = """
            { "actors": [ { "id": "pentagon", "cameo": "USAMIL" } ] }
            """;

        var gazetteer = Gazetteer.WithExtension(json);

        Assert.Multiple(() =>
        {
            Assert.That(gazetteer.Find("Pentagon")!.Cameo, Is.EqualTo("USAMIL"));
            Assert.That(gazetteer.Find("Defense Department")!.Id, Is.EqualTo("pentagon"));
            Assert.That(Gazetteer.BuiltIn.Find("Pentagon")!.Cameo, Is.EqualTo("USAGOVMIL"));
        });
    }

    [Test]
    public void WithExtension_SharedAlias_UserEntryWins()
    {
        const string json = """
            { "actors": [ { "id": "acme-ws", "name": "Acme Weather Service", "aliases": ["WHO"], "kind": "company" } ] }
            """;

        var gazetteer = Gazetteer.WithExtension(json);

        Assert.That(gazetteer.Find("WHO")!.Id, Is.EqualTo("acme-ws"));
        Assert.That(gazetteer.FindAll("WHO").Select(actor => actor.Id), Does.Contain("who"));
    }

    [Test]
    public void WithExtension_NewTitleAndHonorific_AreFound()
    {
        const string json = """
            {
              "titles": [ { "id": "sheriff", "name": "Sheriff", "forms": ["sheriffs"], "role": "police", "cameo": "COP", "government": true } ],
              "honorifics": [ { "form": "Sheriff", "title": "sheriff" } ]
            }
            """;

        var gazetteer = Gazetteer.WithExtension(json);

        Assert.That(gazetteer.FindTitle("sheriffs")?.Id, Is.EqualTo("sheriff"));
        Assert.That(gazetteer.StripHonorifics("Sheriff Lee").Name, Is.EqualTo("Lee"));
    }

    [Test]
    public void WithExtension_NewCountryBodyPattern_IsApplied()
    {
        const string json = """
            { "countryBodies": [ { "id": "coast-guard", "name": "{demonym} Coast Guard", "kind": "military", "role": "MIL", "patterns": ["{demonym} Coast Guard"] } ] }
            """;

        var gazetteer = Gazetteer.WithExtension(json);

        Assert.That(gazetteer.Find("Greek Coast Guard")?.Id, Is.EqualTo("grc-coast-guard"));
    }

    [Test]
    public void WithExtension_EmptyObject_KeepsBuiltIns()
    {
        var gazetteer = Gazetteer.WithExtension("{}");

        Assert.That(gazetteer.Countries, Has.Length.EqualTo(Gazetteer.BuiltIn.Countries.Length));
        Assert.That(gazetteer.Actors, Has.Length.EqualTo(Gazetteer.BuiltIn.Actors.Length));
    }

    [TestCase("not json")]
    [TestCase("""{ "actors": [ { "id": "x", "name": "X", "kind": "planet" } ] }""")]
    [TestCase("""{ "actors": [ { "name": "No Id", "kind": "person" } ] }""")]
    [TestCase("""{ "actorz": [] }""")]
    [TestCase("""{ "countryBodies": [ { "id": "b", "name": "B", "kind": "government", "role": "GOV", "patterns": ["no slot"] } ] }""")]
    public void WithExtension_InvalidFile_ThrowsFormatExceptionNamingTheFile(string json)
    {
        var exception = Assert.Throws<FormatException>(() => Gazetteer.WithExtension(json, "my-actors.json"));

        Assert.That(exception!.Message, Does.StartWith("my-actors.json"));
    }
}
