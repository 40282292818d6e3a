using System.Text;

namespace EventTimeline.Resources;

/// <summary>Reads the knowledge files embedded from Resources/ (named "EventTimeline.Resources.&lt;folder&gt;/&lt;file&gt;").</summary>
internal static class KnowledgeResource
{
    /// <summary>Returns the text of the embedded file at <paramref name="relativePath"/> ("actors/countries.json").</summary>
    /// <exception cref="InvalidOperationException">No such file is embedded.</exception>
    public static string Read(string relativePath)
    {
        var name = "EventTimeline.Resources." + relativePath.Replace('\\', '/');
        using var stream = typeof(KnowledgeResource).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded resource '{name}' is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
