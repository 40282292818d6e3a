using EventTimeline.Events;
using EventTimeline.Export;
using EventTimeline.Graph;
using EventTimeline.Model;

namespace EventTimeline.Cli.Output;

/// <summary>Writes the graph and timeline exports of a build (graph.json, graph.dot, graph.graphml, timeline.timelinejs.json, events.tsv, and graph.svg when Graphviz is on PATH) into the output folder.</summary>
internal static class BuildOutputs
{
    /// <summary>
    /// The files always written, with the export that makes each from the timeline and its graph, which is built once for all when first
    /// asked for. The exports without the graph come first, so that the graph is not held while they are made.
    /// </summary>
    public static IReadOnlyList<(string Name, Action<TimelineFile, Func<ActorEventGraph>, TextWriter> Export)> Exports { get; } =
    [
        ("timeline.timelinejs.json", (timeline, _, writer) => TimelineJsExport.Write(timeline, writer)),
        ("events.tsv", (timeline, _, writer) => EventsTsvExport.Write(timeline, CameoCodebook.BuiltIn, writer)),
        ("graph.json", (timeline, graph, writer) => GraphJsonExport.Write(timeline, graph(), writer)),
        ("graph.dot", (timeline, graph, writer) => GraphDotExport.Write(timeline, graph(), writer)),
        ("graph.graphml", (timeline, graph, writer) => GraphMlExport.Write(timeline, graph(), writer)),
    ];

    // Where graph.dot, which graph.svg is rendered from, stands among the exports.
    private static readonly int DotIndex = Exports.Select(file => file.Name).ToList().IndexOf("graph.dot");

    /// <summary>The SVG rendering of graph.dot.</summary>
    public const string SvgFileName = "graph.svg";

    /// <summary>
    /// The largest graph (events plus the actors taking part in them) drawn as graph.svg. Graphviz's layered layout
    /// grows much faster than the graph: about 0.04 s for 66 nodes, 20 s for 400, over a minute for 1,800, and a
    /// picture that large is unreadable anyway; graph.dot and graph.graphml are still written for other tools.
    /// </summary>
    public const int DefaultMaxSvgNodes = 300;

    /// <summary>Writes each file atomically as its export makes it, on up to <paramref name="jobs"/> threads: no file's text is held whole in memory.</summary>
    /// <exception cref="IOException">A file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">A file cannot be written.</exception>
    public static void WriteFiles(string folder, IReadOnlyList<(string Name, Action<TextWriter> Write)> files, int jobs) =>
        _ = ParallelMap.Run(files, jobs, file =>
        {
            AtomicFile.WriteText(Path.Combine(folder, file.Name), file.Write);
            return true;
        });

    /// <summary>
    /// Makes graph.dot's text and starts Graphviz on it in the background, so that the picture is drawn while the other
    /// outputs are made and written; <see cref="Write"/> waits for it. A graph of more than <paramref name="maxSvgNodes"/>
    /// nodes (events plus the actors taking part in them) is not drawn.
    /// </summary>
    public static SvgRendering StartSvg(TimelineFile timeline, int maxSvgNodes = DefaultMaxSvgNodes)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var nodes = timeline.Events.Count + timeline.Events.SelectMany(e => e.Actors).Select(a => a.Id).Distinct(StringComparer.Ordinal).Count();
        if (nodes > maxSvgNodes)
        {
            // Not drawn: graph.dot is made when it is written, not held through the other outputs (at scale it is hundreds of megabytes).
            return new SvgRendering(null, Task.FromResult(new GraphvizRenderer.Result(null, $"the graph has {nodes:N0} nodes, more than --svg-max-nodes {maxSvgNodes:N0} (open graph.graphml in Gephi or yEd, or render graph.dot with sfdp)")));
        }

        var dot = GraphDotExport.ToDot(timeline);
        return new SvgRendering(dot, Task.Run(() => GraphvizRenderer.RenderSvg(dot)));
    }

    /// <summary>Writes every export of <paramref name="timeline"/> into <paramref name="folder"/> atomically, graph.dot from <paramref name="svg"/>, and graph.svg when <paramref name="svg"/> drew it; returns the SVG text, or null when there is none (said in one line on <paramref name="messages"/>, prefixed by <paramref name="verb"/>).</summary>
    /// <remarks>The exports are made on up to <paramref name="jobs"/> threads, then written one by one.</remarks>
    /// <exception cref="IOException">A file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">A file cannot be written.</exception>
    public static string? Write(string folder, TimelineFile timeline, TextWriter messages, SvgRendering svg, int jobs = 1, string verb = "build")
    {
        ArgumentNullException.ThrowIfNull(svg);
        // The graph exports share one graph, built by the first that asks (a graph of the whole timeline takes as long to build as to write).
        var graph = new Lazy<ActorEventGraph>(() => TimelineGraph.Build(timeline), LazyThreadSafetyMode.ExecutionAndPublication);
        WriteFiles(
            folder,
            [.. Exports.Select((file, index) => (file.Name, index == DotIndex && svg.Dot is { } dot ? writer => writer.Write(dot) : (Action<TextWriter>)(writer => file.Export(timeline, () => graph.Value, writer))))],
            jobs);

        var svgPath = Path.Combine(folder, SvgFileName);
        var rendered = svg.Rendering.GetAwaiter().GetResult();
        if (rendered.Svg is null)
        {
            // A stale picture of an earlier build must not pass for this one.
            File.Delete(svgPath);
            messages.WriteLine($"{verb}: {SvgFileName} not written: {rendered.Problem}");
            return null;
        }

        AtomicFile.WriteAllText(svgPath, rendered.Svg);
        return rendered.Svg;
    }

    /// <summary>graph.dot's text and its rendering by Graphviz, running or done.</summary>
    /// <param name="Dot">The DOT text, or null when the graph is too large to draw (graph.dot is then made when written).</param>
    /// <param name="Rendering">The rendering; it never faults (a missing or failing program gives a result without SVG).</param>
    public sealed record SvgRendering(string? Dot, Task<GraphvizRenderer.Result> Rendering);
}
