using System.Globalization;
using System.Text;

using EventTimeline.Export.Escaping;
using EventTimeline.Graph;
using EventTimeline.Model;

namespace EventTimeline.Export;

/// <summary>Writes graph.graphml: the actor/event graph in GraphML, every node and edge attribute declared as a key, for Gephi, yEd and Cytoscape.</summary>
/// <remarks>Every string goes through <see cref="XmlText"/>; the node and edge ids are the graph's ids.</remarks>
internal static class GraphMlExport
{
    private static readonly Key[] NodeKeys =
    [
        new("kind", "string"),
        new("label", "string"),
        new("actorKind", "string"),
        new("country", "string"),
        new("mentions", "int"),
        new("type", "string"),
        new("cameo", "string"),
        new("goldstein", "double"),
        new("start", "string"),
        new("end", "string"),
        new("granularity", "string"),
        new("date", "string"),
        new("status", "string"),
        new("location", "string"),
        new("sources", "int"),
        new("reportedBy", "string"),
    ];

    private static readonly Key[] EdgeKeys =
    [
        new("edgeKind", "string"),
        new("role", "string"),
        new("chain", "string"),
    ];

    /// <summary>Returns graph.graphml for <paramref name="timeline"/>: a directed graph, nodes in graph order (actors by id, then events by date), edges in graph order.</summary>
    public static string ToGraphMl(TimelineFile timeline) => TextExport.ToText(writer => Write(timeline, writer));

    /// <summary>Writes graph.graphml for <paramref name="timeline"/> to <paramref name="writer"/>, as <see cref="ToGraphMl"/> returns it.</summary>
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

        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.Append("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ")
            .Append("xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
        foreach (var key in NodeKeys)
        {
            xml.Append("  <key id=\"").Append(key.Name).Append("\" for=\"node\" attr.name=\"").Append(key.Name)
                .Append("\" attr.type=\"").Append(key.Type).Append("\"/>\n");
        }

        foreach (var key in EdgeKeys)
        {
            xml.Append("  <key id=\"").Append(key.Name).Append("\" for=\"edge\" attr.name=\"").Append(key.Name == "edgeKind" ? "kind" : key.Name)
                .Append("\" attr.type=\"").Append(key.Type).Append("\"/>\n");
        }

        xml.Append("  <graph id=\"eventtimeline\" edgedefault=\"directed\">\n");
        foreach (var id in graph.Vertices)
        {
            xml.Append("    <node id=\"").Append(XmlText.Escape(id, attribute: true)).Append("\">\n");
            if (graph.KindOf(id) == GraphVertexKind.Actor)
            {
                var actor = actors[id];
                Data(xml, "kind", "actor");
                Data(xml, "label", actor.Name);
                Data(xml, "actorKind", JsonName(actor.Kind.ToString()));
                Data(xml, "country", actor.Country);
                Data(xml, "mentions", actor.Mentions.ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                var e = events[id];
                Data(xml, "kind", "event");
                Data(xml, "label", e.Label);
                Data(xml, "type", e.Type);
                Data(xml, "cameo", e.Cameo);
                Data(xml, "goldstein", e.Goldstein?.ToString("0.###", CultureInfo.InvariantCulture));
                Data(xml, "start", e.Date.Start);
                Data(xml, "end", e.Date.End);
                Data(xml, "granularity", e.Date.Granularity is { } granularity ? JsonName(granularity.ToString()) : null);
                Data(xml, "date", EventDateText.Short(e.Date));
                Data(xml, "status", JsonName(e.Status.ToString()));
                Data(xml, "location", e.Location);
                Data(xml, "sources", e.Sources.ToString(CultureInfo.InvariantCulture));
                Data(xml, "reportedBy", string.Join(' ', graph.Events[id].ReportedBy));
            }

            xml.Append("    </node>\n");
            TextExport.Spill(xml, writer);
        }

        var number = 0;
        foreach (var edge in graph.Edges)
        {
            xml.Append("    <edge id=\"e").Append(number++.ToString(CultureInfo.InvariantCulture))
                .Append("\" source=\"").Append(XmlText.Escape(edge.Source, attribute: true))
                .Append("\" target=\"").Append(XmlText.Escape(edge.Target, attribute: true)).Append("\">\n");
            Data(xml, "edgeKind", edge.Tag.KindName);
            Data(xml, "role", edge.Tag.RoleName);
            Data(xml, "chain", edge.Tag.Chain);
            xml.Append("    </edge>\n");
            TextExport.Spill(xml, writer);
        }

        xml.Append("  </graph>\n</graphml>\n");
        TextExport.Spill(xml, writer, always: true);
    }

    private static void Data(StringBuilder xml, string key, string? value)
    {
        if (value is null)
        {
            return;
        }

        xml.Append("      <data key=\"").Append(key).Append("\">");
        XmlText.Append(xml, value, attribute: false);
        xml.Append("</data>\n");
    }

    private static string JsonName(string enumName) => char.ToLowerInvariant(enumName[0]) + enumName[1..];

    private sealed record Key(string Name, string Type);
}
