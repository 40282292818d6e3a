using System.Collections.Immutable;

namespace EventTimeline.Events;

/// <summary>An actor spot with the role it plays in one event.</summary>
/// <param name="Spot">Where the actor is named.</param>
/// <param name="Role">What it does in the event.</param>
internal sealed record SpotRole(ActorSpot Spot, ParticipantRole Role);

/// <summary>The actors and place of one trigger's event.</summary>
/// <param name="Actors">Participants with roles, doers first.</param>
/// <param name="Location">The place where the event happened, or null.</param>
/// <param name="Subjects">The grammatical subjects found for a verb trigger, passed on to a coordinated verb ("he demanded ... and warned").</param>
internal sealed record FoundParticipants(ImmutableArray<SpotRole> Actors, string? Location, ImmutableArray<ActorSpot> Subjects)
{
    /// <summary>Index of the actor mention naming the place, or null when the place is not an actor mention.</summary>
    public int? LocationMention { get; init; }
}
