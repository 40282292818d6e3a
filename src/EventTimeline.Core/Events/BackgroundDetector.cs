using EventTimeline.Time;

namespace EventTimeline.Events;

/// <summary>Tells a background mention (a past or ongoing situation recalled beside the news) from a report of what just happened.</summary>
/// <remarks>
/// Background: a verb in the past perfect ("had killed"), a clause that says the situation lasts ("since", "for the past"), a noun placed
/// before the news ("the previous attack"), a trigger in a relative clause ("the blast that killed", "the man who shot"; "said that" opens
/// what was said instead), or a duration or recurring time as its governing expression ("for seven months"). Only the date depends on it: a
/// background mention is dated by a time of its own or not at all, never by its report. Immutable and thread-safe.
/// </remarks>
internal sealed class BackgroundDetector
{
    private readonly BackgroundCues _cues;

    /// <summary>Creates a detector over the cues.</summary>
    public BackgroundDetector(BackgroundCues cues)
    {
        ArgumentNullException.ThrowIfNull(cues);
        _cues = cues;
    }

    /// <summary>Returns whether <paramref name="trigger"/>'s mention is background; <paramref name="time"/> is its governing time expression, if any.</summary>
    public bool IsBackground(SentenceView view, FoundTrigger trigger, TimeMention? time)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(trigger);
        if (time is not null && time.Type is TimexType.Duration or TimexType.Set)
        {
            return true;
        }

        var clause = view.ClauseAt(trigger.First);
        if (!trigger.Nominal && PerfectBefore(view, clause, trigger.First))
        {
            return true;
        }

        if (trigger.Nominal && (_cues.Earlier.Contains(view.WordAt(trigger.First - 1)) || _cues.Earlier.Contains(view.WordAt(trigger.First - 2))))
        {
            return true;
        }

        return OngoingIn(view, clause) || IsRelative(view, clause);
    }

    private bool PerfectBefore(SentenceView view, Clause clause, int first)
    {
        var words = 0;
        for (var j = first - 1; j >= clause.Start && words < _cues.Window; j--)
        {
            if (!view.Tokens[j].IsWord)
            {
                if (view.Tokens[j].Text is "," or ";" or ":")
                {
                    return false;
                }

                continue;
            }

            if (_cues.Perfect.Contains(view.Tokens[j].Lower))
            {
                return true;
            }

            words++;
        }

        return false;
    }

    private bool OngoingIn(SentenceView view, Clause clause)
    {
        var words = new List<string>();
        for (var j = clause.Start; j < clause.End; j++)
        {
            if (view.Tokens[j].IsWord)
            {
                words.Add(view.Tokens[j].Lower);
            }
        }

        for (var i = 0; i < words.Count; i++)
        {
            foreach (var phrase in _cues.Ongoing)
            {
                if (i + phrase.Length <= words.Count && Enumerable.Range(0, phrase.Length).All(k => words[i + k] == phrase[k]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool IsRelative(SentenceView view, Clause clause)
    {
        var opener = view.WordAt(clause.Start);
        if (!_cues.RelativeOpeners.Contains(opener))
        {
            return false;
        }

        if (opener != "that")
        {
            return true;
        }

        // "the blast that killed": a noun before "that"; "said that", "so that", "was that" open no relative clause.
        var before = view.WordAt(clause.Start - 1);
        return before.Length > 0
            && !_cues.ContentVerbs.Contains(before)
            && !_cues.NotRelativeAfter.Contains(before)
            && !before.EndsWith("ed", StringComparison.Ordinal)
            && !view.IsInName(clause.Start - 1);
    }
}
