namespace EventTimeline.Time;

/// <summary>TIMEX3 types.</summary>
public enum TimexType
{
    /// <summary>A calendar date or period (day, week, month, year…).</summary>
    Date,

    /// <summary>A time of day, possibly with a date.</summary>
    Time,

    /// <summary>An amount of time ("three weeks").</summary>
    Duration,

    /// <summary>A recurring time ("every Friday").</summary>
    Set,
}

/// <summary>How finely an interval is known.</summary>
public enum Granularity
{
    /// <summary>A time of day.</summary>
    Time,

    /// <summary>A single day.</summary>
    Day,

    /// <summary>A calendar week (Monday to Sunday).</summary>
    Week,

    /// <summary>A calendar month.</summary>
    Month,

    /// <summary>A season.</summary>
    Season,

    /// <summary>A quarter.</summary>
    Quarter,

    /// <summary>A half year.</summary>
    HalfYear,

    /// <summary>A calendar year.</summary>
    Year,

    /// <summary>A decade.</summary>
    Decade,

    /// <summary>A century.</summary>
    Century,
}

/// <summary>How a time expression was anchored.</summary>
public enum TimeBasis
{
    /// <summary>Fully specified by the text ("21 September 2015").</summary>
    Explicit,

    /// <summary>Resolved against the document creation time ("last Friday").</summary>
    RelativeToDct,

    /// <summary>Could not be placed on the calendar (no DCT, or vague).</summary>
    Unresolved,
}

/// <summary>An inclusive calendar interval with its granularity.</summary>
/// <param name="Start">First day, inclusive.</param>
/// <param name="End">Last day, inclusive.</param>
/// <param name="Granularity">How finely the interval is known.</param>
public sealed record DateInterval(DateOnly Start, DateOnly End, Granularity Granularity);

/// <summary>A time expression found in a text, normalized and anchored.</summary>
/// <param name="Start">Offset of the first character in the text given to the tagger.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Text">The expression as written.</param>
/// <param name="Type">TIMEX3 type.</param>
/// <param name="Value">TIMEX3 value ("2015-09-18", "2015-W38", "P2W", "PAST_REF", "XXXX-09-05"…).</param>
/// <param name="Interval">The calendar interval, for dates and times that could be anchored.</param>
/// <param name="Basis">How the expression was anchored.</param>
public sealed record TimeMention(
    int Start,
    int Length,
    string Text,
    TimexType Type,
    string Value,
    DateInterval? Interval,
    TimeBasis Basis)
{
    /// <summary>Offset one past the last character.</summary>
    public int End => Start + Length;
}
