using EventTimeline.Cli.Commands;

namespace EventTimeline.Tests.Cli;

/// <summary>The WITH cell of query's table: an event's other actors, shortened to the column's width.</summary>
public sealed class QueryTableTests
{
    [Test]
    public void Names_ThatFit_AreShownWhole()
    {
        Assert.That(QueryCommand.Names("Brazil; Chile", 48), Is.EqualTo("Brazil; Chile"));
    }

    [Test]
    public void Names_TooManyToFit_ShowTheFirstAndCountTheRest()
    {
        var names = "Brazil; Canada; Chile; Ghana; Indonesia; India; Japan; Kenya; Norway; Peru; Vietnam; International Monetary Fund";

        var cell = QueryCommand.Names(names, 48);

        Assert.Multiple(() =>
        {
            Assert.That(cell, Is.EqualTo("Brazil; Canada; Chile; Ghana; Indonesia +7 more"));
            Assert.That(cell, Has.Length.LessThanOrEqualTo(48));
        });
    }

    [Test]
    public void Names_OneLongName_IsCutAtAWordWithTheCountAfterIt()
    {
        var cell = QueryCommand.Names("Organisation for the Prohibition of Chemical Weapons inspectors; Syria", 30);

        Assert.Multiple(() =>
        {
            Assert.That(cell, Does.StartWith("Organisation for the"));
            Assert.That(cell, Does.EndWith("… +1 more"));
            Assert.That(cell, Has.Length.LessThanOrEqualTo(30));
        });
    }
}
