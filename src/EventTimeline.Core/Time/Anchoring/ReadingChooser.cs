namespace EventTimeline.Time.Anchoring;

/// <summary>A calendar reading of an underspecified expression ("Friday" as 2015-09-18), with the value to write if chosen.</summary>
/// <param name="Start">First day.</param>
/// <param name="End">Last day.</param>
/// <param name="Value">The TIMEX3 value of this reading.</param>
internal sealed record CalendarOption(DateOnly Start, DateOnly End, string Value);

/// <summary>
/// Chooses among the calendar readings of an underspecified expression the way HeidelTime does for news:
/// past clauses take the latest reading that starts on or before the document date, future clauses the earliest
/// that ends on or after it (the document's own day, month… included both ways); neutral clauses take the reading
/// that contains the document date, else the nearest one, preferring the past on a tie.
/// </summary>
internal static class ReadingChooser
{
    /// <summary>A past or future reading further than this from the document date yields to the nearest reading: news gives the year of a day or month more than about ten months away.</summary>
    public const int MaxDirectedGapDays = 300;

    /// <summary>Chooses a reading; <paramref name="bounded"/> false keeps a directed choice however far it is ("last May").</summary>
    public static CalendarOption? Choose(IReadOnlyList<CalendarOption> options, DateOnly documentDate, TemporalDirection direction, bool bounded = true)
    {
        if (options.Count == 0)
        {
            return null;
        }

        switch (direction)
        {
            case TemporalDirection.Past:
                var past = options.Where(option => option.Start <= documentDate).MaxBy(option => option.Start);
                return bounded ? Bounded(past, options, documentDate) : past ?? Nearest(options, documentDate);
            case TemporalDirection.Future:
                var future = options.Where(option => option.End >= documentDate).MinBy(option => option.End);
                return bounded ? Bounded(future, options, documentDate) : future ?? Nearest(options, documentDate);
            default:
                return options.FirstOrDefault(option => option.Start <= documentDate && documentDate <= option.End)
                    ?? Nearest(options, documentDate);
        }
    }

    private static CalendarOption Bounded(CalendarOption? directed, IReadOnlyList<CalendarOption> options, DateOnly documentDate)
    {
        var nearest = Nearest(options, documentDate);
        return directed is null || Gap(directed, documentDate) > MaxDirectedGapDays ? nearest : directed;
    }

    private static CalendarOption Nearest(IReadOnlyList<CalendarOption> options, DateOnly documentDate) =>
        options
            .OrderBy(option => Gap(option, documentDate))
            .ThenBy(option => option.Start)
            .First();

    private static int Gap(CalendarOption option, DateOnly documentDate)
    {
        if (option.End < documentDate)
        {
            return documentDate.DayNumber - option.End.DayNumber;
        }

        return option.Start > documentDate ? option.Start.DayNumber - documentDate.DayNumber : 0;
    }
}
