namespace EventTimeline.Summary;

/// <summary>The contents of summary.json (format "eventtimeline-summary/1"), documented in docs/format.md: the key dates of a timeline and what happened on each.</summary>
/// <param name="Format">Always "eventtimeline-summary/1".</param>
/// <param name="RequestedDates">How many dates were asked for.</param>
/// <param name="SentencesPerDate">Sentences per date asked for, at most.</param>
/// <param name="From">First day that could be picked, or null.</param>
/// <param name="To">Last day that could be picked, or null.</param>
/// <param name="Empty">Why no date was picked, or null when some were.</param>
/// <param name="Dates">The key dates, in date order.</param>
internal sealed record KeyDateSummary(
    string Format,
    int RequestedDates,
    int SentencesPerDate,
    string? From,
    string? To,
    string? Empty,
    IReadOnlyList<KeyDate> Dates)
{
    /// <summary>The format name written in <see cref="Format"/>.</summary>
    public const string FormatName = "eventtimeline-summary/1";
}

/// <summary>One key date.</summary>
/// <param name="Date">The day, YYYY-MM-DD.</param>
/// <param name="Score">How strongly the corpus points at the day (higher is stronger), rounded to 3 decimals.</param>
/// <param name="References">Independent documents that name the day or report an event dated to it by its text.</param>
/// <param name="Sentences">Up to the asked number of sentences saying what happened, best first.</param>
/// <param name="Events">Ids of the events dated to the day (as in timeline.json), most reported first.</param>
/// <param name="Documents">Ids of the documents behind the day, sorted.</param>
/// <param name="Outlets">Outlets of those documents, sorted.</param>
internal sealed record KeyDate(
    string Date,
    double Score,
    int References,
    IReadOnlyList<KeyDateSentence> Sentences,
    IReadOnlyList<string> Events,
    IReadOnlyList<string> Documents,
    IReadOnlyList<string> Outlets);

/// <summary>A sentence chosen for a key date, with where it comes from.</summary>
/// <param name="Text">The sentence as written.</param>
/// <param name="Document">Id of the document it is from.</param>
/// <param name="Sentence">Its index in that document.</param>
/// <param name="Event">Id of the event it reports.</param>
internal sealed record KeyDateSentence(string Text, string Document, int Sentence, string Event);
