using EventTimeline.Actors;

namespace EventTimeline.Events;

/// <summary>An actor mention placed on a sentence's tokens: a name, or a pronoun standing for an earlier name.</summary>
/// <param name="MentionIndex">Index of the actor mention in the document (for a pronoun, of its antecedent).</param>
/// <param name="Mention">The actor mention (for a pronoun, its antecedent).</param>
/// <param name="First">Index of the first token.</param>
/// <param name="Last">Index of the last token.</param>
/// <param name="IsPronoun">True when the spot is a pronoun ("he", "his").</param>
internal sealed record ActorSpot(int MentionIndex, ActorMention Mention, int First, int Last, bool IsPronoun)
{
    /// <summary>What sort of actor the spot names.</summary>
    public ActorKind Kind => Mention.Kind;
}
