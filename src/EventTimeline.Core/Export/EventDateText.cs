using System.Globalization;

using EventTimeline.Model;
using EventTimeline.Time;

namespace EventTimeline.Export;

/// <summary>An event date as people read it in the exports, at the granularity it is known ("2015-09-05", "2015-09", "2008", "2015-09-14–20").</summary>
internal static class EventDateText
{
    /// <summary>Returns the short text of <paramref name="date"/>, or "undated" when it has no interval.</summary>
    public static string Short(TimelineDate date)
    {
        ArgumentNullException.ThrowIfNull(date);
        if (date.Start is null || date.End is null)
        {
            return "undated";
        }

        return date.Granularity switch
        {
            Granularity.Year when date.Start[..4] == date.End[..4] => date.Start[..4],
            Granularity.Month when date.Start[..7] == date.End[..7] => date.Start[..7],
            _ when date.Start == date.End => date.Start,
            _ when date.Start[..7] == date.End[..7] => date.Start + "–" + date.End[8..],
            _ => date.Start + " – " + date.End,
        };
    }

    /// <summary>Parses a YYYY-MM-DD day of timeline.json.</summary>
    /// <exception cref="FormatException">The text is not YYYY-MM-DD.</exception>
    public static DateOnly Day(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new FormatException($"'{text}' is not a YYYY-MM-DD date");
}
