using System.Text.RegularExpressions;

using EventTimeline.Resources;

using Newtonsoft.Json;

namespace EventTimeline.Time;

/// <summary>The words that name a time (Resources/time/combined-additions.json).</summary>
internal sealed record TimeNamingTable(IReadOnlyList<string> NamingPatterns);

/// <summary>Tells whether an expression names its time (a number, a month, a weekday, a season…) rather than only pointing at one ("soon", "the year").</summary>
internal sealed class TimeNamingWords
{
    private static readonly Lazy<TimeNamingWords> DefaultInstance = new(() => new TimeNamingWords(
        JsonConvert.DeserializeObject<TimeNamingTable>(ResourceFile.ReadText("time/combined-additions.json"))
        ?? throw new InvalidOperationException("embedded resource time/combined-additions.json is empty")));

    private readonly Regex _naming;

    public TimeNamingWords(TimeNamingTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        _naming = BoundedRegex.Create(
            $"(?<![\\p{{L}}\\p{{N}}])(?:{string.Join('|', table.NamingPatterns)})(?![\\p{{L}}\\p{{N}}])",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    }

    /// <summary>The shipped word list.</summary>
    public static TimeNamingWords Default => DefaultInstance.Value;

    /// <summary>True when a whole word of <paramref name="expression"/> names a time.</summary>
    public bool Names(string expression) => _naming.IsMatch(expression);

    /// <summary>True when a whole word of <paramref name="window"/> (at <paramref name="offset"/> in its text) names a time and lies outside the <paramref name="known"/> spans.</summary>
    public bool NamesOutside(string window, int offset, IReadOnlyList<(int Start, int End)> known)
    {
        for (var match = _naming.Match(window); match.Success; match = match.NextMatch())
        {
            if (!KnownSpans.Covers(known, offset + match.Index))
            {
                return true;
            }
        }

        return false;
    }
}
