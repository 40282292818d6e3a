using EventTimeline.Actors;

using static EventTimeline.Tests.Actors.ActorTestDocuments;

namespace EventTimeline.Tests.Actors;

public sealed class ActorResolverTests
{
    [Test]
    public void Resolve_TransliterationInitialsAndSurname_GiveOneActor()
    {
        var first = Mentions("a", "Russian Foreign Minister Andrey Kozyrev flew home.");
        var second = Mentions("b", "Andrei Kozyrev met reporters.", "Kozyrev said little.");
        var third = Mentions("c", "Andrey V. Kozyrev answered questions.");

        var resolution = Resolve(first, second, third);
        var person = resolution.Actors.Single(actor => actor.Kind == ActorKind.Person);

        Assert.Multiple(() =>
        {
            Assert.That(person.Aliases, Is.EqualTo(new[] { "Andrei Kozyrev", "Andrey Kozyrev", "Andrey V. Kozyrev", "Kozyrev" }));
            Assert.That(person.Id, Is.EqualTo("person:andrey-kozyrev"));
            Assert.That(person.Country, Is.EqualTo("RUS"));
            Assert.That(person.Roles, Is.EqualTo(new[] { "Foreign Minister" }));
            Assert.That(person.Mentions, Is.EqualTo(4));
            Assert.That(person.Affiliations, Does.Contain("country:RUS"));
        });
    }

    [Test]
    public void Resolve_SurnameThatIsAMonth_IsLabelledWithTheFullName()
    {
        var first = Mentions("a", "British Prime Minister Theresa May arrived in Brussels on Monday.", "The summit opened in May 2017.");
        var second = Mentions("b", "Theresa May met reporters.");

        var resolution = Resolve(first, second);
        var person = resolution.Actors.Single(actor => actor.Kind == ActorKind.Person);

        Assert.Multiple(() =>
        {
            Assert.That(person.Name, Is.EqualTo("Theresa May"));
            Assert.That(person.Id, Is.EqualTo("person:theresa-may"));
            Assert.That(person.Mentions, Is.EqualTo(2));
        });
    }

    [Test]
    public void Resolve_ParticlesAndHonorifics_GiveOneActor()
    {
        var first = Mentions("a", "Libyan commander Khalifa al-Haftar advanced.", "Forces of Khalifa Haftar held the port.");
        var second = Mentions("b", "Michael R. Pompeo arrived in Cairo.", "Mr. Pompeo met Haftar, who asked for support.");

        var resolution = Resolve(first, second);
        var persons = resolution.Actors.Where(actor => actor.Kind == ActorKind.Person).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(persons.Select(actor => actor.Name), Is.EquivalentTo(new[] { "Khalifa Haftar", "Michael Pompeo" }));
            Assert.That(ActorsOf(resolution, second, "Haftar"), Is.EqualTo(new[] { "person:khalifa-haftar" }));
            Assert.That(ActorsOf(resolution, second, "Mr. Pompeo"), Is.EqualTo(new[] { "person:michael-pompeo" }));
        });
    }

    [Test]
    public void Resolve_SurnameAlone_PrefersFullNameOfSameDocument()
    {
        var first = Mentions("a", "George W. Bush spoke in Texas.", "Bush smiled.");
        var second = Mentions("b", "Jeb Bush spoke in Florida.", "Bush waved.");
        var third = Mentions("c", "Angela Merkel spoke in Berlin.");
        var fourth = Mentions("d", "Merkel said she would stay.");

        var resolution = Resolve(first, second, third, fourth);

        Assert.Multiple(() =>
        {
            Assert.That(resolution.MentionActors["a"][^1].Single(), Is.EqualTo("person:george-bush"));
            Assert.That(ActorsOf(resolution, second, "Bush").Single(), Is.EqualTo("person:jeb-bush"));
            Assert.That(resolution.MentionActors["b"][^1].Single(), Is.EqualTo("person:jeb-bush"));
            Assert.That(ActorsOf(resolution, fourth, "Merkel").Single(), Is.EqualTo("person:angela-merkel"));
        });
    }

    [Test]
    public void Resolve_SurnameOfTwoBearersNamedAsOften_GoesToTheOneNamedNearestBeforeIt()
    {
        var document = Mentions("a", "Bill Clinton spoke in Little Rock.", "Hillary Clinton arrived in Haiti on Saturday.", "Clinton toured the camp.");

        var resolution = Resolve(document);

        Assert.That(resolution.MentionActors["a"][^1].Single(), Is.EqualTo("person:hillary-clinton"));
    }

    [Test]
    public void Resolve_SurnameOfTwoBearersOneNamedMoreInTheCorpus_GoesToThatOne()
    {
        var first = Mentions("a", "Barack Obama spoke in Chicago.", "Michelle Obama visited a school on Friday.", "Obama said the plan would work.");
        var second = Mentions("b", "Barack Obama spoke in Boston.", "Barack Obama waved.");

        var resolution = Resolve(first, second);

        Assert.That(resolution.MentionActors["a"][^1].Single(), Is.EqualTo("person:barack-obama"));
    }

    [Test]
    public void Resolve_SurnameWithTheTitleOfOneOfTwoBearers_GoesToThatBearer()
    {
        var document = Mentions(
            "a",
            "In 1999, President Bill Clinton signed the act.",
            "Secretary of State Hillary Clinton spoke in Washington.",
            "President Clinton said the act had worked.");

        var resolution = Resolve(document);

        Assert.That(resolution.MentionActors["a"][^1].Single(), Is.EqualTo("person:bill-clinton"));
    }

    [Test]
    public void Resolve_CountryNamesDemonymsAndCapitals_GiveTheCountry()
    {
        var document = Mentions("a", "Russia warned Ukraine.", "Russian troops massed nearby.", "Moscow denied it.", "The Russians left.");

        var resolution = Resolve(document);
        var russia = resolution.Actors.Single(actor => actor.Id == "country:RUS");

        Assert.Multiple(() =>
        {
            Assert.That(russia.Name, Is.EqualTo("Russia"));
            Assert.That(russia.Kind, Is.EqualTo(ActorKind.Country));
            Assert.That(russia.Aliases, Is.SupersetOf(new[] { "Russia", "Moscow", "Russians" }));
            Assert.That(russia.Mentions, Is.EqualTo(4));
        });
    }

    [Test]
    public void Resolve_OrganizationAliases_GiveOneActor()
    {
        var document = Mentions("a", "ISIS claimed the attack.", "Islamic State fighters fled.", "Daesh lost ground.");

        var resolution = Resolve(document);

        Assert.That(resolution.Actors.Select(actor => actor.Id), Is.EqualTo(new[] { "org:islamic-state" }));
    }

    [Test]
    public void Resolve_GroupRole_GivesTheHoldersForEachCountry()
    {
        var first = Mentions("a", "Indian Defense Minister Rajnath Singh arrived.", "Chinese Defense Minister Wei Fenghe arrived too.");
        var second = Mentions("b", "India and China held talks as the two countries' defense ministers met.");

        var resolution = Resolve(first, second);

        Assert.That(ActorsOf(resolution, second, "defense ministers"), Is.EquivalentTo(new[] { "person:rajnath-singh", "person:wei-fenghe" }));
    }

    [Test]
    public void Resolve_Counterpart_GivesPersonWithSameRoleOfThatCountry()
    {
        var first = Mentions("a", "German Foreign Minister Heiko Maas spoke in Berlin.");
        var second = Mentions("b", "French Foreign Minister Jean-Yves Le Drian phoned his German counterpart.");

        var resolution = Resolve(first, second);

        Assert.That(ActorsOf(resolution, second, "counterpart"), Is.EqualTo(new[] { "person:heiko-maas" }));
    }

    [Test]
    public void Resolve_CompanyRole_GivesTheCompanysHolder()
    {
        var first = Mentions("a", "Apple CEO Steve Jobs unveiled the iPhone 3G.");
        var second = Mentions("b", "Apple's chief executive said sales of the 3G iPhone were strong.", "Jobs declined to give figures.");

        var resolution = Resolve(first, second);
        var product = resolution.Actors.Single(actor => actor.Kind == ActorKind.Product);

        Assert.Multiple(() =>
        {
            Assert.That(ActorsOf(resolution, second, "chief executive"), Is.EqualTo(new[] { "person:steve-jobs" }));
            Assert.That(ActorsOf(resolution, second, "Jobs"), Is.EqualTo(new[] { "person:steve-jobs" }));
            Assert.That(product.Aliases, Is.EquivalentTo(new[] { "iPhone 3G", "3G iPhone" }));
            Assert.That(resolution.Actors.Single(actor => actor.Id == "person:steve-jobs").Affiliations, Does.Contain("company:apple"));
        });
    }

    [Test]
    public void Resolve_UnnamedGovernmentRole_FallsBackToCountry()
    {
        var document = Mentions("a", "A U.S. official said the talks failed.");

        var resolution = Resolve(document);

        Assert.That(resolution.MentionActors["a"][0], Is.EqualTo(new[] { "country:USA" }));
    }

    [Test]
    public void Resolve_GroupWithNoCountryOrBody_IsAGroupActorOfItsDocument()
    {
        var a = Mentions("a", "Witnesses told the group that the military raided the area.");
        var b = Mentions("b", "Witnesses told reporters that the shelling went on all night.");

        var resolution = Resolve(a, b);

        Assert.Multiple(() =>
        {
            Assert.That(ActorsOf(resolution, a, "Witnesses"), Is.EqualTo(new[] { "group:witnesses" }));
            Assert.That(ActorsOf(resolution, a, "military"), Is.EqualTo(new[] { "group:military" }));
            Assert.That(ActorsOf(resolution, b, "Witnesses"), Is.EqualTo(new[] { "group:witnesses-2" }), "two articles' witnesses are not known to be the same");
            Assert.That(resolution.Actors.Single(actor => actor.Id == "group:witnesses").Name, Is.EqualTo("witnesses"));
        });
    }

    [Test]
    public void Resolve_ExilesOfACountry_AreAGroupNamedWithTheirDemonymNotTheCountry()
    {
        var document = Mentions("a", "Cuban exiles protested in Miami against the ruling.");

        var resolution = Resolve(document);

        Assert.Multiple(() =>
        {
            Assert.That(ActorsOf(resolution, document, "Cuban exiles"), Is.EqualTo(new[] { "group:cuban-exiles" }));
            Assert.That(resolution.Actors.Single(actor => actor.Id == "group:cuban-exiles").Name, Is.EqualTo("Cuban exiles"));
        });
    }

    [Test]
    public void Resolve_SpokesmanOfBody_HasBodyAndCountryAffiliations()
    {
        var document = Mentions("a", "Hans Keller, a Pentagon spokesman, said the jets were safe.");

        var person = Resolve(document).Actors.Single(actor => actor.Kind == ActorKind.Person);

        Assert.That(person.Affiliations, Is.EqualTo(new[] { "country:USA", "org:pentagon" }));
    }

    [Test]
    public void Resolve_DocumentOrderShuffled_GivesSameResult()
    {
        var documents = new[]
        {
            Mentions("a", "Russian Foreign Minister Andrey Kozyrev flew home.", "Kozyrev said little."),
            Mentions("b", "Andrei Kozyrev met U.S. Secretary of State Warren Christopher.", "Christopher smiled."),
            Mentions("c", "Warren M. Christopher and Mr. Kozyrev spoke in Geneva.", "The two countries' foreign ministers agreed."),
            Mentions("d", "Kozyrev left for Moscow.", "Hans Keller, a Pentagon spokesman, declined to comment."),
        };

        var expected = Describe(Resolve(documents));
        foreach (var order in new[] { new[] { 3, 2, 1, 0 }, new[] { 1, 3, 0, 2 }, new[] { 2, 0, 3, 1 } })
        {
            Assert.That(Describe(Resolve([.. order.Select(i => documents[i])])), Is.EqualTo(expected));
        }
    }

    private static string Describe(ActorResolution resolution)
    {
        var actors = resolution.Actors.Select(actor => $"{actor.Id}|{actor.Name}|{actor.Kind}|{actor.Country}|{string.Join(",", actor.Aliases)}|{string.Join(",", actor.Roles)}|{actor.Mentions}|{string.Join(",", actor.Affiliations)}");
        var mentions = resolution.MentionActors.OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => pair.Key + ":" + string.Join(";", pair.Value.Select(ids => string.Join(",", ids))));
        return string.Join("\n", actors.Concat(mentions));
    }

    [Test]
    public void Resolve_ShortProductNameInModelDocument_IsTheModel()
    {
        var model = Mentions("a", "Apple launched the iPhone 3G on Monday.", "The iPhone is twice as fast.");
        var plain = Mentions("b", "The iPhone sold well.");

        var resolution = Resolve(model, plain);

        Assert.Multiple(() =>
        {
            Assert.That(LastActorsOf(resolution, model, "iPhone"), Is.EqualTo(new[] { "product:iphone-3g" }));
            Assert.That(ActorsOf(resolution, plain, "iPhone"), Is.EqualTo(new[] { "product:iphone" }));
            Assert.That(resolution.Actors.Single(actor => actor.Id == "product:iphone-3g").Name, Is.EqualTo("iPhone 3G"));
        });
    }

    [Test]
    public void Resolve_GivenNameAlone_IsTheDocumentsPersonOfThatGivenName()
    {
        var document = Mentions("a", "Steve Jobs opened the conference.", "Steve announced a new phone.");

        var resolution = Resolve(document);

        Assert.That(LastActorsOf(resolution, document, "Steve"), Is.EqualTo(new[] { "person:steve-jobs" }));
    }

    [Test]
    public void Resolve_ShortOrganizationNameAfterTheFullOne_IsThatOrganization()
    {
        var document = Mentions("a", "The New York Times reported the talks on Monday.", "Officials told the Times that the talks would go on.");
        var other = Mentions("b", "Officials told the Times that the talks would go on.");

        var resolution = Resolve(document, other);

        Assert.Multiple(() =>
        {
            Assert.That(LastActorsOf(resolution, document, "Times"), Is.EqualTo(new[] { "org:nyt" }));
            Assert.That(ActorsOf(resolution, other, "Times"), Is.Not.EqualTo(new[] { "org:nyt" }), "without the full name in its document the short one stays apart");
        });
    }

    [Test]
    public void Resolve_ShortOrganizationNameMatchingTwoFullOnes_StaysApart()
    {
        var document = Mentions(
            "a",
            "The New York Times and the Financial Times reported the talks on Monday.",
            "Officials told the Times that the talks would go on.");

        var resolution = Resolve(document);

        Assert.That(LastActorsOf(resolution, document, "Times"), Has.None.EqualTo("org:nyt"));
    }

    // The last mention holding the text: the short form that follows the full one.
    private static IReadOnlyList<string> LastActorsOf(ActorResolution resolution, DocumentActorMentions document, string text)
    {
        var index = document.Mentions.ToList().FindLastIndex(mention => mention.Text.Contains(text, StringComparison.Ordinal));
        Assert.That(index, Is.GreaterThan(0), string.Join(" | ", document.Mentions.Select(mention => mention.Text)));
        return resolution.MentionActors[document.DocumentId][index];
    }
}
