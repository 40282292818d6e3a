using EventTimeline.Events;
using EventTimeline.Summary;
using EventTimeline.Time;

namespace EventTimeline.Store;

/// <summary>
/// What a merge from the store keeps of each stored extraction: the sentences' spans without their text (the merge reads the evidence
/// sentences back once it is done, see <see cref="EventTimelinePipeline.Complete"/>), and the time expressions' spans, types and intervals
/// without their value (but for those of the time of writing, "now", which the key dates tell from a day named), and without their text
/// unless an event mention is dated by them (time-mentions.json reads them whole from the store again). A merge holds the records of
/// the whole corpus, so equal values among them are one object: an event mention's time
/// expression is its document's, and equal intervals, dates and participants of every document are shared.
/// </summary>
/// <remarks>The records are immutable and compared by value, so sharing them changes nothing a stage computes. One instance per merge; not thread-safe.</remarks>
internal sealed class MergingRecords
{
    private readonly Dictionary<DateInterval, DateInterval> _intervals = [];
    private readonly Dictionary<EventDate, EventDate> _dates = [];
    private readonly Dictionary<MentionParticipant, MentionParticipant> _participants = [];
    private readonly Dictionary<string, string> _references = new(StringComparer.Ordinal);

    /// <summary>The part of <paramref name="extraction"/> a merge keeps.</summary>
    public DocumentExtraction Of(DocumentExtraction extraction)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        if (extraction.Error is not null)
        {
            return extraction;
        }

        var governing = extraction.Events.Where(mention => mention.Time is not null).Select(mention => mention.Time!).ToHashSet();
        var kept = new Dictionary<TimeMention, TimeMention>();
        var times = new List<TimeMention>(extraction.TimeMentions.Count);
        foreach (var time in extraction.TimeMentions)
        {
            var dates = governing.Contains(time);
            var one = time with { Text = dates ? time.Text : string.Empty, Value = KeptValue(time.Value), Interval = Shared(_intervals, time.Interval) };
            if (dates)
            {
                kept.TryAdd(time, one);
            }

            times.Add(one);
        }

        return extraction with
        {
            Sentences = extraction.Sentences.All(sentence => sentence.Text.Length == 0) ? extraction.Sentences : [.. extraction.Sentences.Select(sentence => sentence with { Text = string.Empty })],
            TimeMentions = times,
            Events = [.. extraction.Events.Select(mention => mention with
            {
                Time = mention.Time is { } time && kept.TryGetValue(time, out var one) ? one : mention.Time,
                Date = Shared(_dates, mention.Date with { Interval = Shared(_intervals, mention.Date.Interval) })!,
                Participants = [.. mention.Participants.Select(participant => Shared(_participants, participant)!)],
            })],
        };
    }

    // A time expression's value is kept only where it speaks of the time of writing, the only values the key dates' day references read
    // (DateReference.DayOf); those few are shared.
    private string KeptValue(string value)
    {
        if (!DateReference.OfTheTimeOfWriting(value))
        {
            return string.Empty;
        }

        if (!_references.TryGetValue(value, out var one))
        {
            _references[value] = one = value;
        }

        return one;
    }

    private static T? Shared<T>(Dictionary<T, T> pool, T? value)
        where T : class
    {
        if (value is null)
        {
            return null;
        }

        if (pool.TryGetValue(value, out var one))
        {
            return one;
        }

        pool.Add(value, value);
        return value;
    }
}
