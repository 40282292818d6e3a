using System.Text;

using EventTimeline.Events;
using EventTimeline.Export.Escaping;
using EventTimeline.Model;

namespace EventTimeline.Export;

/// <summary>Writes events.tsv: one row per event in the spirit of GDELT's event table (date, two actors with their countries, CAMEO code, Goldstein score, mentions, sources, source URLs).</summary>
/// <remarks>Every text cell goes through <see cref="TsvCell"/>, so no cell starts a spreadsheet formula and every row has the header's columns.</remarks>
internal static class EventsTsvExport
{
    /// <summary>The column names, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "EventId", "Date", "EndDate", "DateGranularity", "Actor1Id", "Actor1Name", "Actor1CountryCode", "Actor2Id", "Actor2Name", "Actor2CountryCode",
        "EventType", "EventCode", "EventDescription", "GoldsteinScale", "Status", "NumMentions", "NumSources", "Label", "Location", "SourceURLs",
    ];

    /// <summary>Returns events.tsv for <paramref name="timeline"/>: the header, then one row per event in timeline order.</summary>
    /// <remarks>Actor1 is the event's first doer (its first actor when none has the source role), Actor2 its first target (else its next actor); SourceURLs are the reporting documents' URLs, space-separated, in document order.</remarks>
    public static string ToTsv(TimelineFile timeline, CameoCodebook codebook) => TextExport.ToText(writer => Write(timeline, codebook, writer));

    /// <summary>Writes events.tsv for <paramref name="timeline"/> to <paramref name="writer"/>, as <see cref="ToTsv"/> returns it.</summary>
    public static void Write(TimelineFile timeline, CameoCodebook codebook, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(codebook);
        var actors = timeline.Actors.ToDictionary(actor => actor.Id, StringComparer.Ordinal);
        var documents = timeline.Documents.ToDictionary(document => document.Id, StringComparer.Ordinal);
        var tsv = new StringBuilder();
        tsv.Append(TsvCell.Row(Columns));
        foreach (var e in timeline.Events)
        {
            var actor1 = e.Actors.FirstOrDefault(actor => actor.Role == ParticipantRole.Source) ?? e.Actors.FirstOrDefault();
            var actor2 = e.Actors.FirstOrDefault(actor => actor != actor1 && actor.Role == ParticipantRole.Target)
                ?? e.Actors.FirstOrDefault(actor => actor != actor1);
            var urls = e.Mentions
                .Select(mention => mention.Document)
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .Select(id => documents.TryGetValue(id, out var document) ? document.Url : null)
                .OfType<string>()
                .Distinct(StringComparer.Ordinal);
            tsv.Append(TsvCell.Row(
            [
                TsvCell.Text(e.Id),
                TsvCell.Text(e.Date.Start),
                TsvCell.Text(e.Date.End),
                TsvCell.Text(e.Date.Granularity?.ToString().ToLowerInvariant()),
                TsvCell.Text(actor1?.Id),
                TsvCell.Text(Name(actor1, actors)),
                TsvCell.Text(Country(actor1, actors)),
                TsvCell.Text(actor2?.Id),
                TsvCell.Text(Name(actor2, actors)),
                TsvCell.Text(Country(actor2, actors)),
                TsvCell.Text(e.Type),
                TsvCell.Text(e.Cameo),
                TsvCell.Text(e.Cameo is null ? null : codebook.Label(e.Cameo)),
                TsvCell.Number(e.Goldstein),
                TsvCell.Text(e.Status.ToString().ToLowerInvariant()),
                TsvCell.Number(e.Mentions.Count),
                TsvCell.Number(e.Sources),
                TsvCell.Text(e.Label),
                TsvCell.Text(e.Location),
                TsvCell.Text(string.Join(' ', urls)),
            ]));
            TextExport.Spill(tsv, writer);
        }

        TextExport.Spill(tsv, writer, always: true);
    }

    private static string? Name(TimelineEventActor? actor, Dictionary<string, TimelineActor> actors) =>
        actor is null ? null : actors.TryGetValue(actor.Id, out var known) ? known.Name : actor.Name;

    private static string? Country(TimelineEventActor? actor, Dictionary<string, TimelineActor> actors) =>
        actor is not null && actors.TryGetValue(actor.Id, out var known) ? known.Country : null;
}
