using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;

namespace EventTimeline.Events;

/// <summary>The merge taken again from the log of an earlier one: the same events as a merge from nothing, with fewer candidates weighed.</summary>
/// <remarks>
/// <para>
/// A mention's decision reads the mention (its <see cref="Item"/> and the context of its document and actors, all in its fingerprint)
/// and the events listed under its keys, each made of the mentions that joined it before. The mentions of both merges come in one order
/// (the fingerprint holds every sort key), so an event is <i>clean</i> while the mentions it holds are, one for one, those it held at
/// this point of the earlier merge; an event that gained, lost or never had a counterpart there is <i>dirty</i>, and stays so.
/// </para>
/// <para>
/// A mention that was in the earlier merge chose then the best of its candidates; every clean one is as it was, so the best of them is
/// still its earlier choice, if that one is clean (or, when it founded an event, none is compatible). Only the dirty candidates listed
/// under its keys are weighed against it. A mention whose earlier choice is dirty or gone, and every new mention, weighs all its
/// candidates as a merge from nothing does. Dirty events are listed by key, so a mention finds them without walking the key's chain.
/// </para>
/// </remarks>
internal sealed partial class EventMerger
{
    /// <summary>The fingerprint of each item: everything its decision and those of later items about it read, hashed.</summary>
    private static UInt128[] Fingerprints(List<Item> items, MergeContext context, int jobs)
    {
        // What an item reads of its document (publication date and dated time expressions) is the same for all its items: hashed once.
        var documents = items.Select(item => item.Mention.DocumentId).Distinct(StringComparer.Ordinal).ToList();
        var documentPrints = ParallelMap.Run(documents, jobs, id => DocumentPrint(id, context))
            .Select((print, i) => (documents[i], print))
            .ToDictionary(pair => pair.Item1, pair => pair.print, StringComparer.Ordinal);
        return [.. ParallelMap.Run(items, jobs, item => ItemPrint(item, context, documentPrints[item.Mention.DocumentId]))];
    }

    // The buffer each thread writes what it hashes into: one per item would be a merge's largest garbage.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _printBuffer;

    private static ArrayBufferWriter<byte> PrintBuffer()
    {
        var buffer = _printBuffer ??= new ArrayBufferWriter<byte>(512);
        buffer.ResetWrittenCount();
        return buffer;
    }

    private static UInt128 DocumentPrint(string documentId, MergeContext context)
    {
        var buffer = PrintBuffer();
        Write(buffer, documentId);
        Write(buffer, context.Published.TryGetValue(documentId, out var published) ? published.DayNumber : int.MinValue);
        foreach (var time in context.Times.GetValueOrDefault(documentId, []))
        {
            Write(buffer, time.Start.DayNumber);
            Write(buffer, time.End.DayNumber);
            Write(buffer, (int)time.Granularity);
        }

        return Hash(buffer);
    }

    private static UInt128 ItemPrint(Item item, MergeContext context, UInt128 document)
    {
        var buffer = PrintBuffer();
        Write(buffer, (long)(ulong)(document >> 64));
        Write(buffer, (long)(ulong)document);
        var mention = item.Mention;
        Write(buffer, mention.Sentence);
        Write(buffer, mention.TriggerStart);
        Write(buffer, mention.Type);
        Write(buffer, (int)mention.Status);
        Write(buffer, item.SortClass);
        Write(buffer, item.Width);
        Write(buffer, item.Interval is { } interval ? interval.Start.DayNumber : int.MinValue);
        Write(buffer, item.Interval is { } end ? end.End.DayNumber : int.MinValue);
        Write(buffer, item.Interval is { } granular ? (int)granular.Granularity : -1);
        Write(buffer, item.ReportedBound?.DayNumber ?? int.MinValue);
        Write(buffer, item.Location);
        Write(buffer, item.LocationId);

        // The kinds of an item's actors are read of an event's actors too, which are its items' actors.
        Write(buffer, item.Actors.Length);
        foreach (var actor in item.Actors)
        {
            Write(buffer, actor);
            Write(buffer, (context.People.Contains(actor) ? 1 : 0) | (context.Broad.Contains(actor) ? 2 : 0));
        }

        Write(buffer, item.Sources.Length);
        foreach (var source in item.Sources)
        {
            Write(buffer, source);
        }

        Write(buffer, item.Targets.Length);
        foreach (var target in item.Targets)
        {
            Write(buffer, target);
        }

        return Hash(buffer);
    }

    private static void Write(ArrayBufferWriter<byte> buffer, int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(buffer.GetSpan(4), value);
        buffer.Advance(4);
    }

    private static void Write(ArrayBufferWriter<byte> buffer, long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(buffer.GetSpan(8), value);
        buffer.Advance(8);
    }

    // A string as its length in UTF-16 units (-1 for none) and its UTF-8 bytes, so that no two lists of strings write alike.
    private static void Write(ArrayBufferWriter<byte> buffer, string? value)
    {
        Write(buffer, value?.Length ?? -1);
        if (value is not null)
        {
            _ = Encoding.UTF8.GetBytes(value, buffer);
        }
    }

    private static UInt128 Hash(ArrayBufferWriter<byte> buffer)
    {
        Span<byte> hash = stackalloc byte[32];
        _ = SHA256.HashData(buffer.WrittenSpan, hash);
        return new UInt128(BinaryPrimitives.ReadUInt64LittleEndian(hash), BinaryPrimitives.ReadUInt64LittleEndian(hash[8..]));
    }

    /// <summary>The earlier merge's decisions, matched to this merge's items, and which events are dirty so far.</summary>
    private sealed class Replay
    {
        private readonly ImmutableArray<int> _earlierFounders;

        // For each item of this merge, its place in the earlier merge, or -1.
        private readonly int[] _earlierOf;

        // Places in the earlier merge of the founders of events that lose a mention (one no item of this merge matches).
        private readonly HashSet<int> _losing = [];

        // The event of this merge founded by the item at each earlier founder's place (by that place).
        private readonly Cluster?[] _byEarlierFounder;
        private readonly HashSet<int> _dirty = [];
        private readonly Dictionary<BlockKey, List<int>> _dirtyUnder = [];
        private readonly Func<Cluster, IEnumerable<BlockKey>> _listedUnder;

        private Replay(ImmutableArray<int> earlierFounders, int[] earlierOf, Func<Cluster, IEnumerable<BlockKey>> listedUnder)
        {
            _earlierFounders = earlierFounders;
            _earlierOf = earlierOf;
            _listedUnder = listedUnder;
            _byEarlierFounder = new Cluster?[earlierFounders.Length];
        }

        /// <summary>Items whose earlier decision was taken again (with the dirty events weighed beside it).</summary>
        public int Replayed { get; private set; }

        /// <summary>Replayed items whose earlier choice turned out incompatible (not expected), which then weighed every candidate.</summary>
        public int Mistaken { get; set; }

        /// <summary>
        /// Matches this merge's items (by <paramref name="fingerprints"/>, in order) to <paramref name="earlier"/>'s; null when the log
        /// does not fit (matched items in another order), so that the merge weighs every candidate. <paramref name="listedUnder"/> gives
        /// the keys an event is listed under now.
        /// </summary>
        public static Replay? Start(MergeLog earlier, UInt128[] fingerprints, Func<Cluster, IEnumerable<BlockKey>> listedUnder)
        {
            if (!earlier.IsConsistent)
            {
                return null;
            }

            // Equal fingerprints (equal mentions) are matched first to first.
            var first = new Dictionary<UInt128, int>(earlier.Fingerprints.Length);
            var next = new int[earlier.Fingerprints.Length];
            for (var p = earlier.Fingerprints.Length - 1; p >= 0; p--)
            {
                next[p] = first.TryGetValue(earlier.Fingerprints[p], out var later) ? later : -1;
                first[earlier.Fingerprints[p]] = p;
            }

            var earlierOf = new int[fingerprints.Length];
            var matched = new bool[earlier.Fingerprints.Length];
            var last = -1;
            for (var i = 0; i < fingerprints.Length; i++)
            {
                if (!first.TryGetValue(fingerprints[i], out var p))
                {
                    earlierOf[i] = -1;
                    continue;
                }

                if (p <= last)
                {
                    return null;
                }

                last = p;
                earlierOf[i] = p;
                matched[p] = true;
                if (next[p] >= 0)
                {
                    first[fingerprints[i]] = next[p];
                }
                else
                {
                    _ = first.Remove(fingerprints[i]);
                }
            }

            var replay = new Replay(earlier.Founders, earlierOf, listedUnder);
            for (var p = 0; p < matched.Length; p++)
            {
                if (!matched[p])
                {
                    _ = replay._losing.Add(earlier.Founders[p]);
                }
            }

            return replay;
        }

        /// <summary>
        /// Whether item <paramref name="item"/>'s earlier decision can be taken again, and that decision: the clean event it joined, or
        /// null when it founded one.
        /// </summary>
        public bool Earlier(int item, out Cluster? choice)
        {
            choice = null;
            var place = _earlierOf[item];
            if (place < 0)
            {
                return false;
            }

            var founder = _earlierFounders[place];
            if (founder == place)
            {
                Replayed++;
                return true;
            }

            if (_byEarlierFounder[founder] is { } cluster && !_dirty.Contains(cluster.Index))
            {
                choice = cluster;
                Replayed++;
                return true;
            }

            return false;
        }

        /// <summary>The dirty events listed under <paramref name="key"/>, by number.</summary>
        public List<int>? DirtyUnder(BlockKey key) => _dirtyUnder.GetValueOrDefault(key);

        /// <summary>Takes note that item <paramref name="item"/> joins <paramref name="target"/> (before it is added), which it founds when <paramref name="founded"/>.</summary>
        public void Joins(int item, Cluster target, bool founded)
        {
            var place = _earlierOf[item];
            var founder = place < 0 ? -1 : _earlierFounders[place];
            var expected = place < 0 || founder == place ? null : _byEarlierFounder[founder];
            if (founded && place >= 0 && founder == place)
            {
                // The event the item founded before: clean, unless it loses one of its earlier mentions.
                _byEarlierFounder[place] = target;
                if (_losing.Contains(place))
                {
                    MarkDirty(target);
                }

                return;
            }

            if (!founded && target == expected && expected is not null)
            {
                return;
            }

            MarkDirty(target);
            if (expected is not null)
            {
                MarkDirty(expected);
            }
        }

        /// <summary>Takes note that <paramref name="cluster"/> is now listed under <paramref name="key"/> too.</summary>
        public void Listed(Cluster cluster, BlockKey key)
        {
            if (_dirty.Contains(cluster.Index))
            {
                Under(key).Add(cluster.Index);
            }
        }

        private void MarkDirty(Cluster cluster)
        {
            if (!_dirty.Add(cluster.Index))
            {
                return;
            }

            foreach (var key in _listedUnder(cluster))
            {
                Under(key).Add(cluster.Index);
            }
        }

        private List<int> Under(BlockKey key)
        {
            if (!_dirtyUnder.TryGetValue(key, out var list))
            {
                _dirtyUnder[key] = list = [];
            }

            return list;
        }
    }
}
