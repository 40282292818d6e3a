namespace EventTimeline.Time.Anchoring;

/// <summary>What a recognizer says a candidate expression is, before TimeML conventions are applied.</summary>
internal enum CandidateKind
{
    Date,
    DateRange,
    Time,
    DateTime,
    TimeRange,
    DateTimeRange,
    Duration,
    Set,
}

/// <summary>One reading a recognizer offers for a candidate (it offers a past and a future one for "Friday").</summary>
/// <param name="Timex">The recognizer's TIMEX-like value ("XXXX-WXX-5", "2015-W37", "(2015-08-29,2015-09-19,P3W)", "P3D").</param>
/// <param name="Value">The resolved point ("2015-09-18", "2015-09-18 20:00:00"), when the reading is a point.</param>
/// <param name="RangeStart">First instant of a resolved range, when the reading is a range.</param>
/// <param name="RangeEnd">Instant after a resolved range, when the reading is a range.</param>
/// <param name="Mod">Modifier the recognizer found ("before", "since", "start", "mid", "end"), if any.</param>
internal sealed record CandidateReading(string? Timex, string? Value, string? RangeStart, string? RangeEnd, string? Mod);

/// <summary>A time expression a recognizer found, with offsets into the text it was given.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Kind">What the recognizer says it is.</param>
/// <param name="Readings">The recognizer's readings, possibly several.</param>
/// <param name="Preset">A TIMEX3 type and value fixed by a lexicon rule, which the normalizer keeps as is.</param>
internal sealed record TimexCandidate(
    int Start,
    int Length,
    CandidateKind Kind,
    IReadOnlyList<CandidateReading> Readings,
    PresetTimex? Preset = null)
{
    public int End => Start + Length;
}

/// <summary>A TIMEX3 type and value (possibly a pattern with "{...}" placeholders) fixed by a lexicon rule.</summary>
/// <param name="Type">TIMEX3 type.</param>
/// <param name="Value">TIMEX3 value or value pattern.</param>
internal sealed record PresetTimex(TimexType Type, string Value);
