namespace EventTimeline.Actors;

/// <summary>A name, title or demonym in one document that refers to an actor, before actors are resolved across documents.</summary>
/// <param name="Start">Offset of the first character in the document's clean text.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Text">The mention as written ("Russian Foreign Minister Sergey Lavrov", "Mr. Kerry", "Moscow").</param>
/// <param name="Sentence">Index of the sentence that holds it.</param>
/// <param name="Kind">What sort of actor it names.</param>
/// <param name="Name">The name without titles and honorifics ("Sergey Lavrov"); for a role-only mention, the role ("defense minister").</param>
/// <param name="KnownId">Gazetteer id when the mention names a known actor (a country's ISO alpha-3, an organization slug), else null.</param>
/// <param name="Country">ISO alpha-3 of the country the text ties the actor to (from a title, demonym or the gazetteer), else null.</param>
/// <param name="Title">Id of the title or role the text gives the actor here ("foreign-minister"), else null.</param>
/// <param name="RoleOnly">True when the mention names a role but no person ("the two countries' defense ministers").</param>
internal sealed record ActorMention(
    int Start,
    int Length,
    string Text,
    int Sentence,
    ActorKind Kind,
    string Name,
    string? KnownId,
    string? Country,
    string? Title,
    bool RoleOnly)
{
    /// <summary>Offset one past the last character.</summary>
    public int End => Start + Length;

    /// <summary>Gazetteer id of the organization or body the text ties a person or role to ("pentagon" for "Pentagon spokesman Peter Cook", "apple" for "Apple's chief executive"), else null.</summary>
    public string? Affiliation { get; init; }

    /// <summary>True when the mention names several actors ("defense ministers", "counterparts").</summary>
    public bool Plural { get; init; }

    /// <summary>True when the kind is a guess from weak cues (a lone capitalized word before "said"), which the resolver may correct.</summary>
    public bool Tentative { get; init; }
}
