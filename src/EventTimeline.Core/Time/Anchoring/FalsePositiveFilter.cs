using System.Text.RegularExpressions;

namespace EventTimeline.Time.Anchoring;

/// <summary>Drops candidates that the false-positive table says are not time expressions (modal "may", ages, rates, boilerplate "now"…).</summary>
internal sealed class FalsePositiveFilter
{
    private const int ContextLength = 80;
    private readonly IReadOnlyList<CompiledRule> _rules;
    private readonly int _maxLength;

    public FalsePositiveFilter(TimeLexicon lexicon)
    {
        _maxLength = lexicon.FalsePositives.MaxMentionLength;
        _rules = lexicon.FalsePositives.Rules.Select(Compile).ToList();
    }

    /// <summary>Keeps the candidates of <paramref name="text"/> that no rule rejects.</summary>
    public IReadOnlyList<TimexCandidate> Filter(string text, IReadOnlyList<TimexCandidate> candidates) =>
        candidates.Where(candidate => !Rejects(text, candidate)).ToList();

    /// <summary>The name of the rule that rejects the span, or null.</summary>
    public string? RejectingRule(string text, int start, int end)
    {
        var mention = text[start..end];
        if (mention.Length > _maxLength || mention.Contains('\n', StringComparison.Ordinal))
        {
            return "too long or across lines";
        }

        var before = text[Math.Max(0, start - ContextLength)..start];
        var after = text[end..Math.Min(text.Length, end + ContextLength)];
        return _rules.FirstOrDefault(rule => rule.Matches(mention, before, after))?.Name;
    }

    private bool Rejects(string text, TimexCandidate candidate) =>
        RejectingRule(text, candidate.Start, candidate.End) is not null;

    private static CompiledRule Compile(FalsePositiveRule rule)
    {
        var options = RegexOptions.CultureInvariant | (rule.CaseSensitive ? RegexOptions.None : RegexOptions.IgnoreCase);
        return new CompiledRule(
            rule.Name,
            rule.Mention is null ? null : BoundedRegex.Create($"^(?:{rule.Mention})$", options),
            rule.Before is null ? null : BoundedRegex.Create($"(?:{rule.Before})$", options),
            rule.After is null ? null : BoundedRegex.Create($"^(?:{rule.After})", options));
    }

    private sealed record CompiledRule(string Name, Regex? Mention, Regex? Before, Regex? After)
    {
        public bool Matches(string mention, string before, string after) =>
            (Mention is null || Mention.IsMatch(mention))
            && (Before is null || Before.IsMatch(before))
            && (After is null || After.IsMatch(after));
    }
}
