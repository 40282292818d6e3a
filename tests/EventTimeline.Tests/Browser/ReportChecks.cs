using Newtonsoft.Json.Linq;

namespace EventTimeline.Tests.Browser;

/// <summary>The checks every report passes at any size: a week shows its events, the find box finds an event by a word of its evidence, and nothing goes wrong on the way.</summary>
/// <param name="Week">The week zoomed to.</param>
/// <param name="WeekEvents">The events of that week in timeline.json.</param>
/// <param name="Chart">Events the chart draws in that week.</param>
/// <param name="List">Events the list names for that week.</param>
/// <param name="ViewText">The span the page says it shows.</param>
/// <param name="Searched">The event searched for and the word.</param>
/// <param name="Found">The events the find box lists.</param>
/// <param name="Errors">Console and page errors and network requests.</param>
internal sealed record ReportChecks(
    DateOnly Week,
    IReadOnlySet<string> WeekEvents,
    string[] Chart,
    string[] List,
    string ViewText,
    (string EventId, string Word) Searched,
    string[] Found,
    IReadOnlyList<string> Errors)
{
    /// <summary>Zooms <paramref name="session"/>'s report to the busiest week of <paramref name="timeline"/> and searches a rare word of one event's evidence.</summary>
    public static async Task<ReportChecks> RunAsync(BrowserSession session, JObject timeline, string shotPrefix = "")
    {
        var page = session.Page;
        var week = ReportProbe.BusiestWeek(timeline);
        var (chart, list, viewText) = await ReportProbe.ShowWeekAsync(page, week);
        await session.ShotAsync(shotPrefix + "week-1280x800.png");
        var searched = ReportProbe.RareEvidenceWord(timeline);
        var found = await ReportProbe.FindAsync(page, searched.Word);
        await session.ShotAsync(shotPrefix + "find-1280x800.png");
        return new ReportChecks(
            week,
            ReportProbe.EventsOfWeek(timeline, week),
            chart,
            list,
            viewText,
            searched,
            found,
            [.. session.ConsoleErrors, .. session.PageErrors, .. session.Requests]);
    }

    /// <summary>Asserts every check.</summary>
    public void AssertPassed() => Assert.Multiple(() =>
    {
        Assert.That(Errors, Is.Empty, "console errors, page errors, network requests");
        Assert.That(WeekEvents, Is.Not.Empty, $"events in the week of {Week}");
        Assert.That(List, Is.EquivalentTo(WeekEvents), $"the list names the events of the week of {Week} ({ViewText})");
        Assert.That(Chart, Is.Not.Empty.And.SubsetOf(WeekEvents), $"the chart draws events of the week of {Week}");
        Assert.That(ViewText, Does.StartWith(Week.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture)), "the span shown");
        Assert.That(Found, Does.Contain(Searched.EventId), $"find \"{Searched.Word}\"");
    });
}
