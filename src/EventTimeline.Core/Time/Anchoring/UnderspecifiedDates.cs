using System.Text.RegularExpressions;

namespace EventTimeline.Time.Anchoring;

/// <summary>The calendar readings of an underspecified TIMEX3 pattern ("XXXX-WXX-5", "XXXX-09-05", "XXXX-10", "XXXX-Q3", "XXXX-SU") around a document date.</summary>
internal static class UnderspecifiedDates
{
    private static readonly Regex WeekdayPattern = BoundedRegex.Create(@"^XXXX-WXX-(?<d>[1-7])(?<rest>T.*)?$", RegexOptions.CultureInvariant);
    private static readonly Regex DayPattern = BoundedRegex.Create(@"^XXXX-(?<m>\d\d)-(?<d>\d\d)(?<rest>T.*)?$", RegexOptions.CultureInvariant);
    private static readonly Regex MonthPattern = BoundedRegex.Create(@"^XXXX-(?<m>\d\d)$", RegexOptions.CultureInvariant);
    private static readonly Regex QuarterPattern = BoundedRegex.Create(@"^XXXX-Q(?<q>[1-4])$", RegexOptions.CultureInvariant);
    private static readonly Regex HalfPattern = BoundedRegex.Create(@"^XXXX-H(?<h>[12])$", RegexOptions.CultureInvariant);
    private static readonly Regex SeasonPattern = BoundedRegex.Create(@"^(XXXX-)?(?<s>SP|SU|FA|WI)$", RegexOptions.CultureInvariant);
    private static readonly Regex WeekendPattern = BoundedRegex.Create(@"^XXXX-WXX-WE$", RegexOptions.CultureInvariant);

    /// <summary>True when <paramref name="pattern"/> is one of the underspecified forms this class reads.</summary>
    public static bool IsPattern(string pattern) =>
        WeekdayPattern.IsMatch(pattern) || DayPattern.IsMatch(pattern) || MonthPattern.IsMatch(pattern)
        || QuarterPattern.IsMatch(pattern) || HalfPattern.IsMatch(pattern) || SeasonPattern.IsMatch(pattern)
        || WeekendPattern.IsMatch(pattern);

    /// <summary>The readings of <paramref name="pattern"/> in the years (or weeks) around <paramref name="documentDate"/>; empty for other values.</summary>
    public static IReadOnlyList<CalendarOption> Options(string pattern, DateOnly documentDate)
    {
        var options = new List<CalendarOption>();
        Match match;
        if ((match = WeekdayPattern.Match(pattern)).Success)
        {
            var weekday = CalendarText.Number(match.Groups["d"].Value);
            var rest = match.Groups["rest"].Value;
            var monday = CalendarText.WeekStart(documentDate);
            for (var week = -2; week <= 2; week++)
            {
                var day = monday.AddDays((7 * week) + weekday - 1);
                options.Add(new CalendarOption(day, day, CalendarText.Day(day) + rest));
            }
        }
        else if ((match = DayPattern.Match(pattern)).Success)
        {
            var month = CalendarText.Number(match.Groups["m"].Value);
            var dayOfMonth = CalendarText.Number(match.Groups["d"].Value);
            for (var year = documentDate.Year - 1; year <= documentDate.Year + 1; year++)
            {
                if (CalendarText.TryDay(year, month, dayOfMonth) is { } day)
                {
                    options.Add(new CalendarOption(day, day, CalendarText.Day(day) + match.Groups["rest"].Value));
                }
            }
        }
        else if ((match = MonthPattern.Match(pattern)).Success)
        {
            var month = CalendarText.Number(match.Groups["m"].Value);
            if (month is >= 1 and <= 12)
            {
                for (var year = documentDate.Year - 1; year <= documentDate.Year + 1; year++)
                {
                    var first = new DateOnly(year, month, 1);
                    options.Add(new CalendarOption(first, first.AddMonths(1).AddDays(-1), CalendarText.Month(year, month)));
                }
            }
        }
        else if ((match = QuarterPattern.Match(pattern)).Success)
        {
            var quarter = CalendarText.Number(match.Groups["q"].Value);
            for (var year = documentDate.Year - 1; year <= documentDate.Year + 1; year++)
            {
                var first = new DateOnly(year, (3 * quarter) - 2, 1);
                options.Add(new CalendarOption(first, first.AddMonths(3).AddDays(-1), CalendarText.Quarter(year, quarter)));
            }
        }
        else if ((match = HalfPattern.Match(pattern)).Success)
        {
            var half = CalendarText.Number(match.Groups["h"].Value);
            for (var year = documentDate.Year - 1; year <= documentDate.Year + 1; year++)
            {
                var first = new DateOnly(year, half == 1 ? 1 : 7, 1);
                options.Add(new CalendarOption(first, first.AddMonths(6).AddDays(-1), $"{CalendarText.Year(year)}-H{half}"));
            }
        }
        else if ((match = SeasonPattern.Match(pattern)).Success)
        {
            var code = match.Groups["s"].Value;
            for (var year = documentDate.Year - 1; year <= documentDate.Year + 1; year++)
            {
                var (first, last) = CalendarText.Season(year, code)!.Value;
                options.Add(new CalendarOption(first, last, $"{CalendarText.Year(year)}-{code}"));
            }
        }
        else if (WeekendPattern.IsMatch(pattern))
        {
            var monday = CalendarText.WeekStart(documentDate);
            for (var week = -1; week <= 1; week++)
            {
                var saturday = monday.AddDays((7 * week) + 5);
                options.Add(new CalendarOption(saturday, saturday.AddDays(1), CalendarText.Week(saturday) + "-WE"));
            }
        }

        return options;
    }
}
