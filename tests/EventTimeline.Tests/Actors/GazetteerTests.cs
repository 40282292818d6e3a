using EventTimeline.Actors;
using EventTimeline.Text;

namespace EventTimeline.Tests.Actors;

public sealed class GazetteerTests
{
    private static Gazetteer Gazetteer => Gazetteer.BuiltIn;

    [TestCase("Russia", "RUS")]
    [TestCase("Russian Federation", "RUS")]
    [TestCase("U.S.", "USA")]
    [TestCase("US", "USA")]
    [TestCase("USA", "USA")]
    [TestCase("United States", "USA")]
    [TestCase("the United States", "USA")]
    [TestCase("America", "USA")]
    [TestCase("Britain", "GBR")]
    [TestCase("U.K.", "GBR")]
    [TestCase("UK", "GBR")]
    [TestCase("Great Britain", "GBR")]
    [TestCase("Syria", "SYR")]
    [TestCase("Syrian Arab Republic", "SYR")]
    [TestCase("Switzerland", "CHE")]
    [TestCase("Turkey", "TUR")]
    [TestCase("Türkiye", "TUR")]
    [TestCase("Turkiye", "TUR")]
    [TestCase("Ivory Coast", "CIV")]
    [TestCase("Cote d'Ivoire", "CIV")]
    [TestCase("Burma", "MMR")]
    [TestCase("North Korea", "PRK")]
    [TestCase("DPRK", "PRK")]
    [TestCase("South Korea", "KOR")]
    [TestCase("Holland", "NLD")]
    [TestCase("the Netherlands", "NLD")]
    [TestCase("UAE", "ARE")]
    [TestCase("Czech Republic", "CZE")]
    [TestCase("DRC", "COD")]
    [TestCase("Kosovo", "XKX")]
    public void FindCountry_NameOrAlias_GivesCountry(string name, string expectedId)
    {
        Assert.That(Gazetteer.FindCountry(name)?.Id, Is.EqualTo(expectedId));
    }

    [TestCase("RU", "RUS")]
    [TestCase("RUS", "RUS")]
    [TestCase("GB", "GBR")]
    [TestCase("SY", "SYR")]
    [TestCase("ROM", "ROU")]
    [TestCase("TMP", "TLS")]
    public void FindCountry_CodeInCapitals_GivesCountry(string code, string expectedId)
    {
        Assert.That(Gazetteer.FindCountry(code)?.Id, Is.EqualTo(expectedId));
    }

    [TestCase("us")]
    [TestCase("in")]
    [TestCase("Island")]
    [TestCase("Atlantis")]
    public void FindCountry_OrdinaryWordOrUnknown_GivesNull(string text)
    {
        Assert.That(Gazetteer.FindCountry(text), Is.Null);
    }

    [TestCase("Russian", "RUS")]
    [TestCase("Russians", "RUS")]
    [TestCase("Syrian", "SYR")]
    [TestCase("Syrians", "SYR")]
    [TestCase("American", "USA")]
    [TestCase("Americans", "USA")]
    [TestCase("British", "GBR")]
    [TestCase("Briton", "GBR")]
    [TestCase("Britons", "GBR")]
    [TestCase("French", "FRA")]
    [TestCase("German", "DEU")]
    [TestCase("Germans", "DEU")]
    [TestCase("Chinese", "CHN")]
    [TestCase("Indian", "IND")]
    [TestCase("Iranian", "IRN")]
    [TestCase("Israeli", "ISR")]
    [TestCase("Israelis", "ISR")]
    [TestCase("Turkish", "TUR")]
    [TestCase("Turks", "TUR")]
    [TestCase("Dutch", "NLD")]
    [TestCase("Swiss", "CHE")]
    [TestCase("Saudi", "SAU")]
    [TestCase("Filipinos", "PHL")]
    [TestCase("Congolese", "COD")]
    [TestCase("Dominican", "DOM")]
    [TestCase("South Korean", "KOR")]
    [TestCase("Batswana", "BWA")]
    public void FindCountryByDemonym_Demonym_GivesCountry(string demonym, string expectedId)
    {
        Assert.That(Gazetteer.FindCountryByDemonym(demonym)?.Id, Is.EqualTo(expectedId));
    }

    [Test]
    public void FindCountryByDemonym_LowerCase_GivesNull()
    {
        Assert.That(Gazetteer.FindCountryByDemonym("russian"), Is.Null);
    }

    [TestCase("Moscow", "RUS")]
    [TestCase("Washington", "USA")]
    [TestCase("Damascus", "SYR")]
    [TestCase("Kyiv", "UKR")]
    public void FindCountryByCapital_Capital_GivesCountry(string city, string expectedId)
    {
        Assert.That(Gazetteer.FindCountryByCapital(city)?.Id, Is.EqualTo(expectedId));
    }

    [Test]
    public void Country_Russia_HasCodesAndNames()
    {
        var russia = Gazetteer.Country("RUS")!;

        Assert.Multiple(() =>
        {
            Assert.That(russia.Name, Is.EqualTo("Russia"));
            Assert.That(russia.OfficialName, Is.EqualTo("Russian Federation"));
            Assert.That(russia.Iso2, Is.EqualTo("RU"));
            Assert.That(russia.Iso3, Is.EqualTo("RUS"));
            Assert.That(russia.Cameo, Is.EqualTo("RUS"));
            Assert.That(russia.Capitals, Does.Contain("Moscow"));
            Assert.That(russia.Independent, Is.True);
        });
    }

    [TestCase("ROU", "ROM")]
    [TestCase("TLS", "TMP")]
    [TestCase("XKX", "KSV")]
    [TestCase("USA", "USA")]
    public void Country_KnownCameoDifference_HasCameoCode(string id, string expectedCameo)
    {
        Assert.That(Gazetteer.Country(id)!.Cameo, Is.EqualTo(expectedCameo));
    }

    [Test]
    public void Countries_All_HaveUniqueIdsAndCodes()
    {
        var countries = Gazetteer.Countries;

        Assert.Multiple(() =>
        {
            Assert.That(countries, Has.Length.GreaterThanOrEqualTo(245));
            Assert.That(countries.Select(country => country.Id), Is.Unique);
            Assert.That(countries.Select(country => country.Iso2), Is.Unique);
            Assert.That(countries.Select(country => country.Cameo), Is.Unique);
            Assert.That(countries.Where(country => country.Independent).Count(), Is.GreaterThanOrEqualTo(190));
            Assert.That(countries, Has.All.Matches<CountryInfo>(country => country!.Cameo.Length == 3 && country.Iso2.Length == 2));
        });
    }

    [TestCase("UN", "un", "Igo", null, "IGOUNO")]
    [TestCase("U.N.", "un", "Igo", null, "IGOUNO")]
    [TestCase("United Nations", "un", "Igo", null, "IGOUNO")]
    [TestCase("U.N. General Assembly", "un-general-assembly", "Igo", null, "IGOUNO")]
    [TestCase("UN General Assembly", "un-general-assembly", "Igo", null, "IGOUNO")]
    [TestCase("Security Council", "un-security-council", "Igo", null, "IGOUNO")]
    [TestCase("NATO", "nato", "Igo", null, "IGOWSTNAT")]
    [TestCase("Nato", "nato", "Igo", null, "IGOWSTNAT")]
    [TestCase("European Union", "eu", "Igo", null, "IGOEUREEC")]
    [TestCase("EU", "eu", "Igo", null, "IGOEUREEC")]
    [TestCase("OPEC", "opec", "Igo", null, "IGOBUSOPC")]
    [TestCase("IMF", "imf", "Igo", null, "IGOBUSIMF")]
    [TestCase("World Bank", "world-bank", "Igo", null, "IGOUNODEVWBK")]
    [TestCase("WHO", "who", "Igo", null, "IGOUNOHLHWHO")]
    [TestCase("Red Cross", "icrc", "Organization", null, "NGOHLHIRC")]
    [TestCase("Pentagon", "pentagon", "Government", "USA", "USAGOVMIL")]
    [TestCase("the Pentagon", "pentagon", "Government", "USA", "USAGOVMIL")]
    [TestCase("Defense Department", "pentagon", "Government", "USA", "USAGOVMIL")]
    [TestCase("State Department", "us-state-department", "Government", "USA", "USAGOV")]
    [TestCase("White House", "white-house", "Government", "USA", "USAGOV")]
    [TestCase("Kremlin", "kremlin", "Government", "RUS", "RUSGOV")]
    [TestCase("Downing Street", "downing-street", "Government", "GBR", "GBRGOV")]
    [TestCase("Élysée", "elysee", "Government", "FRA", "FRAGOV")]
    [TestCase("Elysee", "elysee", "Government", "FRA", "FRAGOV")]
    [TestCase("Reuters", "reuters", "Media", "GBR", "GBRMED")]
    [TestCase("Interfax", "interfax", "Media", "RUS", "RUSMED")]
    public void Find_OrganizationName_GivesActorWithCountryAndCode(string name, string id, string kind, string? country, string cameo)
    {
        var actor = Gazetteer.Find(name);

        Assert.That(actor, Is.Not.Null, name);
        Assert.Multiple(() =>
        {
            Assert.That(actor!.Id, Is.EqualTo(id));
            Assert.That(actor.Kind.ToString(), Is.EqualTo(kind));
            Assert.That(actor.Country, Is.EqualTo(country));
            Assert.That(actor.Cameo, Is.EqualTo(cameo));
        });
    }

    [TestCase("who")]
    [TestCase("us")]
    [TestCase("nato")]
    [TestCase("turkey")]
    [TestCase("Let’s")]
    public void Find_AcronymOrNameInLowerCase_GivesNothing(string text)
    {
        Assert.That(Gazetteer.Find(text), Is.Null);
    }

    [TestCase("nato", "nato")]
    [TestCase("russia", "RUS")]
    [TestCase("u.s.", "USA")]
    [TestCase("russian defense ministry", "russian-defense-ministry")]
    [TestCase("syrian foreign ministry", "syr-foreign-ministry")]
    public void Find_AnyCase_IgnoresCapitalization(string text, string expectedId)
    {
        Assert.That(Gazetteer.Find(text, anyCase: true)?.Id, Is.EqualTo(expectedId));
    }

    [TestCase("RUSSIA", "RUS")]
    [TestCase("PENTAGON", "pentagon")]
    public void Find_AllCapitals_Matches(string text, string expectedId)
    {
        Assert.That(Gazetteer.Find(text)?.Id, Is.EqualTo(expectedId));
    }

    [TestCase("Syrian Foreign Ministry", "syr-foreign-ministry", "SYR", "SYRGOV")]
    [TestCase("Foreign Ministry of Iran", "irn-foreign-ministry", "IRN", "IRNGOV")]
    [TestCase("Chinese Ministry of Foreign Affairs", "chn-foreign-ministry", "CHN", "CHNGOV")]
    [TestCase("Turkish Defense Ministry", "tur-defense-ministry", "TUR", "TURGOVMIL")]
    [TestCase("Syrian government", "syr-government", "SYR", "SYRGOV")]
    [TestCase("Russian forces", "rus-military", "RUS", "RUSMIL")]
    [TestCase("Russian fighter jets", "rus-military", "RUS", "RUSMIL")]
    [TestCase("Iranian military", "irn-military", "IRN", "IRNMIL")]
    [TestCase("Embassy of the United States", "usa-embassy", "USA", "USAGOV")]
    public void Find_CountryBodyPattern_GivesBodyOfThatCountry(string text, string id, string country, string cameo)
    {
        var actor = Gazetteer.Find(text);

        Assert.That(actor, Is.Not.Null, text);
        Assert.Multiple(() =>
        {
            Assert.That(actor!.Id, Is.EqualTo(id));
            Assert.That(actor.Country, Is.EqualTo(country));
            Assert.That(actor.Cameo, Is.EqualTo(cameo));
        });
    }

    [TestCase("Russian Foreign Ministry", "russian-foreign-ministry")]
    [TestCase("U.S. Defense Ministry", "pentagon")]
    [TestCase("American Defense Ministry", "pentagon")]
    [TestCase("British Foreign Ministry", "uk-foreign-office")]
    public void Find_CountryBodyWithNamedActor_GivesNamedActor(string text, string id)
    {
        Assert.That(Gazetteer.Find(text)?.Id, Is.EqualTo(id));
    }

    [Test]
    public void Find_CountryBodyName_UsesDemonym()
    {
        Assert.That(Gazetteer.Find("Foreign Ministry of Syria")?.Name, Is.EqualTo("Syrian Foreign Ministry"));
    }

    [TestCase("Islamic State")]
    [TestCase("ISIS")]
    [TestCase("ISIL")]
    [TestCase("IS")]
    [TestCase("Daesh")]
    [TestCase("Islamic State of Iraq and the Levant")]
    [TestCase("Islamic State of Iraq and Syria")]
    public void Find_IslamicStateAlias_GivesIslamicState(string alias)
    {
        var actor = Gazetteer.Find(alias);

        Assert.That(actor?.Id, Is.EqualTo("islamic-state"));
        Assert.That(actor!.Kind, Is.EqualTo(ActorKind.ArmedGroup));
    }

    [TestCase("al-Qaeda", "al-qaeda")]
    [TestCase("al Qaida", "al-qaeda")]
    [TestCase("Al-Qaeda", "al-qaeda")]
    [TestCase("al-Nusra Front", "nusra-front")]
    [TestCase("Jabhat al-Nusra", "nusra-front")]
    [TestCase("Nusra Front", "nusra-front")]
    [TestCase("Taliban", "taliban")]
    [TestCase("Hezbollah", "hezbollah")]
    [TestCase("Hizbollah", "hezbollah")]
    [TestCase("Hamas", "hamas")]
    [TestCase("Boko Haram", "boko-haram")]
    [TestCase("al-Shabaab", "al-shabab")]
    [TestCase("Houthis", "houthis")]
    [TestCase("Houthi rebels", "houthis")]
    [TestCase("PKK", "pkk")]
    [TestCase("Kurdistan Workers' Party", "pkk")]
    [TestCase("YPG", "ypg")]
    [TestCase("SDF", "sdf")]
    [TestCase("Syrian Democratic Forces", "sdf")]
    [TestCase("Free Syrian Army", "fsa")]
    [TestCase("FSA", "fsa")]
    public void Find_ArmedGroupAlias_GivesGroup(string alias, string expectedId)
    {
        Assert.That(Gazetteer.Find(alias)?.Id, Is.EqualTo(expectedId));
    }

    [Test]
    public void Find_Affiliate_HasParent()
    {
        Assert.That(Gazetteer.Find("al-Nusra Front")!.Parent, Is.EqualTo("al-qaeda"));
    }

    [Test]
    public void Actors_All_HaveKnownCountriesAndParents()
    {
        var problems = Gazetteer.Actors
            .Where(actor => (actor.Country is not null && Gazetteer.Country(actor.Country) is null)
                || (actor.Parent is not null && Gazetteer.Actor(actor.Parent) is null))
            .Select(actor => actor.Id)
            .ToList();

        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void Actors_DomesticCameoCode_StartsWithCountryCode()
    {
        var problems = Gazetteer.Actors
            .Where(actor => actor.Country is not null && actor.Cameo is not null
                && !actor.Cameo.StartsWith(Gazetteer.Country(actor.Country)?.Cameo ?? "?", StringComparison.Ordinal)
                && !actor.Cameo.StartsWith("IMG", StringComparison.Ordinal)
                && !actor.Cameo.StartsWith("NGO", StringComparison.Ordinal)
                && !actor.Cameo.StartsWith("PAL", StringComparison.Ordinal)
                && !actor.Cameo.StartsWith("MAR", StringComparison.Ordinal))
            .Select(actor => $"{actor.Id} {actor.Country} {actor.Cameo}")
            .ToList();

        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void CountryBodies_Instead_NameKnownActors()
    {
        var missing = Gazetteer.CountryBodies
            .SelectMany(body => body.Instead.Values)
            .Where(id => Gazetteer.Actor(id) is null)
            .ToList();

        Assert.That(missing, Is.Empty);
    }

    [TestCase("Foreign Minister", "foreign-minister", "foreign-minister", "GOV", true)]
    [TestCase("foreign minister", "foreign-minister", "foreign-minister", "GOV", true)]
    [TestCase("Minister of Foreign Affairs", "foreign-minister", "foreign-minister", "GOV", true)]
    [TestCase("Secretary of State", "secretary-of-state", "foreign-minister", "GOV", true)]
    [TestCase("Defense Secretary", "defense-secretary", "defense-minister", "GOVMIL", true)]
    [TestCase("Secretary of Defense", "defense-secretary", "defense-minister", "GOVMIL", true)]
    [TestCase("Defence Minister", "defense-minister", "defense-minister", "GOVMIL", true)]
    [TestCase("Minister of Defense", "defense-minister", "defense-minister", "GOVMIL", true)]
    [TestCase("defense ministers", "defense-minister", "defense-minister", "GOVMIL", true)]
    [TestCase("President", "president", "head-of-state", "GOV", true)]
    [TestCase("Prime Minister", "prime-minister", "head-of-government", "GOV", true)]
    [TestCase("ambassador", "ambassador", "ambassador", "GOV", true)]
    [TestCase("General", "general", "military-officer", "MIL", true)]
    [TestCase("Gen.", "general", "military-officer", "MIL", true)]
    [TestCase("senator", "senator", "legislator", "LEG", true)]
    [TestCase("chief executive", "chief-executive", "chief-executive", "BUS", false)]
    [TestCase("CEO", "chief-executive", "chief-executive", "BUS", false)]
    [TestCase("chairman", "chairman", "chairman", "BUS", false)]
    [TestCase("militants", "insurgent", "insurgent", "INS", false)]
    public void FindTitle_Form_GivesTitleWithRoleAndCode(string form, string id, string role, string cameo, bool government)
    {
        var title = Gazetteer.FindTitle(form);

        Assert.That(title, Is.Not.Null, form);
        Assert.Multiple(() =>
        {
            Assert.That(title!.Id, Is.EqualTo(id));
            Assert.That(title.Role, Is.EqualTo(role));
            Assert.That(title.Cameo, Is.EqualTo(cameo));
            Assert.That(title.Government, Is.EqualTo(government));
        });
    }

    [TestCase("spokesman")]
    [TestCase("spokeswoman")]
    [TestCase("spokesperson")]
    public void FindTitle_Spokesperson_InheritsAffiliation(string form)
    {
        var title = Gazetteer.FindTitle(form)!;

        Assert.That(title.InheritsAffiliation, Is.True);
        Assert.That(title.Role, Is.EqualTo("spokesperson"));
    }

    [TestCase("major")]
    [TestCase("general")]
    [TestCase("ceo")]
    public void FindTitle_OrdinaryLowerCaseWord_GivesNull(string word)
    {
        Assert.That(Gazetteer.FindTitle(word), Is.Null);
    }

    [Test]
    public void FindTitle_SecretaryOfState_ImpliesUnitedStates()
    {
        Assert.That(Gazetteer.FindTitle("Secretary of State")!.Country, Is.EqualTo("USA"));
    }

    [Test]
    public void TitlesWithRole_DefenseMinister_IncludesSecretaryAndMinister()
    {
        var ids = Gazetteer.TitlesWithRole("defense-minister").Select(title => title.Id);

        Assert.That(ids, Is.SupersetOf(new[] { "defense-minister", "defense-secretary" }));
    }

    [TestCase("Mr. Kerry", "Kerry", 1)]
    [TestCase("Mrs. Clinton", "Clinton", 1)]
    [TestCase("Ms. Smith", "Smith", 1)]
    [TestCase("Dr. Jane Doe", "Jane Doe", 1)]
    [TestCase("Gen. John Allen", "John Allen", 1)]
    [TestCase("Lt. Gen. Jane Roe", "Jane Roe", 1)]
    [TestCase("John Smith", "John Smith", 0)]
    [TestCase("Mr.", "Mr.", 0)]
    public void StripHonorifics_Name_RemovesLeadingHonorifics(string name, string expected, int removed)
    {
        var stripped = Gazetteer.StripHonorifics(name);

        Assert.That(stripped.Name, Is.EqualTo(expected));
        Assert.That(stripped.Honorifics, Has.Length.EqualTo(removed));
    }

    [Test]
    public void StripHonorifics_MilitaryHonorific_NamesItsTitle()
    {
        Assert.That(Gazetteer.StripHonorifics("Gen. Allen").Honorifics[0].TitleId, Is.EqualTo("general"));
    }

    [Test]
    public void LongestActorMatch_Tokens_PrefersLongestName()
    {
        string[] tokens = ["the", "U.N.", "Security", "Council", "met"];

        var match = Gazetteer.LongestActorMatch(tokens, 1);

        Assert.That(match, Is.Not.Null);
        Assert.That(match!.Length, Is.EqualTo(3));
        Assert.That(match.Values[0].Id, Is.EqualTo("un-security-council"));
    }

    [Test]
    public void LongestActorMatch_CountryBeforeTitle_MatchesCountryOnly()
    {
        string[] tokens = ["U.S.", "Defense", "Secretary", "Jane", "Roe"];

        var match = Gazetteer.LongestActorMatch(tokens, 0);

        Assert.That(match!.Length, Is.EqualTo(1));
        Assert.That(match.Values[0].Id, Is.EqualTo("USA"));
    }

    [TestCase("the Russian Foreign Ministry said on Monday")]
    [TestCase("officials at the Embassy of the United States in Kabul")]
    [TestCase("the Ministry of Foreign Affairs of France , the U.N. Security Council and NATO")]
    [TestCase("Britain 's Ministry of Defence and the French Defense Ministry")]
    [TestCase("New York Times reporters asked the European Union and Deutsche Bank")]
    [TestCase("U.S. Defense Secretary Jane Roe met Chinese Foreign Minister Wang Yi")]
    public void LongestActorMatch_EveryStart_AgreesWithTryingEveryLength(string sentence)
    {
        var tokens = sentence.Split(' ');
        for (var start = 0; start < tokens.Length; start++)
        {
            var expected = TryEveryLength(tokens, start);
            var actual = Gazetteer.LongestActorMatch(tokens, start);

            Assert.That((actual?.Length, actual?.Values.FirstOrDefault()?.Id), Is.EqualTo((expected?.Length, expected?.Values.FirstOrDefault()?.Id)), $"at token {start}");
        }
    }

    [Test]
    public void LongestTitleMatch_MinisterOfDefense_SpansThreeTokens()
    {
        string[] tokens = ["the", "Russian", "Minister", "of", "Defense", "said"];

        var match = Gazetteer.LongestTitleMatch(tokens, 2);

        Assert.That(match!.Length, Is.EqualTo(3));
        Assert.That(match.Values[0].Role, Is.EqualTo("defense-minister"));
    }

    [Test]
    public void LongestTitleMatch_Tokens_FindsMultiWordTitle()
    {
        string[] tokens = ["Russian", "Foreign", "Minister", "Sergey"];

        var match = Gazetteer.LongestTitleMatch(tokens, 1);

        Assert.That(match!.Length, Is.EqualTo(2));
        Assert.That(match.Values[0].Id, Is.EqualTo("foreign-minister"));
    }

    [Test]
    public void LongestDemonymMatch_Tokens_FindsTwoWordDemonym()
    {
        string[] tokens = ["South", "Korean", "officials"];

        var match = Gazetteer.LongestDemonymMatch(tokens, 0);

        Assert.That(match!.Length, Is.EqualTo(2));
        Assert.That(match.Values[0].Id, Is.EqualTo("KOR"));
    }

    [Test]
    public void BuiltIn_CalledTwice_ReturnsSameInstance()
    {
        var first = Gazetteer.BuiltIn;
        var second = Gazetteer.BuiltIn;

        Assert.That(second, Is.SameAs(first));
    }

    [Test]
    public void BuiltIn_ConcurrentLookups_AgreeWithSequentialLookups()
    {
        string[] names = ["Russia", "U.S.", "Pentagon", "ISIS", "Russian Foreign Ministry", "Syrians"];
        var expected = names.Select(name => Gazetteer.Find(name)?.Id ?? Gazetteer.FindCountryByDemonym(name)?.Id).ToArray();

        var results = new string?[200][];
        Parallel.For(0, results.Length, i => results[i] = names.Select(name => Gazetteer.Find(name)?.Id ?? Gazetteer.FindCountryByDemonym(name)?.Id).ToArray());

        Assert.That(results, Has.All.EqualTo(expected));
    }

    // The definition: the longest run of tokens from start whose joined text names an actor or a country body.
    private static PhraseMatch<KnownActor>? TryEveryLength(string[] tokens, int start)
    {
        for (var count = Math.Min(tokens.Length - start, Gazetteer.MaxNameWords + 2); count >= 1; count--)
        {
            if (PhraseKey.Fold(tokens[start]).Length == 0 || PhraseKey.Fold(tokens[start + count - 1]).Length == 0)
            {
                continue;
            }

            var found = Gazetteer.FindAll(string.Join(' ', tokens.Skip(start).Take(count)));
            if (!found.IsEmpty)
            {
                return new PhraseMatch<KnownActor>(start, count, found);
            }
        }

        return null;
    }
}
