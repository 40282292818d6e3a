using System.Globalization;
using System.Text.RegularExpressions;

using Microsoft.Playwright;

using Newtonsoft.Json.Linq;

namespace EventTimeline.Tests.Browser;

/// <summary>What the scale tests ask of an open report, and what they expect from its <c>timeline.json</c>.</summary>
internal static partial class ReportProbe
{
    /// <summary>The Monday of the week in which the most events (dated to the day) fall.</summary>
    public static DateOnly BusiestWeek(JObject timeline) =>
        timeline["events"]!
            .Where(e => (string?)e["date"]!["granularity"] is "day" or "time")
            .Select(e => Monday(Day((string)e["date"]!["start"]!)))
            .GroupBy(monday => monday)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key)
            .First().Key;

    /// <summary>Ids of the events whose dates meet the seven days from <paramref name="monday"/>.</summary>
    public static IReadOnlySet<string> EventsOfWeek(JObject timeline, DateOnly monday) =>
        timeline["events"]!
            .Where(e => e["date"]!["start"]!.Type == JTokenType.String
                && Day((string)e["date"]!["start"]!) <= monday.AddDays(6)
                && Day((string)e["date"]!["end"]!) >= monday)
            .Select(e => (string)e["id"]!)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// An event reported by one sentence only, and the word of that sentence that the fewest other events' sentences hold, so a
    /// search for it lists the event among a handful.
    /// </summary>
    public static (string EventId, string Word) RareEvidenceWord(JObject timeline)
    {
        var events = timeline["events"]!.ToList();
        var frequency = events
            .SelectMany(e => e["mentions"]!.Select(m => (string)m["text"]!).Distinct().SelectMany(Words).Distinct())
            .GroupBy(w => w, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return events
            .Where(e => e["mentions"]!.Count() == 1)
            .SelectMany(e => Words((string)e["mentions"]![0]!["text"]!).Where(w => w.Length >= 5).Select(w => (Id: (string)e["id"]!, Word: w)))
            .OrderBy(x => frequency[x.Word])
            .ThenBy(x => x.Word, StringComparer.Ordinal)
            .ThenBy(x => x.Id, StringComparer.Ordinal)
            .First();
    }

    /// <summary>Zooms the report to the seven days from <paramref name="monday"/> with its date boxes; returns the events the chart draws and the events the list names.</summary>
    public static async Task<(string[] Chart, string[] List, string ViewText)> ShowWeekAsync(IPage page, DateOnly monday)
    {
        await page.FillAsync("#view-from", monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.FillAsync("#view-to", monday.AddDays(6).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.Locator("#view-to").DispatchEventAsync("change");
        await page.WaitForTimeoutAsync(300);
        while (await page.IsVisibleAsync("#list-more"))
        {
            await page.ClickAsync("#list-more");
        }

        return (
            (await page.EvalOnSelectorAllAsync<string[]>("#chart .ev", "evs => evs.map(e => e.getAttribute('data-event'))")).Distinct(StringComparer.Ordinal).ToArray(),
            await page.EvalOnSelectorAllAsync<string[]>("#event-list .row", "rows => rows.map(r => r.getAttribute('data-event'))"),
            await page.InnerTextAsync("#view-text"));
    }

    /// <summary>Types <paramref name="word"/> into the find box; returns every event it lists (asking for more until it has listed all).</summary>
    public static async Task<string[]> FindAsync(IPage page, string word)
    {
        await page.FillAsync("#find", word);
        await page.WaitForSelectorAsync("#find-results:not([hidden])");
        await page.WaitForTimeoutAsync(300);
        while (await page.IsVisibleAsync("#find-more"))
        {
            await page.ClickAsync("#find-more");
        }

        return await page.EvalOnSelectorAllAsync<string[]>("#find-list .row", "rows => rows.map(r => r.getAttribute('data-event'))");
    }

    private static IEnumerable<string> Words(string text) => WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value);

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly Monday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    [GeneratedRegex("[a-z]+")]
    private static partial Regex WordPattern();
}
