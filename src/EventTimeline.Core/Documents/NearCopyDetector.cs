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

/// <summary>Finds near-copies by word-shingle containment: the share of the shorter document's 5-word shingles that occur in the other.</summary>
/// <remarks>
/// Candidate pairs come from an inverted index (shingle → documents), so unrelated documents are never compared;
/// the count of shared shingles is exact up to shingles found in more than <see cref="MaxPostings"/> documents,
/// which are skipped while counting and allowed for in the bound, so no pair above the threshold is missed.
/// The original of a pair is the dated one, else the earlier-dated, else the longer, else the smaller id.
/// </remarks>
internal sealed class NearCopyDetector
{
    /// <summary>Words per shingle: five-word runs rarely repeat between independently written articles.</summary>
    public const int ShingleSize = 5;

    /// <summary>Containment at or above which the shorter document counts as a copy: half its running text is shared verbatim.</summary>
    public const double DefaultThreshold = 0.5;

    /// <summary>Shingles the shorter document must have: below that (about 25 words) a match says nothing.</summary>
    public const int MinShingles = 20;

    /// <summary>Shingles found in more documents than this are stock phrases; they do not propose candidate pairs.</summary>
    public const int MaxPostings = 1000;

    [ThreadStatic]
    private static int[]? _counts;

    private readonly double _threshold;

    /// <summary>Creates a detector with the given containment threshold.</summary>
    public NearCopyDetector(double threshold = DefaultThreshold) => _threshold = threshold;

    /// <summary>Returns the near-copies among <paramref name="documents"/>, by copy id; the result does not depend on input order nor on <paramref name="jobs"/>, the documents shingled at once.</summary>
    public IReadOnlyDictionary<string, NearCopy> Find(IReadOnlyList<CopyCandidate> documents, int jobs = 1)
    {
        var docs = documents.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        var shingles = ParallelMap.Run(docs, jobs, d => Shingles(d.Text), d => d.Text.Length);
        // By shingle, the documents after the first that hold it, in id order; most shingles are in one document only, and
        // have no list. Counting needs only the later holders: the first holder comes before every document that looks it up.
        var laterHolders = new Dictionary<ulong, List<int>?>();
        for (var i = 0; i < docs.Count; i++)
        {
            foreach (var shingle in shingles[i])
            {
                ref var later = ref CollectionsMarshal.GetValueRefOrAddDefault(laterHolders, shingle, out var exists);
                if (exists)
                {
                    (later ??= []).Add(i);
                }
            }
        }

        // Each document finds its later partners on its own; the pairs are then recorded in document order, as one loop would.
        var found = ParallelMap.Run(Enumerable.Range(0, docs.Count).ToList(), jobs, i => LaterPartners(i, shingles, laterHolders), i => shingles[i].Count);
        var partners = new List<(int Other, double Containment)>[docs.Count];
        for (var i = 0; i < docs.Count; i++)
        {
            partners[i] = [];
        }

        for (var i = 0; i < docs.Count; i++)
        {
            foreach (var (j, containment) in found[i])
            {
                partners[i].Add((j, containment));
                partners[j].Add((i, containment));
            }
        }

        return AssignOriginals(docs, shingles, partners);
    }

    // The documents after i (in id order) that share enough shingles with it, in order, with the containment.
    private List<(int Other, double Containment)> LaterPartners(int i, HashSet<ulong>[] shingles, Dictionary<ulong, List<int>?> laterHolders)
    {
        var partners = new List<(int Other, double Containment)>();
        if (shingles[i].Count < MinShingles)
        {
            return partners;
        }

        // Shared-shingle counts by document in a scratch array of the thread (a dictionary costs ten times more per count).
        var counts = _counts is { } scratch && scratch.Length >= shingles.Length ? scratch : (_counts = new int[shingles.Length]);
        var touched = new List<int>();
        var skipped = 0;
        foreach (var shingle in shingles[i])
        {
            if (laterHolders[shingle] is not { } more)
            {
                // Only this document has it.
                continue;
            }

            // The first holder and the later ones.
            if (1 + more.Count > MaxPostings)
            {
                skipped++;
                continue;
            }

            // The holders are in id order: start after this document.
            var from = more.BinarySearch(i + 1);
            for (var k = from < 0 ? ~from : from; k < more.Count; k++)
            {
                var j = more[k];
                if (counts[j]++ == 0)
                {
                    touched.Add(j);
                }
            }
        }

        touched.Sort();
        foreach (var j in touched)
        {
            var shared = counts[j];
            counts[j] = 0;
            var smaller = Math.Min(shingles[i].Count, shingles[j].Count);
            if (smaller < MinShingles || shared + skipped < _threshold * smaller)
            {
                continue;
            }

            var exact = skipped == 0 ? shared : shingles[i].Count(shingles[j].Contains);
            var containment = (double)exact / smaller;
            if (containment >= _threshold)
            {
                partners.Add((j, containment));
            }
        }

        return partners;
    }

    private static Dictionary<string, NearCopy> AssignOriginals(List<CopyCandidate> docs, HashSet<ulong>[] shingles, List<(int Other, double Containment)>[] partners)
    {
        // Rank: dated before undated, earlier before later, longer before shorter, then id.
        var order = Enumerable.Range(0, docs.Count)
            .OrderBy(i => docs[i].Published is null ? 1 : 0)
            .ThenBy(i => docs[i].Published ?? DateOnly.MaxValue)
            .ThenByDescending(i => shingles[i].Count)
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
}
