using System.Collections.Immutable;

using EventTimeline.Time;

namespace EventTimeline.Events;

/// <summary>Tells a background mention (a past or ongoing situation recalled beside the news) from a report of what just happened.</summary>
/// <remarks>
/// Background: a verb in the past perfect ("had killed"; not after a past reporting verb, where it is reported speech shifted back), a clause that says the situation lasts ("since", "for the past"), a noun placed
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
        if (!trigger.Nominal && PerfectBefore(view, clause, trigger.First) && !Enumerable.Range(0, trigger.First).Any(j => _cues.ReportingVerbs.Contains(view.WordAt(j))))
        {
            return true;
        }

        if (trigger.Nominal && (_cues.Earlier.Contains(view.WordAt(trigger.First - 1)) || _cues.Earlier.Contains(view.WordAt(trigger.First - 2))))
        {
            return true;
        }

        // "has criticized Merkel since the elections": "since" opens a clause of its own.
        var index = view.Clauses.IndexOf(clause);
        // Only right after the trigger's words: "talked with Shoigu, their first conversation since ..." dates no talk.
        var sinceNext = index >= 0 && index + 1 < view.Clauses.Length && view.WordAt(view.Clauses[index + 1].Start) == "since"
            && !Enumerable.Range(trigger.Last + 1, Math.Max(0, view.Clauses[index + 1].Start - trigger.Last - 1)).Any(j => view.Tokens[j].Text == ",");
        return sinceNext || OngoingIn(view, clause) || IsRelative(view, clause);
    }

    private bool PerfectBefore(SentenceView view, Clause clause, int first)
    {
        // The words of the window, in text order: at most Window words before the trigger, back to a comma.
        var words = new List<string>();
        for (var j = first - 1; j >= clause.Start && words.Count < _cues.Window; j--)
        {
            if (!view.Tokens[j].IsWord)
            {
                if (view.Tokens[j].Text is "," or ";" or ":")
                {
                    break;
                }

                continue;
            }

            words.Insert(0, view.Tokens[j].Lower);
        }

        return Contains(words, _cues.Perfect);
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

        return Contains(words, _cues.Ongoing);
    }

    private static bool Contains(List<string> words, ImmutableArray<ImmutableArray<string>> phrases)
    {
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

        // "the blast that killed": a noun before "that"; "said that", "so that", "was that", "said on Monday that", "told the group that" open no relative clause.
        var before = view.WordAt(clause.Start - 1);
        return before.Length > 0
            && !_cues.ContentVerbs.Contains(before)
            && !_cues.NotRelativeAfter.Contains(before)
            && !before.EndsWith("ed", StringComparison.Ordinal)
            && !view.IsInName(clause.Start - 1)
            && !view.IsInTime(clause.Start - 1)
            && !Enumerable.Range(2, 4).Any(back => _cues.TellVerbs.Contains(view.WordAt(clause.Start - back)) || _cues.ReportingVerbs.Contains(view.WordAt(clause.Start - back)))
            && !Enumerable.Range(1, 6).Any(back => _cues.OccasionNouns.Contains(view.WordAt(clause.Start - back)));
    }
}
