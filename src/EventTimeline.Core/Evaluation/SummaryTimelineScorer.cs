using EventTimeline.Export;

namespace EventTimeline.Evaluation;

/// <summary>Scores timeline summaries against journalists' timelines as the tilse package does (Martschat and Markert 2017): date F1, concat ROUGE and "align+ m:1" ROUGE.</summary>
/// <remarks>
/// align+ m:1: for precision each system date is aligned to the gold date of least cost, for recall each gold date to the system date of
/// least cost (several may share one), where cost = (1 − 1/(days apart + 1)) × (1 − content overlap); the overlap is tilse's ROUGE-1
/// approximation on the raw whitespace tokens (case kept, no stop words removed). Each aligned pair adds its ROUGE hits × 1/(days apart + 1)
/// to the numerator and its n-gram count to the denominator. Ties go to the earlier date. The average over timelines is the mean of
/// precisions and the mean of recalls, then their F1, as the published Timeline17 figures are computed.
/// </remarks>
public static class SummaryTimelineScorer
{
    /// <summary>Scores every pair and averages them.</summary>
    public static SummaryTimelineScores Score(IReadOnlyList<SummaryTimelinePair> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var scores = pairs.Select(Score).ToList();
        return new SummaryTimelineScores(
            scores,
            Average(scores, s => s.Dates),
            Average(scores, s => s.Concat1),
            Average(scores, s => s.Concat2),
            Average(scores, s => s.Align1),
            Average(scores, s => s.Align2),
            [.. scores.Where(s => s.SystemMissing).Select(s => s.Name)]);
    }

    /// <summary>Scores one system timeline against its gold timeline.</summary>
    public static SummaryTimelineScore Score(SummaryTimelinePair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        var gold = pair.Gold;
        var system = pair.System ?? new SummaryTimeline([]);
        var goldDates = gold.Dates.Select(d => d.Date).ToHashSet();
        var matched = system.Dates.Count(d => goldDates.Contains(d.Date));
        var dates = Figures(matched, system.Dates.Count, matched, gold.Dates.Count);

        var systemAll = Rouge.Tokens(system.Dates.SelectMany(d => d.Sentences));
        var goldAll = Rouge.Tokens(gold.Dates.SelectMany(d => d.Sentences));
        var concat1 = Rouge.Count(systemAll, goldAll, 1);
        var concat2 = Rouge.Count(systemAll, goldAll, 2);
        return new SummaryTimelineScore(
            pair.Name,
            pair.System is null,
            gold.Dates.Count,
            system.Dates.Count,
            matched,
            dates,
            Figures(concat1.Hits, concat1.System, concat1.Hits, concat1.Reference),
            Figures(concat2.Hits, concat2.System, concat2.Hits, concat2.Reference),
            AlignManyToOne(system, gold, 1),
            AlignManyToOne(system, gold, 2));
    }

    /// <summary>tilse's "align+ m:1" ROUGE-<paramref name="n"/> of <paramref name="system"/> against <paramref name="gold"/>.</summary>
    public static PrecisionRecall AlignManyToOne(SummaryTimeline system, SummaryTimeline gold, int n)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(gold);
        if (system.Dates.Count == 0 || gold.Dates.Count == 0)
        {
            return new PrecisionRecall(0, 0, 0);
        }

        var systemDates = system.Dates.OrderBy(d => d.Date).ToList();
        var goldDates = gold.Dates.OrderBy(d => d.Date).ToList();
        var systemTokens = systemDates.Select(d => Rouge.Tokens(d.Sentences)).ToList();
        var goldTokens = goldDates.Select(d => Rouge.Tokens(d.Sentences)).ToList();
        var overlap = new double[systemDates.Count, goldDates.Count];
        for (var s = 0; s < systemDates.Count; s++)
        {
            for (var g = 0; g < goldDates.Count; g++)
            {
                overlap[s, g] = ApproximateRouge1(systemDates[s].Sentences, goldDates[g].Sentences);
            }
        }

        double Cost(int s, int g) => (1 - Weight(systemDates[s].Date, goldDates[g].Date)) * (1 - overlap[s, g]);

        double precisionHits = 0, recallHits = 0;
        long precisionTotal = 0, recallTotal = 0;
        for (var s = 0; s < systemDates.Count; s++)
        {
            var g = ArgMin(goldDates.Count, candidate => Cost(s, candidate));
            var counts = Rouge.Count(systemTokens[s], goldTokens[g], n);
            precisionHits += Weight(systemDates[s].Date, goldDates[g].Date) * counts.Hits;
            precisionTotal += counts.System;
        }

        for (var g = 0; g < goldDates.Count; g++)
        {
            var s = ArgMin(systemDates.Count, candidate => Cost(candidate, g));
            var counts = Rouge.Count(systemTokens[s], goldTokens[g], n);
            recallHits += Weight(systemDates[s].Date, goldDates[g].Date) * counts.Hits;
            recallTotal += counts.Reference;
        }

        return Figures(precisionHits, precisionTotal, recallHits, recallTotal);
    }

    /// <summary>tilse's approximate ROUGE-1 F1 used to align dates: clipped counts of whitespace tokens, case kept, nothing removed.</summary>
    public static double ApproximateRouge1(IEnumerable<string> system, IEnumerable<string> gold)
    {
        var systemCounts = WhitespaceCounts(system);
        var goldCounts = WhitespaceCounts(gold);
        var match = systemCounts.Sum(t => Math.Min(t.Value, goldCounts.GetValueOrDefault(t.Key)));
        var systemTotal = systemCounts.Values.Sum();
        var goldTotal = goldCounts.Values.Sum();
        var precision = systemTotal == 0 ? 0 : (double)match / systemTotal;
        var recall = goldTotal == 0 ? 0 : (double)match / goldTotal;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static Dictionary<string, int> WhitespaceCounts(IEnumerable<string> sentences)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in sentences.SelectMany(s => s.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)))
        {
            counts[token] = counts.GetValueOrDefault(token) + 1;
        }

        return counts;
    }

    private static double Weight(DateOnly a, DateOnly b) => 1.0 / (Math.Abs(a.DayNumber - b.DayNumber) + 1);

    private static int ArgMin(int count, Func<int, double> cost)
    {
        var best = 0;
        var bestCost = cost(0);
        for (var i = 1; i < count; i++)
        {
            var c = cost(i);
            if (c < bestCost)
            {
                best = i;
                bestCost = c;
            }
        }

        return best;
    }

    private static PrecisionRecall Figures(double precisionHits, double precisionTotal, double recallHits, double recallTotal)
    {
        var precision = precisionTotal == 0 ? 0 : precisionHits / precisionTotal;
        var recall = recallTotal == 0 ? 0 : recallHits / recallTotal;
        return new PrecisionRecall(precision, recall, PrecisionRecall.Harmonic(precision, recall));
    }

    private static PrecisionRecall Average(IReadOnlyList<SummaryTimelineScore> scores, Func<SummaryTimelineScore, PrecisionRecall> figure)
    {
        if (scores.Count == 0)
        {
            return new PrecisionRecall(0, 0, 0);
        }

        var precision = scores.Average(s => figure(s).Precision);
        var recall = scores.Average(s => figure(s).Recall);
        return new PrecisionRecall(precision, recall, PrecisionRecall.Harmonic(precision, recall));
    }
}
