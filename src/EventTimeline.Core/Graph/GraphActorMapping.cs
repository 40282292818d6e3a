using System.Collections.Immutable;

using EventTimeline.Actors;

namespace EventTimeline.Graph;

/// <summary>Turns the actor layer's resolved actors into graph actors, deriving affiliation edges from their countries.</summary>
internal static class GraphActorMapping
{
    /// <summary>Returns a graph actor per resolved actor; a person, government, military, organization, company, medium or armed group with a country is affiliated with that country's actor when the corpus has one, and every actor with the organizations the resolver tied it to (<see cref="Actor.Affiliations"/>) when the corpus has them.</summary>
    public static IReadOnlyList<GraphActor> FromResolution(IReadOnlyList<Actor> actors)
    {
        ArgumentNullException.ThrowIfNull(actors);
        var countries = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var country in actors.Where(actor => actor.Kind == ActorKind.Country && actor.Country is not null).OrderBy(actor => actor.Id, StringComparer.Ordinal))
        {
            countries.TryAdd(country.Country!, country.Id);
        }

        var known = actors.Select(actor => actor.Id).ToHashSet(StringComparer.Ordinal);
        return actors
            .Select(actor => new GraphActor(
                actor.Id,
                actor.Name,
                actor.Kind,
                actor.Country,
                actor.Aliases,
                Affiliations(actor, countries, known),
                actor.Mentions))
            .ToList();
    }

    private static ImmutableArray<string> Affiliations(Actor actor, Dictionary<string, string> countries, HashSet<string> known)
    {
        var country = AffiliatedCountry(actor, countries);

        // The resolver's own ties (a spokesman's ministry, an agency's parent body); its country ties follow the rule above.
        var bodies = actor.Affiliations
            .Where(id => id != actor.Id && known.Contains(id) && !id.StartsWith("country:", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        return [.. (country is null ? bodies : bodies.Prepend(country)).Distinct(StringComparer.Ordinal)];
    }

    private static string? AffiliatedCountry(Actor actor, Dictionary<string, string> countries)
    {
        if (actor.Country is null || actor.Kind is ActorKind.Country or ActorKind.Place or ActorKind.Product or ActorKind.Igo)
        {
            return null;
        }

        return countries.TryGetValue(actor.Country, out var id) && id != actor.Id ? id : null;
    }
}
