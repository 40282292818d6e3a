using EventTimeline.Documents;

namespace EventTimeline.Evaluation;

/// <summary>A gold document and the system's version of it (null when the system produced none).</summary>
/// <param name="Name">The document's relative path, used in reports.</param>
/// <param name="Gold">The gold document.</param>
/// <param name="System">The system document, or null.</param>
public sealed record TimexDocumentPair(string Name, TimeMlDocument Gold, TimeMlDocument? System);

/// <summary>Scores system TIMEX3 tags against gold ones the way the TempEval-3 toolkit does (UzZaman et al. 2013, Task A).</summary>
/// <remarks>Gold and system tags are paired one to one: same extent first, then the unpaired system tag overlapping
/// a gold one most. Strict pairs share the extent, relaxed pairs overlap; precision counts pairs over system tags,
/// recall over gold tags. Type and value are judged on relaxed pairs: attribute F1 = relaxed F1 × attribute accuracy.
/// Counts are summed over documents before dividing (micro average). Blank tags (no text) are ignored, as the toolkit does.</remarks>
public static class TimexScorer
{
    private const int ContextChars = 60;

    /// <summary>Scores all pairs together.</summary>
    public static TimexScores Score(IEnumerable<TimexDocumentPair> pairs)
    {
        int documents = 0, gold = 0, system = 0, strict = 0, relaxed = 0, type = 0, value = 0;
        var missing = new List<string>();
        var mismatch = new List<string>();
        var disagreements = new List<TimexDisagreement>();

        foreach (var pair in pairs.OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            documents++;
            var goldTimexes = Scorable(pair.Gold.GoldTimexes);
            gold += goldTimexes.Count;
            IReadOnlyList<GoldTimex> systemTimexes = [];
            if (pair.System is null)
            {
                missing.Add(pair.Name);
            }
            else if (!string.Equals(pair.System.Text, pair.Gold.Text, StringComparison.Ordinal))
            {
                mismatch.Add(pair.Name);
            }
            else
            {
                systemTimexes = Scorable(pair.System.GoldTimexes);
            }

            system += systemTimexes.Count;
            var text = pair.Gold.Text;
            var (matched, unmatchedGold, unmatchedSystem) = Pair(goldTimexes, systemTimexes);
            foreach (var (g, s) in matched)
            {
                relaxed++;
                var sameExtent = g.Start == s.Start && g.Length == s.Length;
                var sameType = string.Equals(g.Type, s.Type, StringComparison.Ordinal);
                var sameValue = string.Equals(g.Value, s.Value, StringComparison.Ordinal);
                strict += sameExtent ? 1 : 0;
                type += sameType ? 1 : 0;
                value += sameValue ? 1 : 0;
                if (!sameExtent)
                {
                    disagreements.Add(Disagreement(pair.Name, TimexDisagreementKind.Extent, text, g, s));
                }

                if (!sameType)
                {
                    disagreements.Add(Disagreement(pair.Name, TimexDisagreementKind.Type, text, g, s));
                }

                if (!sameValue)
                {
                    disagreements.Add(Disagreement(pair.Name, TimexDisagreementKind.Value, text, g, s));
                }
            }

            disagreements.AddRange(unmatchedGold.Select(g => Disagreement(pair.Name, TimexDisagreementKind.Missed, text, g, null)));
            disagreements.AddRange(unmatchedSystem.Select(s => Disagreement(pair.Name, TimexDisagreementKind.Spurious, text, null, s)));
        }

        var relaxedScores = PrecisionRecall.From(relaxed, system, gold);
        var nothing = system == 0 && gold == 0;
        var typeAccuracy = relaxed == 0 ? (nothing ? 1 : 0) : (double)type / relaxed;
        var valueAccuracy = relaxed == 0 ? (nothing ? 1 : 0) : (double)value / relaxed;
        var ordered = disagreements
            .OrderBy(d => d.Document, StringComparer.Ordinal)
            .ThenBy(d => d.Start)
            .ThenBy(d => d.Kind)
            .ToList();
        return new TimexScores(
            documents,
            gold,
            system,
            strict,
            relaxed,
            type,
            value,
            PrecisionRecall.From(strict, system, gold),
            relaxedScores,
            typeAccuracy,
            valueAccuracy,
            relaxedScores.F1 * typeAccuracy,
            relaxedScores.F1 * valueAccuracy,
            missing,
            mismatch,
            ordered);
    }

    private static List<GoldTimex> Scorable(IReadOnlyList<GoldTimex> timexes) =>
        timexes.Where(t => !string.IsNullOrWhiteSpace(t.Text)).ToList();

    private static (List<(GoldTimex Gold, GoldTimex System)> Matched, List<GoldTimex> Gold, List<GoldTimex> System) Pair(
        List<GoldTimex> gold, IReadOnlyList<GoldTimex> system)
    {
        var systemTaken = new bool[system.Count];
        var goldPartner = new int[gold.Count];
        Array.Fill(goldPartner, -1);

        for (var g = 0; g < gold.Count; g++)
        {
            for (var s = 0; s < system.Count; s++)
            {
                if (!systemTaken[s] && system[s].Start == gold[g].Start && system[s].Length == gold[g].Length)
                {
                    systemTaken[s] = true;
                    goldPartner[g] = s;
                    break;
                }
            }
        }

        for (var g = 0; g < gold.Count; g++)
        {
            if (goldPartner[g] >= 0)
            {
                continue;
            }

            var best = -1;
            var bestOverlap = 0;
            for (var s = 0; s < system.Count; s++)
            {
                var overlap = Math.Min(gold[g].End, system[s].End) - Math.Max(gold[g].Start, system[s].Start);
                if (!systemTaken[s] && overlap > bestOverlap)
                {
                    best = s;
                    bestOverlap = overlap;
                }
            }

            if (best >= 0)
            {
                systemTaken[best] = true;
                goldPartner[g] = best;
            }
        }

        var matched = new List<(GoldTimex, GoldTimex)>();
        var unmatchedGold = new List<GoldTimex>();
        for (var g = 0; g < gold.Count; g++)
        {
            if (goldPartner[g] >= 0)
            {
                matched.Add((gold[g], system[goldPartner[g]]));
            }
            else
            {
                unmatchedGold.Add(gold[g]);
            }
        }

        var unmatchedSystem = system.Where((_, s) => !systemTaken[s]).ToList();
        return (matched, unmatchedGold, unmatchedSystem);
    }

    private static TimexDisagreement Disagreement(string document, TimexDisagreementKind kind, string text, GoldTimex? gold, GoldTimex? system)
    {
        var anchor = gold ?? system!;
        return new TimexDisagreement(document, kind, anchor.Start, Side(gold), Side(system), Context(text, anchor));
    }

    private static TimexSide? Side(GoldTimex? timex) =>
        timex is null ? null : new TimexSide(timex.Start, timex.Length, timex.Text, timex.Type, timex.Value);

    private static string Context(string text, GoldTimex timex)
    {
        var start = Math.Max(0, timex.Start - ContextChars);
        var end = Math.Min(text.Length, timex.End + ContextChars);
        var lineStart = text.LastIndexOf('\n', Math.Max(0, timex.Start - 1));
        if (lineStart >= start && lineStart < timex.Start)
        {
            start = lineStart + 1;
        }

        var lineEnd = text.IndexOf('\n', timex.End);
        if (lineEnd >= 0 && lineEnd < end)
        {
            end = lineEnd;
        }

        return text[start..end].Replace('\n', ' ').Trim();
    }
}
