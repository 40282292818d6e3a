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
        var actors = timeline.Actors
            .Select(actor => new Actor(actor.Id, actor.Name, actor.Kind, actor.Country, [.. actor.Aliases], [.. actor.Roles], actor.Mentions) { Affiliations = [.. actor.Affiliations ?? []] })
            .ToList();
        var events = timeline.Events.Select(ToGraphEvent);
        return ActorEventGraphBuilder.Build(GraphActorMapping.FromResolution(actors), events);
    }

    private static GraphEvent ToGraphEvent(TimelineEvent timelineEvent)
    {
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
