using System.Runtime.InteropServices;

namespace EventTimeline.Documents;

/// <summary>The shingles of documents new to a corpus, indexed so that each document already in it can be compared with all of them at once: the copy pairs between old and new documents, without holding the old ones.</summary>
/// <remarks>
/// The same exact join as <see cref="NearCopyDetector.PairsOf"/>, with prefix filtering in one order of shingles: by how many new documents
/// hold a shingle, then by value, so that a shingle no new document holds comes first in an old document (it can be shared with none) and
/// stock phrases come last. Of a pair sharing at least the needed o shingles, the first shared one stands among the first size − o + 1 of
/// both documents; a pair is counted exactly only when some shared shingle passes that test. None at or above the threshold is missed and
/// none below it is found, so old and new pairs together are those a search of the whole corpus finds.
/// </remarks>
internal sealed class FreshCopyIndex
{
    private readonly NearCopyDetector _detector;
    private readonly IReadOnlyList<ulong[]> _fresh;
    private readonly Dictionary<ulong, int> _holders = [];

    // By shingle: the new documents holding it where an old document that is not longer may meet them (deep), and where a longer one may (their own prefix).
    private readonly Dictionary<ulong, List<(int Document, int Position)>> _deep = [];
    private readonly Dictionary<ulong, List<(int Document, int Position)>> _own = [];

    /// <summary>Indexes <paramref name="fresh"/>, each document's distinct shingles in ascending order.</summary>
    public FreshCopyIndex(NearCopyDetector detector, IReadOnlyList<ulong[]> fresh)
    {
        _detector = detector;
        _fresh = fresh;
        foreach (var shingles in fresh.Where(s => s.Length >= NearCopyDetector.MinShingles))
        {
            foreach (var shingle in shingles)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(_holders, shingle, out _)++;
            }
        }

        for (var i = 0; i < fresh.Count; i++)
        {
            var size = fresh[i].Length;
            if (size < NearCopyDetector.MinShingles)
            {
                continue;
            }

            var ordered = Order(fresh[i]);
            var own = size - detector.MinOverlap(size) + 1;
            for (var p = 0; p < ordered.Count && p < size - detector.MinOverlap(NearCopyDetector.MinShingles) + 1; p++)
            {
                Add(_deep, ordered[p], i, p);
                if (p < own)
                {
                    Add(_own, ordered[p], i, p);
                }
            }
        }
    }

    /// <summary>The new documents <paramref name="stored"/> (an old document's distinct shingles, ascending) is a copy pair with, by index, with the shingles they share.</summary>
    public List<(int Fresh, int Overlap)> PairsWith(ulong[] stored)
    {
        var pairs = new List<(int Fresh, int Overlap)>();
        var size = stored.Length;
        if (size < NearCopyDetector.MinShingles || _holders.Count == 0)
        {
            return pairs;
        }

        // Shingles no new document holds come first in this order: the others' positions start after them.
        var ordered = Order([.. stored.Where(_holders.ContainsKey)]);
        var offset = size - ordered.Count;
        var candidates = new HashSet<int>();
        var half = size - _detector.MinOverlap(size) + 1;
        var deep = size - _detector.MinOverlap(NearCopyDetector.MinShingles) + 1;
        for (var k = 0; k < ordered.Count && offset + k < deep; k++)
        {
            var q = offset + k;

            // The old document is not longer: the pair needs MinOverlap(its size), which bounds both positions.
            if (q < half && _deep.TryGetValue(ordered[k], out var deepList))
            {
                foreach (var (i, p) in deepList)
                {
                    if (_fresh[i].Length >= size && p < _fresh[i].Length - _detector.MinOverlap(size) + 1)
                    {
                        candidates.Add(i);
                    }
                }
            }

            // The new document is shorter: it needs MinOverlap(its size), and its position is within its own prefix already.
            if (_own.TryGetValue(ordered[k], out var ownList))
            {
                foreach (var (i, _) in ownList)
                {
                    if (_fresh[i].Length < size && q < size - _detector.MinOverlap(_fresh[i].Length) + 1)
                    {
                        candidates.Add(i);
                    }
                }
            }
        }

        foreach (var i in candidates.Order())
        {
            var overlap = NearCopyDetector.Shared(stored, _fresh[i]);
            if (_detector.IsCopy(overlap, Math.Min(size, _fresh[i].Length)))
            {
                pairs.Add((i, overlap));
            }
        }

        return pairs;
    }

    private static void Add(Dictionary<ulong, List<(int Document, int Position)>> index, ulong shingle, int document, int position)
    {
        ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(index, shingle, out _);
        (list ??= []).Add((document, position));
    }

    // Shingles in the index's order: fewest new holders first, then by value.
    private List<ulong> Order(ulong[] shingles)
    {
        var keyed = new (int Holders, ulong Shingle)[shingles.Length];
        for (var i = 0; i < shingles.Length; i++)
        {
            keyed[i] = (_holders.GetValueOrDefault(shingles[i]), shingles[i]);
        }

        Array.Sort(keyed);
        return [.. keyed.Select(k => k.Shingle)];
    }
}
