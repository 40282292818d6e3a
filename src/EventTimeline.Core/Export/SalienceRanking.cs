using EventTimeline.Model;
using EventTimeline.Text;

namespace EventTimeline.Export;

/// <summary>Orders a timeline's events by salience, for the reader who wants the most reported events first.</summary>
internal static class SalienceRanking
{
    /// <summary>Events of <paramref name="events"/> with at least <paramref name="minSalience"/>, most salient first, then by start date and id.</summary>
    public static IReadOnlyList<TimelineEvent> Rank(IEnumerable<TimelineEvent> events, double minSalience = 0) =>
        Rank(events, e => e.Salience, e => e.Date.Start, e => e.Id, minSalience);

    /// <summary>Items of <paramref name="items"/> (events, or rows standing for them) ranked as <see cref="Rank(IEnumerable{TimelineEvent}, double)"/> ranks events, an undated one after the dated of its salience.</summary>
    public static IReadOnlyList<T> Rank<T>(IEnumerable<T> items, Func<T, double> salience, Func<T, string?> start, Func<T, string> id, double minSalience = 0)
    {
        ArgumentNullException.ThrowIfNull(items);
        return [.. items
            .Where(item => salience(item) >= minSalience)
            .OrderByDescending(salience)
            .ThenBy(item => start(item) ?? "9999", StringComparer.Ordinal)
            .ThenBy(id, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The sentence a reader checks <paramref name="e"/> against, on one line: the earliest published mention that names the
    /// time it dates the event by, else the earliest, among those no longer than <paramref name="maxChars"/> characters (else the first mention).
    /// </summary>
    public static string Evidence(TimelineEvent e, IReadOnlyDictionary<string, TimelineDocument> documents, int maxChars = 300)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(documents);
        var chosen = e.Mentions
            .Where(m => m.Text.Length <= maxChars)
            .OrderBy(m => m.Time is null ? 1 : 0)
            .ThenBy(m => documents.TryGetValue(m.Document, out var d) ? d.Published ?? "9999" : "9999", StringComparer.Ordinal)
            .FirstOrDefault() ?? e.Mentions.FirstOrDefault();
        return chosen is null ? string.Empty : WhiteSpace.Collapse(chosen.Text);
    }

    /// <summary>The distinct outlets of the documents reporting <paramref name="e"/>, sorted; a document without one is left out.</summary>
    public static IReadOnlyList<string> Outlets(TimelineEvent e, IReadOnlyDictionary<string, TimelineDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(documents);
        return [.. e.Mentions
            .Select(m => documents.TryGetValue(m.Document, out var d) ? Documents.FurnitureDetector.Outlet(d.Source, d.Url) : null)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
    }
}
