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

/// <summary>
/// Finds page furniture from the corpus itself: lines (teasers, "Last updated at …", "Help", sign-offs, share bars, copyright
/// notices) that one outlet prints on many of its documents, published on different days; they are dropped from every document.
/// </summary>
/// <remarks>
/// No wording list: a line is furniture by how often it recurs within one outlet. Lines are compared in lower case with
/// digits and runs of spaces made equal ("Last updated at 10:32" = "Last updated at 14:05"). A near-copy counts as its
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
        var order = Enumerable.Range(0, documents.Count).OrderBy(i => documents[i].Id, StringComparer.Ordinal).ToList();
        var lines = documents.Select(d => d.Text.Split('\n')).ToList();
        var keys = lines.Select(ls => ls.Select(Key).ToArray()).ToList();

        // Per outlet: its documents (near-copies counted once), and per line key the documents holding it.
        var outletRoots = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var holders = new Dictionary<(string Outlet, string Key), Holding>();
        foreach (var i in order)
        {
            var document = documents[i];
            if (Outlet(document) is not { } outlet)
            {
                continue;
            }

            var root = document.OriginalId ?? document.Id;
            (outletRoots.TryGetValue(outlet, out var roots) ? roots : outletRoots[outlet] = new HashSet<string>(StringComparer.Ordinal)).Add(root);
            for (var l = 0; l < keys[i].Length; l++)
            {
                if (keys[i][l] is not { } key)
                {
                    continue;
                }

                if (!holders.TryGetValue((outlet, key), out var holding))
                {
                    holding = holders[(outlet, key)] = new Holding(lines[i][l].Trim());
                }

                holding.Roots.Add(root);
                holding.Days.Add(document.Published);
            }
        }

        var furniture = new HashSet<(string, string)>();
        var found = new List<FurnitureLine>();
        foreach (var ((outlet, key), holding) in holders)
        {
            var needed = Math.Max(_minDocuments, (int)Math.Ceiling(_minShare * outletRoots[outlet].Count));
            if (holding.Roots.Count >= needed && holding.Days.Count >= _minDays)
            {
                furniture.Add((outlet, key));
                found.Add(new FurnitureLine(outlet, holding.Text, holding.Roots.Count));
            }
        }

        var texts = new string[documents.Count];
        var droppedLines = new int[documents.Count];
        var droppedCharacters = new int[documents.Count];
        for (var i = 0; i < documents.Count; i++)
        {
            var outlet = Outlet(documents[i]);
            var keep = new bool[lines[i].Length];
            for (var l = 0; l < keep.Length; l++)
            {
                keep[l] = outlet is null || keys[i][l] is not { } key || !furniture.Contains((outlet, key));
                if (!keep[l])
                {
                    droppedLines[i]++;
                    droppedCharacters[i] += lines[i][l].Count(c => !char.IsWhiteSpace(c));
                }
            }

            texts[i] = droppedLines[i] == 0 ? documents[i].Text : Assemble(lines[i], keep);
        }

        found.Sort((a, b) =>
        {
            var byOutlet = string.CompareOrdinal(a.Outlet, b.Outlet);
            return byOutlet != 0 ? byOutlet : a.Documents != b.Documents ? b.Documents.CompareTo(a.Documents) : string.CompareOrdinal(a.Text, b.Text);
        });
        return new FurnitureResult(texts, droppedLines, droppedCharacters, found);
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

    // The kept lines, with no leading, trailing or doubled blank lines left where furniture stood.
    private static string Assemble(string[] lines, bool[] keep)
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

    private sealed class Holding(string text)
    {
        public string Text { get; } = text;

        public HashSet<string> Roots { get; } = new(StringComparer.Ordinal);

        public HashSet<DateOnly?> Days { get; } = [];
    }
}
