using System.Collections.Frozen;

using EventTimeline.Resources;

namespace EventTimeline.Text;

/// <summary>The form two words are compared in when asking whether they name one action: irregular verb forms become their base ("fell" → "fall"), as do short verbs in "-ie" ("died" → "die"), then the light stem ("falling" → "fall").</summary>
/// <remarks>The irregular forms are data (<c>Resources/text/irregular-verbs.tsv</c>).</remarks>
internal static class WordLemma
{
    private static readonly Lazy<FrozenDictionary<string, string>> _irregular = new(
        () => ResourceFile.ReadTsv("text/irregular-verbs.tsv").Where(row => row.Length >= 2).ToFrozenDictionary(row => row[0].ToLowerInvariant(), row => row[1].ToLowerInvariant(), StringComparer.Ordinal),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Returns the stem of <paramref name="word"/>'s base form, lower case.</summary>
    public static string Of(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var lower = word.ToLowerInvariant();
        return WordStem.Of(_irregular.Value.GetValueOrDefault(lower, ShortRegular(lower)));
    }

    // Verbs in "-ie" are too short for the light stem's "-ied"/"-ying" rules, which would make "died" "dy": "died", "dying" → "die".
    private static string ShortRegular(string lower) => lower.Length switch
    {
        4 when lower.EndsWith("ied", StringComparison.Ordinal) => lower[..^1],
        5 when lower.EndsWith("ying", StringComparison.Ordinal) => lower[..^4] + "ie",
        _ => lower,
    };
}
