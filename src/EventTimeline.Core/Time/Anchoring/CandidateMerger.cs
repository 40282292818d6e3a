namespace EventTimeline.Time.Anchoring;

/// <summary>Resolves overlapping candidates: the longest wins, and a lexicon match beats a recognizer hit of the same length.</summary>
internal static class CandidateMerger
{
    public static IReadOnlyList<TimexCandidate> Merge(IEnumerable<TimexCandidate> candidates)
    {
        var accepted = new List<TimexCandidate>();
        var ordered = candidates
            .OrderByDescending(candidate => candidate.Length)
            .ThenBy(candidate => candidate.Preset is null ? 1 : 0)
            .ThenBy(candidate => candidate.Start);
        foreach (var candidate in ordered)
        {
            if (!accepted.Any(other => other.Start < candidate.End && candidate.Start < other.End))
            {
                accepted.Add(candidate);
            }
        }

        accepted.Sort((left, right) => left.Start.CompareTo(right.Start));
        return accepted;
    }
}
