using System.Runtime.InteropServices;

using EventTimeline.Text;

namespace EventTimeline.Documents;

/// <summary>A document to compare for copying.</summary>
/// <param name="Id">Document id.</param>
/// <param name="Text">Clean text.</param>
/// <param name="Published">Its own publication date (manifest or dateline), when known.</param>
internal sealed record CopyCandidate(string Id, string Text, DateOnly? Published);

/// <summary>A document found to be a near-copy of another.</summary>
/// <param name="Id">The copy.</param>
/// <param name="OriginalId">The document it copies (the root of its copy chain).</param>
/// <param name="Containment">Share of the shorter document's word shingles found in the other, for the direct pair that linked the copy.</param>
internal sealed record NearCopy(string Id, string OriginalId, double Containment);

/// <summary>A document as the near-copy links see it.</summary>
/// <param name="Id">Document id.</param>
/// <param name="Published">Its own publication date, when known.</param>
/// <param name="Size">Its count of distinct shingles.</param>
internal sealed record CopyNode(string Id, DateOnly? Published, int Size);

/// <summary>Two documents at or above the containment threshold, by index, and the shingles they share.</summary>
/// <param name="Shorter">The document with fewer shingles (the earlier when as many).</param>
/// <param name="Other">The other.</param>
/// <param name="Overlap">Shingles both hold.</param>
internal readonly record struct CopyPair(int Shorter, int Other, int Overlap);

/// <summary>Finds near-copies by word-shingle containment: the share of the shorter document's 5-word shingles that occur in the other.</summary>
/// <remarks>
/// An exact similarity join with prefix and position filtering: every document's shingles are ranked rarest first across the corpus. When
/// the shorter document of a pair (s shingles) shares at least the needed o of them with the longer (t shingles), their first shared
/// shingle in that order is among the shorter's s − o + 1 rarest and among the longer's t − o + 1 rarest, and at most as many shingles
/// follow it in either as can still be shared. Only the prefixes are indexed and a pair is counted only when its first shared shingle
/// passes both tests, so stock phrases (in many documents but rarely among any document's rarest) propose few pairs and the work grows
/// with the corpus rather than with the square of its stock phrases. Every pair is then counted exactly: none at or above the threshold
/// is missed and none below it is found. The original of a pair is the dated one, else the earlier-dated, else the longer, else the
/// smaller id.
/// </remarks>
internal sealed class NearCopyDetector
{
    /// <summary>Words per shingle: five-word runs rarely repeat between independently written articles.</summary>
    public const int ShingleSize = 5;

    /// <summary>Containment at or above which the shorter document counts as a copy: half its running text is shared verbatim.</summary>
    public const double DefaultThreshold = 0.5;

    /// <summary>Shingles the shorter document must have: below that (about 25 words) a match says nothing.</summary>
    public const int MinShingles = 20;

    [ThreadStatic]
    private static Scratch? _scratch;

    private readonly double _threshold;

    /// <summary>Creates a detector with the given containment threshold.</summary>
    public NearCopyDetector(double threshold = DefaultThreshold)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(threshold);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(threshold, 1);
        _threshold = threshold;
    }

    /// <summary>Returns the near-copies among <paramref name="documents"/>, by copy id; the result does not depend on input order nor on <paramref name="jobs"/>, the documents shingled at once.</summary>
    public IReadOnlyDictionary<string, NearCopy> Find(IReadOnlyList<CopyCandidate> documents, int jobs = 1)
    {
        var docs = documents.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        var shingles = ParallelMap.Run(docs, jobs, d => Shingles(d.Text).ToArray(), d => d.Text.Length);
        var nodes = docs.Select((d, i) => new CopyNode(d.Id, d.Published, shingles[i].Length)).ToList();
        return Assign(nodes, PairsOf(shingles, jobs));
    }

    /// <summary>Every pair of <paramref name="documents"/> at or above the threshold: the shorter (the smaller id when as long), the other, the containment; by shorter id, then other id.</summary>
    internal IReadOnlyList<(string Shorter, string Other, double Containment)> Pairs(IReadOnlyList<CopyCandidate> documents, int jobs = 1)
    {
        var docs = documents.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        var shingles = ParallelMap.Run(docs, jobs, d => Shingles(d.Text).ToArray(), d => d.Text.Length);
        return [.. PairsOf(shingles, jobs).Select(pair => (docs[pair.Shorter].Id, docs[pair.Other].Id, (double)pair.Overlap / shingles[pair.Shorter].Length))
            .OrderBy(pair => pair.Item1, StringComparer.Ordinal).ThenBy(pair => pair.Item2, StringComparer.Ordinal)];
    }

    /// <summary>Every pair of documents (given by their shingles, in id order) at or above the threshold, with the shingles they share: the shorter (the earlier when as long) and the other, by index.</summary>
    public IReadOnlyList<CopyPair> PairsOf(IReadOnlyList<ulong[]> shingles, int jobs = 1)
    {
        var (ranked, sizes, shared) = Rank(shingles);
        var holders = IndexPrefixes(ranked, shared);

        // Each document meets the documents before it in (size, id) order through their prefixes: those are the pairs in which it is the longer one.
        var found = ParallelMap.Run(Enumerable.Range(0, shingles.Count).ToList(), jobs, i => ShorterPartners(i, ranked, holders), i => sizes[i]);
        return [.. found.SelectMany((pairs, i) => pairs.Select(pair => new CopyPair(pair.Other, i, pair.Overlap)))];
    }

    /// <summary>The near-copies among documents (in id order) whose copy pairs are <paramref name="pairs"/> (by index), by copy id.</summary>
    /// <remarks>The original of a pair is the dated one, else the earlier-dated, else the longer, else the smaller id; a copy links to the root of its chain.</remarks>
    public static IReadOnlyDictionary<string, NearCopy> Assign(IReadOnlyList<CopyNode> nodes, IEnumerable<CopyPair> pairs)
    {
        var partners = new List<(int Other, double Containment)>[nodes.Count];
        for (var i = 0; i < nodes.Count; i++)
        {
            partners[i] = [];
        }

        foreach (var pair in pairs)
        {
            var containment = (double)pair.Overlap / Math.Min(nodes[pair.Shorter].Size, nodes[pair.Other].Size);
            partners[pair.Shorter].Add((pair.Other, containment));
            partners[pair.Other].Add((pair.Shorter, containment));
        }

        return AssignOriginals(nodes, partners);
    }

    /// <summary>An index of the shingles of documents new to a corpus, to find their copy pairs with each document already in it without holding those.</summary>
    public FreshCopyIndex IndexFresh(IReadOnlyList<ulong[]> fresh) => new(this, fresh);

    /// <summary>Whether a pair sharing <paramref name="overlap"/> shingles, the shorter holding <paramref name="smaller"/>, is a copy pair.</summary>
    internal bool IsCopy(int overlap, int smaller) => (double)overlap / smaller >= _threshold;

    /// <summary>The fewest shingles a document of <paramref name="size"/> shingles must share with a longer one to be its copy.</summary>
    internal int MinOverlap(int size)
    {
        var overlap = Math.Max(1, (int)Math.Ceiling(_threshold * size) - 1);
        while ((double)overlap / size < _threshold)
        {
            overlap++;
        }

        return overlap;
    }

    // Each comparable document's shingles as ranks in one corpus-wide order, rarest first (ties by hash), ascending; documents too short to
    // compare get none. Also each document's count of shingles, and the first rank held by more than one document: the ranks below it are
    // shingles of one document.
    private static (int[][] Ranked, int[] Sizes, int Shared) Rank(IReadOnlyList<ulong[]> shingles)
    {
        var sizes = shingles.Select(s => s.Length).ToArray();
        var frequency = new Dictionary<ulong, int>();
        for (var i = 0; i < shingles.Count; i++)
        {
            if (sizes[i] >= MinShingles)
            {
                foreach (var shingle in shingles[i])
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(frequency, shingle, out _)++;
                }
            }
        }

        var order = frequency.Select(pair => (Count: pair.Value, Shingle: pair.Key)).ToArray();
        Array.Sort(order);
        var shared = order.Length;
        for (var r = 0; r < order.Length; r++)
        {
            frequency[order[r].Shingle] = r;
            if (order[r].Count > 1 && shared == order.Length)
            {
                shared = r;
            }
        }

        var ranked = new int[shingles.Count][];
        for (var i = 0; i < shingles.Count; i++)
        {
            ranked[i] = sizes[i] < MinShingles ? [] : [.. shingles[i].Select(s => frequency[s])];
            Array.Sort(ranked[i]);
        }

        return (ranked, sizes, shared);
    }

    // By rank, the documents holding that shingle within their prefix (their size − overlap + 1 rarest), with its position there.
    private Dictionary<int, List<(int Document, int Position)>> IndexPrefixes(int[][] ranked, int shared)
    {
        var holders = new Dictionary<int, List<(int Document, int Position)>>();
        for (var i = 0; i < ranked.Length; i++)
        {
            var length = ranked[i].Length == 0 ? 0 : ranked[i].Length - MinOverlap(ranked[i].Length) + 1;
            for (var p = 0; p < length; p++)
            {
                if (ranked[i][p] >= shared)
                {
                    ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(holders, ranked[i][p], out _);
                    (list ??= []).Add((i, p));
                }
            }
        }

        return holders;
    }

    // The documents before i in (size, id) order that i holds enough shingles of, by index, with the containment.
    private List<(int Other, int Overlap)> ShorterPartners(int i, int[][] ranked, Dictionary<int, List<(int Document, int Position)>> holders)
    {
        var partners = new List<(int Other, int Overlap)>();
        var t = ranked[i].Length;
        if (t < MinShingles)
        {
            return partners;
        }

        // Per document met: the shared shingles counted so far and where the last one stands in each, in scratch arrays of the thread
        // stamped with a number of this search so that they need no clearing. A document's first meeting is at the pair's first shared shingle; every shared
        // shingle up to the last meeting is met, so the count plus what can still be shared after it bounds the overlap.
        var scratch = _scratch is { } held && held.Stamp.Length >= ranked.Length ? held : (_scratch = new Scratch(ranked.Length));
        var stamp = scratch.NextStamp();
        var candidates = new List<int>();
        var deepest = t - MinOverlap(MinShingles) + 1;
        for (var q = 0; q < deepest; q++)
        {
            if (!holders.TryGetValue(ranked[i][q], out var list))
            {
                continue;
            }

            foreach (var (j, p) in list)
            {
                var s = ranked[j].Length;
                if (s > t || (s == t && j >= i))
                {
                    continue;
                }

                var needed = MinOverlap(s);
                if (scratch.Stamp[j] != stamp)
                {
                    scratch.Stamp[j] = stamp;
                    scratch.Count[j] = 0;
                    if (q > t - needed)
                    {
                        scratch.Count[j] = -1;
                        continue;
                    }

                    candidates.Add(j);
                }
                else if (scratch.Count[j] < 0)
                {
                    continue;
                }

                scratch.Count[j]++;
                scratch.LastS[j] = p;
                scratch.LastT[j] = q;
                if (scratch.Count[j] + Math.Min(s - p - 1, t - q - 1) < needed)
                {
                    scratch.Count[j] = -1;
                }
            }
        }

        candidates.Sort();
        foreach (var j in candidates)
        {
            if (scratch.Count[j] < 0)
            {
                continue;
            }

            var smaller = ranked[j].Length;
            var counted = scratch.Count[j];
            var overlap = counted + Overlap(ranked[i].AsSpan(scratch.LastT[j] + 1), ranked[j].AsSpan(scratch.LastS[j] + 1), MinOverlap(smaller) - counted);
            var containment = (double)overlap / smaller;
            if (containment >= _threshold)
            {
                partners.Add((j, overlap));
            }
        }

        return partners;
    }

    /// <summary>Shingles two ascending lists share.</summary>
    internal static int Shared(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b) => Overlap(a, b, 0);

    // Items two ascending lists share; stops early (with a count under needed) once needed is out of reach.
    private static int Overlap<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, int needed)
        where T : IComparable<T>
    {
        var (x, y, shared) = (0, 0, 0);
        while (x < a.Length && y < b.Length)
        {
            if (shared + Math.Min(a.Length - x, b.Length - y) < needed)
            {
                return shared;
            }

            var order = a[x].CompareTo(b[y]);
            if (order == 0)
            {
                shared++;
                x++;
                y++;
            }
            else if (order < 0)
            {
                x++;
            }
            else
            {
                y++;
            }
        }

        return shared;
    }

    private static Dictionary<string, NearCopy> AssignOriginals(IReadOnlyList<CopyNode> docs, List<(int Other, double Containment)>[] partners)
    {
        // Rank: dated before undated, earlier before later, longer before shorter, then id.
        var order = Enumerable.Range(0, docs.Count)
            .OrderBy(i => docs[i].Published is null ? 1 : 0)
            .ThenBy(i => docs[i].Published ?? DateOnly.MaxValue)
            .ThenByDescending(i => docs[i].Size)
            .ThenBy(i => docs[i].Id, StringComparer.Ordinal)
            .ToList();
        var rank = new int[docs.Count];
        for (var r = 0; r < order.Count; r++)
        {
            rank[order[r]] = r;
        }

        var root = new int[docs.Count];
        var copies = new Dictionary<string, NearCopy>(StringComparer.Ordinal);
        foreach (var i in order)
        {
            root[i] = i;
            var earlier = partners[i].Where(p => rank[p.Other] < rank[i]).ToList();
            if (earlier.Count == 0)
            {
                continue;
            }

            var best = earlier.OrderBy(p => rank[root[p.Other]]).ThenBy(p => rank[p.Other]).First();
            root[i] = root[best.Other];
            copies[docs[i].Id] = new NearCopy(docs[i].Id, docs[root[i]].Id, best.Containment);
        }

        return copies;
    }

    /// <summary>The hashed 5-word shingles of <paramref name="text"/> (words normalized to lower case).</summary>
    public static HashSet<ulong> Shingles(string text)
    {
        var words = WordTokenizer.Tokenize(text).Select(t => WordTokenizer.Normalize(t.Text)).ToList();
        var set = new HashSet<ulong>();
        for (var i = 0; i + ShingleSize <= words.Count; i++)
        {
            set.Add(Hash(words, i));
        }

        return set;
    }

    // FNV-1a over the shingle's characters, with a separator between words: stable across runs and platforms.
    private static ulong Hash(List<string> words, int start)
    {
        const ulong offsetBasis = 14695981039346656037UL;
        const ulong prime = 1099511628211UL;
        var hash = offsetBasis;
        for (var w = start; w < start + ShingleSize; w++)
        {
            foreach (var c in words[w])
            {
                hash = (hash ^ c) * prime;
            }

            hash = (hash ^ ' ') * prime;
        }

        return hash;
    }

    // Per-document counters of one thread's pair search.
    private sealed class Scratch(int documents)
    {
        private int _stamp;

        public int[] Stamp { get; } = new int[documents];

        public int[] Count { get; } = new int[documents];

        public int[] LastS { get; } = new int[documents];

        public int[] LastT { get; } = new int[documents];

        // A number no entry of Stamp holds yet.
        public int NextStamp()
        {
            if (_stamp == int.MaxValue)
            {
                Array.Clear(Stamp);
                _stamp = 0;
            }

            return ++_stamp;
        }
    }
}
