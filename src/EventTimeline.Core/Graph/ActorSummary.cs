using EventTimeline.Actors;
using EventTimeline.Events;
using EventTimeline.Time;

namespace EventTimeline.Graph;

/// <summary>One line of the actor list: who an actor is and how many events it takes part in.</summary>
/// <param name="Id">The actor id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Kind">What sort of actor it is.</param>
/// <param name="Country">ISO alpha-3 of its country, or null.</param>
/// <param name="Events">How many events it takes part in.</param>
/// <param name="AsSource">How many of those it takes part in as the doer.</param>
/// <param name="First">Start of its earliest dated event, or null.</param>
/// <param name="Last">End of its latest dated event, or null.</param>
/// <param name="Mentions">How many mentions in the corpus refer to it.</param>
internal sealed record ActorSummary(
    string Id,
    string Name,
    ActorKind Kind,
    string? Country,
    int Events,
    int AsSource,
    DateOnly? First,
    DateOnly? Last,
    int Mentions)
{
    /// <summary>Returns a summary of every actor, most events first, then by name and id (ordinal).</summary>
    public static IReadOnlyList<ActorSummary> List(ActorEventGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return graph.ActorIds
            .Select(id => Of(graph, id))
            .OrderByDescending(summary => summary.Events)
            .ThenBy(summary => summary.Name, StringComparer.Ordinal)
            .ThenBy(summary => summary.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Returns the summary of one actor.</summary>
    /// <exception cref="KeyNotFoundException">No actor has that id.</exception>
    public static ActorSummary Of(ActorEventGraph graph, string actorId)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var events = graph.EventsOf(actorId);
        var dates = events.Select(eventId => graph.Events[eventId].Date).OfType<DateInterval>().ToList();
        var asSource = events.Count(eventId => graph.RolesIn(actorId, eventId).Contains(ParticipantRole.Source));
        var actor = graph.Actors[actorId];
        return new ActorSummary(
            actor.Id,
            actor.Name,
            actor.Kind,
            actor.Country,
            events.Count,
            asSource,
            dates.Count == 0 ? null : dates.Min(date => date.Start),
            dates.Count == 0 ? null : dates.Max(date => date.End),
            actor.Mentions);
    }
}
