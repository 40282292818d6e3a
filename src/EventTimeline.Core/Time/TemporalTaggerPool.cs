using System.Collections.Concurrent;

namespace EventTimeline.Time;

/// <summary>
/// A tagger for several threads made of single-threaded taggers (one Node sidecar each): every call borrows an idle
/// tagger, or starts a new one while fewer than the pool's size exist.
/// </summary>
internal sealed class TemporalTaggerPool : ITemporalTagger
{
    private readonly Func<ITemporalTagger> _create;
    private readonly SemaphoreSlim _slots;
    private readonly ConcurrentBag<ITemporalTagger> _idle = [];
    private readonly ConcurrentQueue<ITemporalTagger> _all = new();
    private int _disposed;

    /// <summary>Creates a pool of at most <paramref name="size"/> taggers made by <paramref name="create"/>: the first one now (so an engine that cannot run fails here), the others on first need.</summary>
    public TemporalTaggerPool(string name, int size, Func<ITemporalTagger> create)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        ArgumentNullException.ThrowIfNull(create);
        Name = name;
        _create = create;
        var first = create();
        _all.Enqueue(first);
        _idle.Add(first);
        _slots = new SemaphoreSlim(size, size);
    }

    public string Name { get; }

    /// <summary>Number of taggers started so far.</summary>
    public int Started => _all.Count;

    public IReadOnlyList<IReadOnlyList<TimeMention>> Tag(IReadOnlyList<TaggingRequest> batch)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        _slots.Wait();
        try
        {
            if (!_idle.TryTake(out var tagger))
            {
                tagger = _create();
                _all.Enqueue(tagger);
            }

            var result = tagger.Tag(batch);
            _idle.Add(tagger);
            return result;
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        while (_all.TryDequeue(out var tagger))
        {
            tagger.Dispose();
        }

        _slots.Dispose();
    }
}
