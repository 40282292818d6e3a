using EventTimeline.Time;

namespace EventTimeline.Summary;

/// <summary>A sentence that names one day ("on Tuesday", "April 20", "today"): the evidence that the corpus cares about that day.</summary>
/// <param name="Document">The document id.</param>
/// <param name="Sentence">Zero-based sentence index in the document's clean text (-1 when between sentences).</param>
/// <param name="Date">The day named.</param>
internal sealed record DateReference(string Document, int Sentence, DateOnly Date)
{
    /// <summary>
    /// The day a time expression with TIMEX3 <paramref name="value"/> names, when it names exactly one (a day or a time of day); null for
    /// weeks, months, years, unresolved ones, and "now", "currently", "at present" (PRESENT_REF and the other _REF values), which speak
    /// of the time of writing rather than name a day ("today" does name it).
    /// </summary>
    public static DateOnly? DayOf(string value, DateInterval? interval) =>
        interval is { Granularity: Granularity.Day or Granularity.Time } && interval.Start == interval.End && !OfTheTimeOfWriting(value)
            ? interval.Start
            : null;

    /// <summary>Whether a TIMEX3 value speaks of the time of writing (PRESENT_REF and the other _REF values) rather than names a time: the only values <see cref="DayOf"/> reads.</summary>
    public static bool OfTheTimeOfWriting(string value) => value.EndsWith("_REF", StringComparison.Ordinal);

    /// <summary>The day references of analysed documents, in document and offset order.</summary>
    public static IReadOnlyList<DateReference> From(IEnumerable<AnalyzedDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var references = new List<DateReference>();
        foreach (var analyzed in documents)
        {
            foreach (var mention in analyzed.TimeMentions)
            {
                if (DayOf(mention.Value, mention.Interval) is { } day)
                {
                    references.Add(new DateReference(analyzed.Document.Id, analyzed.SentenceAt(mention.Start), day));
                }
            }
        }

        return references;
    }
}
