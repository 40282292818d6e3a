using System.Collections.Immutable;

using EventTimeline.Actors;

namespace EventTimeline.Events;

/// <summary>Links "he", "she", "his" and "her" to the person they stand for, reading a document's sentences in order.</summary>
/// <remarks>A pronoun outside quotations refers to the first person named earlier in its sentence, else to the salient person of the last sentences (the first person named, outside quotations, in the most recent sentence naming one, at most three sentences back). One resolver serves one document.</remarks>
internal sealed class PronounResolver
{
    private const int MaxSentencesBack = 3;

    private readonly ImmutableHashSet<string> _pronouns;
    private ActorSpot? _salient;
    private int _age;

    /// <summary>Creates a resolver for one document.</summary>
    public PronounResolver(ImmutableHashSet<string> pronouns)
    {
        _pronouns = pronouns;
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
                firstPerson ??= name;
                continue;
            }

            if (covered[i] || inQuote[i] || !tokens[i].IsWord || !_pronouns.Contains(tokens[i].Lower))
            {
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

    /// <summary>Leaves the salient person unchanged but ages it, for a sentence that is skipped.</summary>
    public void Skip() => _age++;

    private static bool IsPerson(ActorSpot spot) => spot.Kind == ActorKind.Person && !spot.Mention.RoleOnly;
}
