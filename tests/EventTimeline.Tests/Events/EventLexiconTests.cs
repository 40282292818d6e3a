using EventTimeline.Events;

namespace EventTimeline.Tests.Events;

public sealed class EventLexiconTests
{
    private static readonly object[] _triggerExamples =
    [
        new object[] { "said", "statement" },
        new object[] { "told", "statement" },
        new object[] { "announced", "announcement" },
        new object[] { "news conference", "press-conference" },
        new object[] { "speech", "speech" },
        new object[] { "phone call", "call" },
        new object[] { "telephone conversation", "call" },
        new object[] { "phoned", "call" },
        new object[] { "spoke by phone", "call" },
        new object[] { "met", "meeting" },
        new object[] { "summit", "meeting" },
        new object[] { "discussed", "consultation" },
        new object[] { "talks", "talks" },
        new object[] { "negotiations", "talks" },
        new object[] { "negotiated", "talks" },
        new object[] { "visited", "visit" },
        new object[] { "hosted", "host" },
        new object[] { "urged", "appeal" },
        new object[] { "called for", "appeal" },
        new object[] { "demanded", "demand" },
        new object[] { "ultimatum", "ultimatum" },
        new object[] { "warn", "warning" },
        new object[] { "warns", "warning" },
        new object[] { "warned", "warning" },
        new object[] { "warning", "warning" },
        new object[] { "threatened", "warning" },
        new object[] { "condemned", "criticism" },
        new object[] { "criticised", "criticism" },
        new object[] { "accused", "accusation" },
        new object[] { "denied", "denial" },
        new object[] { "rejected", "rejection" },
        new object[] { "vetoed", "veto" },
        new object[] { "approved", "approval" },
        new object[] { "acquitted", "verdict" },
        new object[] { "demonstrated", "protest" },
        new object[] { "praised", "support" },
        new object[] { "plans", "plan" },
        new object[] { "proposed", "proposal" },
        new object[] { "agreement", "agreement" },
        new object[] { "signed", "agreement" },
        new object[] { "struck a deal", "agreement" },
        new object[] { "mediated", "mediation" },
        new object[] { "apologized", "apology" },
        new object[] { "cooperation", "cooperation" },
        new object[] { "ceasefire", "ceasefire" },
        new object[] { "deployment", "deployment" },
        new object[] { "deployed", "deployment" },
        new object[] { "sent troops", "deployment" },
        new object[] { "military exercises", "exercise" },
        new object[] { "missile test", "weapons-test" },
        new object[] { "test-fired", "weapons-test" },
        new object[] { "attacked", "attack" },
        new object[] { "opened fire", "attack" },
        new object[] { "airstrikes", "airstrike" },
        new object[] { "bombing", "bombing" },
        new object[] { "assassinated", "assassination" },
        new object[] { "kidnapped", "abduction" },
        new object[] { "captured", "seizure" },
        new object[] { "blockade", "blockade" },
        new object[] { "withdrew", "withdrawal" },
        new object[] { "sanctions", "sanction" },
        new object[] { "humanitarian aid", "aid" },
        new object[] { "arrested", "arrest" },
        new object[] { "freed", "release" },
        new object[] { "expelled", "expulsion" },
        new object[] { "protested", "protest" },
        new object[] { "investigation", "investigation" },
        new object[] { "sued", "lawsuit" },
        new object[] { "lawsuit", "lawsuit" },
        new object[] { "verdict", "verdict" },
        new object[] { "election", "election" },
        new object[] { "resigned", "resignation" },
        new object[] { "stepped down", "resignation" },
        new object[] { "appointed", "appointment" },
        new object[] { "acquisition", "acquisition" },
        new object[] { "merger", "acquisition" },
        new object[] { "unveiled", "product-launch" },
        new object[] { "rolled out", "product-launch" },
        new object[] { "quarterly results", "earnings" },
        new object[] { "sold", "sales" },
        new object[] { "partnership", "partnership" },
        new object[] { "layoffs", "layoffs" },
        new object[] { "recall", "recall" },
        new object[] { "filed for bankruptcy", "bankruptcy" },
        new object[] { "price cut", "price-change" },
        new object[] { "fell", "market-move" },
        new object[] { "reported", "statement" },
        new object[] { "issued a statement", "statement" },
        new object[] { "war", "war" },
        new object[] { "died", "death" },
        new object[] { "born", "birth" },
        new object[] { "co-founded", "founding" },
        new object[] { "was fired", "dismissal" },
        new object[] { "returned", "return" },
        new object[] { "medical leave", "medical-leave" },
        new object[] { "earthquake", "disaster" },
        new object[] { "hurricanes", "disaster" },
        new object[] { "outbreak", "outbreak" },
        new object[] { "confirmed cases", "outbreak" },
        new object[] { "derailment", "accident" },
        new object[] { "plane crash", "accident" },
        new object[] { "gas explosion", "explosion" },
    ];

    private static EventLexicon Lexicon => EventLexicon.BuiltIn;

    [TestCaseSource(nameof(_triggerExamples))]
    public void Lookup_TriggerForm_IncludesType(string form, string typeId)
    {
        var byForm = Lexicon.Lookup(form).Select(trigger => trigger.Type.Id);
        var byTokens = Lexicon.LongestMatchAt(form.Split(' '), 0)?.Values.Select(trigger => trigger.Type.Id);

        Assert.That(byForm, Does.Contain(typeId), form);
        Assert.That(byTokens, Does.Contain(typeId), form);
    }

    [Test]
    public void TriggerExamples_CoverEveryEventType()
    {
        var covered = _triggerExamples.Cast<object[]>().Select(row => (string)row[1]).ToHashSet(StringComparer.Ordinal);

        Assert.That(Lexicon.Types.Select(type => type.Id).Where(id => !covered.Contains(id)), Is.Empty);
    }

    [Test]
    public void Types_Each_HaveTriggers()
    {
        Assert.That(Lexicon.Types.Where(type => Lexicon.TriggersOf(type.Id).IsEmpty).Select(type => type.Id), Is.Empty);
    }

    [Test]
    public void Find_Warned_GivesWarningWithCameoAndGoldstein()
    {
        var trigger = Lexicon.Find("Warned");

        Assert.That(trigger, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(trigger!.Type.Id, Is.EqualTo("warning"));
            Assert.That(trigger.Lemma, Is.EqualTo("warn"));
            Assert.That(trigger.Pos, Is.EqualTo(TriggerPos.Verb));
            Assert.That(trigger.Type.Cameo, Is.EqualTo("130"));
            Assert.That(trigger.Type.Goldstein, Is.EqualTo(-4.4));
        });
    }

    [Test]
    public void Find_PhoneCall_GivesCallCodedAsTelephoneDiscussion()
    {
        var trigger = Lexicon.Find("phone call")!;

        Assert.That(trigger.Type.Cameo, Is.EqualTo("041"));
        Assert.That(trigger.Pos, Is.EqualTo(TriggerPos.Noun));
    }

    [Test]
    public void Lookup_Arrived_OffersVisitAndDeployment()
    {
        var types = Lexicon.Lookup("arrived").Select(trigger => trigger.Type.Id);

        Assert.That(types, Is.EquivalentTo(new[] { "visit", "deployment" }));
    }

    [TestCase("They", "called", "for", "talks")]
    public void LongestMatchAt_CalledFor_PrefersAppealOverCall(params string[] tokens)
    {
        var match = Lexicon.LongestMatchAt(tokens, 1)!;

        Assert.That(match.Length, Is.EqualTo(2));
        Assert.That(match.Values[0].Type.Id, Is.EqualTo("appeal"));
    }

    [Test]
    public void LongestMatchAt_StruckADeal_IsAgreementNotAttack()
    {
        string[] tokens = ["Apple", "struck", "a", "deal", "with", "Samsung"];

        var match = Lexicon.LongestMatchAt(tokens, 1)!;

        Assert.That(match.Length, Is.EqualTo(3));
        Assert.That(match.Values.Select(trigger => trigger.Type.Id), Is.EqualTo(new[] { "agreement" }));
    }

    [Test]
    public void Find_NonTrigger_GivesNull()
    {
        Assert.That(Lexicon.Find("banana"), Is.Null);
    }

    [Test]
    public void Lookup_BusinessTypes_HaveNullCameoWithReason()
    {
        string[] business = ["acquisition", "product-launch", "earnings", "sales", "layoffs", "recall", "bankruptcy", "price-change", "election", "resignation", "appointment", "disaster", "outbreak", "accident", "explosion"];

        foreach (var id in business)
        {
            var type = Lexicon.Type(id)!;
            Assert.That(type.Cameo, Is.Null, id);
            Assert.That(type.Goldstein, Is.Null, id);
            Assert.That(type.Note, Is.Not.Null.And.Contains("CAMEO"), id);
        }
    }

    [Test]
    public void Parse_BadPos_ThrowsFormatException()
    {
        const string json = """{ "types": [ { "id": "x", "label": "x", "cameo": null, "goldstein": null, "triggers": [ { "lemma": "x", "pos": "adverb", "forms": ["x"] } ] } ] }""";

        Assert.Throws<FormatException>(() => EventLexicon.Parse(json));
    }
}
