using EventTimeline.Model;

namespace EventTimeline.Export;

/// <summary>Orders a timeline's events by salience, for the reader who wants the most reported events first.</summary>
internal static class SalienceRanking
{
    /// <summary>Events of <paramref name="events"/> with at least <paramref name="minSalience"/>, most salient first, then by start date and id.</summary>
    public static IReadOnlyList<TimelineEvent> Rank(IEnumerable<TimelineEvent> events, double minSalience = 0)
    {
        ArgumentNullException.ThrowIfNull(events);
        return [.. events
            .Where(e => e.Salience >= minSalience)
            .OrderByDescending(e => e.Salience)
            .ThenBy(e => e.Date.Start ?? "9999", StringComparer.Ordinal)
            .ThenBy(e => e.Id, StringComparer.Ordinal)];
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
        return chosen is null ? string.Empty : string.Join(' ', chosen.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
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
