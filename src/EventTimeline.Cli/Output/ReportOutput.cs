using EventTimeline.Export;

namespace EventTimeline.Cli.Output;

/// <summary>Writes <c>index.html</c>, the report people open, embedding <c>graph.svg</c> when the same build wrote one.</summary>
internal static class ReportOutput
{
    public const string FileName = "index.html";

    /// <summary>The Graphviz picture of the graph, read from the output folder when present (written before the report).</summary>
    public const string GraphSvgFileName = "graph.svg";

    public static void Write(string output, TimelineFile timeline)
    {
        var svgPath = Path.Combine(output, GraphSvgFileName);
        var svg = File.Exists(svgPath) ? File.ReadAllText(svgPath) : null;
        AtomicFile.WriteAllText(Path.Combine(output, FileName), HtmlReport.Render(timeline, svg));
    }
}
