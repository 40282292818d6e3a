using System.Collections.Immutable;

namespace EventTimeline.Events;

/// <summary>Finds event triggers in a sentence (longest lexicon match first) and chooses each one's type from its context.</summary>
/// <remarks>Immutable and thread-safe. Words inside an actor name are never triggers ("Peace Talks Council"); a trigger whose every type is ruled out by its context leaves its words free for a shorter match ("launch" in "launch attacks").</remarks>
internal sealed class TriggerFinder
{
    private readonly EventLexicon _lexicon;
    private readonly TypeChoiceRules _rules;
    private readonly RoleHints _hints;
    private readonly StatusCues _cues;

    /// <summary>Creates a finder over a lexicon and its context rules; <paramref name="cues"/> know the irregular past forms ("said", "fell").</summary>
    public TriggerFinder(EventLexicon lexicon, TypeChoiceRules rules, RoleHints hints, StatusCues cues)
    {
        _lexicon = lexicon;
        _rules = rules;
        _hints = hints;
        _cues = cues;
    }

    /// <summary>Returns the triggers of <paramref name="view"/>, in token order, not overlapping.</summary>
    public ImmutableArray<FoundTrigger> Find(SentenceView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var found = ImmutableArray.CreateBuilder<FoundTrigger>();
        var tokens = view.Tokens;
        var i = 0;
        while (i < tokens.Length)
        {
            // Phrase keys drop a leading "the", which must not make "the raid" a trigger of two words.
            if (!tokens[i].IsWord || view.IsInName(i) || view.IsInTime(i) || tokens[i].Lower == "the")
            {
                i++;
                continue;
            }

            // Phrases never run over punctuation, names or times.
            var words = new List<string>();
            for (var k = i; k < tokens.Length && tokens[k].IsWord && !view.IsInName(k) && !view.IsInTime(k); k++)
            {
                words.Add(tokens[k].Text);
            }

            var match = _lexicon.LongestMatchAt(words, 0);
            if (match is null)
            {
                i++;
                continue;
            }

            var first = i;
            var last = i + match.Length - 1;
            var form = string.Join(' ', Enumerable.Range(first, match.Length).Select(k => tokens[k].Lower));
            // "a talk show", "the investigation department": a trigger before such a noun only qualifies it.
            var chosen = _rules.ModifierHeads.Contains(view.WordAt(last + 1)) && !view.Tokens[last].Lower.EndsWith("ed", StringComparison.Ordinal)
                ? null
                : Choose(view, first, last, form, match.Values);
            if (chosen is null)
            {
                i++;
                continue;
            }

            found.Add(new FoundTrigger(first, last, chosen, form, IsNominal(view, first, last, chosen)));
            i = last + 1;
        }

        return found.ToImmutable();
    }

    private EventTrigger? Choose(SentenceView view, int first, int last, string form, ImmutableArray<EventTrigger> candidates)
    {
        EventTrigger? plain = null;
        var before = view.WordAt(first - 1);
        var after = view.WordAt(last + 1);
        foreach (var candidate in candidates)
        {
            var rules = _rules.For(candidate.Type.Id, form).ToList();
            if (rules.Any(rule => rule.NotAfter.Contains(before) || rule.NotBefore.Contains(after)))
            {
                continue;
            }

            var requiring = rules.Where(rule => rule.HasRequirement).ToList();
            if (requiring.Count == 0)
            {
                plain ??= candidate;
                continue;
            }

            if (requiring.Any(rule => Met(view, first, last, rule)))
            {
                return candidate;
            }

            var otherwise = requiring.FirstOrDefault(rule => rule.OtherwiseType is not null && (rule.OtherwiseForms.IsEmpty || rule.OtherwiseForms.Contains(form)));
            if (otherwise is not null && _lexicon.Type(otherwise.OtherwiseType!) is { } type)
            {
                plain ??= candidate with { Type = type };
            }
        }

        return plain;
    }

    private static bool Met(SentenceView view, int first, int last, TypeChoiceRule rule)
    {
        var clause = view.ClauseAt(first);
        var from = rule.AfterOnly ? last + 1 : Math.Max(clause.Start, first - rule.Window);
        var to = Math.Min(clause.End - 1, last + rule.Window);
        if (!rule.Words.IsEmpty)
        {
            for (var i = from; i <= to; i++)
            {
                if (i >= first && i <= last)
                {
                    continue;
                }

                var word = view.Tokens[i].Lower;
                if (rule.Words.Contains(word) || rule.Words.Contains(StripPossessive(word)) || word.Split('-').Any(rule.Words.Contains))
                {
                    return true;
                }
            }
        }

        foreach (var spot in view.Actors)
        {
            if (spot.Last < from || spot.First > to)
            {
                continue;
            }

            if (rule.ActorKinds.Contains(spot.Kind))
            {
                return true;
            }

            if (rule.ActorAfter && spot.First > last && spot.First - last <= rule.Window && !NamedAfter(view, spot.Last, rule))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsNominal(SentenceView view, int first, int last, EventTrigger trigger)
    {
        switch (trigger.Pos)
        {
            // "was meeting with", "were protesting": an -ing form right after a form of "be" is a verb in the progressive.
            case TriggerPos.Noun:
                return !(first == last && view.Tokens[last].Lower.EndsWith("ing", StringComparison.Ordinal) && view.WordAt(first - 1) is "is" or "are" or "was" or "were" or "am" or "been" or "be");
            case TriggerPos.Phrase:
                return false;
            default:
                break;
        }

        var form = view.Tokens[last].Lower;
        if (form.EndsWith("ed", StringComparison.Ordinal))
        {
            return false;
        }

        var previous = view.WordAt(first - 1);
        if (_hints.Determiners.Contains(previous) || IsPossessive(view, first - 1) || (previous is not ("have" or "has" or "had" or "having") && _hints.LightVerbs.Any(verb => verb.Length == 1 && verb[0] == previous)))
        {
            return true;
        }

        // An irregular past is a verb, as a regular one is, unless a determiner stands right before it: "Elian's father said",
        // "the company's shares fell" ("said" is no noun the possessor qualifies).
        if (first == last && _cues.PastForms.Contains(form))
        {
            return false;
        }

        // An infinitive takes the base form, and an adjective comes before a noun: "to remarks", "violent attacks" are nouns.
        var plural = first == last && form.EndsWith('s') && !form.EndsWith("ss", StringComparison.Ordinal);
        if (plural && (previous == "to" || (char.IsLower(view.Tokens[first - 1 < 0 ? 0 : first - 1].Text[0]) && IsAdjectiveLike(previous))))
        {
            return true;
        }

        // A name or determiner, a noun, then a plural: "U.S. missile attacks" (reporting verbs excepted: "IBM spokesman says").
        if (plural && first >= 2 && view.Tokens[first - 1].IsWord && char.IsLower(view.Tokens[first - 1].Text[0]) && !_hints.PassiveAuxiliaries.Contains(previous)
            && !_hints.ContentObject.Contains(trigger.Type.Id)
            && (view.IsInName(first - 2) || _hints.Determiners.Contains(view.WordAt(first - 2)) || IsPossessive(view, first - 2)))
        {
            return true;
        }

        // After a preposition a bare form is a noun: "a warning against travel".
        if (previous != "to" && (_hints.IsPreposition(previous) || _hints.SubjectBlockers.Contains(previous)) && !form.EndsWith("ing", StringComparison.Ordinal))
        {
            return true;
        }

        // "a Russian offer", "the new talks": one adjective between a determiner and the trigger.
        var adjective = first - 1 >= 0 && view.Tokens[first - 1].IsWord ? view.Tokens[first - 1] : (EventToken?)null;
        if (adjective is { } word && (char.IsLower(word.Text[0]) || view.IsInName(first - 1)) && !_hints.PassiveAuxiliaries.Contains(word.Lower)
            && (_hints.Determiners.Contains(view.WordAt(first - 2)) || IsPossessive(view, first - 2)))
        {
            return true;
        }

        // "a $15 million request", "a 10-point plan": an amount between a determiner and the trigger.
        var k = first - 1;
        while (k >= 0 && IsAmountToken(view.Tokens[k]))
        {
            k--;
        }

        if (k < first - 1 && k >= 0 && (view.WordAt(k) is "a" or "an" or "the" || IsPossessive(view, k)))
        {
            return true;
        }

        return view.WordAt(last + 1) == "of" && !form.EndsWith("ing", StringComparison.Ordinal);
    }

    private static bool IsAmountToken(EventToken token) =>
        token.Text is "$" or "£" or "€" or "#" or "%" || token.Lower is "million" or "billion" or "trillion" or "bn" or "m"
        || (token.Text.Length > 0 && char.IsDigit(token.Text[0]));

    private static bool IsAdjectiveLike(string word)
    {
        string[] endings = ["ent", "ant", "al", "ive", "ous", "ic", "ful", "less", "ary", "ible", "able", "ian", "ish", "ed", "est", "ern", "ist"];
        return word.Length > 3 && endings.Any(ending => word.EndsWith(ending, StringComparison.Ordinal));
    }

    // "called Smith a liar", "called Hungary's entry a homecoming": the actor is followed by what it is called.
    private static bool NamedAfter(SentenceView view, int actorLast, TypeChoiceRule rule)
    {
        return !rule.NotAfterActor.IsEmpty
            && (rule.NotAfterActor.Contains(view.WordAt(actorLast + 1)) || (rule.NotAfterActor.Contains("'s") && (IsPossessive(view, actorLast) || IsPossessive(view, actorLast + 1))));
    }

    private static bool IsPossessive(SentenceView view, int index)
    {
        if (index < 0 || index >= view.Tokens.Length)
        {
            return false;
        }

        var token = view.Tokens[index];
        if (!token.IsWord)
        {
            // "the countries' talks": a bare apostrophe after a plural.
            return token.Text is "'" or "’" && index > 0 && view.Tokens[index - 1].Lower.EndsWith('s');
        }

        return token.Lower.EndsWith("'s", StringComparison.Ordinal);
    }

    private static string StripPossessive(string word) => word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word;
}
