using System.Text;

using EventTimeline.Actors;
using EventTimeline.Events;
using EventTimeline.Export.Escaping;
using EventTimeline.Graph;
using EventTimeline.Model;

namespace EventTimeline.Export;

/// <summary>Writes graph.dot: the actor/event graph for Graphviz, events ranked left to right by date.</summary>
/// <remarks>Every string from the input goes through <see cref="DotText"/>; labels are plain quoted strings, never HTML-like labels.</remarks>
internal static class GraphDotExport
{
    private const int LabelLineLength = 26;

    /// <summary>Returns graph.dot for <paramref name="timeline"/>.</summary>
    /// <remarks>Drawn: the actors that take part in an event and the organizations they are affiliated with (ellipses filled by kind, a person's or body's country code under its name), every event (a box with its date and label; dashed when not asserted),
    /// participant edges labelled with the role and affiliation edges to organizations (dashed, not ranked). Before edges are left out: the left-to-right order of the date columns already shows each chain, and drawing them doubles the edges.</remarks>
    public static string ToDot(TimelineFile timeline) => TextExport.ToText(writer => Write(timeline, writer));

    /// <summary>Writes graph.dot for <paramref name="timeline"/> to <paramref name="writer"/>, as <see cref="ToDot"/> returns it.</summary>
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
        var events = timeline.Events.ToDictionary(timelineEvent => timelineEvent.Id, StringComparer.Ordinal);
        var taking = graph.ActorIds.Where(graph.TakesPart).ToHashSet(StringComparer.Ordinal);

        // Organizations with a member taking part (an affiliation edge into them from one), read off the edges in one pass.
        var joined = graph.Edges
            .Where(edge => edge.Tag.Kind == GraphEdgeKind.Affiliation && taking.Contains(edge.Source))
            .Select(edge => edge.Target)
            .ToHashSet(StringComparer.Ordinal);
        var drawn = graph.ActorIds
            .Where(id => taking.Contains(id) || (graph.Actors[id].Kind != ActorKind.Country && joined.Contains(id)))
            .ToList();
        var drawnSet = drawn.ToHashSet(StringComparer.Ordinal);

        var dot = new StringBuilder();
        dot.Append("digraph eventtimeline {\n");
        dot.Append("  graph [rankdir=LR, fontname=\"Helvetica\", fontsize=10, nodesep=0.15, ranksep=0.9, newrank=true];\n");
        dot.Append("  node [fontname=\"Helvetica\", fontsize=10, margin=\"0.08,0.04\"];\n");
        dot.Append("  edge [fontname=\"Helvetica\", fontsize=8, color=\"#8a8a8a\", fontcolor=\"#555555\", arrowsize=0.6];\n\n");

        dot.Append("  // actors: ellipses filled by kind\n");
        foreach (var id in drawn)
        {
            var actor = graph.Actors[id];
            dot.Append("  ").Append(DotText.Quote(id))
                .Append(" [shape=ellipse, style=filled, fillcolor=").Append(DotText.Quote(Colour(actor.Kind)))
                .Append(", label=").Append(actor.Kind == ActorKind.Country || actor.Country is null ? Label(actor.Name) : Label(actor.Name, "(" + actor.Country + ")"))
                .Append(", tooltip=").Append(DotText.Quote(KindName(actor.Kind) + (actor.Country is null ? string.Empty : " (" + actor.Country + ")")))
                .Append("];\n");
            TextExport.Spill(dot, writer);
        }

        dot.Append("\n  // events: boxes with date and label\n");
        foreach (var id in graph.EventIds)
        {
            var e = events[id];
            var style = e.Status == EventStatus.Asserted ? "rounded,filled" : "rounded,filled,dashed";
            dot.Append("  ").Append(DotText.Quote(id))
                .Append(" [shape=box, style=").Append(DotText.Quote(style))
                .Append(", fillcolor=\"#ffffff\", label=").Append(Label(EventDateText.Short(e.Date), e.Label))
                .Append(", tooltip=").Append(DotText.Quote(e.Type + ", " + StatusName(e.Status)))
                .Append("];\n");
            TextExport.Spill(dot, writer);
        }

        dot.Append("\n  // events on the same dates share a column; columns run left to right by date\n");
        var columns = graph.EventIds
            .GroupBy(id => (events[id].Date.Start ?? "~", events[id].Date.End ?? "~"))
            .Select(group => group.ToList())
            .ToList();
        foreach (var column in columns.Where(column => column.Count > 1))
        {
            dot.Append("  { rank=same; ").Append(string.Join("; ", column.Select(DotText.Quote))).Append("; }\n");
            TextExport.Spill(dot, writer);
        }

        for (var i = 1; i < columns.Count; i++)
        {
            dot.Append("  ").Append(DotText.Quote(columns[i - 1][0])).Append(" -> ").Append(DotText.Quote(columns[i][0]))
                .Append(" [style=invis, weight=10];\n");
            TextExport.Spill(dot, writer);
        }

        dot.Append("\n  // participants, labelled with their role\n");
        foreach (var edge in graph.Edges.Where(edge => edge.Tag.Kind == GraphEdgeKind.Participant))
        {
            dot.Append("  ").Append(DotText.Quote(edge.Source)).Append(" -> ").Append(DotText.Quote(edge.Target))
                .Append(" [label=").Append(DotText.Quote(edge.Tag.RoleName))
                .Append(edge.Tag.Role == ParticipantRole.Target ? ", color=\"#3b6fb6\"" : string.Empty)
                .Append("];\n");
            TextExport.Spill(dot, writer);
        }

        // A country affiliation is the "(RUS)" under a name: drawn as edges, they cross the whole picture.
        dot.Append("\n  // affiliations with organizations: a person or body and the organization it belongs to\n");
        foreach (var edge in graph.Edges.Where(edge => edge.Tag.Kind == GraphEdgeKind.Affiliation && drawnSet.Contains(edge.Source) && drawnSet.Contains(edge.Target)
            && graph.Actors[edge.Target].Kind != ActorKind.Country))
        {
            dot.Append("  ").Append(DotText.Quote(edge.Source)).Append(" -> ").Append(DotText.Quote(edge.Target))
                .Append(" [style=dashed, color=\"#b0b0b0\", arrowhead=none, constraint=false];\n");
            TextExport.Spill(dot, writer);
        }

        dot.Append("}\n");
        TextExport.Spill(dot, writer, always: true);
    }

    /// <summary>The fill colour of an actor kind (a ColorBrewer Pastel1-like palette).</summary>
    public static string Colour(ActorKind kind) => kind switch
    {
        ActorKind.Person => "#fdd9b5",
        ActorKind.Country => "#b3cde3",
        ActorKind.Government => "#ccebc5",
        ActorKind.Military => "#a8d5a2",
        ActorKind.Organization => "#decbe4",
        ActorKind.Igo => "#e5d8bd",
        ActorKind.Media => "#f2f2f2",
        ActorKind.ArmedGroup => "#fbb4ae",
        ActorKind.Company => "#fed9a6",
        ActorKind.Place => "#ffffcc",
        _ => "#e0e0e0",
    };

    private static string KindName(ActorKind kind) => kind switch
    {
        ActorKind.ArmedGroup => "armed group",
        ActorKind.Igo => "intergovernmental organization",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static string StatusName(EventStatus status) => status.ToString().ToLowerInvariant();

    private static string Label(params string[] parts)
    {
        var lines = parts.SelectMany(Wrap).Select(DotText.Escape);
        return "\"" + string.Join("\\n", lines) + "\"";
    }

    private static IEnumerable<string> Wrap(string text)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > LabelLineLength)
            {
                yield return line.ToString();
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word.Length > 2 * LabelLineLength ? word[..(2 * LabelLineLength)] + "…" : word);
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }
}
