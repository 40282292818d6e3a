using System.Globalization;

using EventTimeline.Time.Anchoring;

namespace EventTimeline.Time.Native;

/// <summary>
/// Calendar arithmetic relative to the document date, on TIMEX3 unit codes (D, W, WE, M, Q, H, Y, DE, CE) and on
/// underspecified dates (a weekday, a month, a month and day, a season, a quarter) whose year or week the direction
/// of the clause chooses. Every method returns a TIMEX3 value.
/// </summary>
internal static class ReferenceCalendar
{
    /// <summary>The period <paramref name="offset"/> units away from the one containing <paramref name="date"/>, at that unit's granularity; null for an unknown unit.</summary>
    public static string? Shift(DateOnly date, string unit, int offset)
    {
        switch (unit)
        {
            case "D":
            case "TH":
            case "TM":
            case "TS":
                return unit == "D" ? CalendarText.Day(date.AddDays(offset)) : CalendarText.Day(date);
            case "W":
                return CalendarText.Week(date.AddDays(7 * offset));
            case "WE":
                return CalendarText.Week(date.AddDays(7 * offset)) + "-WE";
            case "M":
                var month = date.AddMonths(offset);
                return CalendarText.Month(month.Year, month.Month);
            case "Q":
                var quarter = (date.Year * 4) + ((date.Month - 1) / 3) + offset;
                return CalendarText.Quarter(quarter / 4, (quarter % 4) + 1);
            case "H":
                var half = (date.Year * 2) + ((date.Month - 1) / 6) + offset;
                return CalendarText.Year(half / 2) + "-H" + Invariant((half % 2) + 1);
            case "Y":
                return CalendarText.Year(date.Year + offset);
            case "DE":
                return Invariant((date.Year / 10) + offset);
            case "CE":
                return Invariant((date.Year / 100) + offset);
            default:
                return null;
        }
    }

    /// <summary>The value of a unit's period when no document date is known ("XXXX-WXX").</summary>
    public static string? Unknown(string unit) => unit switch
    {
        "D" or "TH" or "TM" or "TS" => "XXXX-XX-XX",
        "W" => "XXXX-WXX",
        "WE" => "XXXX-WXX-WE",
        "M" => "XXXX-XX",
        "Q" => "XXXX-QX",
        "H" => "XXXX-HX",
        "Y" => "XXXX",
        "DE" => "XXX",
        "CE" => "XX",
        _ => null,
    };

    /// <summary>The day named by a weekday (1 = Monday … 7 = Sunday).</summary>
    /// <remarks>"this" is the day of the document date's week; "tense" is the document date itself when it falls on that weekday, else the next one for a future clause and the last one otherwise (news mostly reports the past).</remarks>
    public static DateOnly Weekday(DateOnly date, int weekday, string mode, Func<TemporalDirection> direction)
    {
        var today = ((int)date.DayOfWeek + 6) % 7 + 1;
        var back = (today - weekday + 7) % 7;
        var forward = (weekday - today + 7) % 7;
        return mode switch
        {
            "past" => date.AddDays(-(back == 0 ? 7 : back)),
            "future" => date.AddDays(forward == 0 ? 7 : forward),
            "this" => date.AddDays(weekday - today),
            _ when back == 0 => date,
            _ => direction() == TemporalDirection.Future ? date.AddDays(forward) : date.AddDays(-back),
        };
    }

    /// <summary>The year of an underspecified date at position <paramref name="position"/> of a cycle (a month of 12, a day of the year, a season of 4) given the document date's position.</summary>
    /// <remarks>Past clauses take the last occurrence not after the document date (by more than <paramref name="tolerance"/>), future clauses the next one not before it, neutral ones the nearest (half a cycle either way, ties to the past), "this" the document's year.</remarks>
    public static int Year(int year, int position, int today, int cycle, string mode, Func<TemporalDirection> direction, int tolerance = 0)
    {
        if (mode == "this")
        {
            return year;
        }

        var chosen = mode switch
        {
            "past" => TemporalDirection.Past,
            "future" => TemporalDirection.Future,
            "nearest" => TemporalDirection.Neutral,
            _ => direction(),
        };
        return chosen switch
        {
            TemporalDirection.Past when position - today > cycle / 2 => year - 1,
            TemporalDirection.Past => position - today > tolerance ? year - 1 : year,
            TemporalDirection.Future when today - position > cycle / 2 => year + 1,
            TemporalDirection.Future => today - position > tolerance ? year + 1 : year,
            _ when position - today >= cycle / 2 => year - 1,
            _ when today - position > cycle / 2 => year + 1,
            _ => year,
        };
    }

    /// <summary>The season named by <paramref name="code"/> (SP, SU, FA, WI) relative to the document date: "past" is the last one before the current season, "future" the next one after it, otherwise the one of the document's year.</summary>
    public static string? Season(DateOnly date, string code, string mode)
    {
        var index = Array.IndexOf(SeasonCodes, code);
        if (index < 0)
        {
            return null;
        }

        // Seasons numbered from spring of year 0; January and February belong to the winter of the year before.
        var current = date.Month switch
        {
            >= 3 and <= 5 => 0,
            >= 6 and <= 8 => 1,
            >= 9 and <= 11 => 2,
            _ => 3,
        };
        var seasonYear = date.Month <= 2 ? date.Year - 1 : date.Year;
        var now = (seasonYear * 4) + current;
        var target = (date.Year * 4) + index;
        if (mode == "past")
        {
            target = (seasonYear * 4) + index;
            if (target >= now)
            {
                target -= 4;
            }
        }
        else if (mode == "future")
        {
            target = (seasonYear * 4) + index;
            if (target <= now)
            {
                target += 4;
            }
        }

        return CalendarText.Year(target / 4) + "-" + code;
    }

    /// <summary>The <paramref name="nth"/> <paramref name="weekday"/> of a month (negative counts from the end), or null when there is none.</summary>
    public static DateOnly? NthWeekday(int year, int month, int nth, int weekday)
    {
        if (nth > 0)
        {
            var first = new DateOnly(year, month, 1);
            var firstIndex = ((int)first.DayOfWeek + 6) % 7 + 1;
            var day = first.AddDays(((weekday - firstIndex + 7) % 7) + (7 * (nth - 1)));
            return day.Month == month ? day : null;
        }

        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        var lastIndex = ((int)last.DayOfWeek + 6) % 7 + 1;
        var result = last.AddDays(-(((lastIndex - weekday + 7) % 7) + (7 * (-nth - 1))));
        return result.Month == month ? result : null;
    }

    private static readonly string[] SeasonCodes = ["SP", "SU", "FA", "WI"];

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
