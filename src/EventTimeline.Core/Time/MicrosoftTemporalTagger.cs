using System.Text.RegularExpressions;

using EventTimeline.Time.Anchoring;

namespace EventTimeline.Time;

/// <summary>The "microsoft" engine: Microsoft.Recognizers.Text finds expressions in a Node sidecar, the date layer anchors them.</summary>
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

    private readonly MicrosoftRecognizerSidecar _sidecar;
    private readonly TimeAnchoringPipeline _pipeline;

    /// <summary>Starts the sidecar found in <paramref name="sidecarDirectory"/>; throws <see cref="TemporalEngineUnavailableException"/> when Node or the sidecar is missing.</summary>
    public MicrosoftTemporalTagger(string sidecarDirectory)
        : this(new MicrosoftRecognizerSidecar(sidecarDirectory), TimeAnchoringPipeline.Default)
    {
    }

    /// <summary>Starts the sidecar found in <paramref name="sidecarDirectory"/> with the given timeout and retries.</summary>
    public MicrosoftTemporalTagger(string sidecarDirectory, RecognizerOptions options)
        : this(new MicrosoftRecognizerSidecar(sidecarDirectory, options), TimeAnchoringPipeline.Default)
    {
    }

    public MicrosoftTemporalTagger(MicrosoftRecognizerSidecar sidecar, TimeAnchoringPipeline pipeline)
    {
        _sidecar = sidecar;
        _pipeline = pipeline;
    }

    public string Name => EngineName;

    public IReadOnlyList<IReadOnlyList<TimeMention>> Tag(IReadOnlyList<TaggingRequest> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        List<SidecarItem> items = [];
        List<(int Request, int Offset)> owners = [];
        for (var index = 0; index < batch.Count; index++)
        {
            foreach (var (offset, chunk) in RecognizerChunks.Split(batch[index].Text))
            {
                items.Add(new SidecarItem(chunk, batch[index].DocumentDate));
                owners.Add((index, offset));
            }
        }

        var candidates = batch.Select(_ => new List<TimexCandidate>()).ToList();
        for (var round = 0; round <= SalvageRounds && items.Count > 0; round++)
        {
            var results = _sidecar.Recognize(items);
            var retry = new List<SidecarItem>();
            var retryOwners = new List<(int Request, int Offset)>();
            for (var item = 0; item < results.Count; item++)
            {
                var (request, offset) = owners[item];
                if (results[item].Error is { } error)
                {
                    throw new TaggingFailedException($"the date recognizer failed on text {request} at offset {offset}: {error}");
                }

                foreach (var candidate in results[item].Candidates)
                {
                    var placed = candidate with { Start = candidate.Start + offset };
                    var parts = round < SalvageRounds ? Reread(batch[request].Text, placed) : [];
                    if (parts.Count == 0)
                    {
                        candidates[request].Add(placed);
                    }

                    foreach (var (start, end) in parts)
                    {
                        retry.Add(new SidecarItem(batch[request].Text[start..end], batch[request].DocumentDate));
                        retryOwners.Add((request, start));
                    }
                }
            }

            items = retry;
            owners = retryOwners;
        }

        return batch.Select((request, index) => _pipeline.Anchor(request.Text, candidates[index], request.DocumentDate)).ToList();
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

    public void Dispose() => _sidecar.Dispose();
}
