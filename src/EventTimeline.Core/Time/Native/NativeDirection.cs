using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

using EventTimeline.Time.Anchoring;

using Newtonsoft.Json;

namespace EventTimeline.Time.Native;

/// <summary>The native engine's forward cues (Resources/time/native/direction-cues.json).</summary>
/// <param name="Comment">What the file is for.</param>
/// <param name="Window">How many words before the expression are searched.</param>
/// <param name="Future">Words and phrases that point forward ("will", "scheduled", "as soon as").</param>
internal sealed record DirectionCueFile(string? Comment, int Window, IReadOnlyList<string> Future);

/// <summary>
/// Which way a bare weekday or month points: a forward cue shortly before it in the same clause ("will meet … Thursday",
/// "scheduled to close Monday") decides first, because a past-tense verb further away ("said", "planned") would otherwise
/// win; without one, the date layer's clause-tense detector decides.
/// </summary>
internal sealed class NativeDirection
{
    private static readonly Lazy<NativeDirection> DefaultInstance = new(() => new NativeDirection(LoadEmbedded(), new ClauseTenseDetector(TimeLexicon.Default)));

    private readonly Regex _futureCue;
    private readonly ClauseTenseDetector _tense;

    public NativeDirection(DirectionCueFile cues, ClauseTenseDetector tense)
    {
        ArgumentNullException.ThrowIfNull(cues);
        if (cues.Future is null || cues.Future.Count == 0 || cues.Window < 1)
        {
            throw new NativeRuleException("direction-cues.json: needs a positive \"window\" and a non-empty \"future\" list");
        }

        var phrases = string.Join('|', cues.Future
            .OrderByDescending(phrase => phrase.Length)
            .Select(phrase => Regex.Escape(phrase).Replace("\\ ", "\\s+", StringComparison.Ordinal).Replace("'", "['’]", StringComparison.Ordinal)));

        // A cue, then at most Window words with no clause boundary, then the end of the window (the expression).
        _futureCue = new Regex(
            $@"(?<![\w'’])(?:{phrases})(?![\w'’])(?:[^\w.;:!?""“”()]*[\w'’-]+){{0,{cues.Window}}}[^\w.;:!?""“”()]*$",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.RightToLeft,
            NativeRuleSet.MatchTimeout);
        _tense = tense;
    }

    /// <summary>The cues shipped with the library.</summary>
    public static NativeDirection Default => DefaultInstance.Value;

    /// <summary>The direction of the expression at [start, end) of <paramref name="text"/>.</summary>
    public TemporalDirection Detect(string text, int start, int end)
    {
        var from = Math.Max(0, start - 120);
        return _futureCue.IsMatch(text.AsSpan(from, start - from)) ? TemporalDirection.Future : _tense.Detect(text, start, end);
    }

    private static DirectionCueFile LoadEmbedded()
    {
        var assembly = typeof(NativeDirection).Assembly;
        var name = assembly.GetManifestResourceNames().Single(resource => resource.Replace('\\', '/').EndsWith("time/native/direction-cues.json", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return JsonConvert.DeserializeObject<DirectionCueFile>(reader.ReadToEnd())
            ?? throw new NativeRuleException("direction-cues.json: the file is empty");
    }
}
