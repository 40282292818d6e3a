using EventTimeline.Events;

namespace EventTimeline.Graph;

/// <summary>What an edge of the actor/event graph says.</summary>
internal enum GraphEdgeKind
{
    /// <summary>Actor → event: the actor takes part, with a role.</summary>
    Participant,

    /// <summary>Actor → actor: a person (or body) belongs to a country or organization.</summary>
    Affiliation,

    /// <summary>Event → event: the next event of one actor's own chain, by date.</summary>
    Before,
}

/// <summary>Which sort of vertex an id of the actor/event graph names.</summary>
internal enum GraphVertexKind
{
    /// <summary>An actor.</summary>
    Actor,

    /// <summary>An event.</summary>
    Event,
}

/// <summary>The tag of an actor/event graph edge.</summary>
/// <param name="Kind">What the edge says.</param>
/// <param name="Role">The participant's role, for participant edges; null otherwise.</param>
/// <param name="Chain">The actor whose chain a before edge belongs to; null otherwise.</param>
internal sealed record GraphEdgeTag(GraphEdgeKind Kind, ParticipantRole? Role, string? Chain)
{
    private static readonly GraphEdgeTag _source = new(GraphEdgeKind.Participant, ParticipantRole.Source, null);
    private static readonly GraphEdgeTag _target = new(GraphEdgeKind.Participant, ParticipantRole.Target, null);
    private static readonly GraphEdgeTag _participant = new(GraphEdgeKind.Participant, ParticipantRole.Participant, null);

    /// <summary>The tag of a participant edge, one shared object per role: a large graph has millions of them.</summary>
    public static GraphEdgeTag Participant(ParticipantRole role) => role switch
    {
        ParticipantRole.Source => _source,
        ParticipantRole.Target => _target,
        ParticipantRole.Participant => _participant,
        _ => new(GraphEdgeKind.Participant, role, null),
    };

    /// <summary>The tag of an affiliation edge.</summary>
    public static GraphEdgeTag Affiliation { get; } = new(GraphEdgeKind.Affiliation, null, null);

    /// <summary>The tag of a before edge in <paramref name="actorId"/>'s chain.</summary>
    public static GraphEdgeTag Before(string actorId) => new(GraphEdgeKind.Before, null, actorId);

    /// <summary>The kind as written in exports: "participant", "affiliation" or "before".</summary>
    public string KindName => Kind switch
    {
        GraphEdgeKind.Participant => "participant",
        GraphEdgeKind.Affiliation => "affiliation",
        _ => "before",
    };

    /// <summary>The role as written in exports ("source", "target", "participant"), or null.</summary>
    public string? RoleName => Role switch
    {
        ParticipantRole.Source => "source",
        ParticipantRole.Target => "target",
        ParticipantRole.Participant => "participant",
        _ => null,
    };
}
