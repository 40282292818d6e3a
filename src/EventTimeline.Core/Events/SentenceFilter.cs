using System.Collections.Immutable;

using EventTimeline.Resources;

namespace EventTimeline.Events;

/// <summary>Decides which sentences hold no news events (boilerplate, questions), read from Resources/events/skip-sentences.json.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class SentenceFilter
{
    private static readonly Lazy<SentenceFilter> _builtIn = new(() => Parse(ResourceFile.ReadText("events/skip-sentences.json")), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ImmutableArray<ImmutableArray<string>> _phrases;

    private SentenceFilter(ImmutableArray<ImmutableArray<string>> phrases)
    {
        _phrases = phrases;
    }

    /// <summary>The embedded filter, loaded once.</summary>
    public static SentenceFilter BuiltIn => _builtIn.Value;

    /// <summary>Builds a filter from a JSON document in the shape of Resources/events/skip-sentences.json.</summary>
    /// <exception cref="FormatException">The document is malformed.</exception>
    public static SentenceFilter Parse(string json)
    {
        var file = RuleJson.Deserialize<FilterFile>(json, "skip sentences");
        return new SentenceFilter(StatusCues.Phrases(file.Phrases));
    }

    /// <summary>Returns whether the sentence with these tokens should yield no events.</summary>
    public bool Skip(IReadOnlyList<EventToken> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (tokens.Count == 0 || IsQuestionOrLeadIn(tokens))
        {
            return true;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            foreach (var phrase in _phrases)
            {
                if (Matches(tokens, i, phrase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Returns whether the word tokens starting at <paramref name="start"/> spell <paramref name="phrase"/>, skipping punctuation inside hyphenated spellings.</summary>
    internal static bool Matches(IReadOnlyList<EventToken> tokens, int start, ImmutableArray<string> phrase)
    {
        if (start + phrase.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            if (!string.Equals(tokens[start + k].Lower, phrase[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsQuestionOrLeadIn(IReadOnlyList<EventToken> tokens)
    {
        // A lead-in ("Subscribe now, and you'll get:") introduces no event. A question closing a quotation followed by its speaker ("...?" he said) still reports a statement.
        var last = tokens.Count - 1;
        while (last >= 0 && !tokens[last].IsWord && tokens[last].Text is "\"" or "”" or "’" or "'" or ")")
        {
            last--;
        }

        return last >= 0 && tokens[last].Text is "?" or ":";
    }

    private sealed class FilterFile
    {
        public string? About { get; set; }

        public List<string>? Phrases { get; set; }
    }
}
