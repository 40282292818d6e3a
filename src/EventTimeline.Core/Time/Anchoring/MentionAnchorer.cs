using System.Text.RegularExpressions;

namespace EventTimeline.Time.Anchoring;

/// <summary>Places a normalized expression on the calendar: its interval, granularity and basis (explicit, relative to the document date, or unresolved).</summary>
internal static partial class MentionAnchorer
{
    /// <summary>Builds the mention; without a document date, values that depend on it are replaced by their unresolved form.</summary>
    public static TimeMention Anchor(TimexCandidate candidate, string surface, NormalizedTimex normalized, DateOnly? documentDate)
    {
        var value = normalized.Value;
        var isExplicit = TimexNormalizer.ContainsYear(surface, value)
            || (candidate.Preset is { } preset && ComputedValues.IsExplicit(preset.Value));
        if (documentDate is null && !isExplicit)
        {
            value = Unresolved(value);
        }

        var interval = normalized.Type is TimexType.Date or TimexType.Time ? TimexIntervals.Of(value, documentDate) : null;
        var basis = interval is null ? TimeBasis.Unresolved : isExplicit ? TimeBasis.Explicit : TimeBasis.RelativeToDct;
        return new TimeMention(candidate.Start, candidate.Length, surface, normalized.Type, value, interval, basis);
    }

    /// <summary>The form of a computed value that keeps its granularity but names no calendar period ("2015-W38" → "XXXX-WXX").</summary>
    public static string Unresolved(string value)
    {
        var match = Concrete().Match(value);
        if (!match.Success)
        {
            return value;
        }

        var rest = match.Groups["rest"].Value;
        return rest switch
        {
            "" => "XXXX",
            _ when DayRest().Match(rest) is { Success: true } day => "XXXX-XX-XX" + day.Groups["time"].Value,
            _ when rest.StartsWith("-W", StringComparison.Ordinal) => rest.EndsWith("-WE", StringComparison.Ordinal) ? "XXXX-WXX-WE" : "XXXX-WXX",
            _ when rest.StartsWith("-Q", StringComparison.Ordinal) => "XXXX-QX",
            _ when rest.StartsWith("-H", StringComparison.Ordinal) => "XXXX-HX",
            _ when rest.Length == 3 && char.IsLetter(rest[1]) => "XXXX" + rest,
            _ => "XXXX-XX",
        };
    }

    [GeneratedRegex(@"^(?<year>\d{4})(?<rest>.*)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex Concrete();

    [GeneratedRegex(@"^-\d\d-\d\d(?<time>T.*)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex DayRest();
}
