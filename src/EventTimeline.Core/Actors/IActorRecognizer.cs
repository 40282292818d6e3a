using System.Collections.Immutable;

using EventTimeline.Documents;
using EventTimeline.Text;

namespace EventTimeline.Actors;

/// <summary>Finds the names, titles, roles and demonyms in one document that refer to actors.</summary>
internal interface IActorRecognizer
{
    /// <summary>Returns the actor mentions of <paramref name="document"/>, whose text is split into <paramref name="sentences"/>, sorted by offset and never overlapping.</summary>
    ImmutableArray<ActorMention> Recognize(NewsDocument document, IReadOnlyList<Sentence> sentences);
}
