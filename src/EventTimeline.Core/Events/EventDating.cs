using EventTimeline.Time;

namespace EventTimeline.Events;

/// <summary>Gives an event mention its date and settles its status against the document date.</summary>
/// <remarks>
/// A governing time with a calendar interval dates the event (basis explicit or relative to the document date). Without one, an asserted or
/// negated event is dated by its report: it happened on or before the publication date (basis reported; the interval is that one day); a
/// planned or hypothetical event, and a background one (a past or ongoing situation recalled beside the news), stays unresolved. An asserted event is never dated after its document: a time after the publication date
/// makes a present or future verb planned, and is dropped for a past-tense verb (the tagger chose the wrong direction); a time that runs past
/// the publication date is cut at it. A future time phrase ("later this month") makes an asserted event planned.
/// </remarks>
internal sealed class EventDating
{
    private readonly StatusDetector _status;
    private readonly StatusCues _cues;

    /// <summary>Creates the dating step.</summary>
    public EventDating(StatusDetector status, StatusCues cues)
    {
        _status = status;
        _cues = cues;
    }

    /// <summary>Returns the event's date, its status after the date checks, and the time expression kept for it.</summary>
    /// <param name="time">The governing time expression, or null.</param>
    /// <param name="status">The status read from cue words.</param>
    /// <param name="published">The document's publication date, when known.</param>
    /// <param name="trigger">The trigger, lower case, to tell a past-tense report.</param>
    /// <param name="background">Whether the mention recalls a past or ongoing situation (see <see cref="BackgroundDetector"/>): without a calendar time of its own it is not dated by its report.</param>
    public (EventDate Date, EventStatus Status, TimeMention? Time) Date(TimeMention? time, EventStatus status, DateOnly? published, FoundTrigger trigger, bool background = false)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        if (time is not null && status == EventStatus.Asserted && (_status.IsFutureTime(time.Text) || time.Value == "FUTURE_REF"))
        {
            status = EventStatus.Planned;
        }

        var interval = time?.Interval;
        if (interval is not null && published is { } dct && status == EventStatus.Asserted)
        {
            if (interval.Start > dct)
            {
                var past = !trigger.Nominal && _cues.IsPast(trigger.Form.Split(' ')[0]);
                if (past)
                {
                    time = null;
                    interval = null;
                }
                else
                {
                    status = EventStatus.Planned;
                }
            }
            else if (interval.End > dct)
            {
                interval = interval with { End = dct };
            }
        }

        if (interval is not null && time is not null)
        {
            var basis = time.Basis == TimeBasis.Explicit ? EventDateBasis.Explicit : EventDateBasis.RelativeToDct;
            return (new EventDate(interval, time.Value, basis), status, time);
        }

        if (status is EventStatus.Asserted or EventStatus.Negated && published is { } reported && !background)
        {
            return (Reported(reported), status, time);
        }

        return (new EventDate(null, time?.Value, EventDateBasis.Unresolved), status, time);
    }

    /// <summary>Returns the date of an event known only to have happened on or before <paramref name="published"/>.</summary>
    public static EventDate Reported(DateOnly published)
    {
        return new EventDate(new DateInterval(published, published, Granularity.Day), null, EventDateBasis.Reported);
    }
}
