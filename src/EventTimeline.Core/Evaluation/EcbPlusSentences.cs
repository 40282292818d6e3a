using System.Globalization;

using EventTimeline.Documents;

namespace EventTimeline.Evaluation;

/// <summary>The annotated sentences of ECB+ (<c>ECBplus_coreference_sentences.csv</c>: <c>Topic,File,Sentence Number</c>), the only ones scored.</summary>
internal sealed class EcbPlusSentences
{
    private readonly HashSet<(int Topic, string File, int Sentence)> _listed;

    private EcbPlusSentences(HashSet<(int, string, int)> listed) => _listed = listed;

    /// <summary>Reads the list; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="InputFormatException">A line is not three comma-separated fields with whole numbers first and last.</exception>
    public static EcbPlusSentences Parse(string csv, string source)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var listed = new HashSet<(int, string, int)>();
        var lineNumber = 0;
        foreach (var raw in csv.Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim().TrimStart('\uFEFF');
            if (line.Length == 0 || (lineNumber == 1 && line.StartsWith("Topic", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var fields = line.Split(',');
            if (fields.Length != 3
                || !int.TryParse(fields[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var topic)
                || !int.TryParse(fields[2].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var sentence))
            {
                throw new InputFormatException(source, lineNumber, 1, "expected Topic,File,Sentence Number");
            }

            listed.Add((topic, fields[1].Trim(), sentence));
        }

        return new EcbPlusSentences(listed);
    }

    /// <summary>Whether sentence <paramref name="sentence"/> of <paramref name="document"/> is listed.</summary>
    public bool Contains(EcbPlusDocument document, int sentence)
    {
        ArgumentNullException.ThrowIfNull(document);
        return _listed.Contains((document.Topic, document.ListedName, sentence));
    }
}
