using System.Text.RegularExpressions;

using EventTimeline.Resources;

using Newtonsoft.Json;

namespace EventTimeline.Time;

/// <summary>The cue words near which the recognizer reads a text (Resources/time/recognizer-cues.json).</summary>
internal sealed record RecognizerCues(int WindowWords, int JoinGapWords, IReadOnlyList<string> Words, IReadOnlyList<string> CapitalizedWords, IReadOnlyList<string> Patterns);

/// <summary>
/// Cuts a text into the short pieces the recognizer reads: the words around a time cue (a month, "year", "ago", a
/// four-digit number…). The recognizer runs hundreds of interpreted regular expressions over every character it is
/// given, so text with no cue nearby is not given to it.
/// </summary>
internal sealed class RecognizerWindows
{
    private static readonly Lazy<RecognizerWindows> DefaultInstance = new(() => new RecognizerWindows(
        JsonConvert.DeserializeObject<RecognizerCues>(ResourceFile.ReadText("time/recognizer-cues.json"))
        ?? throw new InvalidOperationException("embedded resource time/recognizer-cues.json is empty")));

    private static readonly Regex Word = BoundedRegex.Create(@"\S+", RegexOptions.CultureInvariant);
    private static readonly char[] Punctuation = ['"', '\'', '“', '”', '‘', '’', '(', ')', '[', ']', ',', ';', ':', '.', '!', '?', '`'];

    private readonly RecognizerCues _cues;
    private readonly HashSet<string> _words;
    private readonly HashSet<string> _capitalized;
    private readonly Regex _pattern;

    public RecognizerWindows(RecognizerCues cues)
    {
        ArgumentNullException.ThrowIfNull(cues);
        ArgumentOutOfRangeException.ThrowIfNegative(cues.WindowWords);
        ArgumentOutOfRangeException.ThrowIfNegative(cues.JoinGapWords);
        _cues = cues;
        _words = new HashSet<string>(cues.Words, StringComparer.OrdinalIgnoreCase);
        _capitalized = new HashSet<string>(cues.CapitalizedWords, StringComparer.Ordinal);
        _pattern = BoundedRegex.Create($"^(?:{string.Join('|', cues.Patterns)})$", RegexOptions.CultureInvariant);
    }

    /// <summary>The windows over the shipped cue list.</summary>
    public static RecognizerWindows Default => DefaultInstance.Value;

    /// <summary>The pieces of <paramref name="text"/> to read, with their offsets, in text order; no piece crosses a paragraph break.</summary>
    public IReadOnlyList<(int Offset, string Text)> Split(string text) => Split(text, []);

    /// <summary>
    /// The pieces of <paramref name="text"/> to read around the cues that lie outside <paramref name="known"/> (spans,
    /// sorted by start, whose expressions are already found), with their offsets, in text order.
    /// </summary>
    public IReadOnlyList<(int Offset, string Text)> Split(string text, IReadOnlyList<(int Start, int End)> known)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(known);
        var windows = new List<(int, string)>();
        foreach (var (offset, chunk) in RecognizerChunks.Split(text))
        {
            var words = Word.Matches(chunk);
            var cues = new List<int>();
            for (var index = 0; index < words.Count; index++)
            {
                if (IsCue(words[index].Value) && !KnownSpans.Covers(known, offset + words[index].Index))
                {
                    cues.Add(index);
                }
            }

            var cue = 0;
            while (cue < cues.Count)
            {
                var first = Math.Max(0, cues[cue] - _cues.WindowWords);
                var last = Math.Min(words.Count - 1, cues[cue] + _cues.WindowWords);
                cue++;
                while (cue < cues.Count && cues[cue] - _cues.WindowWords - last - 1 <= _cues.JoinGapWords)
                {
                    last = Math.Min(words.Count - 1, cues[cue] + _cues.WindowWords);
                    cue++;
                }

                var start = words[first].Index;
                var end = words[last].Index + words[last].Length;
                windows.Add((offset + start, chunk[start..end]));
            }
        }

        return windows;
    }

    private bool IsCue(string word)
    {
        var bare = word.Trim(Punctuation);
        if (bare.Length == 0)
        {
            return false;
        }

        // "a.m." keeps its inner dots; a possessive or a hyphenated compound ("two-year", "week's") is judged by its parts.
        if (_words.Contains(bare) || _capitalized.Contains(bare) || _pattern.IsMatch(bare))
        {
            return true;
        }

        foreach (var part in bare.Split(['-', '–', '\'', '’'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Length != bare.Length && (_words.Contains(part) || _capitalized.Contains(part) || _pattern.IsMatch(part)))
            {
                return true;
            }
        }

        return false;
    }
}
