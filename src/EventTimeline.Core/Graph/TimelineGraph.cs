using System.Globalization;

using EventTimeline.Actors;
using EventTimeline.Model;
using EventTimeline.Time;

namespace EventTimeline.Graph;

/// <summary>Builds the actor/event graph from the timeline model (the contents of timeline.json), the one mapping between the event layer and the graph.</summary>
internal static class TimelineGraph
{
    /// <summary>Builds the graph of <paramref name="timeline"/>: its actors (persons and bodies affiliated with their country's actor and with the organizations the resolver tied them to), its events with their participants, dates, statuses and reporting documents.</summary>
    /// <exception cref="FormatException">An event date is not YYYY-MM-DD.</exception>
    /// <exception cref="ArgumentException">An id is used twice, or an event names an actor the timeline does not list.</exception>
    public static ActorEventGraph Build(TimelineFile timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        return ActorEventGraphBuilder.Build(ActorsOf(timeline), timeline.Events.Select(EventOf));
    }

    /// <summary>The graph's actors of <paramref name="timeline"/> (what <see cref="Build"/> puts in the graph), in id order, without building the graph.</summary>
    public static IReadOnlyList<GraphActor> ActorsOf(TimelineFile timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var actors = timeline.Actors
            .Select(actor => new Actor(actor.Id, actor.Name, actor.Kind, actor.Country, [.. actor.Aliases], [.. actor.Roles], actor.Mentions) { Affiliations = [.. actor.Affiliations ?? []] })
            .ToList();
        return [.. GraphActorMapping.FromResolution(actors).OrderBy(actor => actor.Id, StringComparer.Ordinal)];
    }

    /// <summary>The graph's event of a timeline event (what <see cref="Build"/> puts in the graph).</summary>
    /// <exception cref="FormatException">The event's date is not YYYY-MM-DD.</exception>
    public static GraphEvent EventOf(TimelineEvent timelineEvent)
    {
        ArgumentNullException.ThrowIfNull(timelineEvent);
        return new GraphEvent(
            timelineEvent.Id,
            timelineEvent.Type,
            timelineEvent.Label,
            ToInterval(timelineEvent.Id, timelineEvent.Date),
            timelineEvent.Status,
            [.. timelineEvent.Actors.Select(actor => new GraphParticipant(actor.Id, actor.Role))],
            timelineEvent.Location,
            [.. timelineEvent.Mentions.Select(mention => mention.Document).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
    }

    private static DateInterval? ToInterval(string eventId, TimelineDate date)
    {
        if (date.Start is null || date.End is null)
        {
            return null;
        }

        return new DateInterval(ParseDay(eventId, date.Start), ParseDay(eventId, date.End), date.Granularity ?? Granularity.Day);
    }

    private static DateOnly ParseDay(string eventId, string text)
    {
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new FormatException($"event '{eventId}': date '{text}' is not YYYY-MM-DD");
    }
}
