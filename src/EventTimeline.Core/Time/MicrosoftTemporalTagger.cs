using EventTimeline.Time.Anchoring;

namespace EventTimeline.Time;

/// <summary>The "microsoft" engine: Microsoft.Recognizers.Text finds expressions in a Node sidecar, the date layer anchors them.</summary>
internal sealed class MicrosoftTemporalTagger : ITemporalTagger
{
    public const string EngineName = "microsoft";

    private readonly MicrosoftRecognizerSidecar _sidecar;
    private readonly TimeAnchoringPipeline _pipeline;

    /// <summary>Starts the sidecar found in <paramref name="sidecarDirectory"/>; throws <see cref="TemporalEngineUnavailableException"/> when Node or the sidecar is missing.</summary>
    public MicrosoftTemporalTagger(string sidecarDirectory)
        : this(new MicrosoftRecognizerSidecar(sidecarDirectory), TimeAnchoringPipeline.Default)
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
        var items = new List<SidecarItem>();
        var owners = new List<(int Request, int Offset)>();
        for (var index = 0; index < batch.Count; index++)
        {
            foreach (var (offset, chunk) in RecognizerChunks.Split(batch[index].Text))
            {
                items.Add(new SidecarItem(chunk, batch[index].DocumentDate));
                owners.Add((index, offset));
            }
        }

        var results = _sidecar.Recognize(items);
        var candidates = batch.Select(_ => new List<TimexCandidate>()).ToList();
        for (var item = 0; item < results.Count; item++)
        {
            var (request, offset) = owners[item];
            if (results[item].Error is { } error)
            {
                throw new InvalidOperationException($"the date recognizer failed on text {request} at offset {offset}: {error}");
            }

            candidates[request].AddRange(results[item].Candidates.Select(candidate => candidate with { Start = candidate.Start + offset }));
        }

        return batch.Select((request, index) => _pipeline.Anchor(request.Text, candidates[index], request.DocumentDate)).ToList();
    }

    public void Dispose() => _sidecar.Dispose();
}
