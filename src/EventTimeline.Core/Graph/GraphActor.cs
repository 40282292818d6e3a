using System.Collections.Immutable;

using EventTimeline.Actors;

namespace EventTimeline.Graph;

/// <summary>The data behind one actor vertex of the actor/event graph.</summary>
/// <param name="Id">The vertex id, unique among actors and events.</param>
/// <param name="Name">The name shown for it.</param>
/// <param name="Kind">What sort of actor it is.</param>
/// <param name="Country">ISO alpha-3 of its country, or null.</param>
/// <param name="Aliases">Other names it goes by, matched by name lookups.</param>
/// <param name="Affiliations">Ids of the actors it belongs to or works for (a person's country or organization), each made an affiliation edge.</param>
/// <param name="Mentions">How many mentions in the corpus refer to it (ranks equally good name matches).</param>
internal sealed record GraphActor(
    string Id,
    string Name,
    ActorKind Kind,
    string? Country,
    ImmutableArray<string> Aliases,
    ImmutableArray<string> Affiliations,
    int Mentions)
{
    /// <summary>The actors its affiliation edges go to: <see cref="Affiliations"/> without itself, each once, in the order given.</summary>
    public IEnumerable<string> AffiliationTargets() => Affiliations.Where(id => id != Id).Distinct(StringComparer.Ordinal);
}
