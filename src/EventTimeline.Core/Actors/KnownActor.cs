using System.Collections.Immutable;

namespace EventTimeline.Actors;

/// <summary>An entity the gazetteer knows: a country, organization, government body, armed group, news outlet, or a person from a user's file.</summary>
/// <param name="Id">Stable id: ISO 3166-1 alpha-3 for countries, a kebab-case slug otherwise.</param>
/// <param name="Name">Canonical name.</param>
/// <param name="Kind">What sort of entity it is.</param>
/// <param name="Country">ISO 3166-1 alpha-3 id of the country it belongs to, or null for international entities.</param>
/// <param name="Cameo">CAMEO actor code, or null when none fits.</param>
/// <param name="Aliases">Other names it goes by (the canonical name excluded).</param>
/// <param name="Parent">Id of the organization it is part of or affiliated with, or null.</param>
internal sealed record KnownActor(
    string Id,
    string Name,
    ActorKind Kind,
    string? Country,
    string? Cameo,
    ImmutableArray<string> Aliases,
    string? Parent);
