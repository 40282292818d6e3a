using System.Collections.Immutable;

using EventTimeline.Actors;
using EventTimeline.Events;
using EventTimeline.Graph;
using EventTimeline.Time;

namespace EventTimeline.Tests.Graph;

/// <summary>A small invented world of actors and events for the actor/event graph tests (no seed names).</summary>
internal static class SampleWorld
{
    public const string Orlov = "person:andrey-orlov";
    public const string Berg = "person:anna-berg";
    public const string Volkov = "person:dmitriy-volkov";
    public const string PetrovIvan = "person:ivan-petrov";
    public const string PetrovOleg = "person:oleg-petrov";
    public const string Russia = "country:RUS";
    public const string States = "country:USA";
    public const string Nations = "igo:un";

    public static ImmutableArray<GraphActor> AllActors { get; } =
    [
        Person(Orlov, "Andrey Orlov", "RUS", 12, ["Andrey Orlov", "Orlov", "Andrey V. Orlov"], Russia),
        Person(Berg, "Anna Berg", "USA", 9, ["Anna Berg", "Berg", "Ms. Berg"], States),
        Person(Volkov, "Dmitriy Volkov", "RUS", 4, ["Dmitriy Volkov", "Volkov"], Russia, Nations),
        Person(PetrovIvan, "Ivan Petrov", "RUS", 2, ["Ivan Petrov"]),
        Person(PetrovOleg, "Oleg Petrov", "RUS", 3, ["Oleg Petrov"]),
        new GraphActor(Russia, "Russia", ActorKind.Country, "RUS", ["Russia", "Russian Federation"], [], 20),
        new GraphActor(States, "United States", ActorKind.Country, "USA", ["United States", "U.S.", "America"], [], 15),
        new GraphActor(Nations, "United Nations", ActorKind.Igo, null, ["United Nations", "UN"], [], 5),
    ];

    /// <summary>The events, deliberately not in date order.</summary>
    public static ImmutableArray<GraphEvent> AllEvents { get; } =
    [
        Event("e-meeting", "meeting", Day(2015, 9, 18), EventStatus.Asserted, (Orlov, ParticipantRole.Source), (Volkov, ParticipantRole.Target)),
        Event("e-call", "call", Day(2015, 9, 5), EventStatus.Asserted, (Orlov, ParticipantRole.Source), (Berg, ParticipantRole.Target)),
        Event("e-visit", "visit", null, EventStatus.Asserted, (Orlov, ParticipantRole.Participant)),
        Event("e-plan", "call", Day(2015, 10, 1), EventStatus.Planned, (Berg, ParticipantRole.Source), (Orlov, ParticipantRole.Target)),
        Event("e-month", "statement", new DateInterval(new DateOnly(2015, 9, 1), new DateOnly(2015, 9, 30), Granularity.Month), EventStatus.Asserted, (Berg, ParticipantRole.Source)),
        Event("e-debate", "meeting", Day(2015, 9, 18), EventStatus.Asserted, (Volkov, ParticipantRole.Source), (Berg, ParticipantRole.Target), (Nations, ParticipantRole.Participant)),
        Event("e-old", "statement", Day(2014, 3, 2), EventStatus.Asserted, (PetrovOleg, ParticipantRole.Source), (Russia, ParticipantRole.Target)),
    ];

    public static ActorEventGraph Build() => ActorEventGraphBuilder.Build(AllActors, AllEvents);

    public static DateInterval Day(int year, int month, int day)
    {
        var date = new DateOnly(year, month, day);
        return new DateInterval(date, date, Granularity.Day);
    }

    public static GraphEvent Event(string id, string type, DateInterval? date, EventStatus status, params (string Actor, ParticipantRole Role)[] participants)
    {
        return new GraphEvent(
            id,
            type,
            id + " label",
            date,
            status,
            [.. participants.Select(participant => new GraphParticipant(participant.Actor, participant.Role))],
            null,
            ["doc-1"]);
    }

    private static GraphActor Person(string id, string name, string country, int mentions, ImmutableArray<string> aliases, params string[] affiliations)
    {
        return new GraphActor(id, name, ActorKind.Person, country, aliases, [.. affiliations], mentions);
    }
}
