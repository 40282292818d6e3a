using System.Collections.Immutable;

namespace EventTimeline.Actors;

/// <summary>One real-world entity, resolved across the corpus from all the ways the documents name it.</summary>
/// <param name="Id">Stable id, the same across runs for the same input ("person:sergey-lavrov", "country:RUS").</param>
/// <param name="Name">The fullest usual name ("Sergey Lavrov").</param>
/// <param name="Kind">What sort of entity it is.</param>
/// <param name="Country">ISO alpha-3 of its country, when known.</param>
/// <param name="Aliases">Every distinct way the corpus names it, sorted ordinally.</param>
/// <param name="Roles">Every title or role the corpus gives it, sorted ordinally.</param>
/// <param name="Mentions">How many mentions in the corpus refer to it.</param>
internal sealed record Actor(
    string Id,
    string Name,
    ActorKind Kind,
    string? Country,
    ImmutableArray<string> Aliases,
    ImmutableArray<string> Roles,
    int Mentions)
{
    /// <summary>Ids of the actors it belongs to or speaks for ("country:RUS", "org:pentagon"), sorted ordinally.</summary>
    public ImmutableArray<string> Affiliations { get; init; } = [];
}

/// <summary>The actors of a corpus and, for each document, the actor each of its mentions refers to.</summary>
/// <param name="Actors">All actors, sorted by id.</param>
/// <param name="MentionActors">Per document id, for each of its actor mentions in order, the ids of the actors it refers to (two for "the two countries' defense ministers", none for a role nobody fills).</param>
internal sealed record ActorResolution(
    ImmutableArray<Actor> Actors,
    ImmutableDictionary<string, ImmutableArray<ImmutableArray<string>>> MentionActors);
