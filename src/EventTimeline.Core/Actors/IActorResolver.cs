using System.Collections.Immutable;

namespace EventTimeline.Actors;

/// <summary>The actor mentions one document yielded, in the order the recognizer gave them.</summary>
/// <param name="DocumentId">The document's id.</param>
/// <param name="Mentions">Its mentions, sorted by offset.</param>
internal sealed record DocumentActorMentions(string DocumentId, ImmutableArray<ActorMention> Mentions);

/// <summary>Clusters the actor mentions of a corpus into actors, one per real-world entity.</summary>
internal interface IActorResolver
{
    /// <summary>Resolves the mentions of all <paramref name="documents"/> together; the result depends neither on their order nor on <paramref name="jobs"/>.</summary>
    /// <param name="documents">Every document's mentions.</param>
    /// <param name="jobs">Threads the steps that work on each name or actor on its own may use.</param>
    ActorResolution Resolve(IReadOnlyList<DocumentActorMentions> documents, int jobs = 1);
}
