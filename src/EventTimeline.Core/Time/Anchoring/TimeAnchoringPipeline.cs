namespace EventTimeline.Time.Anchoring;

/// <summary>
/// The engine-independent date layer: from a recognizer's candidates to anchored <see cref="TimeMention"/>s.
/// Stages, in order: add lexicon expressions, resolve overlaps, fix extents, drop false positives, normalize
/// values by TimeML conventions and clause tense, anchor on the calendar, re-anchor year-back comparisons to the quarter in focus. Built once, immutable, thread-safe.
/// </summary>
internal sealed class TimeAnchoringPipeline
{
    private static readonly Lazy<TimeAnchoringPipeline> DefaultInstance = new(() => new TimeAnchoringPipeline(TimeLexicon.Default));

    private readonly ExtraExpressionFinder _extra;
    private readonly ExtentAdjuster _extent;
    private readonly FalsePositiveFilter _falsePositives;
    private readonly ClauseTenseDetector _tense;

    public TimeAnchoringPipeline(TimeLexicon lexicon)
    {
        _extra = new ExtraExpressionFinder(lexicon);
        _extent = new ExtentAdjuster(lexicon);
        _falsePositives = new FalsePositiveFilter(lexicon);
        _tense = new ClauseTenseDetector(lexicon);
    }

    /// <summary>The pipeline over the shipped data tables.</summary>
    public static TimeAnchoringPipeline Default => DefaultInstance.Value;

    /// <summary>Anchors the recognizer's candidates for <paramref name="text"/>; the result is sorted by offset.</summary>
    public IReadOnlyList<TimeMention> Anchor(string text, IEnumerable<TimexCandidate> recognized, DateOnly? documentDate)
    {
        var candidates = CandidateMerger.Merge(recognized.Concat(_extra.Find(text)));
        candidates = _extent.Adjust(text, candidates);
        candidates = _falsePositives.Filter(text, candidates);

        var mentions = new List<TimeMention>(candidates.Count);
        foreach (var candidate in candidates)
        {
            var surface = text.Substring(candidate.Start, candidate.Length);
            var normalized = TimexNormalizer.Normalize(candidate, surface, documentDate, () => _tense.Detect(text, candidate.Start, candidate.End));
            if (normalized is not null)
            {
                mentions.Add(MentionAnchorer.Anchor(candidate, surface, normalized, documentDate));
            }
        }

        return QuarterFocus.Apply(mentions);
    }
}
