using EventTimeline.Model;
using EventTimeline.Text;

namespace EventTimeline.Store;

/// <summary>
/// What a listing of one actor's events (query's table and tsv) shows of one event: kept by the store's index per actor and event, so
/// that a listing reads neither the events' JSON nor their other actors'.
/// </summary>
/// <param name="Id">Event id.</param>
/// <param name="Start">First day, or null when unresolved.</param>
/// <param name="End">Last day, or null when unresolved.</param>
/// <param name="Type">Event type id.</param>
/// <param name="Status">Its status in lower case, as timeline.json writes it.</param>
/// <param name="Label">Its label.</param>
/// <param name="Sources">How many sources report it.</param>
/// <param name="Salience">Its salience.</param>
/// <param name="Evidence">Its first evidence sentence on one line, or empty.</param>
/// <param name="Others">The names of its other actors (all but the one listed), each once, in the order the event lists them, joined by "; ".</param>
internal sealed record EventRow(
    string Id,
    string? Start,
    string? End,
    string Type,
    string Status,
    string Label,
    int Sources,
    double Salience,
    string Evidence,
    string Others)
{
    /// <summary>The row of <paramref name="e"/> in the listing of <paramref name="actorId"/>'s events.</summary>
    public static EventRow Of(TimelineEvent e, string actorId)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new EventRow(
            e.Id,
            e.Date.Start,
            e.Date.End,
            e.Type,
            e.Status.ToString().ToLowerInvariant(),
            e.Label,
            e.Sources,
            e.Salience,
            e.Mentions.Count == 0 ? string.Empty : WhiteSpace.Collapse(e.Mentions[0].Text),
            string.Join("; ", e.Actors.Where(a => a.Id != actorId).Select(a => a.Name).Distinct(StringComparer.Ordinal)));
    }

    /// <summary>
    /// The graph's date order of an actor's events: dated rows first, by first day, last day and id, then the undated ones by id, each compared
    /// by code unit. One actor's events have distinct ids, so the order is total.
    /// </summary>
    public static int CompareByDate(EventRow a, EventRow b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var (aDated, bDated) = (a.Start is not null && a.End is not null, b.Start is not null && b.End is not null);
        if (aDated != bDated)
        {
            return aDated ? -1 : 1;
        }

        var order = aDated ? string.CompareOrdinal(a.Start, b.Start) : 0;
        order = order != 0 || !aDated ? order : string.CompareOrdinal(a.End, b.End);
        return order != 0 ? order : string.CompareOrdinal(a.Id, b.Id);
    }
}
