using EventTimeline.Export;
using EventTimeline.Model;
using EventTimeline.Summary;

namespace EventTimeline.Cli.Output;

/// <summary>Writes <c>index.html</c>, the report people open, embedding the graph picture when the same build drew one.</summary>
internal static class ReportOutput
{
    public const string FileName = "index.html";

    /// <summary>Writes the report of <paramref name="timeline"/>, opening on its key dates <paramref name="summary"/>; <paramref name="graphSvg"/> is the SVG that <see cref="BuildOutputs.Write"/> returned, or null.</summary>
    public static void Write(string output, TimelineFile timeline, string? graphSvg, KeyDateSummary? summary)
    {
        AtomicFile.WriteAllText(Path.Combine(output, FileName), HtmlReport.Render(timeline, graphSvg, summary));
    }
}
