namespace EventTimeline.Evaluation;

/// <summary>Precision, recall and F1 from match counts.</summary>
/// <param name="Precision">Matches over system timexes.</param>
/// <param name="Recall">Matches over gold timexes.</param>
/// <param name="F1">Harmonic mean of precision and recall.</param>
public sealed record PrecisionRecall(double Precision, double Recall, double F1)
{
    /// <summary>Figures for <paramref name="matches"/> matched pairs among the given counts; nothing to find and nothing found scores 1.</summary>
    public static PrecisionRecall From(int matches, int system, int gold)
    {
        if (system == 0 && gold == 0)
        {
            return new PrecisionRecall(1, 1, 1);
        }

        var precision = system == 0 ? 0 : (double)matches / system;
        var recall = gold == 0 ? 0 : (double)matches / gold;
        return new PrecisionRecall(precision, recall, Harmonic(precision, recall));
    }

    /// <summary>The harmonic mean, 0 when both are 0.</summary>
    public static double Harmonic(double a, double b) => a + b == 0 ? 0 : 2 * a * b / (a + b);
}

/// <summary>What kind of disagreement a <see cref="TimexDisagreement"/> records.</summary>
public enum TimexDisagreementKind
{
    /// <summary>A gold timex no system timex overlaps.</summary>
    Missed,

    /// <summary>A system timex that overlaps no gold timex.</summary>
    Spurious,

    /// <summary>Overlapping but with a different extent (relaxed, not strict, match).</summary>
    Extent,

    /// <summary>Matched, with a different type.</summary>
    Type,

    /// <summary>Matched, with a different value.</summary>
    Value,
}

/// <summary>One gold/system disagreement, for error analysis.</summary>
/// <param name="Document">The document's relative path (or name).</param>
/// <param name="Kind">What differs.</param>
/// <param name="Start">Offset of the gold timex, or of the system one when there is no gold one.</param>
/// <param name="Gold">The gold timex, if any.</param>
/// <param name="System">The system timex, if any.</param>
/// <param name="Context">The surrounding raw text (one line at most), for reading the case.</param>
public sealed record TimexDisagreement(
    string Document,
    TimexDisagreementKind Kind,
    int Start,
    TimexSide? Gold,
    TimexSide? System,
    string Context);

/// <summary>One side of a disagreement.</summary>
/// <param name="Start">Offset in the raw text.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Text">The tagged text.</param>
/// <param name="Type">TIMEX3 type.</param>
/// <param name="Value">TIMEX3 value.</param>
public sealed record TimexSide(int Start, int Length, string Text, string Type, string Value);

/// <summary>TempEval-3 Task A timex figures, micro-averaged over documents, with the counts and disagreements behind them.</summary>
/// <param name="Documents">Gold documents scored.</param>
/// <param name="GoldCount">Gold timexes.</param>
/// <param name="SystemCount">System timexes.</param>
/// <param name="StrictMatches">Pairs with the same extent.</param>
/// <param name="RelaxedMatches">Pairs that overlap (including the strict ones).</param>
/// <param name="TypeMatches">Relaxed pairs with the same type.</param>
/// <param name="ValueMatches">Relaxed pairs with the same value.</param>
/// <param name="Strict">Strict precision, recall, F1.</param>
/// <param name="Relaxed">Relaxed precision, recall, F1.</param>
/// <param name="TypeAccuracy">Type matches over relaxed matches.</param>
/// <param name="ValueAccuracy">Value matches over relaxed matches.</param>
/// <param name="TypeF1">Relaxed F1 × type accuracy.</param>
/// <param name="ValueF1">Relaxed F1 × value accuracy.</param>
/// <param name="MissingSystem">Gold documents without a system document (all their timexes missed).</param>
/// <param name="TextMismatch">Documents whose system text differs from gold (scored as missing).</param>
/// <param name="Disagreements">Every miss, spurious tag, extent, type and value error, by document and offset.</param>
public sealed record TimexScores(
    int Documents,
    int GoldCount,
    int SystemCount,
    int StrictMatches,
    int RelaxedMatches,
    int TypeMatches,
    int ValueMatches,
    PrecisionRecall Strict,
    PrecisionRecall Relaxed,
    double TypeAccuracy,
    double ValueAccuracy,
    double TypeF1,
    double ValueF1,
    IReadOnlyList<string> MissingSystem,
    IReadOnlyList<string> TextMismatch,
    IReadOnlyList<TimexDisagreement> Disagreements);
