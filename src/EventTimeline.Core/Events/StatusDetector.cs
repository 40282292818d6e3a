using System.Collections.Immutable;

namespace EventTimeline.Events;

/// <summary>Reads an event's status (asserted, planned, hypothetical, negated) from the cue words of its clause.</summary>
/// <remarks>A 'before' cue counts when it ends within the cue window before the trigger, without a comma or another clause in between; a 'clause' cue counts anywhere in the clause. Negated wins over hypothetical, hypothetical over planned. A subordinate clause opened by "when", "once", "after", "before" or "until" takes the status of the clause it depends on when it has no cue of its own ("Putin will outline his plan when he addresses the assembly"). Immutable and thread-safe.</remarks>
internal sealed class StatusDetector
{
    private static readonly EventStatus[] _priority = [EventStatus.Negated, EventStatus.Hypothetical, EventStatus.Planned];

    private readonly StatusCues _cues;
    private readonly ImmutableHashSet<string> _lightVerbs;

    /// <summary>Creates a detector over the cues; <paramref name="lightVerbs"/> are the verbs that govern a nominal event ("to hold talks").</summary>
    public StatusDetector(StatusCues cues, IEnumerable<ImmutableArray<string>> lightVerbs)
    {
        _cues = cues;
        _lightVerbs = lightVerbs.Where(verb => verb.Length == 1).Select(verb => verb[0]).ToImmutableHashSet(StringComparer.Ordinal);
    }

    /// <summary>Returns the status of <paramref name="trigger"/>'s event from the words of <paramref name="view"/>.</summary>
    /// <param name="view">The sentence.</param>
    /// <param name="trigger">The trigger.</param>
    /// <param name="triggers">Every trigger of the sentence, for a noun in a phrase that hangs on a verb ("plans to unveil it at the meeting").</param>
    public EventStatus Detect(SentenceView view, FoundTrigger trigger, IReadOnlyList<FoundTrigger> triggers)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(trigger);
        ArgumentNullException.ThrowIfNull(triggers);
        var clause = view.ClauseAt(trigger.First);
        var own = CueStatus(view, clause, trigger.First, trigger, _cues.Window);
        if (own is not null)
        {
            return own.Value;
        }

        // A noun in an adverbial phrase ("at the meeting", "during the visit") happens as the verb it hangs on does.
        if (trigger.Nominal && Enumerable.Range(1, 3).Select(back => view.WordAt(trigger.First - back)).Any(word => word is "at" or "during" or "in" or "on" or "after" or "before"))
        {
            var verb = triggers.LastOrDefault(other => !other.Nominal && other.Last < trigger.First && clause.Contains(other.First));
            if (verb is not null && CueStatus(view, clause, verb.First, verb, _cues.Window) is { } governing)
            {
                return governing;
            }
        }

        // "demanding that Iraq withdraw": what was demanded or urged has not happened.
        var opener = view.WordAt(clause.Start);
        if (opener == "that" && _cues.Mandative.Contains(view.WordAt(clause.Start - 1)))
        {
            return EventStatus.Hypothetical;
        }

        // A temporal clause inherits the status of the clause it hangs on.
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
            words += InsertedTime(view, j) ? 0 : 1;
        }

        // The words are read once for every status's cues.
        var windowWords = CueWords(view, windowStart, before);
        List<string>? clauseWords = null;
        foreach (var status in _priority)
        {
            var clauseCues = _cues.Clause[status];
            if (HasCue(windowWords, _cues.Before[status])
                || (!clauseCues.IsDefaultOrEmpty && HasCue(clauseWords ??= CueWords(view, clause.Start, clause.End), clauseCues)))
            {
                return status;
            }
        }

        if (trigger is not null && _cues.Infinitive)
        {
            // "to discuss", "to further discuss", "to launch attacks": an intention, not a fact.
            var j = trigger.First - 1;
            if (_lightVerbs.Contains(view.WordAt(j)))
            {
                j--;
            }
            else if (trigger.Nominal || trigger.Trigger.Pos == TriggerPos.Noun)
            {
                return null;
            }

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

    // A day or date set into a phrase with its preposition ("on Wednesday", "in March"), not a time word that is itself a cue ("next").
    private static bool InsertedTime(SentenceView view, int j)
    {
        var preposition = view.Tokens[j].Lower is "on" or "in" or "at";
        var k = preposition ? j + 1 : j;
        if (k >= view.Tokens.Length || !view.IsInTime(k))
        {
            return false;
        }

        // The time must open with a capitalized day, month or number ("on Wednesday", "in 2019"): "next week" stays words.
        var first = k;
        while (first > 0 && view.IsInTime(first - 1))
        {
            first--;
        }

        var opening = view.Tokens[first].Text;
        return opening.Length > 0 && (char.IsUpper(opening[0]) || char.IsDigit(opening[0])) && (preposition || k > 0 && view.Tokens[k - 1].Lower is "on" or "in" or "at");
    }

    // The lower-case words of [from, to). A time phrase inside a cue does not break it: "agreed on Wednesday to resume talks" reads as "agreed to resume talks".
    private static List<string> CueWords(SentenceView view, int from, int to)
    {
        var words = new List<string>();
        for (var j = from; j < to; j++)
        {
            if (view.Tokens[j].IsWord && !InsertedTime(view, j))
            {
                words.Add(view.Tokens[j].Lower);
            }
        }

        return words;
    }

    private static bool HasCue(List<string> words, ImmutableArray<ImmutableArray<string>> phrases)
    {
        if (phrases.IsDefaultOrEmpty)
        {
            return false;
        }

        for (var i = 0; i < words.Count; i++)
        {
            foreach (var phrase in phrases)
            {
                if (StartsAt(words, i, phrase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool StartsAt(List<string> words, int start, ImmutableArray<string> phrase)
    {
        if (start + phrase.Length > words.Count)
        {
            return false;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            if (!string.Equals(words[start + k], phrase[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
