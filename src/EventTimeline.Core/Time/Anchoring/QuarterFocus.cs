using System.Text.RegularExpressions;

namespace EventTimeline.Time.Anchoring;

/// <summary>
/// Financial news compares a quarter with the same quarter a year before: "a year earlier", "a year ago" and
/// "the year-ago period" right after a quarter refer to that quarter one year back (TimeML anchors them to the
/// quarter in focus, not to the document date).
/// </summary>
internal static partial class QuarterFocus
{
    /// <summary>How far back (in characters) a quarter stays in focus.</summary>
    public const int FocusDistance = 400;

    public static IReadOnlyList<TimeMention> Apply(IReadOnlyList<TimeMention> mentions)
    {
        var result = new List<TimeMention>(mentions.Count);
        TimeMention? focus = null;
        foreach (var mention in mentions)
        {
            var current = mention;
            if (focus?.Interval is { } quarter && mention.Start - focus.End <= FocusDistance && YearBack().IsMatch(mention.Text)
                && TimexIntervals.Of(CalendarText.Quarter(quarter.Start.Year - 1, ((quarter.Start.Month - 1) / 3) + 1), null) is { } previous)
            {
                current = mention with
                {
                    Type = TimexType.Date,
                    Value = CalendarText.Quarter(previous.Start.Year, ((previous.Start.Month - 1) / 3) + 1),
                    Interval = previous,
                    Basis = TimeBasis.RelativeToDct,
                };
            }

            if (mention.Interval?.Granularity == Granularity.Quarter && !YearBack().IsMatch(mention.Text))
            {
                focus = mention;
            }

            result.Add(current);
        }

        return result;
    }

    [GeneratedRegex(@"^((a|one)\s+year\s+(earlier|ago|before)|(the\s+)?(comparable\s+)?(year-ago|year-earlier)(\s+(quarter|period))?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex YearBack();
}
