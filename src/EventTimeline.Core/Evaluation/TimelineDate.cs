using System.Globalization;

using EventTimeline.Time;

namespace EventTimeline.Evaluation;

/// <summary>A time anchor of a SemEval-2015 Task 4 timeline: a day, a month, a year or unknown (<c>YYYY-MM-DD</c>, <c>YYYY-MM-XX</c>, <c>YYYY-XX-XX</c>, <c>XXXX-XX-XX</c>).</summary>
/// <param name="Year">The year, or null when unknown (then month and day are null too).</param>
/// <param name="Month">The month 1–12, or null.</param>
/// <param name="Day">The day of the month, or null.</param>
public sealed record TimelineDate(int? Year, int? Month, int? Day)
{
    /// <summary>The unknown date, <c>XXXX-XX-XX</c>.</summary>
    public static TimelineDate Unknown { get; } = new(null, null, null);

    /// <summary>True for <c>XXXX-XX-XX</c>.</summary>
    public bool IsUnknown => Year is null;

    /// <summary>The day <paramref name="date"/>.</summary>
    public static TimelineDate Of(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>The finest anchor that contains all of <paramref name="interval"/>: its day, month or year, else unknown.</summary>
    public static TimelineDate Of(DateInterval? interval)
    {
        if (interval is null)
        {
            return Unknown;
        }

        var (start, end) = (interval.Start, interval.End);
        if (interval.Granularity is Granularity.Day or Granularity.Time && start == end)
        {
            return Of(start);
        }

        if (start.Year != end.Year)
        {
            return Unknown;
        }

        return start.Month == end.Month ? new TimelineDate(start.Year, start.Month, null) : new TimelineDate(start.Year, null, null);
    }

    /// <summary>Reads the task's forms; also the shortened ones the trial gold uses (<c>2006-03</c>, <c>1968</c>, <c>XXX-XX-XX</c>).</summary>
    public static bool TryParse(string? text, out TimelineDate date)
    {
        date = Unknown;
        var parts = (text ?? string.Empty).Trim().Split('-');
        if (parts.Length is < 1 or > 3 || parts.Any(p => p.Length == 0))
        {
            return false;
        }

        int? year = null, month = null, day = null;
        if (!Field(parts[0], 4, 1, 9999, ref year)
            || (parts.Length > 1 && !Field(parts[1], 2, 1, 12, ref month))
            || (parts.Length > 2 && !Field(parts[2], 2, 1, 31, ref day)))
        {
            return false;
        }

        if ((year is null && (month is not null || day is not null)) || (month is null && day is not null))
        {
            return false;
        }

        if (day is not null && day > DateTime.DaysInMonth(year!.Value, month!.Value))
        {
            return false;
        }

        date = year is null ? Unknown : new TimelineDate(year, month, day);
        return true;
    }

    /// <summary>The canonical form: <c>YYYY-MM-DD</c>, <c>YYYY-MM-XX</c>, <c>YYYY-XX-XX</c> or <c>XXXX-XX-XX</c>.</summary>
    public override string ToString()
    {
        var c = CultureInfo.InvariantCulture;
        var year = Year is null ? "XXXX" : Year.Value.ToString("D4", c);
        var month = Month is null ? "XX" : Month.Value.ToString("D2", c);
        var day = Day is null ? "XX" : Day.Value.ToString("D2", c);
        return $"{year}-{month}-{day}";
    }

    // A field is all digits (within the range and at most `width` long) or all X (unknown).
    private static bool Field(string text, int width, int min, int max, ref int? value)
    {
        if (text.Length <= width && text.All(ch => ch is 'X' or 'x'))
        {
            value = null;
            return true;
        }

        if (text.Length != width || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
        {
            return false;
        }

        value = number;
        return true;
    }
}
