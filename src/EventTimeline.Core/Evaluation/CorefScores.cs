namespace EventTimeline.Evaluation;

/// <summary>One coreference metric as numerators and denominators of recall and precision, summed over documents.</summary>
/// <param name="RecallNumerator">Recall's numerator.</param>
/// <param name="RecallDenominator">Recall's denominator.</param>
/// <param name="PrecisionNumerator">Precision's numerator.</param>
/// <param name="PrecisionDenominator">Precision's denominator.</param>
internal sealed record CorefMetric(double RecallNumerator, double RecallDenominator, double PrecisionNumerator, double PrecisionDenominator)
{
    /// <summary>Nothing counted yet.</summary>
    public static CorefMetric Zero { get; } = new(0, 0, 0, 0);

    /// <summary>Recall, 0 when nothing was expected.</summary>
    public double Recall => RecallDenominator == 0 ? 0 : RecallNumerator / RecallDenominator;

    /// <summary>Precision, 0 when nothing was answered.</summary>
    public double Precision => PrecisionDenominator == 0 ? 0 : PrecisionNumerator / PrecisionDenominator;

    /// <summary>The harmonic mean of recall and precision, 0 when both are 0.</summary>
    public double F1 => Recall + Precision == 0 ? 0 : 2 * Recall * Precision / (Recall + Precision);

    /// <summary>The sums of both metrics' numerators and denominators.</summary>
    public CorefMetric Plus(CorefMetric other) => new(
        RecallNumerator + other.RecallNumerator,
        RecallDenominator + other.RecallDenominator,
        PrecisionNumerator + other.PrecisionNumerator,
        PrecisionDenominator + other.PrecisionDenominator);
}

/// <summary>MUC, B³ and CEAF-e of a response against a key, and the CoNLL F1 (the mean of their F1).</summary>
/// <param name="Muc">MUC (Vilain et al. 1995): links.</param>
/// <param name="BCubed">B³ (Bagga and Baldwin 1998): per mention.</param>
/// <param name="CeafE">Entity-based CEAF (Luo 2005): aligned entities.</param>
/// <param name="KeyMentions">Mentions in the key.</param>
/// <param name="ResponseMentions">Mentions in the response.</param>
/// <param name="MatchedMentions">Response mentions with exactly the span of a key mention.</param>
internal sealed record CorefScores(CorefMetric Muc, CorefMetric BCubed, CorefMetric CeafE, int KeyMentions, int ResponseMentions, int MatchedMentions)
{
    /// <summary>The mean of the three F1 scores.</summary>
    public double ConllF1 => (Muc.F1 + BCubed.F1 + CeafE.F1) / 3;
}
