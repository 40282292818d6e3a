using EventTimeline.Documents;

namespace EventTimeline.Store;

/// <summary>Takes documents into a store as they are read, a batch at a time, so that the corpus is never held at once: new and changed documents are written, unchanged ones only counted.</summary>
/// <remarks>A document given again under the same id (a later file wins the id) replaces the one given before; what is counted is the last one given for each id.</remarks>
internal sealed class StoreIntakeSink
{
    private const int Batch = 256;

    private readonly IEventStore _store;

    // The content hash of each stored document as it was before this intake, and as it is now (after the writes so far).
    private readonly Dictionary<string, string> _before;
    private readonly Dictionary<string, string> _now;
    private readonly Dictionary<string, string> _given = new(StringComparer.Ordinal);
    private readonly List<RawDocument> _pending = [];

    /// <summary>Starts an intake into <paramref name="store"/>.</summary>
    public StoreIntakeSink(IEventStore store)
    {
        _store = store;
        _before = store.DocumentHashes().ToDictionary(d => d.Id, d => d.ContentHash, StringComparer.Ordinal);
        _now = new Dictionary<string, string>(_before, StringComparer.Ordinal);
    }

    /// <summary>Takes one document; it is written (with others) when its content is not the stored one.</summary>
    public void Take(RawDocument document)
    {
        var hash = RulesVersion.ContentHashOf(document);
        _given[document.Id] = hash;
        if (_now.GetValueOrDefault(document.Id) == hash)
        {
            // A document given twice in one intake may come back to the stored content: the write pending for it is dropped.
            _pending.RemoveAll(pending => pending.Id == document.Id);
            return;
        }

        _pending.RemoveAll(pending => pending.Id == document.Id);
        _pending.Add(document);
        if (_pending.Count >= Batch)
        {
            Flush();
        }
    }

    /// <summary>Writes what is pending; with <paramref name="prune"/>, removes the stored documents not given; returns what the intake did.</summary>
    public StoreIntake Finish(bool prune)
    {
        Flush();
        var removed = new List<string>();
        if (prune)
        {
            removed.AddRange(_before.Keys.Where(id => !_given.ContainsKey(id)).Order(StringComparer.Ordinal));
            _store.RemoveDocuments(removed);
        }

        var added = _given.Keys.Count(id => !_before.ContainsKey(id));
        var changed = _given.Count(given => _before.TryGetValue(given.Key, out var hash) && hash != given.Value);
        return new StoreIntake(added, changed, _given.Count - added - changed, removed.Count);
    }

    private void Flush()
    {
        if (_pending.Count == 0)
        {
            return;
        }

        _store.PutDocuments(_pending);
        foreach (var document in _pending)
        {
            _now[document.Id] = _given[document.Id];
        }

        _pending.Clear();
    }
}
