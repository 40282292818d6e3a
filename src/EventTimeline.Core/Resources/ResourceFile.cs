using System.Reflection;
using System.Text;

namespace EventTimeline.Resources;

/// <summary>Reads the data files embedded in the Core assembly (Resources/**, named "EventTimeline.Resources.&lt;folder&gt;/&lt;file&gt;").</summary>
internal static class ResourceFile
{
    private static readonly Assembly _assembly = typeof(ResourceFile).Assembly;

    /// <summary>Returns the whole text of the embedded file at <paramref name="relativePath"/> (e.g. "text/boilerplate.json").</summary>
    public static string ReadText(string relativePath)
    {
        var name = "EventTimeline.Resources." + relativePath.Replace('\\', '/');
        using var stream = _assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded resource '{name}' is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    /// <summary>Returns the rows of an embedded TSV file: blank lines and lines starting with '#' are skipped, fields are trimmed.</summary>
    public static IReadOnlyList<string[]> ReadTsv(string relativePath)
    {
        var rows = new List<string[]>();
        foreach (var line in ReadText(relativePath).Split('\n'))
        {
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            rows.Add(line.Split('\t').Select(field => field.Trim()).ToArray());
        }

        return rows;
    }
}
