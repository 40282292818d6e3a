using System.Collections.Immutable;

namespace EventTimeline.Actors;

/// <summary>A country or territory with its names, codes and demonyms.</summary>
/// <param name="Id">ISO 3166-1 alpha-3 code, the country's actor id.</param>
/// <param name="Name">Common English name ("Russia").</param>
/// <param name="OfficialName">Official English name ("Russian Federation").</param>
/// <param name="Iso2">ISO 3166-1 alpha-2 code.</param>
/// <param name="Iso3">ISO 3166-1 alpha-3 code.</param>
/// <param name="Cameo">CAMEO country code (the alpha-3 code for almost every country).</param>
/// <param name="Independent">Whether it is a sovereign state.</param>
/// <param name="Capitals">Capital cities.</param>
/// <param name="Aliases">Other names (the common name excluded).</param>
/// <param name="Demonyms">Adjectives and nouns for its people ("Russian").</param>
/// <param name="DemonymPlurals">Plural nouns for its people ("Russians").</param>
/// <param name="Area">Area in square kilometres, used to rank countries sharing a name or demonym.</param>
internal sealed record CountryInfo(
    string Id,
    string Name,
    string OfficialName,
    string Iso2,
    string Iso3,
    string Cameo,
    bool Independent,
    ImmutableArray<string> Capitals,
    ImmutableArray<string> Aliases,
    ImmutableArray<string> Demonyms,
    ImmutableArray<string> DemonymPlurals,
    double Area);
