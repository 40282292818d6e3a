using System.Text;

namespace EventTimeline.Documents;

/// <summary>A document to look for page furniture in.</summary>
/// <param name="Id">Document id.</param>
/// <param name="Outlet">The outlet that published it (its source, else its URL's host), or null when unknown.</param>
/// <param name="Text">Clean text, one paragraph or sentence a line.</param>
/// <param name="OriginalId">The document it is a near-copy of, or null.</param>
/// <param name="Published">Its publication date, when known.</param>
internal sealed record FurnitureCandidate(string Id, string? Outlet, string Text, string? OriginalId, DateOnly? Published);

/// <summary>A line an outlet prints on many of its pages.</summary>
/// <param name="Outlet">The outlet.</param>
/// <param name="Text">The line as first found (in the first document holding it, by id).</param>
/// <param name="Documents">How many of the outlet's documents hold it, near-copies counted once.</param>
internal sealed record FurnitureLine(string Outlet, string Text, int Documents);

/// <summary>The corpus with its furniture lines dropped.</summary>
/// <param name="Texts">Each document's text without furniture, in input order.</param>
/// <param name="DroppedLines">Lines dropped from each document, in input order.</param>
/// <param name="DroppedCharacters">Non-whitespace characters dropped from each document, in input order.</param>
/// <param name="Lines">The furniture found, by outlet, then most documents first, then text.</param>
internal sealed record FurnitureResult(IReadOnlyList<string> Texts, IReadOnlyList<int> DroppedLines, IReadOnlyList<int> DroppedCharacters, IReadOnlyList<FurnitureLine> Lines);

/// <summary>A document's lines as furniture is looked for in them.</summary>
/// <param name="Id">Document id.</param>
/// <param name="Outlet">Its outlet, or null.</param>
/// <param name="Root">The document it counts as: its near-copy original, else itself.</param>
/// <param name="Published">Its publication date, when known.</param>
/// <param name="Keys">Each line's key (<see cref="FurnitureDetector.KeyOf"/>), 0 for a line without a letter.</param>
internal sealed record FurnitureKeys(string Id, string? Outlet, string Root, DateOnly? Published, IReadOnlyList<ulong> Keys);

/// <summary>A furniture line and where it was first found.</summary>
/// <param name="Outlet">The outlet.</param>
/// <param name="Key">The line's key.</param>
/// <param name="Document">The first document holding it (by id), as an index of the documents decided on.</param>
/// <param name="Line">The line of that document.</param>
/// <param name="Documents">How many of the outlet's documents hold it, near-copies counted once.</param>
internal sealed record FurnitureFind(string Outlet, ulong Key, int Document, int Line, int Documents);

/// <summary>The furniture of a corpus: the (outlet, line key) pairs to drop, and each one's first finding.</summary>
/// <param name="Lines">The (outlet, key) pairs that are furniture.</param>
/// <param name="Found">Each with where it was first found, in no particular order.</param>
internal sealed record FurnitureDecision(IReadOnlySet<(string Outlet, ulong Key)> Lines, IReadOnlyList<FurnitureFind> Found);

/// <summary>
/// Finds page furniture from the corpus itself: lines (teasers, "Last updated at …", "Help", sign-offs, share bars, copyright
/// notices) that one outlet prints on many of its documents, published on different days; they are dropped from every document.
/// </summary>
/// <remarks>
/// No wording list: a line is furniture by how often it recurs within one outlet. Lines are compared in lower case with
/// digits and runs of spaces made equal ("Last updated at 10:32" = "Last updated at 14:05"), by a 64-bit hash of that form (so that
/// a store keeps each line's key in 8 bytes; two different lines of one outlet would have to collide for it to matter). A near-copy counts as its
/// original, so a repost does not make its own lines furniture; a sentence several outlets print (a quotation of the day)
/// is counted per outlet and stays news; lines of documents whose outlet is unknown are never furniture. Deterministic:
/// the result does not depend on input order.
/// </remarks>
internal sealed class FurnitureDetector
{
    /// <summary>Fewest documents of one outlet (near-copies counted once) a line must recur in.</summary>
    public const int DefaultMinDocuments = 4;

    /// <summary>Smallest share of the outlet's documents a line must recur in: a large outlet repeats a background sentence a few times without it being furniture.</summary>
    public const double DefaultMinShare = 0.01;

    /// <summary>Fewest distinct publication days among those documents: an update series of one day repeats its story, not furniture.</summary>
    public const int DefaultMinDays = 2;

    private readonly int _minDocuments;
    private readonly double _minShare;
    private readonly int _minDays;

    /// <summary>Creates a detector with the given thresholds.</summary>
    public FurnitureDetector(int minDocuments = DefaultMinDocuments, double minShare = DefaultMinShare, int minDays = DefaultMinDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minDocuments, 2);
        _minDocuments = minDocuments;
        _minShare = minShare;
        _minDays = minDays;
    }

    /// <summary>Drops the furniture lines of <paramref name="documents"/>.</summary>
    public FurnitureResult Drop(IReadOnlyList<FurnitureCandidate> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var lines = documents.Select(d => d.Text.Split('\n')).ToList();
        var keys = lines.Select(ls => ls.Select(KeyOf).ToArray()).ToList();
        var decision = Decide([.. documents.Select((d, i) => new FurnitureKeys(d.Id, Outlet(d), d.OriginalId ?? d.Id, d.Published, keys[i]))]);

        var texts = new string[documents.Count];
        var droppedLines = new int[documents.Count];
        var droppedCharacters = new int[documents.Count];
        for (var i = 0; i < documents.Count; i++)
        {
            var keep = Keep(Outlet(documents[i]), keys[i], decision);
            for (var l = 0; l < keep.Length; l++)
            {
                if (!keep[l])
                {
                    droppedLines[i]++;
                    droppedCharacters[i] += NonSpace(lines[i][l]);
                }
            }

            texts[i] = droppedLines[i] == 0 ? documents[i].Text : Assemble(lines[i], keep);
        }

        return new FurnitureResult(texts, droppedLines, droppedCharacters, Sorted(decision.Found.Select(f => new FurnitureLine(f.Outlet, lines[f.Document][f.Line].Trim(), f.Documents))));
    }

    /// <summary>Which lines of <paramref name="documents"/> (in any order) are furniture, and where each was first found (the first document by id holding it).</summary>
    public FurnitureDecision Decide(IReadOnlyList<FurnitureKeys> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var order = Enumerable.Range(0, documents.Count).OrderBy(i => documents[i].Id, StringComparer.Ordinal).ToList();

        // Per outlet its documents (near-copies counted once); one entry per keyed line, sorted so that each (outlet, line) is one run.
        var outlets = new List<string>();
        var outletIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var outletRoots = new List<HashSet<string>>();
        var rootIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var entries = new List<Entry>();
        foreach (var i in order)
        {
            var document = documents[i];
            if (document.Outlet is not { Length: > 0 } outlet)
            {
                continue;
            }

            if (!outletIndex.TryGetValue(outlet, out var o))
            {
                outletIndex[outlet] = o = outlets.Count;
                outlets.Add(outlet);
                outletRoots.Add(new HashSet<string>(StringComparer.Ordinal));
            }

            outletRoots[o].Add(document.Root);
            if (!rootIndex.TryGetValue(document.Root, out var root))
            {
                rootIndex[document.Root] = root = rootIndex.Count;
            }

            var day = document.Published?.DayNumber ?? int.MinValue;
            for (var l = 0; l < document.Keys.Count; l++)
            {
                if (document.Keys[l] != 0)
                {
                    entries.Add(new Entry(o, document.Keys[l], root, day, i, l));
                }
            }
        }

        entries.Sort((a, b) => a.Outlet != b.Outlet ? a.Outlet.CompareTo(b.Outlet) : a.Key != b.Key ? a.Key.CompareTo(b.Key) : a.Root.CompareTo(b.Root));
        var furniture = new HashSet<(string, ulong)>();
        var found = new List<FurnitureFind>();
        var rank = new int[documents.Count];
        for (var r = 0; r < order.Count; r++)
        {
            rank[order[r]] = r;
        }

        for (var start = 0; start < entries.Count;)
        {
            var end = start;
            var roots = 0;
            while (end < entries.Count && entries[end].Outlet == entries[start].Outlet && entries[end].Key == entries[start].Key)
            {
                roots += end == start || entries[end].Root != entries[end - 1].Root ? 1 : 0;
                end++;
            }

            var outlet = outlets[entries[start].Outlet];
            var needed = Math.Max(_minDocuments, (int)Math.Ceiling(_minShare * outletRoots[entries[start].Outlet].Count));
            if (roots >= needed && Enumerable.Range(start, end - start).Select(e => entries[e].Day).Distinct().Count() >= _minDays)
            {
                var first = Enumerable.Range(start, end - start).MinBy(e => (rank[entries[e].Document], entries[e].Line));
                furniture.Add((outlet, entries[start].Key));
                found.Add(new FurnitureFind(outlet, entries[start].Key, entries[first].Document, entries[first].Line, roots));
            }

            start = end;
        }

        return new FurnitureDecision(furniture, found);
    }

    /// <summary>Which lines of a document to keep: all but its furniture (by the keys <see cref="KeyOf"/> gave its lines).</summary>
    public static bool[] Keep(string? outlet, IReadOnlyList<ulong> keys, FurnitureDecision decision)
    {
        var keep = new bool[keys.Count];
        for (var l = 0; l < keep.Length; l++)
        {
            keep[l] = outlet is not { Length: > 0 } || keys[l] == 0 || !decision.Lines.Contains((outlet, keys[l]));
        }

        return keep;
    }

    /// <summary>The found lines in report order: by outlet, then most documents first, then text.</summary>
    public static IReadOnlyList<FurnitureLine> Sorted(IEnumerable<FurnitureLine> lines)
    {
        var found = lines.ToList();
        found.Sort((a, b) =>
        {
            var byOutlet = string.CompareOrdinal(a.Outlet, b.Outlet);
            return byOutlet != 0 ? byOutlet : a.Documents != b.Documents ? b.Documents.CompareTo(a.Documents) : string.CompareOrdinal(a.Text, b.Text);
        });
        return found;
    }

    /// <summary>The non-whitespace characters of a line.</summary>
    public static int NonSpace(string line) => line.Count(c => !char.IsWhiteSpace(c));

    /// <summary>A line's key as lines are compared (<see cref="Key"/>), hashed to 64 bits (FNV-1a); 0 for a line without a letter.</summary>
    public static ulong KeyOf(string line)
    {
        if (Key(line) is not { } key)
        {
            return 0;
        }

        var hash = 14695981039346656037UL;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash == 0 ? 1 : hash;
    }

    /// <summary>The outlet of a document as compared: its source, else its URL's host, in lower case; null when neither is known.</summary>
    public static string? Outlet(string? source, string? url)
    {
        if (!string.IsNullOrWhiteSpace(source))
        {
            return source.Trim().ToLowerInvariant();
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0
            ? (uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host).ToLowerInvariant()
            : null;
    }

    private static string? Outlet(FurnitureCandidate document) => document.Outlet is { } outlet && outlet.Length > 0 ? outlet : null;

    // Lower case, every digit a 0, whitespace runs one space; null for a line without a letter.
    private static string? Key(string line)
    {
        var key = new StringBuilder(line.Length);
        var letter = false;
        var space = false;
        foreach (var c in line.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && key.Length > 0)
            {
                key.Append(' ');
            }

            space = false;
            letter |= char.IsLetter(c);
            key.Append(char.IsDigit(c) ? '0' : char.ToLowerInvariant(c));
        }

        return letter ? key.ToString() : null;
    }

    /// <summary>The kept lines, with no leading, trailing or doubled blank lines left where furniture stood.</summary>
    public static string Assemble(string[] lines, bool[] keep)
    {
        var output = new StringBuilder();
        var pendingBlank = false;
        for (var l = 0; l < lines.Length; l++)
        {
            if (!keep[l])
            {
                continue;
            }

            if (lines[l].Trim().Length == 0)
            {
                pendingBlank = output.Length > 0;
                continue;
            }

            if (output.Length > 0)
            {
                output.Append(pendingBlank ? "\n\n" : "\n");
            }

            output.Append(lines[l]);
            pendingBlank = false;
        }

        return output.ToString();
    }

    private readonly record struct Entry(int Outlet, ulong Key, int Root, int Day, int Document, int Line);
}
