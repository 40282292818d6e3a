using EventTimeline.Text;

namespace EventTimeline.Tests.Text;

public sealed class LiveBlogTimesTests
{
    [Test]
    public void Strip_LivePageNewestFirst_RemovesTheTimesOpeningEntries()
    {
        const string page = """
            0000 The relief flights resumed overnight.
            2358 The mayor says the shelters are full.
            2349 "We need water," a nurse tells reporters.
            2332 Rescuers pull a child from the rubble.
            2313 The Red Cross says three million people are affected.
            Its teams arrived on Tuesday.
            2309 The president thanks the donors.
            """;

        var (text, removal) = LiveBlogTimes.Strip(page);

        Assert.That(text, Is.EqualTo("""
            The relief flights resumed overnight.
            The mayor says the shelters are full.
            "We need water," a nurse tells reporters.
            Rescuers pull a child from the rubble.
            The Red Cross says three million people are affected.
            Its teams arrived on Tuesday.
            The president thanks the donors.
            """));
        Assert.That(removal, Is.EqualTo(new BoilerplateRemoval(LiveBlogTimes.RuleName, 0, 24)));
    }

    [Test]
    public void Strip_TimesWithSeparatorsAndZones_AreRemovedFromThreeEntries()
    {
        const string page = "Live: the summit\n19:01 GMT: The talks begin.\n7.15pm - The ministers leave.\n20:30 | A statement is expected.";

        var (text, removal) = LiveBlogTimes.Strip(page);

        Assert.That(text, Is.EqualTo("Live: the summit\nThe talks begin.\nThe ministers leave.\nA statement is expected."));
        Assert.That(removal!.Line, Is.EqualTo(1));
    }

    [TestCase("2001 Taliban ousted.\n2002 Karzai sworn in.\n2004 First election held.\n2005 Parliament elected.\n2009 Karzai re-elected.", TestName = "Strip_ChronologyOfYearsRunningForwards_IsLeftAlone")]
    [TestCase("1500 Marines landed.\nThey met no one.\n1200 Britons left.\n2000 Syrians crossed.\n0900 Officials said so.\n1800 Pilgrims waited.", TestName = "Strip_CountsOpeningSentencesInNoOrder_AreLeftAlone")]
    [TestCase("2358 The mayor spoke.\n2349 The nurse spoke.\n2332 The rescuers worked.\n2313 The minister left.", TestName = "Strip_FewerThanFiveBareTimes_AreLeftAlone")]
    [TestCase("19:01 The talks begin.\n19:15 The ministers leave.", TestName = "Strip_TwoEntries_AreLeftAlone")]
    [TestCase("1500 people were killed.\n1400 people were hurt.\n1300 people fled.\n1200 people hid.\n1100 people waited.", TestName = "Strip_NumbersBeforeLowerCaseWords_AreLeftAlone")]
    public void Strip_TextThatIsNoLivePage_IsLeftAlone(string text)
    {
        var (stripped, removal) = LiveBlogTimes.Strip(text);

        Assert.That(stripped, Is.SameAs(text));
        Assert.That(removal, Is.Null);
    }
}
