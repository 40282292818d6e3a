using System.Collections.Immutable;

using EventTimeline.Time;

namespace EventTimeline.Events;

/// <summary>Tells a background mention (a past or ongoing situation recalled beside the news) from a report of what just happened.</summary>
/// <remarks>
/// Background: a verb in the past perfect ("had killed"; not after a past reporting verb, where it is reported speech shifted back), a verb beside an adverb that places it before the news ("recently went", "previously proposed"), a clause that says the situation lasts ("since", "for the past"), a noun placed
/// before the news ("the previous attack"), a trigger in a relative clause ("the blast that killed", "the man who shot"; "said that" opens
/// what was said instead), a duration or recurring time as its governing expression ("for seven months"), a noun recalled as a cause or a starting
/// point ("isolated by the quake", "after the pipeline leaks and a fatal explosion, the company"), a bygone period opening the sentence or in the
/// clause ("in the first days after the crisis, Jindal showed up"), a memory ("I remember, Clinton told the banks"), or hearsay about a past act ("is reported to have put"). Only the date depends on it: a
/// background mention is dated by a time of its own or not at all, never by its report. Immutable and thread-safe.
/// </remarks>
internal sealed class BackgroundDetector
{
    private readonly BackgroundCues _cues;
    private readonly ImmutableHashSet<string> _reportingTypes;

    /// <summary>Creates a detector over the cues; a trigger of one of <paramref name="reportingTypes"/> ("The Pentagon statement noted") is what the article reports, never a known event it recalls.</summary>
    public BackgroundDetector(BackgroundCues cues, ImmutableHashSet<string> reportingTypes)
    {
        ArgumentNullException.ThrowIfNull(cues);
        _cues = cues;
        _reportingTypes = reportingTypes;
    }

    /// <summary>Returns whether <paramref name="trigger"/>'s mention is background; <paramref name="time"/> is its governing time expression, if any.</summary>
    /// <param name="view">The sentence.</param>
    /// <param name="trigger">The trigger.</param>
    /// <param name="time">Its governing time expression, or null.</param>
    /// <param name="triggers">Every trigger of the sentence: a verb trigger ends a recalled phrase, and a recall word that is a trigger itself ("a product recall") recalls nothing.</param>
    public bool IsBackground(SentenceView view, FoundTrigger trigger, TimeMention? time, IReadOnlyList<FoundTrigger>? triggers = null)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(trigger);
        triggers ??= [trigger];
        if (time is not null && time.Type is TimexType.Duration or TimexType.Set)
        {
            return true;
        }

        if ((trigger.Nominal && (IsRecalled(view, trigger, triggers) || DefiniteSubject(view, trigger, triggers))) || InPeriod(view, trigger) || Remembered(view, trigger, triggers)
            || AppositiveParticiple(view, trigger)
            || (!trigger.Nominal && _cues.PerfectAfter.Any(phrase => Enumerable.Range(0, phrase.Length).All(k => view.WordAt(trigger.Last + 1 + k) == phrase[k]))))
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

        if (!trigger.Nominal && PastAdverbBeside(view, trigger))
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

    private const int MaxAppositionWords = 6;

    /// <summary>"X, the official appointed by Y to lead": a participle with its agent in an apposition describes who X is, a past act recalled, not the news.</summary>
    private static bool AppositiveParticiple(SentenceView view, FoundTrigger trigger)
    {
        var form = view.Tokens[trigger.Last].Lower;
        if (trigger.Nominal || trigger.First == 0 || !(form.EndsWith("ed", StringComparison.Ordinal) || form.EndsWith("en", StringComparison.Ordinal)) || view.WordAt(trigger.Last + 1) != "by")
        {
            return false;
        }

        for (var j = trigger.First - 1; j >= 1 && j >= trigger.First - MaxAppositionWords; j--)
        {
            var token = view.Tokens[j];
            if (token.Text == ",")
            {
                return j < trigger.First - 1 && view.WordAt(j + 1) is "the" or "a" or "an" && view.IsInName(j - 1);
            }

            if (!token.IsWord || view.IsInName(j) || view.IsInTime(j) || !char.IsLower(token.Text[0])
                || token.Lower is "is" or "are" or "was" or "were" or "be" or "been" or "being" or "has" or "have" or "had" or "who" or "which" or "that" or "and" or "or")
            {
                return false;
            }
        }

        return false;
    }

    // "isolated by the quake", "from the start of the election": a known event named as a cause or a starting point; "after the leaks and a
    // fatal explosion at a refinery, ...": every noun in a phrase opened by "after the" up to its comma or verb.
    private bool IsRecalled(SentenceView view, FoundTrigger trigger, IReadOnlyList<FoundTrigger> triggers)
    {
        var clause = view.ClauseAt(trigger.First);
        var words = new List<string>();
        for (var j = trigger.First - 1; j >= clause.Start; j--)
        {
            if (!view.Tokens[j].IsWord)
            {
                if (view.Tokens[j].Text is "," or ";" or ":")
                {
                    break;
                }

                continue;
            }

            if (triggers.Any(other => !other.Nominal && other.First <= j && j <= other.Last))
            {
                break;
            }

            words.Insert(0, view.Tokens[j].Lower);
        }

        for (var i = 0; i < words.Count; i++)
        {
            foreach (var phrase in _cues.Recalled)
            {
                if (StartsAt(words, i, phrase) && words.Count - (i + phrase.Length) <= _cues.RecalledWindow)
                {
                    return true;
                }
            }

            if (_cues.RecalledOpeners.Any(phrase => StartsAt(words, i, phrase)))
            {
                return true;
            }
        }

        return false;
    }

    // "The explosion on the Deepwater Horizon killed 11 workers", past the first sentence: the article recalls an event its reader knows.
    private bool DefiniteSubject(SentenceView view, FoundTrigger trigger, IReadOnlyList<FoundTrigger> triggers)
    {
        var first = 0;
        while (first < view.Tokens.Length && !view.Tokens[first].IsWord)
        {
            first++;
        }

        if (view.Sentence.Index == 0 || _reportingTypes.Contains(trigger.Type) || first >= trigger.First || !_cues.DefiniteSubjects.Contains(view.WordAt(first)) || trigger.First - first - 1 > _cues.RecalledWindow)
        {
            return false;
        }

        return Enumerable.Range(first + 1, trigger.First - first - 1).All(j => view.Tokens[j].IsWord && !view.IsInTime(j) && !triggers.Any(other => other != trigger && other.First <= j && j <= other.Last));
    }

    // "In the first days after the crisis, Jindal showed up": a bygone period that opens the sentence (after a colon or semicolon too) or stands in the clause.
    private bool InPeriod(SentenceView view, FoundTrigger trigger)
    {
        var start = 0;
        for (var j = trigger.First - 1; j >= 0; j--)
        {
            if (view.Tokens[j].Text is ";" or ":")
            {
                start = j + 1;
                break;
            }
        }

        var opening = new List<string>();
        for (var j = start; j < trigger.First && opening.Count < 8; j++)
        {
            if (view.Tokens[j].IsWord)
            {
                opening.Add(view.Tokens[j].Lower);
            }
        }

        if (_cues.Periods.Any(phrase => StartsAt(opening, 0, phrase)))
        {
            return true;
        }

        var clause = view.ClauseAt(trigger.First);
        var words = new List<string>();
        for (var j = clause.Start; j < clause.End; j++)
        {
            if (view.Tokens[j].IsWord)
            {
                words.Add(view.Tokens[j].Lower);
            }
        }

        return Contains(words, _cues.Periods);
    }

    // "I remember, Clinton told the banks", "he recalled how the crowd fled": what a verb of memory opens happened before the report. The verb
    // must open what follows (a comma, "that", "how", "when": "recalled its ambassador" is a recall) in the trigger's clause or the one before,
    // on the same side of a quotation.
    private bool Remembered(SentenceView view, FoundTrigger trigger, IReadOnlyList<FoundTrigger> triggers)
    {
        var clause = view.Clauses.IndexOf(view.ClauseAt(trigger.First));
        for (var j = 0; j < trigger.First; j++)
        {
            if (!_cues.RecallVerbs.Contains(view.WordAt(j))
                || view.InQuote[j] != view.InQuote[trigger.First]
                || clause - view.Clauses.IndexOf(view.ClauseAt(j)) > 1
                || !(view.Tokens[j + 1].Text == "," || view.WordAt(j + 1) is "that" or "how" or "when" or "what"))
            {
                continue;
            }

            if (!triggers.Any(other => !other.Nominal && other != trigger && other.First > j && other.Last < trigger.First))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsAt(List<string> words, int start, ImmutableArray<string> phrase) =>
        start + phrase.Length <= words.Count && Enumerable.Range(0, phrase.Length).All(k => words[start + k] == phrase[k]);

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

    // "recently went", "was previously proposed", "who died recently": the adverb right before the verb (past its auxiliaries) or right after it.
    private bool PastAdverbBeside(SentenceView view, FoundTrigger trigger)
    {
        var before = trigger.First - 1;
        while (before >= 0 && view.Tokens[before].IsWord && view.Tokens[before].Lower is "has" or "have" or "had" or "was" or "were" or "is" or "are" or "been" or "be" or "being")
        {
            before--;
        }

        return IsPastAdverb(view, before) || IsPastAdverb(view, trigger.Last + 1);
    }

    private bool IsPastAdverb(SentenceView view, int index) =>
        index >= 0 && index < view.Tokens.Length && view.Tokens[index].IsWord && !view.IsInTime(index) && _cues.PastAdverbs.Contains(view.Tokens[index].Lower);

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
