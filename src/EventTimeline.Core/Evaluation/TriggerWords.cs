using System.Collections.Immutable;

using EventTimeline.Events;
using EventTimeline.Resources;

namespace EventTimeline.Evaluation;

/// <summary>Splits a trigger phrase into the word units that annotation schemes such as SemEval-2015 Task 4 mark as events.</summary>
/// <remarks>A single word stays itself. Determiners go. A phrase ending with an adverb particle is a phrasal verb, one unit
/// ("step down"); a verb followed by its noun is two events ("filed a lawsuit": "filed", "lawsuit"); a compound noun is its
/// last word, the head ("keynote address": "address"). The particles are data (Resources/events/particles.tsv).</remarks>
internal static class TriggerWords
{
    private static readonly Lazy<ImmutableHashSet<string>> _particles = new(
        () => ResourceFile.ReadTsv("events/particles.tsv").Select(row => row[0].Trim().ToLowerInvariant()).ToImmutableHashSet(StringComparer.Ordinal),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The units of <paramref name="words"/> (the trigger's tokens in order), each a list of tokens.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Split(IReadOnlyList<string> words)
    {
        if (words.Count <= 1)
        {
            return words.Count == 0 ? [] : [words];
        }

        var hints = RoleHints.BuiltIn;
        var hadDeterminer = words.Skip(1).Any(w => hints.Determiners.Contains(w.ToLowerInvariant()));
        var content = words.Where(w => !hints.Determiners.Contains(w.ToLowerInvariant()) && w.Any(char.IsLetterOrDigit)).ToList();
        if (content.Count <= 1)
        {
            return content.Count == 0 ? [[words[^1]]] : [content];
        }

        if (_particles.Value.Contains(content[^1].ToLowerInvariant()))
        {
            return [content];
        }

        return hadDeterminer || IsVerb(content[0]) ? [[content[0]], [content[^1]]] : [[content[^1]]];
    }

    private static bool IsVerb(string word)
    {
        var lower = word.ToLowerInvariant();
        return lower.EndsWith("ed", StringComparison.Ordinal)
            || lower.EndsWith("ing", StringComparison.Ordinal)
            || RoleHints.BuiltIn.LightVerbs.Any(verb => verb.Length == 1 && verb[0] == lower)
            || EventLexicon.BuiltIn.Lookup(lower).Any(trigger => trigger.Pos == TriggerPos.Verb);
    }
}
