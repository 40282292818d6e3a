using System.Collections.Immutable;

using EventTimeline.Actors;

namespace EventTimeline.Events;

/// <summary>Finds who takes part in a trigger's event and where it happened, from word order and prepositions within the trigger's clause.</summary>
/// <remarks>
/// Verbs: the nearest actor before the verb that no preposition governs is its subject (the doer, or the target when the verb is passive);
/// an actor right after it is its object (the target), unless the verb's object is what was said; "with X", "to X", "against X" give targets,
/// "by X" the doer, "between A and B" participants. Nouns: a name or possessive right before the noun is the doer ("Russian airstrikes",
/// "his remarks"), two of them are participants ("U.S.-Russia talks"); prepositions after it work as for verbs; a light verb's subject
/// ("Carter held talks") or the subject after a fronted phrase ("in a phone call with X, he warned") is the doer. Immutable and thread-safe.
/// </remarks>
internal sealed class ParticipantFinder
{
    private const int MaxWordsSkipped = 3;
    private const int MaxPhraseWordsSkipped = 4;
    private const int MaxObjectGap = 4;
    private const int MaxReachAfter = 12;
    private const int MaxNounReach = 7;
    private const int MaxPrenominalWords = 2;

    private readonly RoleHints _hints;
    private readonly StatusCues _cues;

    /// <summary>Creates a finder using the role hints and the past-tense forms of the status cues.</summary>
    public ParticipantFinder(RoleHints hints, StatusCues cues)
    {
        _hints = hints;
        _cues = cues;
    }

    /// <summary>Returns the participants and place of <paramref name="trigger"/>.</summary>
    /// <param name="view">The sentence.</param>
    /// <param name="trigger">The trigger.</param>
    /// <param name="triggers">Every trigger of the sentence.</param>
    /// <param name="isTrigger">For each token, whether it belongs to some trigger of the sentence.</param>
    /// <param name="previousSubjects">The subjects of the previous verb trigger in the sentence, for a coordinated verb.</param>
    public FoundParticipants Find(SentenceView view, FoundTrigger trigger, IReadOnlyList<FoundTrigger> triggers, IReadOnlyList<bool> isTrigger, ImmutableArray<ActorSpot> previousSubjects)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(trigger);
        ArgumentNullException.ThrowIfNull(triggers);
        ArgumentNullException.ThrowIfNull(isTrigger);
        var context = new Context(view, trigger, isTrigger, view.ClauseAt(trigger.First), triggers);
        foreach (var spot in view.Actors)
        {
            if (context.Clause.Contains(spot.First) && (spot.Last < trigger.First || spot.First > trigger.Last) && (spot.Kind != ActorKind.Media || IsAttribution(view, trigger, spot))
                && !(spot.Kind == ActorKind.Country && _hints.NotActorHeads.Contains(view.WordAt(spot.Last + 1)))
                && !IsNounModifier(view, trigger, spot, isTrigger) && !IsWordModifier(view, spot) && !IsTitleModifier(view, spot, isTrigger))
            {
                var preposition = PrepositionBefore(context, spot, coordinationDepth: 0);
                if (spot.First > trigger.Last && preposition is null or "to" && _finiteAuxiliaries.Contains(view.WordAt(spot.Last + 1)))
                {
                    // "said it wanted to be sure BP would honor", "to fund the commission Obama has appointed": the subject of a clause of its own.
                    continue;
                }

                context.Spots.Add(spot);
                context.Prepositions[spot] = preposition;
            }
        }

        if (PostposedOutlet(context) is { } outlet)
        {
            // "The navy has sent two ships, said Reuters": the outlet said it, not the navy.
            return new FoundParticipants([new SpotRole(outlet, ParticipantRole.Source)], null, [outlet]);
        }

        var subjects = trigger.Nominal ? NominalRoles(context) : VerbalRoles(context, previousSubjects);
        var (location, locationMention) = ChooseLocation(context);
        var actors = context.Roles
            .GroupBy(pair => pair.Spot.MentionIndex)
            .Select(group => group.OrderBy(pair => pair.Role).First())
            .OrderBy(pair => pair.Role)
            .ThenBy(pair => pair.Spot.First)
            .ToImmutableArray();
        return new FoundParticipants(actors, location, subjects) { LocationMention = locationMention };
    }

    /// <summary>"…, the Associated Press reports", "Reuters reported", "…, said Reuters": an outlet right beside a verb is the one who reports, kept as its subject so that the reporter filter drops the attribution; elsewhere an outlet takes no part.</summary>
    private bool IsAttribution(SentenceView view, FoundTrigger trigger, ActorSpot spot)
    {
        if (trigger.Nominal || spot.IsPronoun)
        {
            return false;
        }

        if (spot.Last == trigger.First - 1)
        {
            return true;
        }

        var gap = spot.First - trigger.Last - 1;
        return gap == 0 || (gap == 1 && _hints.Determiners.Contains(view.WordAt(trigger.Last + 1)));
    }

    // A closing quotation mark: a right curly quote, a straight double quote or two apostrophes ("''") after the quoted words.
    private static bool IsClosingQuote(SentenceView view, int index) =>
        view.Tokens[index].Text is "”" or "\"" || (view.Tokens[index].Text == "'" && index > 0 && view.Tokens[index - 1].Text == "'");

    /// <summary>An outlet right after a verb that follows a comma or a closing quotation ("..., said Reuters", "...,” said the Associated Press"), or null.</summary>
    private static ActorSpot? PostposedOutlet(Context context)
    {
        var trigger = context.Trigger;
        if (trigger.Nominal || trigger.First == 0 || context.View.Tokens[trigger.First - 1].Text is not ("," or "”" or "\"" or "''"))
        {
            return null;
        }

        // Only an outlet right after the verb (IsAttribution) is among the spots.
        return context.Spots.FirstOrDefault(spot => spot.Kind == ActorKind.Media && spot.First > trigger.Last);
    }

    private const int MaxTitleWords = 3;

    /// <summary>"said Coast Guard Admiral Thad Allen", "met Russian Foreign Minister Sergei Lavrov": a body or country right before a person's title only says whose officer the person is; the person takes part.</summary>
    private bool IsTitleModifier(SentenceView view, ActorSpot spot, IReadOnlyList<bool> isTrigger)
    {
        if (spot.IsPronoun || spot.Kind is ActorKind.Person or ActorKind.Place or ActorKind.Media or ActorKind.Product
            || view.Tokens[spot.Last].Lower.EndsWith("'s", StringComparison.Ordinal) || view.Tokens[spot.Last].Lower.EndsWith("\u2019s", StringComparison.Ordinal))
        {
            return false;
        }

        for (var j = spot.Last + 1; j < view.Tokens.Length && j <= spot.Last + MaxTitleWords + 1; j++)
        {
            if (view.SpotStartingAt(j) is { } next && next != spot)
            {
                return next.Kind == ActorKind.Person && !next.IsPronoun && !next.Mention.RoleOnly;
            }

            var token = view.Tokens[j];
            if (!token.IsWord || isTrigger[j] || view.IsInTime(j) || _notNounHeads.Contains(token.Lower) || _hints.IsPreposition(token.Lower)
                || _hints.SubjectBlockers.Contains(token.Lower) || _hints.Determiners.Contains(token.Lower) || _hints.PassiveAuxiliaries.Contains(token.Lower)
                || _cues.IsPast(token.Lower) || (char.IsLower(token.Text[0]) && (token.Lower.EndsWith("ing", StringComparison.Ordinal) || token.Lower.EndsWith("ly", StringComparison.Ordinal))))
            {
                return false;
            }
        }

        return false;
    }

    private static readonly ImmutableHashSet<string> _notNounHeads = ImmutableHashSet.Create(
        StringComparer.Ordinal, "and", "or", "but", "nor", "to", "that", "which", "who", "whom", "whose", "where", "when", "while", "as", "if", "than",
        "has", "have", "had", "will", "would", "could", "can", "may", "might", "must", "should", "shall", "did", "does", "do", "not", "also",
        "says", "said", "say", "tells", "told", "wants", "needs", "agreed", "agrees", "insists", "denies", "claims", "warns", "hopes", "itself", "alone", "too");

    /// <summary>"took over a U.S. steel plant", "bought the US shale gas producer": a country before a compound of common nouns only says where the thing is from; the thing, not the country, takes part.</summary>
    /// <remarks>Only inside a noun phrase opened by an article or a number: a bare name may be a subject or object followed by its verb ("Russia warned", "demanded Russia scale back"), and a name right before a nominal trigger is its doer ("Russian airstrikes"). Bodies that stand for the country ("Russian forces") are mentions of their own, and a country before a single noun is kept ("a Turkish court acquitted", "shot down 40 Russian drones"); places stay where the event happened ("in Latakia province").</remarks>
    private bool IsNounModifier(SentenceView view, FoundTrigger trigger, ActorSpot spot, IReadOnlyList<bool> isTrigger)
    {
        var next = spot.Last + 1;
        if (spot.IsPronoun || spot.Kind is not (ActorKind.Country or ActorKind.Company) || next >= view.Tokens.Length || (next >= trigger.First && next <= trigger.Last)
            || view.Tokens[spot.Last].Lower.EndsWith("'s", StringComparison.Ordinal))
        {
            return false;
        }

        var token = view.Tokens[next];

        // "told the US Public Broadcasting Service (PBS)": a country before capitalized words no actor took is the start of a name.
        if (spot.Kind == ActorKind.Country && token.IsWord && char.IsUpper(token.Text[0]) && !view.IsInTime(next)
            && (view.IsInName(next) || (next + 1 < view.Tokens.Length && view.Tokens[next + 1].IsWord && char.IsUpper(view.Tokens[next + 1].Text[0]) && !view.IsInTime(next + 1))))
        {
            return true;
        }

        if (!token.IsWord || !char.IsLower(token.Text[0]) || view.IsInName(next) || view.IsInTime(next) || _notNounHeads.Contains(token.Lower)
            || _hints.IsPreposition(token.Lower) || _hints.SubjectBlockers.Contains(token.Lower) || _hints.PassiveAuxiliaries.Contains(token.Lower)
            || token.Lower.EndsWith("ly", StringComparison.Ordinal) || token.Lower.EndsWith("ed", StringComparison.Ordinal) || _cues.IsPast(token.Lower))
        {
            return false;
        }

        // A compound of two or more common nouns follows ("U.S. steel plant", "US shale gas producer"): a country before one noun
        // often stands for the country ("a Turkish court", "40 Russian drones"). A company before any noun is its owner or maker
        // ("a BP oil rig caught fire", "the BP oil spill"), unless that noun is the trigger itself ("the BP spill": BP's).
        // And the noun phrase opens with an article or a number a few modifiers before the name ("urged the US to act" has no compound).
        if (spot.Kind == ActorKind.Company)
        {
            for (var k = next; k < view.Tokens.Length && k <= next + MaxPrenominalWords; k++)
            {
                if (k >= trigger.First && k <= trigger.Last)
                {
                    return false;
                }

                if (!IsNounCandidate(view, k, isTrigger))
                {
                    break;
                }
            }
        }
        else if (!IsNounCandidate(view, next + 1, isTrigger))
        {
            return false;
        }

        for (var j = spot.First - 1; j >= 0 && j >= spot.First - 3; j--)
        {
            var word = view.WordAt(j);
            if (word is "a" or "an" or "the" || (word.Length > 0 && char.IsDigit(word[0])))
            {
                return true;
            }

            if (!IsNounCandidate(view, j, isTrigger))
            {
                return false;
            }
        }

        return false;
    }

    private bool IsNounCandidate(SentenceView view, int index, IReadOnlyList<bool> isTrigger)
    {
        if (index >= view.Tokens.Length || isTrigger[index] || _cues.IsPast(view.Tokens[index].Lower))
        {
            return false;
        }

        var token = view.Tokens[index];
        return token.IsWord && char.IsLower(token.Text[0]) && !view.IsInName(index) && !view.IsInTime(index) && !_notNounHeads.Contains(token.Lower)
            && !_hints.IsPreposition(token.Lower) && !_hints.SubjectBlockers.Contains(token.Lower) && !_hints.PassiveAuxiliaries.Contains(token.Lower)
            && !_hints.Determiners.Contains(token.Lower);
    }

    private ImmutableArray<ActorSpot> VerbalRoles(Context context, ImmutableArray<ActorSpot> previousSubjects)
    {
        var trigger = context.Trigger;
        var view = context.View;
        var reducedPassiveHead = ReducedPassiveHead(context);
        var passive = IsPassive(view, trigger) || IsCoordinatedPassive(context) || reducedPassiveHead is not null;
        var contentObject = _hints.ContentObject.Contains(trigger.Type) && !_hints.AddresseeLemmas.Contains(EventTokenizer.Lower(trigger.Trigger.Lemma));

        // "..., said Julianne Smith": after a comma or a closing quotation, the speaker follows the reporting verb.
        var next = view.SpotStartingAt(trigger.Last + 1);
        var mainVerb = ParticipialMainVerb(context);
        var inverted = contentObject && mainVerb is null && next is not null && context.Spots.Contains(next) && context.Prepositions[next] is null
            && (AtClauseStart(context) || (trigger.First > 0 && view.Tokens[trigger.First - 1].Text == "," && !context.Spots.Any(spot => spot.Last < trigger.First && context.Prepositions[spot] is null)));
        // "“Where's the bid?” asked Pierre Panet-Raymond": a verb that takes its addressee as object ("asked X") takes its speaker there when the quotation ends right before it.
        var quoteInverted = !inverted && (mainVerb is null && next is not null && context.Spots.Contains(next) && context.Prepositions[next] is null
            && _hints.AddresseeLemmas.Contains(EventTokenizer.Lower(trigger.Trigger.Lemma)) && trigger.First > 0 && IsClosingQuote(view, trigger.First - 1));
        inverted |= quoteInverted;
        var subjects = inverted
            ? [next!]
            : reducedPassiveHead is not null
                ? [reducedPassiveHead]
            : mainVerb is not null
                ? Find(view, mainVerb, context.All, context.IsTrigger, previousSubjects).Subjects
            : IsCoordinatedVerb(context) && !previousSubjects.IsDefaultOrEmpty
                ? previousSubjects
                : IsReducedRelative(view, trigger) ? [] : FindSubjects(context, trigger.First);
        if (subjects.IsEmpty && RelativeAntecedent(context) is { } antecedent)
        {
            subjects = [antecedent];
        }

        if (subjects.IsEmpty && TheirPair(context) is [var first, var second])
        {
            context.Roles.Add(new SpotRole(first, ParticipantRole.Source));
            context.Roles.Add(new SpotRole(second, ParticipantRole.Participant));
            return [];
        }

        AddSubjects(context, subjects, passive ? ParticipantRole.Target : ParticipantRole.Source, IsMutual(trigger));
        AddAddresseeBefore(context, subjects, passive || contentObject);
        var objectTaken = inverted;
        var ofNoun = new List<ActorSpot>();
        foreach (var spot in After(context))
        {
            // What follows a speaker after a quotation describes the speaker ("asked X, an analyst with Y").
            if (subjects.Contains(spot) || (quoteInverted && spot.First > next!.Last))
            {
                continue;
            }

            var preposition = context.Prepositions[spot];

            // "approved the merger of A and B", "elected X as speaker of the National Assembly", "visited the city of Porto Alegre":
            // the actor belongs to the noun before "of", not to the verb, and so does an actor coordinated with it.
            if ((preposition == "of" && OfBelongsToNoun(context, spot))
                || (CoordinatedBefore(context, spot) is { } coordinated && ofNoun.Contains(coordinated)))
            {
                ofNoun.Add(spot);
                continue;
            }

            if (preposition is not null)
            {
                AddByPreposition(context, spot, preposition);
                continue;
            }

            // "met his counterpart X": a possessive pronoun before an actor is a determiner of that object, not the object
            // ("fighting his government" keeps the pronoun, for want of an actor after it).
            if (spot.IsPronoun && view.WordAt(spot.First) is "his" or "her" or "its" or "their" && view.SpotStartingAt(spot.Last + 1) is not null)
            {
                continue;
            }

            // "urged Ethiopia and Eritrea to ...": an object coordinated with the target is a target too.
            if (objectTaken && !contentObject && spot.Kind != ActorKind.Place && CoordinatedBefore(context, spot) is { } previous
                && context.Roles.Any(pair => pair.Spot == previous && pair.Role == ParticipantRole.Target))
            {
                context.Roles.Add(new SpotRole(spot, ParticipantRole.Target));
                continue;
            }

            if (objectTaken || _hints.IntransitiveTypes.Contains(trigger.Type) || !(IsNear(view, trigger.Last, spot.First) || AppositiveObject(view, trigger.Last, spot)) || IsModifier(view, spot))
            {
                continue;
            }

            objectTaken = true;
            if (subjects.IsEmpty && !passive && contentObject && AtClauseStart(context))
            {
                // "said Pentagon spokesman Peter Cook" at the start of a clause: the subject follows its verb.
                context.Roles.Add(new SpotRole(spot, ParticipantRole.Source));
                subjects = [spot];
            }
            else if (spot.Kind == ActorKind.Place)
            {
                context.LocationSpots.Add(spot);
            }
            else if (!contentObject)
            {
                context.Roles.Add(new SpotRole(spot, ParticipantRole.Target));
            }
        }

        return subjects;
    }

    /// <summary>"Thad Allen, the official appointed by Barack Obama", "workers hired by BP": a past participle with no auxiliary, right after a noun and before "by" and an actor, is a reduced passive relative; the noun, or the name it stands in apposition to, undergoes the event.</summary>
    private ActorSpot? ReducedPassiveHead(Context context)
    {
        var view = context.View;
        var trigger = context.Trigger;
        var form = view.Tokens[trigger.Last].Lower;
        if (trigger.Nominal || trigger.First == 0 || !(_cues.IsPast(form) || form.EndsWith("en", StringComparison.Ordinal)) || view.WordAt(trigger.Last + 1) != "by"
            || view.SpotStartingAt(view.WordAt(trigger.Last + 2) == "the" ? trigger.Last + 3 : trigger.Last + 2) is not { IsPronoun: false } agent || agent.Kind == ActorKind.Place)
        {
            return null;
        }

        if (view.SpotEndingAt(trigger.First - 1) is { IsPronoun: false } head)
        {
            return head.Kind is ActorKind.Place or ActorKind.Media || view.Tokens[head.Last].Lower.EndsWith("'s", StringComparison.Ordinal) ? null : head;
        }

        // ", the official appointed by": back over the noun phrase of an apposition to the name before its comma.
        for (var j = trigger.First - 1; j >= 1 && j >= trigger.First - MaxAppositionWords; j--)
        {
            var token = view.Tokens[j];
            if (token.Text == ",")
            {
                return view.WordAt(j + 1) is "the" or "a" or "an" && view.SpotEndingAt(j - 1) is { IsPronoun: false } named
                    && named.Kind is not (ActorKind.Place or ActorKind.Media) ? named : null;
            }

            if (!token.IsWord || context.IsTrigger[j] || view.IsInName(j) || view.IsInTime(j) || !char.IsLower(token.Text[0])
                || _hints.PassiveAuxiliaries.Contains(token.Lower) || _finiteAuxiliaries.Contains(token.Lower) || _hints.IsPreposition(token.Lower)
                || _hints.SubjectBlockers.Contains(token.Lower) || token.Lower is "and" or "or" or "but" or "who" or "which" or "that" or "been")
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"has written to BP demanding answers", "sent a letter to the minister urging": an "-ing" verb right after "to X" is aimed at X.</summary>
    private static void AddAddresseeBefore(Context context, ImmutableArray<ActorSpot> subjects, bool skip)
    {
        var view = context.View;
        var trigger = context.Trigger;
        if (skip || !view.Tokens[trigger.First].Lower.EndsWith("ing", StringComparison.Ordinal)
            || view.SpotEndingAt(trigger.First - 1) is not { } addressee || addressee.Kind is ActorKind.Place or ActorKind.Media
            || !context.Spots.Contains(addressee) || context.Prepositions[addressee] != "to" || subjects.Contains(addressee))
        {
            return;
        }

        context.Roles.Add(new SpotRole(addressee, ParticipantRole.Target));
    }

    /// <summary>"Duferco Corp., a partnership that took over the plant", "Shell, which announced": the verb right after a relative pronoun has the name the relative clause hangs on for subject.</summary>
    private ActorSpot? RelativeAntecedent(Context context)
    {
        var view = context.View;
        var opener = -1;
        for (var j = context.Trigger.First - 1; j >= context.Clause.Start && j >= context.Trigger.First - 4; j--)
        {
            if (view.WordAt(j) is "who" or "which" or "that")
            {
                opener = j;
                break;
            }

            if (!view.Tokens[j].IsWord || view.IsInName(j) || view.IsInTime(j) || !char.IsLower(view.Tokens[j].Text[0]))
            {
                return null;
            }
        }

        if (opener < 1)
        {
            return null;
        }

        // Back over an apposition ("a Swiss-Russian partnership") to the name it describes, across at most one comma.
        var commas = 0;
        var nouns = 0;
        var comma = -1;
        var qualified = false;
        for (var j = opener - 1; j >= 0 && j >= opener - MaxAppositionWords; j--)
        {
            var token = view.Tokens[j];
            if (view.SpotEndingAt(j) is { } spot && !spot.IsPronoun && !IsModifier(view, spot))
            {
                // "a U.S. government staffer who visited": a name before the nouns the clause hangs on only qualifies them;
                // the name is further back, past an apposition's comma ("W. Mark Felt, the former FBI deputy who revealed").
                if (nouns > 0 && commas == 0)
                {
                    qualified = true;
                    j = spot.First;
                    continue;
                }

                if (qualified && view.WordAt(comma + 1) is not ("the" or "a" or "an"))
                {
                    return null;
                }

                var before = view.WordAt(spot.First - 1);
                return spot.Kind == ActorKind.Place || spot.Kind == ActorKind.Media || _hints.IsPreposition(before) || _hints.SubjectBlockers.Contains(before) ? null : spot;
            }

            if (token.Text == "," && ++commas <= 1)
            {
                comma = j;
                continue;
            }

            if (commas == 0 && token.IsWord && char.IsLower(token.Text[0]) && !view.IsInName(j))
            {
                nouns++;
            }

            if (!token.IsWord || (view.IsInName(j) && view.SpotEndingAt(j) is null && !view.Actors.Any(other => other.First <= j && other.Last >= j && IsModifier(view, other)))
                || view.IsInTime(j) || _hints.IsPreposition(token.Lower) || _hints.SubjectBlockers.Contains(token.Lower)
                || context.Verbal.Any(verb => verb.First <= j && verb.Last >= j))
            {
                return null;
            }
        }

        return null;
    }

    private const int MaxAppositionWords = 8;

    private static readonly ImmutableHashSet<string> _placeNouns = ImmutableHashSet.Create(
        StringComparer.Ordinal, "city", "town", "village", "province", "region", "state", "capital", "district", "island", "port");

    /// <summary>Whether the "of" before <paramref name="spot"/> follows an event noun ("the merger of"), a place noun ("the city of") or a role after "as" ("as speaker of").</summary>
    private static bool OfBelongsToNoun(Context context, ActorSpot spot)
    {
        var view = context.View;
        var of = spot.First - 1;
        if (view.WordAt(of) == "the")
        {
            of--;
        }

        if (view.WordAt(of) != "of" || of < 1)
        {
            return false;
        }

        var noun = of - 1;
        if (context.All.Any(other => other != context.Trigger && other.Nominal && other.Last == noun) || _placeNouns.Contains(view.WordAt(noun)))
        {
            return true;
        }

        for (var j = noun; j > context.Trigger.Last && j >= noun - 3; j--)
        {
            if (view.WordAt(j) == "as")
            {
                return true;
            }

            if (!view.Tokens[j].IsWord)
            {
                break;
            }
        }

        return false;
    }

    private static bool AtClauseStart(Context context)
    {
        var first = context.Trigger.First;
        return first == context.Clause.Start || (first > 0 && context.View.Tokens[first - 1].Text is "”" or "\"" or "'" or "’");
    }

    /// <summary>Whether an "-ing" verb modifies the noun before it ("rebel groups fighting the government"): its subject is that noun, not a name further back.</summary>
    private bool IsReducedRelative(SentenceView view, FoundTrigger trigger)
    {
        var form = view.Tokens[trigger.First].Lower;
        if (!form.EndsWith("ing", StringComparison.Ordinal) || trigger.First == 0)
        {
            return false;
        }

        var previous = view.Tokens[trigger.First - 1];
        return previous.IsWord && char.IsLower(previous.Text[0]) && !view.IsInName(trigger.First - 1)
            && !_hints.IsPreposition(previous.Lower) && !_hints.SubjectBlockers.Contains(previous.Lower)
            && !_hints.PassiveAuxiliaries.Contains(previous.Lower) && !previous.Lower.EndsWith("ly", StringComparison.Ordinal)
            && previous.Lower is not ("and" or "or" or "but" or "not" or "still" or "also" or "keep" or "keeps" or "kept" or "started" or "began" or "continued" or "stopped");
    }

    private ImmutableArray<ActorSpot> NominalRoles(Context context)
    {
        var trigger = context.Trigger;
        var prenominal = context.Spots.Where(spot => spot.Last < trigger.First && IsPrenominal(context, spot) && !AfterPossessiveDeterminer(context.View, spot)).ToList();
        var doers = prenominal.Where(spot => spot.Kind != ActorKind.Place).ToList();
        context.LocationSpots.AddRange(prenominal.Where(spot => spot.Kind == ActorKind.Place));
        foreach (var spot in doers)
        {
            context.Roles.Add(new SpotRole(spot, doers.Count == 1 ? ParticipantRole.Source : ParticipantRole.Participant));
        }

        foreach (var spot in After(context))
        {
            if (context.Prepositions[spot] is { } preposition)
            {
                AddByPreposition(context, spot, preposition);
            }
        }

        if (context.Roles.Any(pair => pair.Role == ParticipantRole.Source) || doers.Count > 1)
        {
            return [];
        }

        // "Carter and Shoigu held their first talks", "the US began talks with Russia".
        if (LightVerbBefore(context) is { } lightVerb)
        {
            var subjects = FindSubjects(context, lightVerb.Start);
            AddSubjects(context, subjects, ParticipantRole.Source, IsMutual(trigger));
            if (lightVerb.IndirectObject is { } indirect && !subjects.Contains(indirect))
            {
                context.Roles.Add(new SpotRole(indirect, ParticipantRole.Target));
            }

            return subjects;
        }

        if (TheirPair(context) is [var first, var second])
        {
            context.Roles.Add(new SpotRole(first, ParticipantRole.Source));
            context.Roles.Add(new SpotRole(second, ParticipantRole.Participant));
            return [];
        }

        // "in a phone call with X, he demanded ...": the subject after the fronted phrase.
        if (FrontedSubject(context) is { } fronted)
        {
            context.Roles.Add(new SpotRole(fronted, ParticipantRole.Source));
            return [fronted];
        }

        // "Ban Ki-moon listens to Margaret Chan during a visit to the centre": the clause's subject is the doer of the event that frames it.
        if (context.Roles.Count > 0 && IsAdjunct(context) && FindSubjects(context, trigger.First) is [var subject, ..] && subject.Kind != ActorKind.Place)
        {
            context.Roles.Add(new SpotRole(subject, ParticipantRole.Source));
            return [];
        }

        // "X listens to Y during a news conference": the clause's actors take part in the event that frames it.
        if (context.Roles.Count == 0 && IsAdjunct(context))
        {
            foreach (var spot in context.Spots.Where(spot => spot.Last < trigger.First && spot.Kind != ActorKind.Place
                && context.Prepositions[spot] is null or "with" or "to"))
            {
                context.Roles.Add(new SpotRole(spot, ParticipantRole.Participant));
            }
        }

        return [];
    }

    /// <summary>The actors after the trigger that can belong to it: near enough, and not taken by another trigger in between.</summary>
    /// <remarks>A verb keeps the phrases after its object's noun ("demanded an apology from X": X is whom the demand is aimed at), but not past another verb ("condemned the raid and demanded ... from X"). A noun, or a verb whose object is what was said, keeps only what comes before the next trigger, and a noun only its own phrase: a few words, no punctuation ("the arrival of four Russian jets").</remarks>
    private IEnumerable<ActorSpot> After(Context context)
    {
        var trigger = context.Trigger;
        var strict = trigger.Nominal || _hints.ContentObject.Contains(trigger.Type);
        var reach = strict ? MaxNounReach : MaxReachAfter;

        // "denounced Britain and praised ...": a second verb after "and" ends what the first one governs.
        for (var j = trigger.Last + 1; j < context.Clause.End - 1; j++)
        {
            var next = context.View.Tokens[j + 1];
            if (context.View.WordAt(j) is "and" or "or" or "but" && next.IsWord && char.IsLower(next.Text[0])
                && !_hints.Determiners.Contains(next.Lower) && !context.View.IsInName(j + 1))
            {
                reach = Math.Min(reach, j - trigger.Last);
                break;
            }
        }

        // "said he planned to speak with Obama", "announced that ...": what a reporting verb governs ends where the reported clause opens.
        if (!trigger.Nominal && _hints.ContentObject.Contains(trigger.Type))
        {
            for (var j = trigger.Last + 1; j < context.Clause.End && j - trigger.Last <= reach; j++)
            {
                if (context.View.WordAt(j) is "that" or "he" or "she" or "they" or "we" or "i" or "it")
                {
                    reach = Math.Min(reach, j - trigger.Last);
                    break;
                }
            }
        }

        // "bought terms such as 'oil spill' from search engine providers including Google": a name a phrase lists reaches as far as the phrase.
        var kept = context.Spots.Where(spot => spot.First > trigger.Last
            && (spot.First - trigger.Last <= reach || (ListedFar(context, spot) && spot.First - trigger.Last <= reach + MaxPhraseWordsSkipped))
            && !context.Verbal.Any(other => other.First > trigger.Last && other.Last < spot.First)
            && !(strict && context.All.Any(other => other != trigger && other.First > trigger.Last && other.Last < spot.First))
            && !(strict && Enumerable.Range(trigger.Last + 1, spot.First - trigger.Last - 1).Any(j => IsBreak(context.View.Tokens[j]))))
            .ToList();

        // "the killing by police of a 15-year-old boy, Alexandros Grigoropoulos": a name in apposition closing the phrase belongs to it.
        kept.AddRange(context.Spots.Where(spot => !kept.Contains(spot) && spot.First > trigger.Last + 1 && spot.First - trigger.Last <= MaxReachAfter
            && context.View.Tokens[spot.First - 1].Text == "," && AppositionPreposition(context, spot.First - 1) is not null
            && !context.All.Any(other => other != trigger && other.First > trigger.Last && other.Last < spot.First)
            && !Enumerable.Range(trigger.Last + 1, spot.First - trigger.Last - 2).Any(j => IsBreak(context.View.Tokens[j]))));

        // A list goes on past the reach and its commas: "a deal involving Turkey, Russia, Iran and Saudi Arabia".
        foreach (var spot in context.Spots.Where(spot => spot.First > trigger.Last).OrderBy(spot => spot.First))
        {
            if (!kept.Contains(spot) && CoordinatedBefore(context, spot) is { } previous && kept.Contains(previous))
            {
                kept.Add(spot);
            }
        }

        return kept;
    }

    private static bool ListedFar(Context context, ActorSpot spot) =>
        context.View.WordAt(spot.First - 1) == "including" && context.Prepositions[spot] is { } preposition && preposition != "including";

    private static bool IsBreak(EventToken token) => !token.IsWord && token.Text is not ("'" or "’" or "-");

    private void AddByPreposition(Context context, ActorSpot spot, string preposition)
    {
        // A past form is a verb even where a name's abbreviation before it hides its subject ("Eugene Ryman Jr. said of").
        var verbal = !context.Trigger.Nominal || (context.Trigger.First == context.Trigger.Last && _cues.IsPast(context.View.Tokens[context.Trigger.First].Lower));
        var role = _hints.RoleOf(preposition, context.Trigger.Type, verbal);
        if (role is null or PrepositionRole.Topic || (preposition == "by" && AgentOfOtherParticiple(context, spot)) || PossessorOfOtherEvent(context, spot, nounToo: false))
        {
            return;
        }

        // "bought a 20% stake in Beta Inc.": the company a share is in is what the trigger acts on.
        if (preposition == "in" && spot.Kind is ActorKind.Company or ActorKind.Organization && !_hints.ContentObject.Contains(context.Trigger.Type)
            && spot.First >= 2 && context.View.WordAt(spot.First - 1) == "in" && _hints.StakeNouns.Contains(context.View.WordAt(spot.First - 2)))
        {
            context.Roles.Add(new SpotRole(spot, ParticipantRole.Target));
            return;
        }

        if (spot.Kind == ActorKind.Place || (role == PrepositionRole.Location && spot.Kind == ActorKind.Country))
        {
            context.LocationSpots.Add(spot);
            return;
        }

        if (PossessorOfOtherEvent(context, spot, nounToo: true))
        {
            return;
        }

        switch (role)
        {
            case PrepositionRole.Source:
                context.Roles.Add(new SpotRole(spot, ParticipantRole.Source));
                break;
            case PrepositionRole.Target:
                context.Roles.Add(new SpotRole(spot, ParticipantRole.Target));
                break;
            case PrepositionRole.Participant:
                context.Roles.Add(new SpotRole(spot, ParticipantRole.Participant));
                break;
            default:
                break;
        }
    }

    /// <summary>"a prelude to Obama's meeting": a possessive after the preposition determines the event noun right after it, whose doer it is; it is no party of the trigger.</summary>
    private static bool PossessorOfOtherEvent(Context context, ActorSpot spot, bool nounToo)
    {
        var view = context.View;
        var last = view.Tokens[spot.Last].Lower;
        var next = spot.Last + 1;
        var possessive = last.EndsWith("'s", StringComparison.Ordinal) || last.EndsWith("\u2019s", StringComparison.Ordinal);
        if (!possessive && next < view.Tokens.Length && view.Tokens[next].Text is "'s" or "\u2019s" or "'" or "\u2019")
        {
            possessive = true;
            next++;
        }

        if (!possessive || next >= view.Tokens.Length)
        {
            return false;
        }

        // "rejecting comparisons to the Bush administration's handling": the possessor determines a common noun, the real object.
        var noun = view.Tokens[next];
        if (context.All.Any(other => other != context.Trigger && other.Nominal && other.First == next))
        {
            return true;
        }

        if (!nounToo || !noun.IsWord || !char.IsLower(noun.Text[0]) || view.IsInName(next) || view.IsInTime(next))
        {
            return false;
        }

        // "talks with Russia's foreign minister Sergei Lavrov": a possessor of a title is no determiner of a thing; the titled person takes part.
        for (var k = next; k < view.Tokens.Length && k <= next + MaxTitleWords; k++)
        {
            if (view.SpotStartingAt(k) is { } titled)
            {
                return titled.Kind != ActorKind.Person;
            }

            if (!view.Tokens[k].IsWord || context.IsTrigger[k] || view.IsInTime(k) || _finiteAuxiliaries.Contains(view.Tokens[k].Lower)
                || view.Tokens[k].Lower is "of" or "for" or "in" or "on" or "at" or "to" or "with" or "by" or "from" or "and" or "or")
            {
                break;
            }
        }

        return true;
    }

    /// <summary>"confirmed letters of credit issued by 15 banks": a "by" right after another past participle names that participle's agent, not the trigger's doer.</summary>
    private bool AgentOfOtherParticiple(Context context, ActorSpot spot)
    {
        var view = context.View;
        for (var j = spot.First - 1; j > context.Trigger.Last && j >= spot.First - MaxWordsSkipped - 1; j--)
        {
            if (view.WordAt(j) != "by")
            {
                continue;
            }

            var participle = j - 1;
            return participle > context.Trigger.Last && !context.IsTrigger[participle] && view.Tokens[participle].IsWord && !view.IsInName(participle)
                && (_cues.IsPast(view.Tokens[participle].Lower) || view.Tokens[participle].Lower.EndsWith("en", StringComparison.Ordinal));
        }

        return false;
    }

    /// <summary>"Salazar and Allen told the public", "victims, lawyers and officials suggested": coordinated subjects all do (or, passive, undergo) the event; of a mutual event ("Japan and South Korea will hold talks", "Turkey and Greece signed an agreement") the first is the doer and the others take part with it.</summary>
    private static void AddSubjects(Context context, ImmutableArray<ActorSpot> subjects, ParticipantRole role, bool mutual)
    {
        for (var k = 0; k < subjects.Length; k++)
        {
            context.Roles.Add(new SpotRole(subjects[k], k == 0 || !mutual ? role : ParticipantRole.Participant));
        }
    }

    private bool IsMutual(FoundTrigger trigger) =>
        _hints.MutualTypes.Contains(trigger.Type) || _hints.MutualLemmas.Contains(EventTokenizer.Lower(trigger.Trigger.Lemma));

    /// <summary>"The government of Nepal declared", "Shares of Koru Foods rose": with no other subject, the actor of a clause-opening "noun of X" right before the verb.</summary>
    private static ActorSpot? OfHeadSubject(Context context, int before)
    {
        var view = context.View;
        var spot = context.Spots.FirstOrDefault(spot => spot.Last == before - 1 && context.Prepositions[spot] == "of" && spot.Kind != ActorKind.Place);
        if (spot is null)
        {
            return null;
        }

        // The words before "of": one or two nouns, after an optional determiner, opening the clause.
        var of = spot.First - 1;
        while (of > context.Clause.Start && view.WordAt(of) != "of")
        {
            of--;
        }

        var start = context.Clause.Start;
        while (start < of && !view.Tokens[start].IsWord)
        {
            start++;
        }

        if (view.WordAt(start) is "the" or "a" or "an")
        {
            start++;
        }

        var words = of - start;
        return view.WordAt(of) == "of" && words is >= 1 and <= 2
            && Enumerable.Range(start, words).All(j => view.Tokens[j].IsWord && !view.IsInName(j) && !view.IsInTime(j)) ? spot : null;
    }

    private ImmutableArray<ActorSpot> FindSubjects(Context context, int before)
    {
        var subject = context.Spots
            .Where(spot => spot.Last < before && context.Prepositions[spot] is null && !IsModifier(context.View, spot) && !InAppositive(context, spot, before)
                && !SpeakerOfReportedClause(context, spot, before)
                && !IsPersonPossessor(context.View, spot, before) && !IsPlaceModifier(context.View, spot, before) && !PossessedGerund(context.View, spot, before))
            .OrderByDescending(spot => spot.Last)
            .ThenBy(spot => spot.First)
            .FirstOrDefault() ?? OfHeadSubject(context, before);
        if (subject is null || HasOwnSubject(context.View, subject, before))
        {
            return [];
        }

        // "Carter and Shoigu", "the US, Britain and France".
        var subjects = new List<ActorSpot> { subject };
        var current = subject;
        while (CoordinatedBefore(context, current) is { } previous && context.Prepositions.GetValueOrDefault(previous) is null && !subjects.Contains(previous)
            && !IsSharedTitle(context.View, previous, current))
        {
            subjects.Insert(0, previous);
            current = previous;
        }

        return [.. subjects];
    }

    private static readonly ImmutableHashSet<string> _reportingVerbTypes = ImmutableHashSet.Create(StringComparer.Ordinal, "statement", "announcement", "denial");

    private static readonly ImmutableHashSet<string> _clauseSubjectDeterminers = ImmutableHashSet.Create(
        StringComparer.Ordinal, "the", "a", "an", "this", "these", "those", "some", "many", "most", "all", "no");

    /// <summary>"Suttles said the first rig was due to arrive": a name before a reporting verb whose reported clause opens with a subject of its own is the speaker, not the doer of the reported event.</summary>
    private static bool SpeakerOfReportedClause(Context context, ActorSpot spot, int before)
    {
        var view = context.View;
        foreach (var verb in context.Verbal)
        {
            if (verb.First <= spot.Last || verb.Last >= before || !_reportingVerbTypes.Contains(verb.Type))
            {
                continue;
            }

            var next = verb.Last + 1;
            while (next < before && (view.WordAt(next) == "that" || view.IsInTime(next) || view.Tokens[next].Text == ","))
            {
                next++;
            }

            // "ActionAid said aid was trickling in": the trigger itself opens the reported clause.
            if (next == before || (next < before && _clauseSubjectDeterminers.Contains(view.WordAt(next))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"National Wildlife Federation president and CEO Larry Schweiger": a bare role joined by "and" to a titled name is a second title of the same person.</summary>
    private static bool IsSharedTitle(SentenceView view, ActorSpot previous, ActorSpot current) =>
        previous.Mention.RoleOnly && !previous.Mention.Plural && !previous.IsPronoun && !current.Mention.RoleOnly && current.Mention.Title is not null
        && view.WordAt(previous.Last + 1) == "and" && view.WordAt(previous.First) is not ("the" or "a" or "an" or "his" or "her" or "its" or "their");

    /// <summary>Whether the name is only part of a hyphenated word ("a Washington-based think tank"): a modifier, never a subject or object.</summary>
    /// <summary>"A Dhaka court acquitted ...": a place after "a" or "an" and before a plain noun only says where the noun is from.</summary>
    private static bool IsPlaceModifier(SentenceView view, ActorSpot spot, int verb) =>
        spot.Kind == ActorKind.Place && view.WordAt(spot.First - 1) is "a" or "an" && spot.Last + 1 < verb
        && view.Tokens[spot.Last + 1].IsWord && char.IsLower(view.Tokens[spot.Last + 1].Text[0]);

    /// <summary>Whether the name is cut from a hyphenated word by a lower-case part ("the BP-leased rig", "a Washington-based group", "pro-Russian"): no actor of any event; "India-Pakistan talks" joins two actors.</summary>
    private static bool IsWordModifier(SentenceView view, ActorSpot spot)
    {
        if (spot.IsPronoun)
        {
            return false;
        }

        var first = view.Tokens[spot.First];
        var last = view.Tokens[spot.Last];
        var after = spot.Mention.End < last.End ? last.Text[(spot.Mention.End - last.Start)..].TrimStart('-') : string.Empty;
        var before = spot.Mention.Start > first.Start ? first.Text[..(spot.Mention.Start - first.Start)].TrimEnd('-') : string.Empty;
        return (after.Length > 0 && char.IsLower(after[0])) || (before.Length > 0 && char.IsLower(before[0]));
    }

    private static bool IsModifier(SentenceView view, ActorSpot spot)
    {
        if (spot.IsPronoun)
        {
            return false;
        }

        var first = view.Tokens[spot.First];
        var last = view.Tokens[spot.Last];
        // "BP-leased", "Swiss-Russian" are modifiers; "Director-General Margaret Chan" is a person whose title word is hyphenated.
        var cutAfter = spot.Mention.End < last.End && last.Text.Contains('-', StringComparison.Ordinal);
        var cutBefore = spot.Mention.Start > first.Start && first.Text.Contains('-', StringComparison.Ordinal) && spot.Kind != ActorKind.Person;
        return cutAfter || cutBefore;
    }

    /// <summary>Whether, after a comma, the verb has a plain noun of its own for subject ("Kopp had toured the country, officials said").</summary>
    private bool HasOwnSubject(SentenceView view, ActorSpot candidate, int verb)
    {
        var comma = Enumerable.Range(candidate.Last + 1, Math.Max(0, verb - candidate.Last - 1)).Any(j => view.Tokens[j].Text == ",");
        if (!comma || verb == 0 || !view.Tokens[verb - 1].IsWord || view.IsInName(verb - 1))
        {
            return false;
        }

        var word = view.Tokens[verb - 1];
        return char.IsLower(word.Text[0]) && !_hints.PassiveAuxiliaries.Contains(word.Lower) && !_hints.Pronouns.Contains(word.Lower)
            && !word.Lower.EndsWith("ly", StringComparison.Ordinal) && !_hints.LightVerbs.Any(light => light.Length == 1 && light[0] == word.Lower)
            && word.Lower is not ("also" or "not" or "n't" or "and" or "or" or "but" or "then" or "who" or "which" or "that" or "will" or "would" or "could" or "can" or "may" or "might" or "must" or "should");
    }

    /// <summary>Whether a person's or place's name only qualifies the subject ("Elian's great-uncle vowed", "the Tulsa drilling company said"): a relative, aide or local firm is not that actor.</summary>
    private bool IsPersonPossessor(SentenceView view, ActorSpot spot, int verb)
    {
        if (spot.Kind is not (ActorKind.Person or ActorKind.Place) || spot.IsPronoun)
        {
            return false;
        }

        var next = spot.Last + 1;
        while (next < view.Tokens.Length && !view.Tokens[next].IsWord)
        {
            next++;
        }

        if (next >= verb || !view.Tokens[next].IsWord || !char.IsLower(view.Tokens[next].Text[0]))
        {
            return false;
        }

        // A person qualifies a noun only as a possessor; a bare name before a lowercase word is usually the subject ("Macri plans to meet").
        var possessive = view.Tokens[spot.Last].Lower.EndsWith("'s", StringComparison.Ordinal) || view.Tokens.ElementAtOrDefault(spot.Last + 1).Text is "'" or "’";
        if (spot.Kind == ActorKind.Person && !possessive)
        {
            return false;
        }

        // "Elian's great-uncle vowed", "the Tulsa drilling company added": the name only qualifies the real subject.
        var word = view.Tokens[next].Lower;
        return !_hints.PassiveAuxiliaries.Contains(word) && !word.EndsWith("ly", StringComparison.Ordinal)
            && word is not ("has" or "have" or "had" or "will" or "would" or "could" or "can" or "may" or "might" or "must" or "should" or "shall" or "also" or "not" or "who" or "which" or "and" or "or");
    }

    /// <summary>Whether the name stands in an apposition between the subject and its verb ("Peter Cook, a Pentagon spokesman, said").</summary>
    private static bool InAppositive(Context context, ActorSpot spot, int verb)
    {
        var view = context.View;
        var closing = Enumerable.Range(spot.Last + 1, Math.Max(0, verb - spot.Last - 1)).Any(j => view.Tokens[j].Text == ",");
        if (!closing)
        {
            return false;
        }

        for (var j = spot.First - 1; j >= context.Clause.Start && j >= spot.First - MaxAppositionWords; j--)
        {
            if (view.Tokens[j].Text == ",")
            {
                // "Ann Barnes is from Leigh-on-Sea, Essex Mr Fisher, the ambassador, described": a name that has an apposition of its own is the head.
                if (view.WordAt(spot.Last + 1) == "," && view.WordAt(spot.Last + 2) is "a" or "an" or "the")
                {
                    return false;
                }

                var determiner = view.WordAt(j + 1) is "a" or "an" or "the" or "his" or "her" or "its" or "their";
                var head = view.SpotEndingAt(j - 1) is { } before && before != spot && before.Kind != ActorKind.Place;

                // "Mr Fisher, the ambassador for Haiti and the Dominican Republic, described": far from its comma, only an apposition that opens with a determiner after a name.
                return spot.First - j <= 4 ? determiner || head : determiner && head;
            }

            if (context.IsTrigger[j] || _finiteAuxiliaries.Contains(view.WordAt(j)))
            {
                return false;
            }
        }

        return false;
    }

    private static ActorSpot? CoordinatedBefore(Context context, ActorSpot spot)
    {
        var view = context.View;
        var j = spot.First - 1;
        // "X and the Y", "X and her counterpart Y".
        if (view.WordAt(j) is "the" or "his" or "her" or "its" or "their")
        {
            j--;
        }

        if (j < context.Clause.Start)
        {
            return null;
        }

        var word = view.Tokens[j];
        if (word.Lower is not ("and" or "or" or ","))
        {
            return null;
        }

        // "In addition to X, Novak said": a comma alone joins a list only when the list goes on.
        if (word.Lower == "," && view.Tokens.ElementAtOrDefault(spot.Last + 1).Lower is not ("," or "and" or "or"))
        {
            return null;
        }

        var end = j - 1;
        if (end >= 0 && view.Tokens[end].Text == ",")
        {
            end--;
        }

        var previous = view.SpotEndingAt(end);
        return previous is not null && context.Clause.Contains(previous.First) && context.Spots.Contains(previous) ? previous : null;
    }

    private string? PrepositionBefore(Context context, ActorSpot spot, int coordinationDepth)
    {
        var view = context.View;
        var skipped = 0;
        for (var j = spot.First - 1; j >= context.Clause.Start; j--)
        {
            var token = view.Tokens[j];
            if (token.Text is "'" or "’")
            {
                continue;
            }

            var adjacent = skipped == 0 || (skipped == 1 && view.WordAt(spot.First - 1) == "the");
            var listGoesOn = token.Lower != "," || view.Tokens.ElementAtOrDefault(spot.Last + 1).Lower is "," or "and" or "or";
            if (token.Text == "," && skipped == 0 && !listGoesOn && spot.First > context.Trigger.Last && AppositionPreposition(context, j) is { } apposed)
            {
                return apposed;
            }

            if (token.Lower is "and" or "or" or "," && adjacent && listGoesOn && coordinationDepth < 4)
            {
                var end = j - 1;
                if (end >= 0 && view.Tokens[end].Text == ",")
                {
                    end--;
                }

                var previous = view.SpotEndingAt(end);
                return previous is null ? null : PrepositionBefore(context, previous, coordinationDepth + 1);
            }

            // "of Russia's Shirshov Institute": a possessor is a determiner of the name after it, not the end of the phrase.
            if (view.IsInName(j) && view.SpotEndingAt(j) is { } owner && !owner.IsPronoun && owner.First < j + 1
                && (token.Lower.EndsWith("'s", StringComparison.Ordinal) || view.Tokens.ElementAtOrDefault(j + 1).Text is "'" or "’"))
            {
                j = owner.First;
                if (++skipped > MaxWordsSkipped)
                {
                    return null;
                }

                continue;
            }

            if (!token.IsWord || context.IsTrigger[j] || view.IsInName(j) || view.IsInTime(j))
            {
                return null;
            }

            // "bought terms from search engine providers including Google": a name in a list takes the role of the phrase it lists from.
            if (token.Lower == "including")
            {
                return ListedFrom(context, j) ?? token.Lower;
            }

            // "as Defense Secretary Robert Gates was meeting with": a conjunction opening a clause whose subject the name is.
            if (_conjunctionPrepositions.Contains(token.Lower) && IsSubjectOfTrigger(context, spot))
            {
                return null;
            }

            if (_hints.IsPreposition(token.Lower) || _hints.SubjectBlockers.Contains(token.Lower))
            {
                // "across much of Syria", "in the north of Iraq": a place preposition further back wins over "of".
                if (token.Lower == "of" && spot.Kind is ActorKind.Country or ActorKind.Place)
                {
                    for (var k = j - 1; k >= context.Clause.Start && k >= j - 3 && view.Tokens[k].IsWord; k--)
                    {
                        if (_hints.RoleOf(view.Tokens[k].Lower, context.Trigger.Type) == PrepositionRole.Location)
                        {
                            return view.Tokens[k].Lower;
                        }
                    }
                }

                return token.Lower;
            }

            if (++skipped > MaxPhraseWordsSkipped)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"the killing of a 15-year-old boy, Alexandros Grigoropoulos.": a name in apposition to a common noun after a preposition takes that preposition, where it closes the phrase.</summary>
    private string? AppositionPreposition(Context context, int comma)
    {
        var view = context.View;
        var spot = view.SpotStartingAt(comma + 1);
        if (spot is null || view.Tokens.ElementAtOrDefault(spot.Last + 1).Text is not ("," or "." or null))
        {
            return null;
        }

        for (var j = comma - 1; j > context.Trigger.Last && j >= comma - MaxAppositionWords; j--)
        {
            var token = view.Tokens[j];
            if (_hints.IsPreposition(token.Lower))
            {
                return j < comma - 1 ? token.Lower : null;
            }

            if (!(token.IsWord || token.Text == "-") || context.IsTrigger[j] || view.IsInName(j) || view.IsInTime(j) || !(char.IsLower(token.Text[0]) || char.IsDigit(token.Text[0]))
                || token.Lower is "and" or "or" or "but" or "who" or "which" or "that" || _finiteAuxiliaries.Contains(token.Lower) || _hints.PassiveAuxiliaries.Contains(token.Lower))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"ActionAid said aid was trickling in": a name before a reporting verb speaks; it is no modifier of a noun after the verb.</summary>
    private static readonly ImmutableHashSet<string> _reportingVerbs = ActorCues.BuiltIn.ReportingVerbs;

    private static readonly ImmutableHashSet<string> _conjunctionPrepositions = ImmutableHashSet.Create(
        StringComparer.Ordinal, "as", "after", "before", "since", "until", "till", "because");

    private static readonly ImmutableHashSet<string> _finiteAuxiliaries = ImmutableHashSet.Create(
        StringComparer.Ordinal, "is", "are", "was", "were", "am", "has", "have", "had", "will", "would", "could", "can", "may", "might", "must", "should", "shall", "did", "does", "do");

    /// <summary>Whether only auxiliaries and adverbs stand between <paramref name="spot"/> and the verb trigger after it: the name is the verb's subject.</summary>
    private static bool IsSubjectOfTrigger(Context context, ActorSpot spot)
    {
        var trigger = context.Trigger;
        if (trigger.Nominal || spot.Last >= trigger.First)
        {
            return false;
        }

        for (var j = spot.Last + 1; j < trigger.First; j++)
        {
            var word = context.View.WordAt(j);
            if (!_finiteAuxiliaries.Contains(word) && word is not ("been" or "being" or "not" or "n't" or "also" or "then" or "still")
                && !word.EndsWith("ly", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"their Tuesday White House meeting": a name after a possessive determiner only says what kind of event it is; the possessor does it.</summary>
    private static bool AfterPossessiveDeterminer(SentenceView view, ActorSpot spot)
    {
        for (var j = spot.First - 1; j >= 0 && j >= spot.First - MaxPrenominalWords - 1; j--)
        {
            if (view.WordAt(j) is "his" or "her" or "its" or "their" or "our" or "my" or "your")
            {
                return true;
            }

            if (!view.Tokens[j].IsWord || !(view.IsInTime(j) || char.IsLower(view.Tokens[j].Text[0]) || _weekdays.Contains(view.Tokens[j].Lower)) || view.IsInName(j)
                || view.WordAt(j) is "and" or "or" or "but" or "nor")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"their Tuesday White House meeting": an "-ing" form right after a name that follows a possessive determiner is a noun the name qualifies; the name is no subject ("her counterpart Cho agreed" keeps Cho).</summary>
    private static bool PossessedGerund(SentenceView view, ActorSpot spot, int verb) =>
        spot.Last + 1 == verb && view.Tokens[verb].Lower.EndsWith("ing", StringComparison.Ordinal) && AfterPossessiveDeterminer(view, spot);

    private static readonly ImmutableHashSet<string> _weekdays = ImmutableHashSet.Create(
        StringComparer.Ordinal, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /// <summary>"to defuse ... in their Tuesday meeting, Cameron is expected to tell Obama": a mutual event owned by "their" in a phrase before the main clause is that clause's subject's with the person it addresses.</summary>
    private ImmutableArray<ActorSpot> TheirPair(Context context)
    {
        var view = context.View;
        var trigger = context.Trigger;
        if (!IsMutual(trigger) || !Enumerable.Range(Math.Max(0, trigger.First - MaxPrenominalWords - 2), Math.Min(trigger.First, MaxPrenominalWords + 2)).Any(j => view.WordAt(j) == "their"))
        {
            return [];
        }

        var comma = Enumerable.Range(trigger.Last + 1, Math.Max(0, Math.Min(view.Tokens.Length, trigger.Last + 3) - trigger.Last - 1)).FirstOrDefault(j => view.Tokens[j].Text == ",");
        if (comma == 0 || view.SpotStartingAt(view.WordAt(comma + 1) == "the" ? comma + 2 : comma + 1) is not { Kind: ActorKind.Person, IsPronoun: false } subject)
        {
            return [];
        }

        for (var j = subject.Last + 1; j < view.Tokens.Length && j <= subject.Last + MaxReachAfter; j++)
        {
            if (view.SpotStartingAt(j) is { } other)
            {
                return other.Kind == ActorKind.Person && !other.IsPronoun ? [subject, other] : [];
            }

            if (!view.Tokens[j].IsWord || view.WordAt(j) is "that" or "and" or "or" or "but" or "which" or "who")
            {
                return [];
            }
        }

        return [];
    }

    /// <summary>The preposition of the noun phrase "including" (at <paramref name="including"/>) lists from ("from search engine providers including"), or null.</summary>
    private string? ListedFrom(Context context, int including)
    {
        var view = context.View;
        for (var j = including - 1; j >= context.Clause.Start && j >= including - MaxWordsSkipped - 1; j--)
        {
            var token = view.Tokens[j];
            if (!token.IsWord || context.IsTrigger[j] || view.IsInName(j) || view.IsInTime(j))
            {
                return null;
            }

            if (_hints.IsPreposition(token.Lower))
            {
                return token.Lower;
            }
        }

        return null;
    }

    private bool IsPrenominal(Context context, ActorSpot spot)
    {
        var view = context.View;
        var words = 0;
        for (var j = spot.Last + 1; j < context.Trigger.First; j++)
        {
            var token = view.Tokens[j];
            if (token.Text is "'" or "’" or "-" or "–")
            {
                continue;
            }

            if (!token.IsWord || context.IsTrigger[j] || _hints.IsPreposition(token.Lower) || _hints.SubjectBlockers.Contains(token.Lower)
                || _hints.PassiveAuxiliaries.Contains(token.Lower) || _reportingVerbs.Contains(token.Lower) || _finiteAuxiliaries.Contains(token.Lower) || _hints.LightVerbs.Any(verb => verb.Length == 1 && verb[0] == token.Lower)
                || token.Lower is "and" or "or" or "a" or "an" or "the" or "his" or "her" or "its" or "their" or "our" or "your" or "my" or "this" or "that" or "these" or "those"
                || view.IsInTime(j))
            {
                return false;
            }

            // Only modifiers stand between a name and its noun: "the new Russian-American talks", "Russia's military support".
            if (!view.IsInName(j) && !char.IsLower(token.Text[0]))
            {
                return false;
            }

            if (view.IsInName(j) || ++words > MaxPrenominalWords)
            {
                return view.IsInName(j) && IsPrenominal(context, view.Actors.First(other => other.First <= j && other.Last >= j));
            }
        }

        return true;
    }

    /// <summary>Returns where the light verb governing the nominal trigger starts, and the name standing between them as an indirect object ("gave Doha an ultimatum"), or null.</summary>
    private (int Start, ActorSpot? IndirectObject)? LightVerbBefore(Context context)
    {
        var view = context.View;
        var words = 0;
        ActorSpot? indirect = null;
        for (var end = context.Trigger.First - 1; end >= context.Clause.Start && words <= MaxWordsSkipped; end--)
        {
            var token = view.Tokens[end];
            if (token.Text is "'" or "’")
            {
                continue;
            }

            if (!token.IsWord || view.IsInTime(end))
            {
                return null;
            }

            foreach (var phrase in _hints.LightVerbs)
            {
                var start = end - phrase.Length + 1;
                if (start >= context.Clause.Start && SentenceFilter.Matches(view.Tokens, start, phrase))
                {
                    return (start, indirect);
                }
            }

            if (view.IsInName(end) && indirect is null && view.SpotEndingAt(end) is { } name && context.Spots.Contains(name))
            {
                indirect = name;
                end = name.First;
                continue;
            }

            if (_hints.IsPreposition(token.Lower) || view.IsInName(end) || context.IsTrigger[end])
            {
                return null;
            }

            words++;
        }

        return null;
    }

    private static ActorSpot? FrontedSubject(Context context)
    {
        // Only a phrase opening its clause ("In a phone call with X, he warned", "when, during talks with X, she said") is fronted.
        var view = context.View;
        var fronted = false;
        for (var j = context.Trigger.First - 1; j >= context.Clause.Start && j >= context.Trigger.First - MaxWordsSkipped - 1; j--)
        {
            if (view.WordAt(j) is "in" or "during" or "at")
            {
                var before = j - 1;
                fronted = before < context.Clause.Start || !view.Tokens[before].IsWord || view.WordAt(before) is "when" or "and" or "but";
                break;
            }
        }

        if (!fronted)
        {
            return null;
        }

        for (var j = context.Trigger.Last + 1; j < context.Clause.End; j++)
        {
            if (view.Tokens[j].Text != ",")
            {
                continue;
            }

            var start = view.WordAt(j + 1) == "the" ? j + 2 : j + 1;
            var spot = view.SpotStartingAt(start);
            if (spot is not null && context.Spots.Contains(spot) && context.Prepositions[spot] is null && spot.Kind != ActorKind.Place
                && view.Tokens.ElementAtOrDefault(spot.Last + 1).Text is not ("," or null))
            {
                return spot;
            }
        }

        return null;
    }

    private static bool IsAdjunct(Context context)
    {
        var view = context.View;
        for (var j = context.Trigger.First - 1; j >= context.Clause.Start && j >= context.Trigger.First - MaxWordsSkipped - 1; j--)
        {
            if (!view.Tokens[j].IsWord)
            {
                return false;
            }

            if (view.Tokens[j].Lower is "during" or "at" or "amid" or "after" or "before")
            {
                return true;
            }
        }

        return false;
    }

    private (string? Name, int? Mention) ChooseLocation(Context context)
    {
        var trigger = context.Trigger;
        var spoken = !trigger.Nominal && (_hints.ContentObject.Contains(trigger.Type) || _hints.ReportingTypes.Contains(trigger.Type) || trigger.Type == "consultation");
        var named = context.LocationSpots
            .Concat(context.Spots.Where(spot => spot.Kind == ActorKind.Place && !context.Roles.Any(pair => pair.Spot == spot)))
            .Distinct()
            .Where(spot => !spoken || IsPlaceOfSaying(context, spot.First))
            .OrderBy(spot => Distance(trigger, spot.First, spot.Last))
            .ThenBy(spot => spot.First < trigger.First ? 1 : 0)
            .FirstOrDefault();
        if (named is not null)
        {
            return (named.Mention.Name.Length > 0 ? named.Mention.Name : named.Mention.Text, named.MentionIndex);
        }

        // An unknown capitalized name after a locative preposition: "at an air base in Latakia province".
        var view = context.View;
        for (var j = trigger.Last + 1; j < context.Clause.End - 1; j++)
        {
            if (view.WordAt(j) is not ("in" or "at" or "from" or "near") || (spoken && !IsPlaceOfSaying(context, j + 1)))
            {
                continue;
            }

            var k = j + 1;
            var words = new List<string>();
            while (k < context.Clause.End && view.Tokens[k].IsWord && char.IsUpper(view.Tokens[k].Text[0]) && !view.IsInTime(k) && !view.IsInName(k))
            {
                words.Add(view.Tokens[k].Text);
                k++;
            }

            if (words.Count > 0)
            {
                return (string.Join(' ', words), null);
            }
        }

        return (null, null);
    }

    /// <summary>Whether the place at <paramref name="place"/> is where something was said or discussed ("said in Geneva", "told reporters in Hawaii", "during remarks from Berlin", "In London, Kerry said"), not a place in what was said or discussed ("the oil spill in the Gulf of Mexico ..., leaders said", "discussed the war in Afghanistan").</summary>
    private bool IsPlaceOfSaying(Context context, int place)
    {
        var view = context.View;
        var trigger = context.Trigger;
        var preposition = view.WordAt(place - 1) == "the" ? place - 2 : place - 1;
        if (preposition < context.Clause.Start || view.WordAt(preposition) is not ("in" or "at" or "from" or "near"))
        {
            return false;
        }

        // Before the verb, only a phrase opening the clause.
        if (place < trigger.First)
        {
            return Enumerable.Range(context.Clause.Start, preposition - context.Clause.Start).All(j => !view.Tokens[j].IsWord);
        }

        // After it, a phrase hanging on another phrase ("while on a visit to", "in remarks Friday from"), or on the verb past at most
        // its addressee, a time or an adverb; not one completing the verb's object ("the war in").
        var plain = true;
        for (var j = preposition - 1; j > trigger.Last; j--)
        {
            var word = view.WordAt(j);
            if (_hints.IsPreposition(word) || word is "while" or "when")
            {
                return true;
            }

            plain &= view.IsInTime(j) || view.Actors.Any(spot => spot.First <= j && spot.Last >= j) || word.EndsWith("ly", StringComparison.Ordinal);
        }

        return plain;
    }

    private bool IsPassive(SentenceView view, FoundTrigger trigger)
    {
        var form = view.Tokens[trigger.Last].Lower;
        if (trigger.Nominal || !(_cues.IsPast(form) || form.EndsWith("en", StringComparison.Ordinal)))
        {
            return false;
        }

        for (var j = trigger.First - 1; j >= 0 && j >= trigger.First - 3; j--)
        {
            var word = view.WordAt(j);
            if (_hints.PassiveAuxiliaries.Contains(word))
            {
                return true;
            }

            if (!word.EndsWith("ly", StringComparison.Ordinal) && word is not ("not" or "n't" or "also" or "reportedly" or "then"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"was acquitted of being drunk ..., but convicted of a misdemeanor": a participle right after "and", "but" or "or" shares the passive of the verb trigger before it.</summary>
    private bool IsCoordinatedPassive(Context context)
    {
        var view = context.View;
        var trigger = context.Trigger;
        var form = view.Tokens[trigger.Last].Lower;
        if (trigger.Nominal || !(_cues.IsPast(form) || form.EndsWith("en", StringComparison.Ordinal)) || view.WordAt(trigger.First - 1) is not ("and" or "but" or "or"))
        {
            return false;
        }

        var previous = context.Verbal.Where(other => other.Last < trigger.First).OrderByDescending(other => other.Last).FirstOrDefault();
        return previous is not null && IsPassive(view, previous);
    }

    private static readonly ImmutableHashSet<string> _clauseOpeners = ImmutableHashSet.Create(
        StringComparer.Ordinal, "which", "who", "whom", "whose", "that", "when", "where", "while", "because", "if", "although", "though", "since", "as", "after", "before", "until");

    /// <summary>"she said, adding health experts were ...", "he called on Americans ..., pledging that": an -ing verb after a comma opens a participial clause whose subject is that of the verb before it; returns that verb, or null.</summary>
    /// <remarks>Only when no relative or subordinate clause stands between them ("the disaster, which began when a rig caught fire, killing 11").</remarks>
    private static FoundTrigger? ParticipialMainVerb(Context context)
    {
        var view = context.View;
        var trigger = context.Trigger;
        if (trigger.First == 0 || !view.Tokens[trigger.First].Lower.EndsWith("ing", StringComparison.Ordinal) || view.Tokens[trigger.First - 1].Text != ",")
        {
            return null;
        }

        var verb = context.Verbal.Where(other => other.Last < trigger.First).OrderByDescending(other => other.Last).FirstOrDefault();
        return verb is null || Enumerable.Range(verb.Last + 1, trigger.First - verb.Last - 1).Any(j => _clauseOpeners.Contains(view.WordAt(j))) ? null : verb;
    }

    private static bool IsCoordinatedVerb(Context context)
    {
        var view = context.View;
        for (var j = context.Trigger.First - 1; j >= context.Clause.Start && j >= context.Trigger.First - 3; j--)
        {
            var word = view.WordAt(j);
            if (word is "and" or "or" or "but")
            {
                return true;
            }

            if (!word.EndsWith("ly", StringComparison.Ordinal) && word is not ("also" or "then" or "later"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"arrested a town mayor, Ramon Cruz, on Sunday": a name set off by commas after a short object noun phrase opened by a determiner is that object.</summary>
    private static bool AppositiveObject(SentenceView view, int after, ActorSpot spot)
    {
        var comma = spot.First - 1;
        if (comma <= after + 1 || view.Tokens[comma].Text != "," || view.WordAt(after + 1) is not ("a" or "an" or "the") || comma - after - 1 > 4
            || spot.Last + 1 >= view.Tokens.Length || view.Tokens[spot.Last + 1].Text != "," || spot.Mention.Kind != ActorKind.Person)
        {
            return false;
        }

        return Enumerable.Range(after + 1, comma - after - 1).All(j => view.Tokens[j].IsWord && char.IsLower(view.Tokens[j].Text[0]) && !view.IsInName(j));
    }

    private static bool IsNear(SentenceView view, int after, int first)
    {
        var words = 0;
        for (var j = after + 1; j < first; j++)
        {
            if (!view.Tokens[j].IsWord)
            {
                return false;
            }

            words++;
        }

        return words <= MaxObjectGap;
    }

    private static int Distance(FoundTrigger trigger, int first, int last) => first > trigger.Last ? first - trigger.Last : trigger.First - last;

    private sealed class Context(SentenceView view, FoundTrigger trigger, IReadOnlyList<bool> isTrigger, Clause clause, IReadOnlyList<FoundTrigger> all)
    {
        public IReadOnlyList<FoundTrigger> All { get; } = all;

        public IReadOnlyList<FoundTrigger> Verbal { get; } = [.. all.Where(other => !other.Nominal && other != trigger)];

        public SentenceView View { get; } = view;

        public FoundTrigger Trigger { get; } = trigger;

        public IReadOnlyList<bool> IsTrigger { get; } = isTrigger;

        public Clause Clause { get; } = clause;

        public List<ActorSpot> Spots { get; } = [];

        public Dictionary<ActorSpot, string?> Prepositions { get; } = [];

        public List<SpotRole> Roles { get; } = [];

        public List<ActorSpot> LocationSpots { get; } = [];
    }
}
