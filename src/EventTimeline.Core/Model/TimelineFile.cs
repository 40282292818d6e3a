using EventTimeline.Actors;
using EventTimeline.Documents;
using EventTimeline.Events;
using EventTimeline.Time;

namespace EventTimeline.Model;

/// <summary>The contents of timeline.json (format "eventtimeline/1"), documented in docs/format.md.</summary>
/// <param name="Format">Always "eventtimeline/1".</param>
/// <param name="Documents">The input documents, sorted by id.</param>
/// <param name="Actors">The resolved actors, sorted by id.</param>
/// <param name="Events">The merged events, sorted by date, then id.</param>
internal sealed record TimelineFile(
    string Format,
    IReadOnlyList<TimelineDocument> Documents,
    IReadOnlyList<TimelineActor> Actors,
    IReadOnlyList<TimelineEvent> Events)
{
    /// <summary>The format name written in <see cref="Format"/>.</summary>
    public const string FormatName = "eventtimeline/1";
}

/// <summary>One input document in timeline.json.</summary>
/// <param name="Id">Stable id.</param>
/// <param name="Path">Path relative to the input root.</param>
/// <param name="Title">Title, or null.</param>
/// <param name="Source">Outlet, or null.</param>
/// <param name="Url">URL, or null.</param>
/// <param name="Published">Publication date as YYYY-MM-DD, or null.</param>
/// <param name="PublishedBasis">Where the publication date came from.</param>
/// <param name="DuplicateOf">Id of the document this one is a near-copy of, or null.</param>
internal sealed record TimelineDocument(
    string Id,
    string Path,
    string? Title,
    string? Source,
    string? Url,
    string? Published,
    PublishedBasis PublishedBasis,
    string? DuplicateOf);

/// <summary>One resolved actor in timeline.json.</summary>
/// <param name="Id">Stable id.</param>
/// <param name="Name">Fullest usual name.</param>
/// <param name="Kind">What sort of actor.</param>
/// <param name="Country">ISO alpha-3 of its country, or null.</param>
/// <param name="Aliases">Every way the corpus names it.</param>
/// <param name="Roles">Every title or role the corpus gives it.</param>
/// <param name="Mentions">How many mentions refer to it.</param>
/// <param name="Affiliations">Ids of the actors it belongs to or speaks for ("country:RUS", "org:pentagon"), sorted; null in files written before the field existed.</param>
internal sealed record TimelineActor(
    string Id,
    string Name,
    ActorKind Kind,
    string? Country,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Roles,
    int Mentions,
    IReadOnlyList<string>? Affiliations = null);

/// <summary>One merged event in timeline.json.</summary>
/// <param name="Id">Stable id.</param>
/// <param name="Type">Event type id.</param>
/// <param name="Cameo">CAMEO event code, or null.</param>
/// <param name="Goldstein">Goldstein score of the code, or null.</param>
/// <param name="Label">Short human label ("Carter–Shoigu phone call").</param>
/// <param name="Date">When it happened.</param>
/// <param name="Status">Whether it happened.</param>
/// <param name="Actors">Actors with roles.</param>
/// <param name="Location">Place name, or null.</param>
/// <param name="LocationId">Actor id of the place, or null.</param>
/// <param name="Sources">Number of distinct documents reporting it.</param>
/// <param name="Mentions">Every report of it.</param>
internal sealed record TimelineEvent(
    string Id,
    string Type,
    string? Cameo,
    double? Goldstein,
    string Label,
    TimelineDate Date,
    EventStatus Status,
    IReadOnlyList<TimelineEventActor> Actors,
    string? Location,
    string? LocationId,
    int Sources,
    IReadOnlyList<TimelineMention> Mentions)
{
    /// <summary>How much independent evidence reports it (outlets, documents, days, distinct sentences; see <see cref="Events.EventSalience"/>); 0 in files written before the field existed.</summary>
    public double Salience { get; init; }
}

/// <summary>An event's date in timeline.json: an inclusive interval.</summary>
/// <param name="Start">First day, YYYY-MM-DD, or null when unresolved.</param>
/// <param name="End">Last day, YYYY-MM-DD, or null when unresolved.</param>
/// <param name="Granularity">How finely the date is known, or null when unresolved.</param>
/// <param name="Timex">The TIMEX3 value it came from, or null.</param>
/// <param name="Basis">How it was found.</param>
internal sealed record TimelineDate(string? Start, string? End, Granularity? Granularity, string? Timex, EventDateBasis Basis);

/// <summary>An actor of an event in timeline.json.</summary>
/// <param name="Id">Actor id.</param>
/// <param name="Role">Its role.</param>
/// <param name="Name">Its name, for readers of the file.</param>
internal sealed record TimelineEventActor(string Id, ParticipantRole Role, string Name);

/// <summary>One report of an event in timeline.json.</summary>
/// <param name="Document">Document id.</param>
/// <param name="Sentence">Sentence index in the document.</param>
/// <param name="Text">The sentence.</param>
/// <param name="Time">The time expression that dated it, or null.</param>
/// <param name="Trigger">The word or phrase that signals the event.</param>
internal sealed record TimelineMention(string Document, int Sentence, string Text, string? Time, string Trigger);
