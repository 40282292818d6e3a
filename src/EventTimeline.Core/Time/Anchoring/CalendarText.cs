using System.Globalization;

namespace EventTimeline.Time.Anchoring;

/// <summary>Invariant formatting and ISO-week arithmetic for TIMEX3 values.</summary>
internal static class CalendarText
{
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Month(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");

    public static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    public static string Week(DateOnly day)
    {
        var date = day.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(date):D4}-W{ISOWeek.GetWeekOfYear(date):D2}");
    }

    public static string Quarter(int year, int quarter) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-Q{quarter}");

    /// <summary>Monday of the ISO week that contains <paramref name="day"/>.</summary>
    public static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>Monday of ISO week <paramref name="week"/> of <paramref name="isoYear"/>.</summary>
    public static DateOnly WeekStart(int isoYear, int week) =>
        DateOnly.FromDateTime(ISOWeek.ToDateTime(isoYear, week, DayOfWeek.Monday));

    public static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    public static bool TryNumber(string digits, out int value) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    public static DateOnly? TryDay(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    /// <summary>First day and last day of a season of <paramref name="year"/> (meteorological; winter runs into the next year).</summary>
    public static (DateOnly Start, DateOnly End)? Season(int year, string code) => code switch
    {
        "SP" => (new DateOnly(year, 3, 1), new DateOnly(year, 5, 31)),
        "SU" => (new DateOnly(year, 6, 1), new DateOnly(year, 8, 31)),
        "FA" => (new DateOnly(year, 9, 1), new DateOnly(year, 11, 30)),
        "WI" => (new DateOnly(year, 12, 1), new DateOnly(year + 1, 3, 1).AddDays(-1)),
        _ => null,
    };
}
