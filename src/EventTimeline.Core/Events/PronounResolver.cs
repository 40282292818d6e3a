using System.Collections.Immutable;

using EventTimeline.Actors;

namespace EventTimeline.Events;

/// <summary>Links "he", "she", "his" and "her" to the person they stand for, reading a document's sentences in order, and a body's "it" or "they" right after its reporting verb to that body.</summary>
/// <remarks>A pronoun outside quotations refers to the first person named earlier in its sentence and not inside a phrase ("In a letter to President X, Y said he ...") or a comparison ("Like X, he told", "than did President X"), else to the salient person of the last sentences (the subject of a verb of the most recent sentence naming one, a speaker first, or else the first person it names outside quotations; at most three sentences back). One resolver serves one document.</remarks>
internal sealed class PronounResolver
{
    private const int MaxSentencesBack = 3;

    // Words of the pronoun's noun phrase an apposition's dash may follow.
    private const int MaxApposedPhrase = 10;

    private readonly RoleHints _hints;
    private readonly ImmutableHashSet<string> _reportingVerbs;
    private ActorSpot? _salient;
    private int _age;

    /// <summary>
    /// Creates a resolver for one document. Of <paramref name="hints"/> it reads the pronouns, the prepositions (a person named right
    /// after one, "a letter to President X", is not taken as a subject to refer back to), the comparisons (nor one compared with, "Like X,
    /// he", "than did President X"), the pronouns of a body, and the possessive pronouns (one whose noun phrase an apposition gives an
    /// owner, "his visit -- the president's third", is that owner's); a body's pronoun refers to it right after one of
    /// <paramref name="reportingVerbs"/>.
    /// </summary>
    public PronounResolver(RoleHints hints, ImmutableHashSet<string> reportingVerbs)
    {
        _hints = hints;
        _reportingVerbs = reportingVerbs;
    }

    /// <summary>Returns spots for the pronouns of one sentence and updates the salient person; call once per sentence, in order.</summary>
    public ImmutableArray<ActorSpot> Resolve(IReadOnlyList<EventToken> tokens, IReadOnlyList<bool> inQuote, IReadOnlyList<ActorSpot> names)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(inQuote);
        ArgumentNullException.ThrowIfNull(names);
        var covered = new bool[tokens.Count];
        foreach (var name in names)
        {
            for (var i = name.First; i <= name.Last; i++)
            {
                covered[i] = true;
            }
        }

        var pronouns = ImmutableArray.CreateBuilder<ActorSpot>();
        ActorSpot? firstPerson = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var name = names.FirstOrDefault(spot => spot.First == i && IsPerson(spot) && !inQuote[i]);
            if (name is not null)
            {
                if (!InPhrase(tokens, i) && !InComparison(tokens, i))
                {
                    firstPerson ??= name;
                }

                continue;
            }

            if (covered[i] || inQuote[i] || !tokens[i].IsWord)
            {
                continue;
            }

            if (_hints.BodyPronouns.TryGetValue(tokens[i].Lower, out var plural))
            {
                if (Speaker(tokens, names, i) is { } body && IsBody(body, plural))
                {
                    pronouns.Add(new ActorSpot(body.MentionIndex, body.Mention, i, i, IsPronoun: true));
                }

                continue;
            }

            if (!_hints.Pronouns.Contains(tokens[i].Lower))
            {
                continue;
            }

            if (_hints.PossessivePronouns.Contains(tokens[i].Lower) && ApposedOwner(tokens, names, i) is { } owner)
            {
                pronouns.Add(new ActorSpot(owner.MentionIndex, owner.Mention, i, i, IsPronoun: true));
                continue;
            }

            var antecedent = firstPerson ?? (_age <= MaxSentencesBack ? _salient : null);
            if (antecedent is not null)
            {
                var spot = new ActorSpot(antecedent.MentionIndex, antecedent.Mention, i, i, IsPronoun: true);
                pronouns.Add(spot);
                firstPerson ??= spot;
            }
        }

        if (firstPerson is not null)
        {
            _salient = firstPerson;
            _age = 1;
        }
        else
        {
            _age++;
        }

        return pronouns.ToImmutable();
    }

    /// <summary>Makes <paramref name="subject"/>, the subject of a verb in the sentence just resolved, the person later pronouns refer to; call after <see cref="Resolve"/>.</summary>
    public void Prefer(ActorSpot subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        _salient = subject;
        _age = 1;
    }

    /// <summary>Leaves the salient person unchanged but ages it, for a sentence that is skipped.</summary>
    public void Skip() => _age++;

    /// <summary>The actor named right before the reporting verb that the pronoun at <paramref name="index"/> follows, with or without "that" between ("BP said it", "officials said that they"), else null.</summary>
    private ActorSpot? Speaker(IReadOnlyList<EventToken> tokens, IReadOnlyList<ActorSpot> names, int index)
    {
        var verb = index > 1 && tokens[index - 1].Lower == "that" ? index - 2 : index - 1;
        if (verb < 1 || !_reportingVerbs.Contains(tokens[verb].Lower))
        {
            return null;
        }

        return names.FirstOrDefault(spot => spot.Last == verb - 1 && !spot.IsPronoun);
    }

    /// <summary>The person an apposition set off by a dash after the pronoun's noun phrase names as its owner ("during his visit to the Gulf coast Friday -- the president's third"), else null.</summary>
    private static ActorSpot? ApposedOwner(IReadOnlyList<EventToken> tokens, IReadOnlyList<ActorSpot> names, int index)
    {
        for (var j = index + 1; j < tokens.Count && j <= index + MaxApposedPhrase; j++)
        {
            if (names.Any(spot => spot.First == j && spot.Kind == ActorKind.Person))
            {
                return null;
            }

            // A dash ("-", "--", "—"; a hyphen inside a word is no token of its own), not a comma: "after his talks with X, the
            // president's aides said" opens the main clause.
            if (tokens[j].Text is not ("-" or "\u2014" or "\u2013"))
            {
                continue;
            }

            var after = j + 1;
            while (after < tokens.Count && tokens[after].Text is "-" or "\u2014" or "\u2013")
            {
                after++;
            }

            return names.FirstOrDefault(spot => (spot.First == after || (spot.First == after + 1 && tokens[after].Lower == "the"))
                && spot.Kind == ActorKind.Person && !spot.IsPronoun && !spot.Mention.Plural && IsPossessive(tokens, spot));
        }

        return null;
    }

    private static bool IsPossessive(IReadOnlyList<EventToken> tokens, ActorSpot spot)
    {
        var last = tokens[spot.Last].Lower;
        return last.EndsWith("'s", StringComparison.Ordinal) || last.EndsWith("\u2019s", StringComparison.Ordinal)
            || (spot.Last + 2 < tokens.Count && tokens[spot.Last + 1].Text is "'" or "\u2019" && tokens[spot.Last + 2].Lower == "s");
    }

    /// <summary>Whether the name at <paramref name="first"/> is compared with, not spoken of: "Like X, he told", "Unlike X, she", "than did X".</summary>
    private bool InComparison(IReadOnlyList<EventToken> tokens, int first)
    {
        // Only opening the sentence: "Some, like X, were" and "experts like X" name examples.
        if (first >= 1 && _hints.ComparisonOpeners.Contains(tokens[first - 1].Lower))
        {
            return Enumerable.Range(0, first - 1).All(j => !tokens[j].IsWord);
        }

        return first >= 2 && _hints.ComparisonAuxiliaries.Contains(tokens[first - 1].Lower) && _hints.InvertedComparisons.Contains(tokens[first - 2].Lower);
    }

    private bool InPhrase(IReadOnlyList<EventToken> tokens, int first)
    {
        for (var j = first - 1; j >= 0 && j >= first - 3; j--)
        {
            if (!tokens[j].IsWord)
            {
                return false;
            }

            if (_hints.IsPreposition(tokens[j].Lower))
            {
                return true;
            }
        }

        return false;
    }

    // "it" stands for a company, an organization or a country, "they" for a group ("officials said they"); a person is "he" or "she".
    private static bool IsBody(ActorSpot spot, bool plural) =>
        spot.Mention.Plural == plural && (spot.Kind is not (ActorKind.Person or ActorKind.Place) || (plural && spot.Mention.RoleOnly));

    private static bool IsPerson(ActorSpot spot) => spot.Kind == ActorKind.Person && !spot.Mention.RoleOnly;
}
