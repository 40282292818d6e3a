using EventTimeline.Actors;
using EventTimeline.Events;
using EventTimeline.Graph;
using EventTimeline.Model;
using EventTimeline.Time;

namespace EventTimeline.Export;

/// <summary>Writes graph.json: the actor/event graph as <c>{"nodes": [...], "edges": [...]}</c>, documented in docs/format.md.</summary>
internal static class GraphJsonExport
{
    /// <summary>Returns graph.json for <paramref name="timeline"/>: nodes in graph order (actors by id, then events by date), edges in graph order.</summary>
    public static string ToJson(TimelineFile timeline) => TextExport.ToText(writer => Write(timeline, writer));

    /// <summary>Writes graph.json for <paramref name="timeline"/> to <paramref name="writer"/>, as <see cref="ToJson"/> returns it.</summary>
    public static void Write(TimelineFile timeline, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        Write(timeline, TimelineGraph.Build(timeline), writer);
    }

    /// <summary>Writes the same text from <paramref name="timeline"/> and its graph <paramref name="graph"/> (<see cref="TimelineGraph.Build"/>), which several exports may share.</summary>
    public static void Write(TimelineFile timeline, ActorEventGraph graph, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(graph);
        var actors = timeline.Actors.ToDictionary(actor => actor.Id, StringComparer.Ordinal);
        var events = timeline.Events.ToDictionary(timelineEvent => timelineEvent.Id, StringComparer.Ordinal);
        // Nodes and edges are made as they are written: at scale they are millions of objects.
        var nodes = graph.Vertices.Select(id =>
        {
            if (graph.KindOf(id) == GraphVertexKind.Actor)
            {
                var actor = actors[id];
                return (object)new ActorNode(id, "actor", actor.Name, actor.Kind, actor.Country, actor.Mentions, graph.AffiliationsOf(id));
            }

            var e = events[id];
            return new EventNode(
                id, "event", e.Label, e.Type, e.Cameo, e.Goldstein, e.Date.Start, e.Date.End, e.Date.Granularity, EventDateText.Short(e.Date),
                e.Status, e.Location, e.Sources, e.Mentions.Count, graph.Events[id].ReportedBy);
        });
        var edges = graph.Edges.Select(edge => new Edge(edge.Source, edge.Target, edge.Tag.KindName, edge.Tag.RoleName, edge.Tag.Chain));
        JsonFormat.Write(new GraphJson(nodes, edges), writer);
    }

    private sealed record GraphJson(IEnumerable<object> Nodes, IEnumerable<Edge> Edges);

    private sealed record ActorNode(string Id, string Kind, string Label, ActorKind ActorKind, string? Country, int Mentions, IReadOnlyList<string> Affiliations);

    private sealed record EventNode(
        string Id,
        string Kind,
        string Label,
        string Type,
        string? Cameo,
        double? Goldstein,
        string? Start,
        string? End,
        Granularity? Granularity,
        string DateText,
        EventStatus Status,
        string? Location,
        int Sources,
        int Mentions,
        IReadOnlyList<string> ReportedBy);

    private sealed record Edge(string Source, string Target, string Kind, string? Role, string? Chain);
}
