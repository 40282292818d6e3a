using System.Text.RegularExpressions;

namespace EventTimeline.Time.Anchoring;

/// <summary>Finds the expressions of the extra-expression table (PRESENT_REF words, vague plurals, decades, quarters, spelled years).</summary>
internal sealed class ExtraExpressionFinder
{
    private readonly IReadOnlyList<(Regex Pattern, ExtraExpression Expression)> _expressions;

    public ExtraExpressionFinder(TimeLexicon lexicon)
    {
        _expressions = lexicon.Extra.Expressions
            .Select(expression => (BoundedRegex.Create($"(?<![\\w'’-])(?:{expression.Pattern})(?![\\w-])", LexiconPatterns.Options), expression))
            .ToList();
    }

    public IReadOnlyList<TimexCandidate> Find(string text)
    {
        var found = new List<TimexCandidate>();
        foreach (var (pattern, expression) in _expressions)
        {
            foreach (Match match in pattern.Matches(text))
            {
                if (match.Length == 0)
                {
                    continue;
                }

                var value = expression.Value.Contains("${", StringComparison.Ordinal) ? match.Result(expression.Value) : expression.Value;
                found.Add(new TimexCandidate(match.Index, match.Length, CandidateKind.Date, [], new PresetTimex(expression.Type, value)));
            }
        }

        return found;
    }
}
