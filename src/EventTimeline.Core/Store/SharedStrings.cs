using System.Collections.Concurrent;

namespace EventTimeline.Store;

/// <summary>
/// Reads each distinct short string once while stored extractions are decoded: the same type ids, triggers, names, countries,
/// titles and date values recur in document after document, and a merge holds the mentions of the whole corpus.
/// </summary>
/// <remarks>Thread-safe: extractions are decoded on several threads at once. It holds every distinct string it has read, so it lives as long as one merge.</remarks>
internal sealed class SharedStrings
{
    /// <summary>Longer strings (sentences, whole texts) are rarely repeated and are read as they are.</summary>
    public const int MaxLength = 64;

    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);

    /// <summary>How many distinct strings it holds.</summary>
    public int Count => _strings.Count;

    /// <summary>The pool's instance of <paramref name="text"/> when it is short (added when new), else <paramref name="text"/> itself.</summary>
    public string Share(string text) => text.Length > MaxLength ? text : _strings.GetOrAdd(text, text);
}
