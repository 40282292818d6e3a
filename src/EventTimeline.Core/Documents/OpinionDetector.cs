using System.Text.RegularExpressions;

using EventTimeline.Resources;

using Newtonsoft.Json.Linq;

namespace EventTimeline.Documents;

/// <summary>
/// Tells an opinion piece (a column, an op-ed, a digest of commentators) from a news report by the notes such pages carry: a
/// columnist's note, the outlet's "the views expressed are his own", a contributor note closing an op-ed ("NAME is a senior
/// fellow at ..."). An opinion piece's sentences are its writer's views and, on a blog, its readers' comments, which follow
/// the column with no marker: they are no evidence that an event happened.
/// </summary>
/// <remarks>The cues are data (<c>documents/opinion-cues.json</c>); a note is read from the document's own text only. Immutable and thread-safe.</remarks>
internal sealed class OpinionDetector
{
    private static readonly Lazy<OpinionDetector> _builtIn = new(() => Parse(ResourceFile.ReadText("documents/opinion-cues.json")), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly IReadOnlyList<Regex> _anywhere;
    private readonly IReadOnlyList<Regex> _closing;
    private readonly int _closingLines;

    /// <summary>Creates a detector from whole-line patterns (matched from the line's start, case-insensitively): those that mark a document wherever the line is, and those that mark it only in its last <paramref name="closingLines"/> non-empty lines.</summary>
    public OpinionDetector(IEnumerable<string> anywhere, IEnumerable<string> closing, int closingLines)
    {
        ArgumentNullException.ThrowIfNull(anywhere);
        ArgumentNullException.ThrowIfNull(closing);
        ArgumentOutOfRangeException.ThrowIfNegative(closingLines);
        _anywhere = [.. anywhere.Select(Whole)];
        _closing = [.. closing.Select(Whole)];
        _closingLines = closingLines;
    }

    /// <summary>The detector with the embedded cues.</summary>
    public static OpinionDetector BuiltIn => _builtIn.Value;

    /// <summary>Whether <paramref name="text"/> (clean text, one paragraph or sentence a line) is an opinion piece.</summary>
    public bool IsOpinion(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).ToList();
        return lines.Any(line => _anywhere.Any(cue => cue.IsMatch(line)))
            || lines.Skip(Math.Max(0, lines.Count - _closingLines)).Any(line => _closing.Any(cue => cue.IsMatch(line)));
    }

    /// <summary>Reads a detector from the JSON of <c>documents/opinion-cues.json</c>.</summary>
    public static OpinionDetector Parse(string json)
    {
        var root = JObject.Parse(json);
        var anywhere = root["anywhere"]?.Values<string>().OfType<string>() ?? [];
        var closing = root["closing"]?.Values<string>().OfType<string>() ?? [];
        var closingLines = root["closingLines"]?.Value<int>() ?? 0;
        return new OpinionDetector(anywhere, closing, closingLines);
    }

    // A cue matches from the line's start; the patterns say how much may follow.
    private static Regex Whole(string pattern) => BoundedRegex.Create("^(?:" + pattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
