using System.Reflection;
using System.Text.RegularExpressions;

using Newtonsoft.Json;

namespace EventTimeline.Time.Anchoring;

/// <summary>Cue words for the tense of a clause (Resources/time/tense-cues.json).</summary>
internal sealed record TenseCues(
    IReadOnlyList<string> FuturePhrases,
    IReadOnlyList<string> PastPhrases,
    IReadOnlyList<string> NeutralPhrases,
    IReadOnlyList<string> PastVerbs,
    IReadOnlyList<string> EdWordsNotPast,
    IReadOnlyList<string> Abbreviations);

/// <summary>Words at the edges of an expression (Resources/time/extent-words.json).</summary>
internal sealed record ExtentWords(
    IReadOnlyList<string> SignalWords,
    IReadOnlyList<string> Modifiers,
    IReadOnlyList<string> Determiners,
    int MaxWordsAdded);

/// <summary>A pattern of recognizer hits that are not time expressions (Resources/time/false-positives.json).</summary>
internal sealed record FalsePositiveRule(string Name, string? Mention, string? Before, string? After, bool CaseSensitive);

/// <summary>The false-positive table.</summary>
internal sealed record FalsePositiveTable(int MaxMentionLength, IReadOnlyList<FalsePositiveRule> Rules);

/// <summary>An expression the recognizer misses, with its TIMEX3 type and value (Resources/time/extra-expressions.json).</summary>
internal sealed record ExtraExpression(string Pattern, TimexType Type, string Value);

/// <summary>The extra-expression table.</summary>
internal sealed record ExtraExpressionTable(IReadOnlyList<ExtraExpression> Expressions);

/// <summary>The date layer's data tables, loaded once from the embedded resources.</summary>
internal sealed class TimeLexicon
{
    private static readonly Lazy<TimeLexicon> DefaultInstance = new(Load);

    private TimeLexicon(TenseCues tense, ExtentWords extent, FalsePositiveTable falsePositives, ExtraExpressionTable extra)
    {
        Tense = tense;
        Extent = extent;
        FalsePositives = falsePositives;
        Extra = extra;
    }

    /// <summary>The tables shipped with the library.</summary>
    public static TimeLexicon Default => DefaultInstance.Value;

    public TenseCues Tense { get; }

    public ExtentWords Extent { get; }

    public FalsePositiveTable FalsePositives { get; }

    public ExtraExpressionTable Extra { get; }

    private static TimeLexicon Load() => new(
        Read<TenseCues>("tense-cues.json"),
        Read<ExtentWords>("extent-words.json"),
        Read<FalsePositiveTable>("false-positives.json"),
        Read<ExtraExpressionTable>("extra-expressions.json"));

    private static T Read<T>(string fileName)
    {
        var assembly = typeof(TimeLexicon).Assembly;
        var name = assembly.GetManifestResourceNames()
            .SingleOrDefault(resource => resource.EndsWith("time/" + fileName, StringComparison.Ordinal)
                || resource.EndsWith("time\\" + fileName, StringComparison.Ordinal)
                || resource.EndsWith("time." + fileName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"embedded resource time/{fileName} is missing");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return JsonConvert.DeserializeObject<T>(reader.ReadToEnd())
            ?? throw new InvalidOperationException($"embedded resource time/{fileName} is empty");
    }
}

/// <summary>Regular expressions built from the lexicon's word lists.</summary>
internal static class LexiconPatterns
{
    public const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    /// <summary>One alternation of the phrases, longest first, as whole words (phrases may contain spaces or apostrophes).</summary>
    public static string Alternation(IEnumerable<string> phrases) =>
        string.Join('|', phrases
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(phrase => phrase.Length)
            .ThenBy(phrase => phrase, StringComparer.Ordinal)
            .Select(phrase => Regex.Escape(phrase).Replace("\\ ", "\\s+", StringComparison.Ordinal)));
}
