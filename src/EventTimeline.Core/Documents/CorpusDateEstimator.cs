using EventTimeline.Resources;
using EventTimeline.Text;

namespace EventTimeline.Documents;

/// <summary>A document as the corpus date estimator sees it.</summary>
/// <param name="Id">Document id.</param>
/// <param name="Text">Clean text.</param>
/// <param name="Published">Its own date (manifest or dateline), when known.</param>
/// <param name="DuplicateOf">The original it is a near-copy of, if any.</param>
internal sealed record DatingInput(string Id, string Text, DateOnly? Published, string? DuplicateOf);

/// <summary>How a corpus estimate was reached.</summary>
internal enum CorpusEvidence
{
    /// <summary>The document is a near-copy of a dated original.</summary>
    NearCopy,

    /// <summary>The document reports the same events as a dated document (content similarity).</summary>
    SameEvents,
}

/// <summary>A publication date estimated from other documents.</summary>
/// <param name="Id">The undated document.</param>
/// <param name="Date">The estimate.</param>
/// <param name="FromId">The dated document it was taken from.</param>
/// <param name="Evidence">Near-copy or same events.</param>
/// <param name="Similarity">Cosine similarity to <paramref name="FromId"/> (1 for a near-copy).</param>
internal sealed record CorpusDateEstimate(string Id, DateOnly Date, string FromId, CorpusEvidence Evidence, double Similarity);

/// <summary>How many documents of a background news collection contain each word: the rarity of a word before the input is seen.</summary>
/// <param name="Documents">Number of documents in the background collection.</param>
/// <param name="Frequencies">Document frequency by normalized word.</param>
internal sealed record BackgroundFrequencies(int Documents, IReadOnlyDictionary<string, int> Frequencies)
{
    /// <summary>No background: rarity comes from the input corpus alone.</summary>
    public static BackgroundFrequencies None { get; } = new(0, new Dictionary<string, int>(StringComparer.Ordinal));
}

/// <summary>Dates undated documents from the corpus: a near-copy takes its original's date; a document reporting the same events as a dated one takes the date of the most similar dated document.</summary>
/// <remarks>
/// Similarity is the cosine of TF-IDF vectors over distinctive words (stopwords, numbers and words under three letters left out;
/// names, i.e. capitalized words inside a sentence, count double). Rarity (IDF) counts the input corpus together with a background
/// collection of news, so that a small corpus on one topic still sees its shared names as rare and everyday words as common.
/// Only dated documents sharing at least two of a document's 30 heaviest terms are compared with it, which keeps large corpora
/// far from all-pairs work. A document reporting events that a dated document published on D also reports was written around D (on or after the events, which D bounds): the estimate is the publication date of the most
/// similar dated document, provided the dated documents nearly as similar (within <see cref="AgreementMargin"/>) were published
/// within <see cref="MaxAgreementSpanDays"/> of each other; otherwise the corpus tells of a story over many weeks and no date is given.
/// Only dates of the documents' own (manifest or dateline) are used as sources, so estimates never feed on estimates.
/// </remarks>
internal sealed class CorpusDateEstimator
{
    /// <summary>Cosine similarity at or above which two documents are taken to report the same events.</summary>
    /// <remarks>
    /// Chosen by leave-one-out dating (tests: CorpusSimilarityMeasurement): on 108 held-out news documents (AQUAINT, SemEval-2015 trial,
    /// seeds; background from TimeBank) 0.25 dates 48, 35 of them within 30 days; the seed pairs score 0.25 to 0.54, so all five seeds
    /// are dated within 3 days. Pairs of the same long-running story months apart reach 0.43, which is why the agreement check exists.
    /// </remarks>
    public const double DefaultThreshold = 0.25;

    /// <summary>Dated documents within this much similarity of the best match are its contenders.</summary>
    public const double AgreementMargin = 0.05;

    /// <summary>When the contenders' dates span more than this many days, the evidence conflicts (a story told over weeks) and no date is estimated.</summary>
    public const int MaxAgreementSpanDays = 7;

    /// <summary>Embedded resource holding background document frequencies.</summary>
    public const string BackgroundResource = "text/news-document-frequencies.tsv";

    /// <summary>Key of the background resource's row that gives the number of documents counted.</summary>
    public const string DocumentCountKey = "__documents__";

    private const int MinWordLength = 3;

    // Heaviest terms per document used to find candidate pairs, and how many of them a candidate must share.
    private const int BlockingTerms = 30;
    private const int MinSharedTopTerms = 2;
    private const double NameWeight = 2.0;

    private readonly HashSet<string> _stopwords;
    private readonly BackgroundFrequencies _background;
    private readonly double _threshold;

    /// <summary>Creates an estimator with the given stopwords, background word frequencies and similarity threshold.</summary>
    public CorpusDateEstimator(IEnumerable<string> stopwords, BackgroundFrequencies background, double threshold = DefaultThreshold)
    {
        _stopwords = new HashSet<string>(stopwords, StringComparer.Ordinal);
        _background = background;
        _threshold = threshold;
    }

    /// <summary>Creates an estimator with the embedded stopword list and background frequencies.</summary>
    public static CorpusDateEstimator CreateDefault(double threshold = DefaultThreshold) =>
        new(LoadStopwords(), LoadBackground(), threshold);

    /// <summary>The embedded stopword list.</summary>
    public static IReadOnlyList<string> LoadStopwords() => ResourceFile.ReadTsv("text/stopwords.tsv").Select(row => row[0]).ToList();

    /// <summary>The embedded background document frequencies (word, count rows; the row named <see cref="DocumentCountKey"/> holds the collection's size).</summary>
    public static BackgroundFrequencies LoadBackground()
    {
        var documents = 0;
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in ResourceFile.ReadTsv(BackgroundResource))
        {
            var count = int.Parse(row[1], System.Globalization.CultureInfo.InvariantCulture);
            if (row[0] == DocumentCountKey)
            {
                documents = count;
            }
            else
            {
                frequencies[row[0]] = count;
            }
        }

        return new BackgroundFrequencies(documents, frequencies);
    }

    /// <summary>Counts, for each distinctive word, the documents of <paramref name="texts"/> that contain it (the format of the background resource).</summary>
    public IReadOnlyDictionary<string, int> DocumentFrequencies(IEnumerable<string> texts)
    {
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (var term in Terms(text).Keys)
            {
                frequencies[term] = frequencies.GetValueOrDefault(term) + 1;
            }
        }

        return frequencies;
    }

    /// <summary>Returns an estimate for each undated document that can be dated from the others, by id.</summary>
    public IReadOnlyDictionary<string, CorpusDateEstimate> Estimate(IReadOnlyList<DatingInput> documents)
    {
        var docs = documents.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        var byId = docs.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var estimates = new Dictionary<string, CorpusDateEstimate>(StringComparer.Ordinal);
        var undated = docs.Where(d => d.Published is null).ToList();
        if (undated.Count == 0)
        {
            return estimates;
        }

        var vectors = Vectorize(docs);
        var dated = docs.Where(d => d.Published is not null).ToList();
        var index = IndexTopTerms(dated, vectors);

        // Originals first, so that a copy of an undated original can take the original's estimate.
        foreach (var doc in undated.Where(d => d.DuplicateOf is null))
        {
            if (BestMatch(doc, dated, index, vectors, _threshold) is { } match)
            {
                estimates[doc.Id] = match;
            }
        }

        foreach (var doc in undated.Where(d => d.DuplicateOf is not null))
        {
            if (byId.TryGetValue(doc.DuplicateOf!, out var original) && original.Published is { } date)
            {
                estimates[doc.Id] = new CorpusDateEstimate(doc.Id, date, original.Id, CorpusEvidence.NearCopy, 1.0);
            }
            else if (estimates.TryGetValue(doc.DuplicateOf!, out var originalEstimate))
            {
                estimates[doc.Id] = new CorpusDateEstimate(doc.Id, originalEstimate.Date, originalEstimate.FromId, CorpusEvidence.NearCopy, 1.0);
            }
            else if (BestMatch(doc, dated, index, vectors, _threshold) is { } match)
            {
                estimates[doc.Id] = match;
            }
        }

        return estimates;
    }

    /// <summary>The TF-IDF vectors of <paramref name="texts"/>, with document frequencies taken from them, in the same order.</summary>
    public IReadOnlyList<Dictionary<string, double>> Vectors(IReadOnlyList<string> texts)
    {
        var inputs = texts.Select((text, i) => new DatingInput(i.ToString("D9", System.Globalization.CultureInfo.InvariantCulture), text, null, null)).ToList();
        var vectors = Vectorize(inputs);
        return inputs.Select(input => vectors[input.Id]).ToList();
    }

    // The most similar dated document, if it clears the threshold and the documents nearly as similar agree with its date.
    private static CorpusDateEstimate? BestMatch(DatingInput doc, List<DatingInput> dated, Dictionary<string, List<int>> index, Dictionary<string, Dictionary<string, double>> vectors, double threshold)
    {
        // A candidate shares at least two of its heaviest terms with the document: one shared name is a topic, not an event.
        var shared = new Dictionary<int, int>();
        foreach (var term in TopTerms(vectors[doc.Id]))
        {
            if (index.TryGetValue(term, out var postings))
            {
                foreach (var i in postings)
                {
                    shared[i] = shared.GetValueOrDefault(i) + 1;
                }
            }
        }

        var candidates = shared.Where(s => s.Value >= MinSharedTopTerms).Select(s => s.Key).Order();
        var ranked = candidates
            .Select(i => dated[i])
            .Select(other => (Other: other, Similarity: Cosine(vectors[doc.Id], vectors[other.Id])))
            .Where(match => match.Similarity >= threshold)
            .OrderByDescending(match => match.Similarity)
            .ThenBy(match => match.Other.Published!.Value)
            .ThenBy(match => match.Other.Id, StringComparer.Ordinal)
            .ToList();
        if (ranked.Count == 0)
        {
            return null;
        }

        var best = ranked[0];
        var contenders = ranked.TakeWhile(match => match.Similarity >= best.Similarity - AgreementMargin).Select(match => match.Other.Published!.Value.DayNumber).ToList();
        if (contenders.Max() - contenders.Min() > MaxAgreementSpanDays)
        {
            return null;
        }

        return new CorpusDateEstimate(doc.Id, best.Other.Published!.Value, best.Other.Id, CorpusEvidence.SameEvents, best.Similarity);
    }

    // Dated documents by their heaviest terms: two documents above the threshold share some of their heaviest terms,
    // so only documents met through this index are compared, not every dated document with every undated one.
    private static Dictionary<string, List<int>> IndexTopTerms(List<DatingInput> dated, Dictionary<string, Dictionary<string, double>> vectors)
    {
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < dated.Count; i++)
        {
            foreach (var term in TopTerms(vectors[dated[i].Id]))
            {
                if (!index.TryGetValue(term, out var postings))
                {
                    index[term] = postings = [];
                }

                postings.Add(i);
            }
        }

        return index;
    }

    private static IEnumerable<string> TopTerms(Dictionary<string, double> vector) =>
        vector.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).Take(BlockingTerms).Select(t => t.Key);

    private Dictionary<string, Dictionary<string, double>> Vectorize(List<DatingInput> docs)
    {
        var termCounts = docs.ToDictionary(d => d.Id, d => Terms(d.Text), StringComparer.Ordinal);
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var terms in termCounts.Values)
        {
            foreach (var term in terms.Keys)
            {
                documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
            }
        }

        var n = docs.Count + _background.Documents;
        var vectors = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        foreach (var (id, terms) in termCounts)
        {
            var vector = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var (term, count) in terms)
            {
                var df = documentFrequency[term] + _background.Frequencies.GetValueOrDefault(term);
                var idf = Math.Log((n + 1.0) / (df + 1.0)) + 1.0;
                vector[term] = (1.0 + Math.Log(count)) * idf;
            }

            var norm = Math.Sqrt(vector.Values.Sum(v => v * v));
            foreach (var term in vector.Keys.ToList())
            {
                vector[term] /= norm;
            }

            vectors[id] = vector;
        }

        return vectors;
    }

    // Weighted term counts: names (capitalized inside a sentence) count double.
    private Dictionary<string, double> Terms(string text)
    {
        var terms = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var token in WordTokenizer.Tokenize(text))
        {
            var term = WordTokenizer.Normalize(token.Text);
            if (term.Length < MinWordLength || !term.Any(char.IsLetter) || _stopwords.Contains(term))
            {
                continue;
            }

            var weight = char.IsUpper(token.Text[0]) && !token.StartsSentence ? NameWeight : 1.0;
            terms[term] = terms.GetValueOrDefault(term) + weight;
        }

        return terms;
    }

    /// <summary>Cosine similarity of two unit-length term vectors (as <see cref="Vectors"/> returns them).</summary>
    public static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var dot = 0.0;
        foreach (var (term, weight) in small)
        {
            if (large.TryGetValue(term, out var other))
            {
                dot += weight * other;
            }
        }

        return dot;
    }
}
