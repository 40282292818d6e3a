using System.Collections.Immutable;

namespace EventTimeline.Events;

/// <summary>Reads an event's status (asserted, planned, hypothetical, negated) from the cue words of its clause.</summary>
/// <remarks>A 'before' cue counts when it ends within the cue window before the trigger, without a comma or another clause in between; a 'clause' cue counts anywhere in the clause. Negated wins over hypothetical, hypothetical over planned. A subordinate clause opened by "when", "once", "after", "before" or "until" takes the status of the clause it depends on when it has no cue of its own ("Putin will outline his plan when he addresses the assembly"). Immutable and thread-safe.</remarks>
internal sealed class StatusDetector
{
    private static readonly EventStatus[] _priority = [EventStatus.Negated, EventStatus.Hypothetical, EventStatus.Planned];

    private readonly StatusCues _cues;

    /// <summary>Creates a detector over the cues.</summary>
    public StatusDetector(StatusCues cues)
    {
        _cues = cues;
    }

    /// <summary>Returns the status of <paramref name="trigger"/>'s event from the words of <paramref name="view"/>.</summary>
    public EventStatus Detect(SentenceView view, FoundTrigger trigger)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(trigger);
        var clause = view.ClauseAt(trigger.First);
        var own = CueStatus(view, clause, trigger.First, trigger, _cues.Window);
        if (own is not null)
        {
            return own.Value;
        }

        // A temporal clause inherits the status of the clause it hangs on.
        var opener = view.WordAt(clause.Start);
        if (opener is "when" or "once" or "after" or "before" or "until" or "as")
        {
            var index = view.Clauses.IndexOf(clause);
            if (index > 0)
            {
                var main = view.Clauses[index - 1];
                var inherited = CueStatus(view, main, main.End, trigger: null, window: int.MaxValue);
                if (inherited is not null)
                {
                    return inherited.Value;
                }
            }
        }

        return EventStatus.Asserted;
    }

    /// <summary>Returns whether a time expression's words point to the future ("later this month", "next week").</summary>
    public bool IsFutureTime(string text)
    {
        var words = EventTokenizer.Words(text);
        for (var i = 0; i < words.Length; i++)
        {
            foreach (var phrase in _cues.FutureTimes)
            {
                if (i + phrase.Length <= words.Length && Enumerable.Range(0, phrase.Length).All(k => words[i + k] == phrase[k]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private EventStatus? CueStatus(SentenceView view, Clause clause, int before, FoundTrigger? trigger, int window)
    {
        // The cue window runs back from the trigger to the clause start, a comma, or the window size in words.
        var windowStart = before;
        var words = 0;
        for (var j = before - 1; j >= clause.Start && words < window; j--)
        {
            if (!view.Tokens[j].IsWord)
            {
                if (view.Tokens[j].Text is "," or ";" or ":" && window != int.MaxValue)
                {
                    break;
                }

                continue;
            }

            windowStart = j;
            words++;
        }

        foreach (var status in _priority)
        {
            if (HasCue(view, windowStart, before, _cues.Before[status]) || HasCue(view, clause.Start, clause.End, _cues.Clause[status]))
            {
                return status;
            }
        }

        if (trigger is not null && _cues.Infinitive && !trigger.Nominal && trigger.Trigger.Pos != TriggerPos.Noun)
        {
            // "to discuss", "to further discuss": an intention, not a fact.
            var j = trigger.First - 1;
            if (view.WordAt(j) is "further" or "also" or "then" || view.WordAt(j).EndsWith("ly", StringComparison.Ordinal))
            {
                j--;
            }

            if (view.WordAt(j) == "to")
            {
                return EventStatus.Planned;
            }
        }

        return null;
    }

    private static bool HasCue(SentenceView view, int from, int to, ImmutableArray<ImmutableArray<string>> phrases)
    {
        if (phrases.IsDefaultOrEmpty)
        {
            return false;
        }

        var words = new List<string>();
        for (var j = from; j < to; j++)
        {
            if (view.Tokens[j].IsWord)
            {
                words.Add(view.Tokens[j].Lower);
            }
        }

        for (var i = 0; i < words.Count; i++)
        {
            foreach (var phrase in phrases)
            {
                if (i + phrase.Length <= words.Count && Enumerable.Range(0, phrase.Length).All(k => words[i + k] == phrase[k]))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
