using System.Globalization;
using System.Text.RegularExpressions;

namespace EventTimeline.Text;

/// <summary>
/// Removes the clock times that open the entries of a live page ("1901 US Secretary of State Hillary Clinton says…",
/// "19:01 GMT: …", "7.01pm The minister…"): read as text, "1901" is a year, and the entry's events would be dated to it.
/// </summary>
/// <remarks>
/// A document is a live page when at least <see cref="MinimumEntries"/> of its lines open with a time followed by the entry's
/// first word. A bare four-digit time ("1901") is also how a chronology opens its lines with years ("2001 Taliban ousted") and how
/// a count opens a sentence ("1500 Marines…"), so those need more entries, running in order. Pure and thread-safe.
/// </remarks>
internal static partial class LiveBlogTimes
{
    /// <summary>The name of this step in a document's preparation notes.</summary>
    public const string RuleName = "live-page-times";

    /// <summary>The fewest entries that make a live page.</summary>
    public const int MinimumEntries = 3;

    /// <summary>The fewest entries opening with a bare four-digit time ("1901") that make a live page.</summary>
    public const int MinimumBareEntries = 5;

    /// <summary>Returns <paramref name="text"/> without the times opening its entries when it is a live page, and what was removed (null when nothing was).</summary>
    public static (string Text, BoilerplateRemoval? Removal) Strip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n');
        var stamps = new Match?[lines.Length];
        var count = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length > 4 && char.IsAsciiDigit(lines[i][0]) && Stamp().Match(lines[i]) is { Success: true } match)
            {
                stamps[i] = match;
                count++;
            }
        }

        if (count < MinimumEntries || !AreTimes(stamps))
        {
            return (text, null);
        }

        var removed = 0;
        var first = -1;
        for (var i = 0; i < lines.Length; i++)
        {
            if (stamps[i] is { } match)
            {
                removed += match.Groups["time"].Value.Count(c => !char.IsWhiteSpace(c));
                first = first < 0 ? i : first;
                lines[i] = lines[i][match.Length..];
            }
        }

        return (string.Join('\n', lines), new BoilerplateRemoval(RuleName, first, removed));
    }

    // Times written with a separator ("19:01", "7.01pm") are never years. Bare four-digit ones are times when there are at least
    // MinimumBareEntries of them, running mostly one way (at least four pairs in five in order, not all equal), and either backwards,
    // newest first, or with an hour no year of 1900-2059 has: a chronology's years run forwards, and counts opening lines ("1500
    // Marines…") run no way at all.
    private static bool AreTimes(Match?[] stamps)
    {
        var bare = stamps.OfType<Match>().Where(m => m.Groups["bare"].Success).Select(m => int.Parse(m.Groups["bare"].ValueSpan, CultureInfo.InvariantCulture)).ToList();
        if (bare.Count == 0)
        {
            return true;
        }

        if (bare.Count < MinimumBareEntries || bare.Distinct().Count() == 1)
        {
            return false;
        }

        var pairs = bare.Count - 1;
        var backwards = Enumerable.Range(1, pairs).Count(i => bare[i] <= bare[i - 1]);
        var forwards = Enumerable.Range(1, pairs).Count(i => bare[i] >= bare[i - 1]);
        return 5 * backwards >= 4 * pairs || (5 * forwards >= 4 * pairs && bare.Exists(time => time / 100 is not (19 or 20)));
    }

    // A time at the start of a line: "1901", "19:01", "19.01", "7:01pm", "7.01 p.m.", an optional zone, an optional ":" or dash, then
    // the entry's first word (a capital, a digit or an opening quote).
    [GeneratedRegex(
        @"^(?<time>(?:(?<bare>(?:[01]\d|2[0-3])[0-5]\d)|(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s?[ap]\.?m\.?)?)(?:\s?(?:GMT|BST|UTC|CET|CEST|EST|EDT|ET|PT|PST|PDT|local(?:\s+time)?))?(?:\s*[:\-–—|])?)\s+(?=[\p{Lu}\d""“‘'(])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex Stamp();
}
