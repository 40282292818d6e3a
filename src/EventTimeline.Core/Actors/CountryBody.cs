using System.Collections.Immutable;

namespace EventTimeline.Actors;

/// <summary>A kind of body every country has ("foreign ministry", "military"), named by patterns such as "{demonym} Foreign Ministry".</summary>
/// <param name="Id">Stable id; a country's body gets the id "&lt;iso3&gt;-&lt;Id&gt;".</param>
/// <param name="Name">Name pattern of the body.</param>
/// <param name="Kind">Kind of the actor it yields.</param>
/// <param name="Role">CAMEO role code appended to the country's code.</param>
/// <param name="Patterns">Surface patterns with one {country} or {demonym} slot.</param>
/// <param name="Instead">Country id to the id of a named actor that stands for this body ("USA" foreign ministry: the State Department).</param>
internal sealed record CountryBody(
    string Id,
    string Name,
    ActorKind Kind,
    string Role,
    ImmutableArray<string> Patterns,
    ImmutableDictionary<string, string> Instead)
{
    /// <summary>Lower-case words that name this body alone, without a country ("police"): the body of the country where the sentence or the dateline places the story.</summary>
    public ImmutableArray<string> Bare { get; init; } = [];
}
