using EventTimeline.Documents;
using EventTimeline.Events;
using EventTimeline.Export.Escaping;
using EventTimeline.Model;

namespace EventTimeline.Export;

/// <summary>The data the HTML report's script reads: the timeline with CAMEO labels, search forms for actors, and only linkable URLs as links.</summary>
/// <param name="Documents">Documents, sorted by id.</param>
/// <param name="Actors">Actors, sorted by id.</param>
/// <param name="Events">Events in timeline order.</param>
internal sealed record ReportData(
    IReadOnlyList<ReportDocument> Documents,
    IReadOnlyList<ReportActor> Actors,
    IReadOnlyList<ReportEvent> Events)
{
    /// <summary>Builds the report's data from <paramref name="timeline"/>, labelling CAMEO codes from <paramref name="codebook"/>.</summary>
    public static ReportData From(TimelineFile timeline, CameoCodebook codebook)
    {
        var countries = timeline.Actors
            .Where(a => a.Id.StartsWith("country:", StringComparison.Ordinal))
            .ToDictionary(a => a.Id["country:".Length..], StringComparer.Ordinal);
        var documents = timeline.Documents
            .Select(d => new ReportDocument(
                d.Id,
                d.Title,
                d.Source,
                d.Published,
                d.PublishedBasis,
                HtmlText.LinkableUrl(d.Url),
                HtmlText.LinkableUrl(d.Url) is null ? d.Url : null,
                d.DuplicateOf))
            .ToList();
        var actors = timeline.Actors
            .Select(a => new ReportActor(a.Id, a.Name, a.Kind.ToString().ToLowerInvariant(), SearchForms(a, countries)))
            .ToList();
        var events = timeline.Events
            .Select(e => new ReportEvent(
                e.Id,
                e.Type,
                e.Cameo,
                e.Cameo is null ? null : codebook.Label(e.Cameo),
                e.Goldstein,
                e.Label,
                e.Date,
                e.Status,
                e.Actors,
                e.Location,
                e.Sources,
                e.Salience,
                e.Mentions))
            .ToList();
        return new ReportData(documents, actors, events);
    }

    // The filter box finds an actor by any of these: its name, every alias, its roles ("foreign-minister" as words)
    // and its country's names and demonyms, so "Russian Foreign Minister" finds the person the corpus calls so.
    private static IReadOnlyList<string> SearchForms(TimelineActor actor, IReadOnlyDictionary<string, TimelineActor> countries)
    {
        var forms = new List<string> { actor.Name };
        forms.AddRange(actor.Aliases);
        forms.AddRange(actor.Roles.Select(r => r.Replace('-', ' ')));
        if (actor.Country is { } code && countries.TryGetValue(code, out var country) && country.Id != actor.Id)
        {
            forms.Add(country.Name);
            forms.AddRange(country.Aliases);
        }

        return forms.Distinct(StringComparer.Ordinal).ToList();
    }
}

/// <summary>A document as the report shows it.</summary>
/// <param name="Id">Document id.</param>
/// <param name="Title">Title, or null.</param>
/// <param name="Source">Outlet, or null.</param>
/// <param name="Published">Publication date, or null.</param>
/// <param name="PublishedBasis">Where the publication date came from.</param>
/// <param name="Url">An http(s) URL that may be linked, or null.</param>
/// <param name="UrlText">A URL that must not be linked (any other scheme or malformed), shown as text, or null.</param>
/// <param name="DuplicateOf">Id of the document this one copies, or null.</param>
internal sealed record ReportDocument(string Id, string? Title, string? Source, string? Published, PublishedBasis PublishedBasis, string? Url, string? UrlText, string? DuplicateOf);

/// <summary>An actor as the report's filter sees it.</summary>
/// <param name="Id">Actor id.</param>
/// <param name="Name">Name.</param>
/// <param name="Kind">Kind, lower case.</param>
/// <param name="Forms">Every form the filter box matches.</param>
internal sealed record ReportActor(string Id, string Name, string Kind, IReadOnlyList<string> Forms);

/// <summary>An event as the report shows it.</summary>
/// <param name="Id">Event id.</param>
/// <param name="Type">Event type.</param>
/// <param name="Cameo">CAMEO code, or null.</param>
/// <param name="CameoLabel">The codebook's label of the code, or null.</param>
/// <param name="Goldstein">Goldstein score, or null.</param>
/// <param name="Label">Short label.</param>
/// <param name="Date">Its date.</param>
/// <param name="Status">Its status.</param>
/// <param name="Actors">Actors with roles.</param>
/// <param name="Location">Place, or null.</param>
/// <param name="Sources">Number of distinct documents.</param>
/// <param name="Salience">How much independent evidence reports it (timeline.json's salience).</param>
/// <param name="Mentions">Every report of it.</param>
internal sealed record ReportEvent(
    string Id,
    string Type,
    string? Cameo,
    string? CameoLabel,
    double? Goldstein,
    string Label,
    TimelineDate Date,
    EventStatus Status,
    IReadOnlyList<TimelineEventActor> Actors,
    string? Location,
    int Sources,
    double Salience,
    IReadOnlyList<TimelineMention> Mentions);
