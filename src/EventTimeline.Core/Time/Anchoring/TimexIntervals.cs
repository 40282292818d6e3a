using System.Text.RegularExpressions;

namespace EventTimeline.Time.Anchoring;

/// <summary>Turns a TIMEX3 value into the inclusive calendar interval it names, with its granularity.</summary>
internal static partial class TimexIntervals
{
    /// <summary>The interval of <paramref name="value"/>; null for durations, sets, vague references other than PRESENT_REF, and values with unknown parts.</summary>
    /// <param name="value">A TIMEX3 value ("2015-09-18", "2015-W38", "2015-09", "2015-Q3", "201", "PRESENT_REF"…).</param>
    /// <param name="documentDate">The document date, which PRESENT_REF names.</param>
    public static DateInterval? Of(string value, DateOnly? documentDate)
    {
        if (value == "PRESENT_REF")
        {
            return documentDate is { } today ? new DateInterval(today, today, Granularity.Day) : null;
        }

        var match = Shape().Match(value);
        if (!match.Success)
        {
            return null;
        }

        if (match.Groups["decade"].Success)
        {
            var first = CalendarText.Number(match.Groups["decade"].Value) * 10;
            return Span(new DateOnly(Math.Max(first, 1), 1, 1), new DateOnly(first + 9, 12, 31), Granularity.Decade);
        }

        if (match.Groups["century"].Success)
        {
            var first = CalendarText.Number(match.Groups["century"].Value) * 100;
            return Span(new DateOnly(Math.Max(first, 1), 1, 1), new DateOnly(first + 99, 12, 31), Granularity.Century);
        }

        var year = CalendarText.Number(match.Groups["y"].Value);
        if (year < 1)
        {
            return null;
        }

        if (match.Groups["day"].Success)
        {
            var day = CalendarText.TryDay(year, CalendarText.Number(match.Groups["month"].Value), CalendarText.Number(match.Groups["day"].Value));
            if (day is null)
            {
                return null;
            }

            return new DateInterval(day.Value, day.Value, match.Groups["time"].Success ? Granularity.Time : Granularity.Day);
        }

        if (match.Groups["month"].Success)
        {
            var month = CalendarText.Number(match.Groups["month"].Value);
            if (month is < 1 or > 12)
            {
                return null;
            }

            var first = new DateOnly(year, month, 1);
            return Span(first, first.AddMonths(1).AddDays(-1), Granularity.Month);
        }

        if (match.Groups["week"].Success)
        {
            var week = CalendarText.Number(match.Groups["week"].Value);
            if (week is < 1 or > 53 || (week == 53 && System.Globalization.ISOWeek.GetWeeksInYear(year) < 53))
            {
                return null;
            }

            var monday = CalendarText.WeekStart(year, week);
            return match.Groups["weekend"].Success
                ? Span(monday.AddDays(5), monday.AddDays(6), Granularity.Day)
                : Span(monday, monday.AddDays(6), Granularity.Week);
        }

        if (match.Groups["quarter"].Success)
        {
            var first = new DateOnly(year, (3 * CalendarText.Number(match.Groups["quarter"].Value)) - 2, 1);
            return Span(first, first.AddMonths(3).AddDays(-1), Granularity.Quarter);
        }

        if (match.Groups["half"].Success)
        {
            var first = new DateOnly(year, match.Groups["half"].Value == "1" ? 1 : 7, 1);
            return Span(first, first.AddMonths(6).AddDays(-1), Granularity.HalfYear);
        }

        if (match.Groups["season"].Success)
        {
            var (first, last) = CalendarText.Season(year, match.Groups["season"].Value)!.Value;
            return Span(first, last, Granularity.Season);
        }

        return Span(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), Granularity.Year);
    }

    private static DateInterval Span(DateOnly start, DateOnly end, Granularity granularity) => new(start, end, granularity);

    [GeneratedRegex(
        @"^(?:(?<decade>\d{3})|(?<century>\d{2})|(?<y>\d{4})(?:-(?<month>\d{2})(?:-(?<day>\d{2})(?<time>T.*)?)?|-W(?<week>\d{1,2})(?<weekend>-WE)?|-Q(?<quarter>[1-4])|-H(?<half>[12])|-(?<season>SP|SU|FA|WI))?)$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex Shape();
}
