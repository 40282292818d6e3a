using System.Globalization;
using System.Text.RegularExpressions;

using EventTimeline.Resources;

namespace EventTimeline.Documents;

/// <summary>A full calendar date written out in a text.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Date">The date.</param>
internal sealed record ExplicitDate(int Start, int Length, DateOnly Date)
{
    /// <summary>Offset one past the last character.</summary>
    public int End => Start + Length;
}

/// <summary>Finds dates written with day, month and year: "21 September 2015", "Sept. 14, 2013", "March 3rd, 2014", "2014-03-03".</summary>
/// <remarks>Only complete dates: a yearless "Sept. 18" or an ambiguous "03/04/2014" is not a date here.</remarks>
internal sealed class ExplicitDateParser
{
    private const int MinYear = 1800;
    private const int MaxYear = 2199;

    private readonly Dictionary<string, int> _months;
    private readonly Regex _pattern;

    /// <summary>Creates a parser for the given month names and abbreviations (lower case) and their numbers.</summary>
    public ExplicitDateParser(IReadOnlyDictionary<string, int> months)
    {
        _months = new Dictionary<string, int>(months, StringComparer.OrdinalIgnoreCase);
        var names = string.Join('|', _months.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).Select(Regex.Escape));
        var month = $@"(?<mon>\b(?:{names})\b)\.?";
        var day = @"(?<day>\d{1,2})(?:st|nd|rd|th)?";
        var year = @"(?<year>\d{4})(?!\d)";
        var iso = @"(?<![\d-])(?<iy>\d{4})[-/](?<im>\d{1,2})[-/](?<id>\d{1,2})(?![\d])";
        var dayMonthYear = $@"(?<!\d){day}\s+(?:of\s+)?{month},?\s+{year}";
        var monthDayYear = $@"{month}\s+{day},?\s+{year}";
        _pattern = BoundedRegex.Create(
            $"{iso}|{dayMonthYear}|{monthDayYear}",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.ExplicitCapture);
    }

    /// <summary>The pattern that finds dates.</summary>
    internal Regex Pattern => _pattern;

    /// <summary>Creates a parser with the embedded month names.</summary>
    public static ExplicitDateParser CreateDefault() => new(
        ResourceFile.ReadTsv("documents/month-names.tsv").ToDictionary(row => row[0], row => int.Parse(row[1], CultureInfo.InvariantCulture), StringComparer.OrdinalIgnoreCase));

    /// <summary>Returns the valid dates in <paramref name="text"/>, in order.</summary>
    public IReadOnlyList<ExplicitDate> Find(string text)
    {
        var dates = new List<ExplicitDate>();
        foreach (Match match in _pattern.Matches(text))
        {
            if (ToDate(match) is { } date)
            {
                dates.Add(new ExplicitDate(match.Index, match.Length, date));
            }
        }

        return dates;
    }

    private DateOnly? ToDate(Match match)
    {
        int year, month, day;
        if (match.Groups["iy"].Success)
        {
            year = Number(match.Groups["iy"]);
            month = Number(match.Groups["im"]);
            day = Number(match.Groups["id"]);
        }
        else
        {
            // Month names are capitalized in English; a lower-case "may 3, 2014" is the verb before a number.
            if (char.IsLower(match.Groups["mon"].Value[0]))
            {
                return null;
            }

            year = Number(match.Groups["year"]);
            month = _months[match.Groups["mon"].Value];
            day = Number(match.Groups["day"]);
        }

        return year is >= MinYear and <= MaxYear && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    private static int Number(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);
}
