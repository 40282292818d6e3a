using System.Text.RegularExpressions;

using EventTimeline.Time.Anchoring;

namespace EventTimeline.Time;

/// <summary>
/// The "microsoft" engine: Microsoft.Recognizers.Text.DateTime finds expressions (in process, around time cues), the
/// date layer anchors them. Thread-safe: one instance serves every job.
/// </summary>
internal sealed class MicrosoftTemporalTagger : ITemporalTagger
{
    public const string EngineName = "microsoft";
    private const int SalvageRounds = 2;
    private const int SalvageMinLength = 20;
    private const int SalvageMaxLength = 60;

    private static readonly Regex SalvageLead = BoundedRegex.Create(
        @"^(?:(?:more|less|fewer)\s+than|at\s+(?:least|most)|up\s+to|over|under|nearly|almost|about|some|\S+)\s+",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex RangeSeparator = BoundedRegex.Create(
        @"^(?:from\s+|between\s+)?\S.*?(?<sep>\s+(?:to|through|thru|until|till|and)\s+|(?<=\d)[-–—](?=\d)|\s+[-–—]\s+)\S",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private readonly RecognizerWindows _windows;
    private readonly TimeAnchoringPipeline _pipeline;

    /// <summary>Loads the recognizer's model (once per process) and the shipped cue list and date layer.</summary>
    public MicrosoftTemporalTagger()
        : this(RecognizerWindows.Default, TimeAnchoringPipeline.Default)
    {
    }

    public MicrosoftTemporalTagger(RecognizerWindows windows, TimeAnchoringPipeline pipeline)
    {
        _windows = windows;
        _pipeline = pipeline;
        MicrosoftRecognizer.Load();
    }

    public string Name => EngineName;

    public IReadOnlyList<IReadOnlyList<TimeMention>> Tag(IReadOnlyList<TaggingRequest> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return batch.Select(request => Tag(request.Text, request.DocumentDate)).ToList();
    }

    /// <summary>The candidates the recognizer finds in <paramref name="text"/>, offsets into it, before the date layer.</summary>
    internal IReadOnlyList<TimexCandidate> Recognize(string text, DateOnly? documentDate) =>
        Recognize(text, _windows.Split(text), documentDate);

    /// <summary>The candidates the recognizer finds in the given <paramref name="windows"/> of <paramref name="text"/>, offsets into the text.</summary>
    internal static IReadOnlyList<TimexCandidate> Recognize(string text, IReadOnlyList<(int Offset, string Text)> windows, DateOnly? documentDate)
    {
        var candidates = new List<TimexCandidate>();
        var pending = windows;
        for (var round = 0; round <= SalvageRounds && pending.Count > 0; round++)
        {
            var retry = new List<(int Offset, string Text)>();
            foreach (var (offset, piece) in pending)
            {
                foreach (var candidate in MicrosoftRecognizer.Recognize(piece, documentDate))
                {
                    var placed = candidate with { Start = candidate.Start + offset };
                    var parts = round < SalvageRounds ? Reread(text, placed) : [];
                    if (parts.Count == 0)
                    {
                        candidates.Add(placed);
                    }

                    retry.AddRange(parts.Select(part => (part.Start, text[part.Start..part.End])));
                }
            }

            pending = retry;
        }

        return candidates;
    }

    private IReadOnlyList<TimeMention> Tag(string text, DateOnly? documentDate)
    {
        try
        {
            return _pipeline.Anchor(text, Recognize(text, documentDate), documentDate);
        }
        finally
        {
            MicrosoftRecognizer.ForgetNumbers();
        }
    }

    /// <summary>
    /// Spans to read again instead of <paramref name="candidate"/>. The recognizer sometimes swallows a whole phrase
    /// from a quantity to a date ("more than 300,000 last year") into one span without a value, or an implausibly
    /// long one: it is read again without its first words. A range of two dates ("Aug. 26 to Oct. 20") is two TimeML
    /// expressions: each side is read again on its own.
    /// </summary>
    private static IReadOnlyList<(int Start, int End)> Reread(string text, TimexCandidate candidate)
    {
        if (candidate.Readings.Any(reading => reading.Timex is { } timex && timex.StartsWith('(')))
        {
            var range = RangeSeparator.Match(text, candidate.Start, candidate.Length);
            if (range.Success)
            {
                var separator = range.Groups["sep"];
                return [(candidate.Start, separator.Index), (separator.Index + separator.Length, candidate.End)];
            }
        }

        var swallowed = candidate.Length > SalvageMaxLength || !candidate.Readings.Any(reading => reading.Timex is not null);
        if (!swallowed || candidate.Length < SalvageMinLength)
        {
            return [];
        }

        var lead = SalvageLead.Match(text, candidate.Start, candidate.Length);
        return lead.Success && lead.Length < candidate.Length ? [(candidate.Start + lead.Length, candidate.End)] : [];
    }

    public void Dispose()
    {
        // Nothing to release: the model is shared by the process.
    }
}
