using System.Collections.Immutable;

namespace EventTimeline.Actors;

/// <summary>A title or role a person is named with ("Foreign Minister", "spokesman", "CEO").</summary>
/// <param name="Id">Stable id.</param>
/// <param name="Name">Canonical form.</param>
/// <param name="Forms">Every surface form, singular and plural.</param>
/// <param name="Role">The role shared by equivalent titles ("Defense Secretary" and "Minister of Defence" are both "defense-minister").</param>
/// <param name="Cameo">CAMEO role code the title adds to a country code (GOV, GOVMIL, MIL, BUS, MED...), or null when it comes from the affiliation.</param>
/// <param name="Government">Whether the holder acts for a state.</param>
/// <param name="Country">ISO alpha-3 id of the country the title itself implies ("Secretary of State": USA), or null.</param>
/// <param name="InheritsAffiliation">Whether the role code comes from the body the holder speaks or works for ("Pentagon spokesman").</param>
/// <param name="CapitalizedOnly">Whether the title is recognized only when capitalized, because its lower-case form is an ordinary word ("major", "general").</param>
internal sealed record PersonTitle(
    string Id,
    string Name,
    ImmutableArray<string> Forms,
    string Role,
    string? Cameo,
    bool Government,
    string? Country,
    bool InheritsAffiliation,
    bool CapitalizedOnly);
