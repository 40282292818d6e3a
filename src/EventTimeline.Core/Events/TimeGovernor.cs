using System.Collections.Immutable;

namespace EventTimeline.Events;

/// <summary>Chooses the time expression that governs a trigger: in its clause, nearest to it, preferring one attached to it ("on Friday", "last week", right next to the verb).</summary>
/// <remarks>A clause opened by "when" with no time of its own takes the time it hangs on ("two weeks ago, when, in a phone call, he warned"), and a clause with no time takes the time of the when-clause after it. A possessive time ("this year's conference") and a bare year after an article ("the 1989 grounding") date only the noun they modify, and a bare year glued before a sentence's first word dates nothing; a time opening the sentence before a comma, a dash or a colon (a dated list's entry) dates its first verb. A reporting verb never takes a time inside what was said (past another verb, a modal or an infinitive, or after the verb of a report it closes: "X fired missiles on Monday, the military said"). Times elsewhere in the sentence never govern: a caption's date governs its caption only, a time in a reported statement does not date the report. Immutable and thread-safe.</remarks>
internal sealed class TimeGovernor
{
    private const int AttachmentBonus = 3;

    // A time before the trigger with a verb, modal or infinitive between them belongs to that verb first ("agreed on
    // Wednesday to hold talks in Geneva next month": the talks are next month); it dates the trigger only when nothing else does.
    private const int EmbeddedPenalty = 10;

    private readonly ImmutableHashSet<string> _attachments;
    private readonly ImmutableHashSet<string> _reportingTypes;

    /// <summary>Creates a governor; <paramref name="attachments"/> are the words that tie a time to an event, <paramref name="reportingTypes"/> the types whose object is what was said (their time stands next to the verb, not deep in what was said).</summary>
    public TimeGovernor(ImmutableHashSet<string> attachments, ImmutableHashSet<string> reportingTypes)
    {
        _attachments = attachments;
        _reportingTypes = reportingTypes;
    }

    private const int MinReportedWords = 3;
    private const int MaxTailWords = 5;

    /// <summary>"BP has cleaned up the site and, over the summer, moved new sod there, he said.": the comma before a report that closes its sentence, or -1; what stands before it is what was said.</summary>
    private static int TailReportComma(SentenceView view, FoundTrigger trigger, IReadOnlyList<FoundTrigger> triggers)
    {
        for (var j = trigger.First - 1; j >= 0 && j >= trigger.First - MaxTailWords - 1; j--)
        {
            var token = view.Tokens[j];
            if (token.Text == ",")
            {
                return j;
            }

            if (!token.IsWord || view.IsInTime(j) || token.Lower is "that" or "and" or "or" || triggers.Any(other => other != trigger && other.First <= j && other.Last >= j))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Returns the time spot governing <paramref name="trigger"/>, or null.</summary>
    /// <param name="view">The sentence.</param>
    /// <param name="trigger">The trigger.</param>
    /// <param name="triggers">Every trigger of the sentence: a reporting verb's time does not lie past another verb.</param>
    public TimeSpot? Choose(SentenceView view, FoundTrigger trigger, IReadOnlyList<FoundTrigger> triggers)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(trigger);
        ArgumentNullException.ThrowIfNull(triggers);
        var clause = view.ClauseAt(trigger.First);
        var reporting = _reportingTypes.Contains(trigger.Type);

        // "victims of the bombing": a noun completing another noun takes only a time next to it.
        var complement = trigger.Nominal && Enumerable.Range(1, 3).Any(back => view.WordAt(trigger.First - back) == "of");
        var tail = reporting ? TailReportComma(view, trigger, triggers) : -1;
        var best = view.Times
            .Where(spot => (clause.Contains(spot.First) || clause.Contains(spot.Last))
                && !(tail > 0 && spot.Last + MinReportedWords < tail)
                && !(reporting && spot.First > trigger.Last && Embedded(view, triggers, trigger.Last, spot.First))
                && !(reporting && spot.Last < trigger.First && triggers.Any(other => !other.Nominal && other.Last < spot.First && !_reportingTypes.Contains(other.Type)))
                && !(complement && Distance(trigger, spot) > 2)
                && !(Possessive(view, spot) && !(trigger.Nominal && trigger.First > spot.Last && trigger.First - spot.Last <= 4))
                && !(Attributive(view, spot) && !(trigger.Nominal && trigger.First > spot.Last && trigger.First - spot.Last <= 3))
                && !Stray(view, spot))
            .OrderBy(spot => Score(view, trigger, spot) + (spot.Last < trigger.First && Embedded(view, triggers, spot.Last, trigger.First) ? EmbeddedPenalty : 0))
            .ThenBy(spot => spot.First)
            .FirstOrDefault();
        if (best is not null)
        {
            return best;
        }

        // "an explosion at the refinery in March 2005 that killed 15 workers": a relative clause with no time of its own happened when the
        // noun it hangs on did, given by a time that ends right before it.
        if (!reporting && view.WordAt(clause.Start) is "that" or "which" && view.Times.FirstOrDefault(spot => spot.Last == clause.Start - 1) is { } antecedent
            && !triggers.Any(other => other != trigger && other.Last < antecedent.First && other.First >= antecedent.First - 4))
        {
            return antecedent;
        }

        if (view.WordAt(clause.Start) is "when" or "where")
        {
            var j = clause.Start - 1;
            while (j >= 0 && !view.Tokens[j].IsWord)
            {
                j--;
            }

            return view.Times.LastOrDefault(spot => spot.Last == j);
        }

        // "... shelled the village when rebels attacked last February": a when-clause dates the clause it follows.
        var index = view.Clauses.IndexOf(clause);
        if (!reporting && index + 1 < view.Clauses.Length && view.WordAt(view.Clauses[index + 1].Start) == "when")
        {
            var next = view.Clauses[index + 1];
            return view.Times.FirstOrDefault(spot => next.Contains(spot.First));
        }

        return Fronted(view, trigger, triggers);
    }

    /// <summary>"Yesterday, at the conference, Jobs unveiled ...", "* April 25 - The Coast Guard says ...": a time that opens the sentence before a comma, a dash or a colon (an entry of a dated list) dates the first verb after it, when nothing between them starts a clause of its own.</summary>
    private static TimeSpot? Fronted(SentenceView view, FoundTrigger trigger, IReadOnlyList<FoundTrigger> triggers)
    {
        var first = 0;
        while (first < view.Tokens.Length && !view.Tokens[first].IsWord)
        {
            first++;
        }

        var spot = view.Times.FirstOrDefault(candidate => candidate.First == first);
        if (spot is null || spot.Last + 1 >= view.Tokens.Length || view.Tokens[spot.Last + 1].Text is not ("," or "-" or "--" or "\u2013" or "\u2014" or ":") || trigger.First <= spot.Last)
        {
            return null;
        }

        var earlierVerb = triggers.Any(other => !other.Nominal && other.First > spot.Last && other.First < trigger.First);
        return trigger.Nominal || earlierVerb || Embedded(view, triggers, spot.Last, trigger.First) ? null : spot;
    }

    /// <summary>Whether a reported clause starts between <paramref name="after"/> and <paramref name="before"/>: another verb, a modal or auxiliary, or an infinitive ("said he will keep it next year", "promised to hold a vote next year").</summary>
    private static bool Embedded(SentenceView view, IReadOnlyList<FoundTrigger> triggers, int after, int before)
    {
        if (triggers.Any(other => !other.Nominal && other.First > after && other.Last < before))
        {
            return true;
        }

        for (var j = after + 1; j < before; j++)
        {
            if (view.WordAt(j) is "will" or "would" or "could" or "may" or "might" or "can" or "shall" or "should" or "must" or "to"
                or "had" or "has" or "have" or "is" or "are" or "was" or "were" or "'s" or "'ll" or "'d")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"this year's conference", "last week's attack": a possessive time dates the noun it modifies, not the clause.</summary>
    private static bool Possessive(SentenceView view, TimeSpot spot) =>
        view.WordAt(spot.Last + 1) == "'s"
        || (view.WordAt(spot.Last).EndsWith("'s", StringComparison.Ordinal) && !EventTokenizer.Lower(spot.Mention.Text).EndsWith("'s", StringComparison.Ordinal));

    /// <summary>"the 1989 grounding of the Exxon Valdez": a bare year after an article or a possessive modifies the noun after it and dates only that noun.</summary>
    private static bool Attributive(SentenceView view, TimeSpot spot) =>
        IsYear(view, spot)
        && view.WordAt(spot.First - 1) is "the" or "a" or "an" or "its" or "his" or "her" or "their" or "our" or "this" or "that"
        && view.WordAt(spot.Last + 1).Length > 0 && char.IsLower(view.Tokens[spot.Last + 1].Text[0]);

    /// <summary>"1959 The earthquake has brought devastation": a bare number glued before a sentence's capitalized first word is left over from the page (a count, a caption), no time of the sentence.</summary>
    private static bool Stray(SentenceView view, TimeSpot spot)
    {
        var first = 0;
        while (first < view.Tokens.Length && !view.Tokens[first].IsWord)
        {
            first++;
        }

        return spot.First == first && IsYear(view, spot) && view.WordAt(spot.Last + 1).Length > 0 && char.IsUpper(view.Tokens[spot.Last + 1].Text[0]);
    }

    private static bool IsYear(SentenceView view, TimeSpot spot) =>
        spot.First == spot.Last && view.Tokens[spot.First].Text.Length == 4 && view.Tokens[spot.First].Text.All(char.IsAsciiDigit);

    private static int Distance(FoundTrigger trigger, TimeSpot spot) => spot.First > trigger.Last ? spot.First - trigger.Last : Math.Max(1, trigger.First - spot.Last);

    private int Score(SentenceView view, FoundTrigger trigger, TimeSpot spot)
    {
        var distance = Distance(trigger, spot);
        var attached = distance <= 1
            || _attachments.Contains(view.WordAt(spot.First - 1))
            || _attachments.Contains(view.Tokens[spot.First].Lower);
        return attached ? distance - AttachmentBonus : distance;
    }
}
