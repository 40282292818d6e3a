using System.Globalization;
using System.Text;

namespace EventTimeline.Export;

/// <summary>Reads and writes the plain timeline files of Timeline17 (the "tilse" format): a <c>YYYY-MM-DD</c> line, one sentence a line, a line of dashes after each date.</summary>
/// <remarks>The reader takes dates in any order (journalists' files often run newest first), merges a date given twice, skips blank lines,
/// and accepts <c>\r\n</c>; the writer puts dates in ascending order, 32 dashes after each, <c>\n</c> newlines.</remarks>
public static class SummaryTimelineFormat
{
    /// <summary>The line written after each date's sentences.</summary>
    public static readonly string Separator = new('-', 32);

    /// <summary>Parses <paramref name="text"/>; <paramref name="name"/> names the file in errors.</summary>
    /// <exception cref="FormatException">A sentence comes before any date.</exception>
    public static SummaryTimeline Read(string text, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        var dates = new SortedDictionary<DateOnly, List<string>>();
        List<string>? current = null;
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line.Length >= 4 && line.All(c => c == '-'))
            {
                current = null;
                continue;
            }

            if (line.Length == 10 && DateOnly.TryParseExact(line, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                if (!dates.TryGetValue(date, out current))
                {
                    current = [];
                    dates.Add(date, current);
                }

                continue;
            }

            if (current is null)
            {
                throw new FormatException($"{name}:{number}: a sentence before any YYYY-MM-DD date line");
            }

            current.Add(line);
        }

        return new SummaryTimeline([.. dates.Select(d => new SummaryTimelineDate(d.Key, d.Value))]);
    }

    /// <summary>Writes <paramref name="timeline"/> in the Timeline17 layout, dates ascending.</summary>
    public static string Write(SummaryTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var text = new StringBuilder();
        foreach (var date in timeline.Dates.OrderBy(d => d.Date))
        {
            text.Append(date.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
            foreach (var sentence in date.Sentences)
            {
                // One sentence a line: a line break inside a sentence would start a new one.
                text.Append(string.Join(' ', sentence.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries))).Append('\n');
            }

            text.Append(Separator).Append('\n');
        }

        return text.ToString();
    }
}
