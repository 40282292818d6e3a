using System.Globalization;

using EventTimeline.Model;
using EventTimeline.Time;

namespace EventTimeline.Export;

/// <summary>The span the report's time axis opens on: where the events are, leaving out background and far-future mentions.</summary>
/// <param name="From">First day shown, inclusive.</param>
/// <param name="To">Last day shown, inclusive.</param>
internal sealed record ReportView(DateOnly From, DateOnly To)
{
    /// <summary>Timelines with at most this many dated events open on all of them: every event then fits the page with its name.</summary>
    public const int WholeTimelineEvents = 100;

    /// <summary>Share of the evidence the opening span holds.</summary>
    public const double CoreShare = 0.9;

    /// <summary>
    /// The shortest span that holds <see cref="CoreShare"/> of the salience of the events dated to the day or week (all dated events
    /// when none is), each counted at its first day; null when the timeline has at most <see cref="WholeTimelineEvents"/> dated events
    /// or none.
    /// </summary>
    /// <remarks>
    /// Salience weights the story's repeatedly reported events over one-off background mentions ("in 1988", "by 2040"), and events
    /// known only to the month, year or decade are left out because their first day says little about when the story happened.
    /// </remarks>
    public static ReportView? Opening(IReadOnlyList<TimelineEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var dated = events.Where(e => Day(e.Date.Start) is not null).ToList();
        if (dated.Count <= WholeTimelineEvents)
        {
            return null;
        }

        var precise = dated.Where(e => e.Date.Granularity is Granularity.Time or Granularity.Day or Granularity.Week).ToList();
        var points = (precise.Count > 0 ? precise : dated)
            .Select(e => (Day: Day(e.Date.Start)!.Value.DayNumber, Weight: e.Salience > 0 ? e.Salience : 1.0))
            .OrderBy(p => p.Day)
            .ToList();
        var need = points.Sum(p => p.Weight) * CoreShare;
        var (bestFrom, bestTo) = (points[0].Day, points[^1].Day);
        var held = 0.0;
        var last = 0;
        for (var first = 0; first < points.Count; first++)
        {
            while (last < points.Count && held < need - 1e-9)
            {
                held += points[last].Weight;
                last++;
            }

            if (held < need - 1e-9)
            {
                break;
            }

            if (points[last - 1].Day - points[first].Day < bestTo - bestFrom)
            {
                (bestFrom, bestTo) = (points[first].Day, points[last - 1].Day);
            }

            held -= points[first].Weight;
        }

        return new ReportView(DateOnly.FromDayNumber(bestFrom), DateOnly.FromDayNumber(bestTo));
    }

    private static DateOnly? Day(string? iso) =>
        iso is not null && DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
