using EventTimeline.Actors;

using static EventTimeline.Tests.Actors.ActorTestDocuments;

namespace EventTimeline.Tests.Actors;

internal sealed class ActorRecognizerTests
{
    private static ActorMention Single(string line, string name)
    {
        var mentions = Recognize(line);
        var found = mentions.Where(mention => mention.Name == name).ToList();
        Assert.That(found, Has.Count.EqualTo(1), string.Join(" | ", mentions.Select(mention => $"{mention.Kind}:{mention.Name}")));
        return found[0];
    }

    [TestCase("Japanese Foreign Minister Taro Kono arrived on Tuesday.", "Taro Kono", "foreign-minister", "JPN")]
    [TestCase("U.S. Treasury Secretary Janet Yellen spoke to bankers.", "Janet Yellen", "finance-minister", "USA")]
    [TestCase("The talks were led by Indian Defense Minister Rajnath Singh.", "Rajnath Singh", "defense-minister", "IND")]
    [TestCase("Italian Prime Minister Anna-Maria Rossi arrived late.", "Anna-Maria Rossi", "prime-minister", "ITA")]
    [TestCase("Egyptian President Abdel Fattah el-Sisi's office denied it.", "Abdel Fattah el-Sisi", "president", "EGY")]
    [TestCase("The deal was signed by Secretary of State Dean Acheson.", "Dean Acheson", "secretary-of-state", "USA")]
    public void Recognize_TitleBeforeName_GivesPersonWithTitleAndCountry(string line, string name, string title, string country)
    {
        var mention = Single(line, name);

        Assert.Multiple(() =>
        {
            Assert.That(mention.Kind, Is.EqualTo(ActorKind.Person));
            Assert.That(mention.Title, Is.EqualTo(title));
            Assert.That(mention.Country, Is.EqualTo(country));
            Assert.That(mention.RoleOnly, Is.False);
        });
    }

    [TestCase("Zenith Motors and Huaneng Cells formed a joint venture.", new[] { "Zenith Motors", "Huaneng Cells" })]
    [TestCase("Officials from Vanguard Group and Orwell Partners met on Monday.", new[] { "Vanguard Group", "Orwell Partners" })]
    [TestCase("He spoke to the Ministry of Trade and Industry on Monday.", new[] { "Ministry of Trade and Industry" })]
    public void Recognize_AndAfterAHeadWord_JoinsTwoNamesNotOne(string line, string[] names)
    {
        var mentions = Recognize(line).Where(mention => !mention.RoleOnly).ToList();

        Assert.That(mentions.Select(mention => mention.Name), Is.EquivalentTo(names), string.Join(" | ", mentions.Select(mention => $"{mention.Kind}:{mention.Name}")));
    }

    [TestCase("A spokesman for the Office for Roads, Rivers and Harbours denied it.", "Office for Roads, Rivers and Harbours")]
    [TestCase("She wrote to the Ministry of Health, Labour and Welfare on Monday.", "Ministry of Health, Labour and Welfare")]
    public void Recognize_CommaListAfterHeadAndOf_IsOneName(string line, string name)
    {
        var mentions = Recognize(line).Where(mention => !mention.RoleOnly).ToList();

        Assert.That(mentions.Select(mention => mention.Name), Is.EquivalentTo(new[] { name }), string.Join(" | ", mentions.Select(mention => $"{mention.Kind}:{mention.Name}")));
    }

    [TestCase("Officials from the Ministry of Defence, Peru and Chile met on Monday.")]
    public void Recognize_CommaListOfKnownActors_IsNoPartOfAName(string line)
    {
        var mentions = Recognize(line).Where(mention => !mention.RoleOnly).ToList();

        Assert.That(mentions.Select(mention => mention.Name), Has.Some.EqualTo("Chile"), string.Join(" | ", mentions.Select(mention => $"{mention.Kind}:{mention.Name}")));
    }

    [Test]
    public void Recognize_RoleInsideHyphenatedCompound_IsNoMention()
    {
        var mentions = Recognize("Kerry announced military-to-military talks with Russia, and the military said it welcomed them.");

        Assert.That(mentions.Count(mention => mention.Text.Contains("military", StringComparison.Ordinal)), Is.EqualTo(1), string.Join(" | ", mentions.Select(mention => mention.Text)));
    }

    [Test]
    public void Recognize_LegalFormThenSentenceStart_NoNameStartsWithTheLegalForm()
    {
        var mentions = Recognize("Sun competes with Digital Equipment Corp. and Hewlett-Packard Co. Recently, analysts said Sun was vulnerable.");

        Assert.That(mentions.Select(mention => mention.Name), Has.None.StartsWith("Co.").And.None.StartsWith("Corp."), string.Join(" | ", mentions.Select(mention => $"{mention.Kind}:{mention.Name}")));
    }

    [TestCase("Theresa May met the president on Tuesday.", "Theresa May")]
    [TestCase("The guitarist Brian May spoke at the rally.", "Brian May")]
    [TestCase("Prime Minister Theresa May said talks would go on.", "Theresa May")]
    [TestCase("Officials said Kate June had resigned.", "Kate June")]
    [TestCase("The bill was backed by Lucy April and others.", "Lucy April")]
    [TestCase("Reporters asked Theresa May.", "Theresa May")]
    public void Recognize_MonthWordAfterGivenName_KeepsItAsTheSurname(string line, string name)
    {
        var mention = Single(line, name);

        Assert.That(mention.Kind, Is.EqualTo(ActorKind.Person));
    }

    [TestCase("South Korean Foreign Minister Cho Tae-yul met reporters.", "Cho Tae-yul")]
    [TestCase("North Korean leader Kim Jong-un watched the launch.", "Kim Jong-un")]
    [TestCase("Officials said Moon Jae-in would attend.", "Moon Jae-in")]
    public void Recognize_RomanizedGivenNameWithHyphen_KeepsBothSyllables(string line, string name)
    {
        var mention = Single(line, name);

        Assert.That(mention.Kind, Is.EqualTo(ActorKind.Person));
    }

    [TestCase("A Saudi-led coalition struck the port.")]
    [TestCase("The Kremlin-backed candidate won.")]
    public void Recognize_CapitalizedWordBeforeAnEnglishHyphenSuffix_IsNoName(string line)
    {
        Assert.That(Recognize(line).Select(mention => mention.Name), Has.None.Contains("-led").And.None.Contains("-backed"));
    }

    [TestCase("Kerry arrived in Paris May 5 for the talks.", "Paris")]
    [TestCase("The vote in Berlin June 2016 was close.", "Berlin")]
    [TestCase("Officials met the envoy in May and again in June.", null)]
    [TestCase("In May the ministers met again.", null)]
    public void Recognize_MonthWordThatIsADate_IsNotPartOfAName(string line, string? name)
    {
        var mentions = Recognize(line);

        Assert.Multiple(() =>
        {
            Assert.That(mentions.Select(mention => mention.Name), Has.None.Contains("May").And.None.Contains("June"));
            if (name is not null)
            {
                Assert.That(mentions.Select(mention => mention.Name), Does.Contain(name));
            }
        });
    }

    [Test]
    public void Recognize_BodyBeforeTitle_GivesAffiliation()
    {
        var mention = Single("Kremlin spokesman Dmitry Peskov said the talks were useful.", "Dmitry Peskov");

        Assert.Multiple(() =>
        {
            Assert.That(mention.Title, Is.EqualTo("spokesman"));
            Assert.That(mention.Affiliation, Is.EqualTo("kremlin"));
            Assert.That(mention.Country, Is.EqualTo("RUS"));
            Assert.That(mention.Text, Is.EqualTo("Kremlin spokesman Dmitry Peskov"));
        });
    }

    [TestCase("Anna Berg, a spokeswoman for the German Foreign Ministry, declined to comment.", "Anna Berg", "DEU", "deu-foreign-ministry")]
    [TestCase("The plan was confirmed by Hans Keller, a Pentagon spokesman, on Sunday.", "Hans Keller", "USA", "pentagon")]
    public void Recognize_Apposition_GivesTitleCountryAndAffiliation(string line, string name, string country, string affiliation)
    {
        var mention = Single(line, name);

        Assert.Multiple(() =>
        {
            Assert.That(mention.Kind, Is.EqualTo(ActorKind.Person));
            Assert.That(mention.Title, Is.EqualTo("spokesman"));
            Assert.That(mention.Country, Is.EqualTo(country));
            Assert.That(mention.Affiliation, Is.EqualTo(affiliation));
            Assert.That(mention.Text, Is.EqualTo(name));
        });
    }

    [TestCase("Lawmakers questioned Robert S. Mueller about the report.", "Robert S. Mueller")]
    [TestCase("Forces loyal to Khalifa al-Haftar advanced on the city.", "Khalifa al-Haftar")]
    [TestCase("The ruling angered Paulo Henrique Cardoso and his allies.", "Paulo Henrique Cardoso")]
    public void Recognize_NameWithoutTitle_GivesPerson(string line, string name)
    {
        Assert.That(Single(line, name).Kind, Is.EqualTo(ActorKind.Person));
    }

    [Test]
    public void Recognize_HonorificAndSurname_GivesPersonWithoutHonorific()
    {
        var mentions = Recognize("Mikhail Petrov opened the meeting.", "Later Mr. Petrov left the room.");
        var honorific = mentions.Single(mention => mention.Text == "Mr. Petrov");

        Assert.That(honorific.Name, Is.EqualTo("Petrov"));
    }

    [Test]
    public void Recognize_SurnameAfterFullName_IsPerson()
    {
        var mentions = Recognize("Negotiator Lena Ortiz met the rebels.", "Ortiz said the talks would continue.");

        Assert.That(mentions.Any(mention => mention.Name == "Ortiz" && mention.Kind == ActorKind.Person), Is.True);
    }

    [TestCase("Turkish troops crossed the border at dawn.", "tur-military", "TUR")]
    [TestCase("The Russians rejected the offer.", "RUS", "RUS")]
    [TestCase("Iranian officials were not available.", null, "IRN")]
    [TestCase("A Chinese proposal was discussed.", "CHN", "CHN")]
    public void Recognize_Demonym_TiesMentionToCountry(string line, string? knownId, string country)
    {
        var mention = Recognize(line).First();

        Assert.Multiple(() =>
        {
            Assert.That(mention.KnownId, Is.EqualTo(knownId));
            Assert.That(mention.Country, Is.EqualTo(country));
        });
    }

    [TestCase("Addressing an informal session of the council, Ramos said the talks would resume.", "Addressing")]
    [TestCase("Scattering the crowd, police fired tear gas in the square.", "Scattering")]
    [TestCase("Having said that, the minister left for Lisbon.", "Having")]
    public void Recognize_ParticipleOpeningASentence_IsNoActor(string sentence, string opener)
    {
        Assert.That(Recognize(sentence).Select(mention => mention.Text), Has.None.EqualTo(opener));
    }

    [TestCase("Bashing BP has become a sport in Washington, critics said.", "BP")]
    [TestCase("Investigating Goldman Sachs, the agency found no fraud.", "Goldman Sachs")]
    public void Recognize_ParticipleOpeningASentenceBeforeAName_IsLeftOutOfTheName(string sentence, string name)
    {
        var names = Recognize(sentence).Select(mention => mention.Name).ToList();

        Assert.That(names, Has.Member(name));
        Assert.That(names, Has.None.Contains(sentence.Split(' ')[0]));
    }

    [Test]
    public void Recognize_IngWordTheDocumentCapitalizesInsideSentences_StaysInTheName()
    {
        var names = Recognize("Flushing Hospital admitted ten patients. Doctors at Flushing Hospital said all were stable.").Select(mention => mention.Name).ToList();

        Assert.That(names, Has.Member("Flushing Hospital"));
    }

    [Test]
    public void Recognize_IngNameBeforeAReportingVerb_IsStillAnActor()
    {
        Assert.That(Recognize("Gosling said the plant would close.").Select(mention => mention.Text), Has.Member("Gosling"));
    }

    [Test]
    public void Recognize_DemonymOfLanguage_IsNoActor()
    {
        Assert.That(Recognize("He answered in Russian language newspapers."), Is.Empty);
    }

    [TestCase("the Pentagon said on Monday.", "pentagon")]
    [TestCase("The State Department issued a warning.", "us-state-department")]
    [TestCase("The Kremlin denied the report.", "kremlin")]
    [TestCase("The Italian Foreign Ministry summoned the envoy.", "ita-foreign-ministry")]
    [TestCase("Al-Shabaab attacked the town.", "al-shabab")]
    public void Recognize_GovernmentBodiesAndGroups_GiveGazetteerIds(string line, string knownId)
    {
        Assert.That(Recognize(line).Select(mention => mention.KnownId), Does.Contain(knownId));
    }

    [Test]
    public void Recognize_GroupBeforeRole_IsRoleWithAffiliation()
    {
        var mention = Recognize("ISIL fighters attacked the town.").Single();

        Assert.Multiple(() =>
        {
            Assert.That(mention.RoleOnly, Is.True);
            Assert.That(mention.Affiliation, Is.EqualTo("islamic-state"));
        });
    }

    [Test]
    public void Recognize_GroupRole_IsPluralRoleOnly()
    {
        var mention = Recognize("The two countries' foreign ministers spoke by phone.").Single();

        Assert.Multiple(() =>
        {
            Assert.That(mention.RoleOnly, Is.True);
            Assert.That(mention.Plural, Is.True);
            Assert.That(mention.Title, Is.EqualTo("foreign-minister"));
            Assert.That(mention.Country, Is.Null);
            Assert.That(mention.Text, Is.EqualTo("The two countries' foreign ministers"));
        });
    }

    [TestCase("She called her Chinese counterpart on Friday.", "counterpart", "CHN")]
    [TestCase("The U.S. official declined to be named.", "official", "USA")]
    [TestCase("Apple's chief executive will speak.", "chief-executive", null)]
    public void Recognize_RoleWithoutName_IsRoleOnly(string line, string title, string? country)
    {
        var mention = Recognize(line).Single(mention => mention.RoleOnly);

        Assert.Multiple(() =>
        {
            Assert.That(mention.Title, Is.EqualTo(title));
            Assert.That(mention.Country, Is.EqualTo(country ?? (mention.Affiliation == "apple" ? "USA" : null)));
        });
    }

    [Test]
    public void Recognize_LowerCaseTitleUsedAsAdjective_IsNoRole()
    {
        Assert.That(Recognize("It was an official visit to the capital.").Where(mention => mention.RoleOnly), Is.Empty);
    }

    [TestCase("Globex Widgets Inc. reported higher profits.", "Globex Widgets Inc.", ActorKind.Company)]
    [TestCase("Shares of Initech Holdings fell sharply.", "Initech Holdings", ActorKind.Company)]
    [TestCase("He now works for the Brookings Institution in Washington.", "Brookings Institution", ActorKind.Organization)]
    [TestCase("Fighting continued in Helmand province overnight.", "Helmand", ActorKind.Place)]
    [TestCase("Jets landed at an air base in Hmeimim last week.", "Hmeimim", ActorKind.Place)]
    [TestCase("Supplies arrived at Qamishli Airport by truck.", "Qamishli Airport", ActorKind.Place)]
    [TestCase("The convoy left New Orleans at noon.", "New Orleans", ActorKind.Place)]
    [TestCase("Tensions are rising across the Middle East again.", "Middle East", ActorKind.Place)]
    [TestCase("He flew to Zurich, Switzerland for the meeting.", "Zurich", ActorKind.Place)]
    [TestCase("Boeing said deliveries would resume.", "Boeing", ActorKind.Company)]
    [TestCase("Hudson's Bay Co. announced terms of a rights issue.", "Hudson's Bay Co.", ActorKind.Company)]
    public void Recognize_Cues_ClassifyKind(string line, string name, ActorKind kind)
    {
        Assert.That(Single(line, name).Kind, Is.EqualTo(kind));
    }

    [TestCase("Japan's Toyota Motor Corp. said profit rose.", "Toyota Motor Corp.")]
    [TestCase("The Beatles' Apple Corps has filed a lawsuit.", "Apple Corps")]
    public void Recognize_OwnersPossessiveBeforeACompany_StaysApart(string line, string company)
    {
        var names = Recognize(line).Select(mention => mention.Text).ToList();

        Assert.That(names, Has.Member(company));
    }

    [Test]
    public void Recognize_CapitalAsSubject_IsTheCountry_AndAfterPreposition_IsAPlace()
    {
        var mentions = Recognize("Beijing rejected the claims.", "The delegation stayed in Beijing for two days.");

        Assert.Multiple(() =>
        {
            Assert.That(mentions[0].Kind, Is.EqualTo(ActorKind.Country));
            Assert.That(mentions[0].KnownId, Is.EqualTo("CHN"));
            Assert.That(mentions[1].Kind, Is.EqualTo(ActorKind.Place));
            Assert.That(mentions[1].Country, Is.EqualTo("CHN"));
        });
    }

    [TestCase("iPhone 3G")]
    [TestCase("the 3G iPhone")]
    public void Recognize_ProductNames_AreProducts(string product)
    {
        var mention = Recognize($"Buyers queued for {product} in several cities.").First();

        Assert.Multiple(() =>
        {
            Assert.That(mention.Kind, Is.EqualTo(ActorKind.Product));
            Assert.That(mention.Name, Does.Contain("iPhone").And.Contain("3G"));
        });
    }

    [TestCase("Keep reading for free!")]
    [TestCase("Subscribe now to get full access.")]
    [TestCase("Leave a Reply")]
    [TestCase("Friday's session ended early.")]
    [TestCase("Officials said the vote was delayed until Monday.")]
    [TestCase("Several Protesters were arrested.")]
    [TestCase("Rebels Seize Key Town After Heavy Fighting")]
    [TestCase("Related")]
    [TestCase("Smartphone- and tablet-friendly website.")]
    [TestCase("Amid reports of surrenders, aides were upbeat.")]
    [TestCase("Following the vote, lawmakers went home.")]
    public void Recognize_NonNames_GiveNoNamedActor(string line)
    {
        var named = Recognize(line).Where(mention => !mention.RoleOnly);

        Assert.That(named, Is.Empty);
    }

    [Test]
    public void Recognize_HeadlineWithKnownName_AcceptsOnlyKnownNames()
    {
        var mentions = Recognize("Petrova Wins Vote Over Key Rivals", "Maria Petrova won the vote on Sunday.");

        Assert.That(mentions.Where(mention => mention.Sentence == 0).Select(mention => mention.Name), Is.EqualTo(new[] { "Petrova" }));
    }

    [Test]
    public void Recognize_Mentions_AreSortedAndDoNotOverlap()
    {
        var mentions = Recognize("Russian Foreign Minister Ivan Orlov met his Turkish counterpart in Ankara, Turkey's capital, as Iranian jets flew overhead.");

        Assert.Multiple(() =>
        {
            for (var i = 1; i < mentions.Length; i++)
            {
                Assert.That(mentions[i].Start, Is.GreaterThanOrEqualTo(mentions[i - 1].End));
            }
        });
    }
}
