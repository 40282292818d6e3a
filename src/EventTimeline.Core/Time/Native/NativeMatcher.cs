using System.Text.RegularExpressions;

namespace EventTimeline.Time.Native;

/// <summary>A rule's match: the rule, the regex match (for its groups) and the extent.</summary>
internal sealed record RuleMatch(CompiledRule Rule, Match Match, int Start, int End)
{
    public int Length => End - Start;
}

/// <summary>Runs every rule over a text and keeps the matches that win their overlaps: the longer extent, then the leftmost, then the higher priority, then the earlier rule.</summary>
internal static class NativeMatcher
{
    private const int ContextWindow = 48;

    /// <summary>The winning matches in text order, negative (NONE) rules' matches removed after they have hidden what they cover.</summary>
    public static IReadOnlyList<RuleMatch> Find(string text, IReadOnlyList<CompiledRule> rules)
    {
        var found = new List<(RuleMatch Match, int Order)>();
        var probe = new RequiredLiterals.TextProbe(text);
        for (var order = 0; order < rules.Count; order++)
        {
            var rule = rules[order];
            if (!rule.Literals.MayMatch(probe))
            {
                continue;
            }

            for (var match = rule.Pattern.Match(text); match.Success; match = match.NextMatch())
            {
                var span = rule.HasTimexGroup && match.Groups["timex"] is { Success: true } group ? (Start: group.Index, End: group.Index + group.Length) : (Start: match.Index, End: match.Index + match.Length);
                if (span.End <= span.Start || Excluded(text, rule, span.Start, span.End))
                {
                    continue;
                }

                found.Add((new RuleMatch(rule, match, span.Start, span.End), order));
            }
        }

        found.Sort((a, b) =>
        {
            var byLength = b.Match.Length.CompareTo(a.Match.Length);
            if (byLength != 0)
            {
                return byLength;
            }

            var byStart = a.Match.Start.CompareTo(b.Match.Start);
            if (byStart != 0)
            {
                return byStart;
            }

            var byPriority = b.Match.Rule.Priority.CompareTo(a.Match.Rule.Priority);
            return byPriority != 0 ? byPriority : a.Order.CompareTo(b.Order);
        });

        var accepted = new List<RuleMatch>();
        foreach (var (candidate, _) in found)
        {
            if (!accepted.Any(taken => taken.Start < candidate.End && candidate.Start < taken.End))
            {
                accepted.Add(candidate);
            }
        }

        return accepted
            .Where(match => match.Rule.Type is not null)
            .OrderBy(match => match.Start)
            .ToList();
    }

    private static bool Excluded(string text, CompiledRule rule, int start, int end)
    {
        if (rule.NotBefore is { } before)
        {
            var from = Math.Max(0, start - ContextWindow);
            if (before.Match(text, from, start - from).Success)
            {
                return true;
            }
        }

        if (rule.NotAfter is { } after)
        {
            var length = Math.Min(ContextWindow, text.Length - end);
            if (after.Match(text, end, length).Success)
            {
                return true;
            }
        }

        return false;
    }
}
