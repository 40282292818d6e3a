using System.Text.RegularExpressions;

using EventTimeline.Resources;

using Newtonsoft.Json.Linq;

namespace EventTimeline.Documents;

/// <summary>A publication date read from the head of an article.</summary>
/// <param name="Date">The date.</param>
/// <param name="Start">Offset of the date in the text.</param>
/// <param name="Length">Length of the date in the text.</param>
/// <param name="Line">The line it was read from, trimmed.</param>
internal sealed record DatelineMatch(DateOnly Date, int Start, int Length, string Line);

/// <summary>Reads a publication date from a date line, byline or dateline in the first lines of an article ("21 September 2015", "By Jane Doe | March 3, 2014", "WASHINGTON, Sept. 18, 2015 (Reuters) -"), never from a photo caption.</summary>
internal sealed partial class DatelineReader
{
    // Datelines and bylines sit above or at the start of the body: look no further than this many non-empty lines.
    private const int MaxHeadLines = 10;

    // A line this long is body prose (or a caption), not a date line; the first such line ends the head unless it opens with a dateline.
    private const int MaxDateLineLength = 120;
    private const int BodyLineLength = 200;

    // A byline has a few words besides its date ("By Jane Doe, Staff Writer | Updated").
    private const int MaxBylineWords = 12;

    // A dateline ("WASHINGTON, Sept. 18, 2015 (Reuters) —") puts its date within the first characters of the paragraph.
    private const int MaxDatelinePrefix = 60;

    private readonly ExplicitDateParser _dates;
    private readonly HashSet<string> _bylineWords;
    private readonly HashSet<string> _captionWords;

    /// <summary>Creates a reader from a date parser and the byline and caption cue words.</summary>
    public DatelineReader(ExplicitDateParser dates, IEnumerable<string> bylineWords, IEnumerable<string> captionWords)
    {
        _dates = dates;
        _bylineWords = new HashSet<string>(bylineWords, StringComparer.OrdinalIgnoreCase);
        _captionWords = new HashSet<string>(captionWords, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Creates a reader with the embedded month names and cue words.</summary>
    public static DatelineReader CreateDefault()
    {
        var cues = JObject.Parse(ResourceFile.ReadText("documents/dateline-cues.json"));
        return new DatelineReader(
            ExplicitDateParser.CreateDefault(),
            cues["bylineWords"]!.Values<string>().OfType<string>(),
            cues["captionWords"]!.Values<string>().OfType<string>());
    }

    /// <summary>Returns the publication date stated at the head of <paramref name="text"/>, or null.</summary>
    public DatelineMatch? Read(string text)
    {
        var seen = 0;
        var offset = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            var lineStart = offset;
            offset += rawLine.Length + 1;
            var line = rawLine.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (++seen > MaxHeadLines)
            {
                break;
            }

            var lead = lineStart + rawLine.IndexOf(line[0], StringComparison.Ordinal);
            var dates = _dates.Find(line);
            if (dates.Count > 0 && !IsCaption(line))
            {
                if (line.Length <= MaxDateLineLength && IsDateLine(line, dates, allowNames: seen > 1))
                {
                    return new DatelineMatch(dates[0].Date, lead + dates[0].Start, dates[0].Length, line);
                }

                if (AsDateline(line, dates[0]) is { } dateline)
                {
                    return new DatelineMatch(dateline.Date, lead + dateline.Start, dateline.Length, line);
                }
            }

            if (line.Length >= BodyLineLength)
            {
                break;
            }
        }

        return null;
    }

    private bool IsCaption(string line) => Words().Matches(line).Any(w => _captionWords.Contains(w.Value.TrimEnd('.')));

    // Once its dates are removed, a date line or byline holds only names, numbers, times and byline words.
    // The first line is usually the headline, whose capitalized words are not names: there, only byline words may stand beside the date.
    private bool IsDateLine(string line, IReadOnlyList<ExplicitDate> dates, bool allowNames)
    {
        var rest = line;
        foreach (var date in dates.Reverse())
        {
            rest = rest[..date.Start] + " " + rest[date.End..];
        }

        var words = 0;
        foreach (Match word in Words().Matches(rest))
        {
            var value = word.Value;
            words++;
            if (words > MaxBylineWords)
            {
                return false;
            }

            if (char.IsDigit(value[0]) || (allowNames && char.IsUpper(value[0])) || _bylineWords.Contains(value) || _bylineWords.Contains(value.TrimEnd('.')))
            {
                continue;
            }

            return false;
        }

        // A short sentence ("Talks began Sept. 18, 2015.") has lower-case words and fails above.
        return true;
    }

    // "WASHINGTON, Sept. 18, 2015 (Reuters) — …" : an upper-case place, the date, an optional agency, then a dash or colon.
    private static ExplicitDate? AsDateline(string line, ExplicitDate first)
    {
        if (first.Start > MaxDatelinePrefix)
        {
            return null;
        }

        var prefix = line[..first.Start];
        var suffix = line[first.End..];
        return (prefix.Length == 0 || DatelinePlace().IsMatch(prefix)) && DatelineEnd().IsMatch(suffix) ? first : null;
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}.:'’-]*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex Words();

    [GeneratedRegex(@"^\p{Lu}[\p{Lu}\s.'’-]+(?:\s*\([^)]{1,30}\))?(?:,\s*\p{Lu}[\p{L}.\s]{1,30})?,?\s*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex DatelinePlace();

    [GeneratedRegex(@"^\s*(?:\([^)]{1,40}\)\s*)?[-–—:]\s", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex DatelineEnd();
}
