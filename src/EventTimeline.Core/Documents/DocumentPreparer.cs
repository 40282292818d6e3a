using EventTimeline.Text;

namespace EventTimeline.Documents;

/// <summary>How one document was prepared: what boilerplate went, where its date came from.</summary>
/// <param name="Id">Document id.</param>
/// <param name="BoilerplateCharacters">Non-whitespace characters of boilerplate removed.</param>
/// <param name="BoilerplateRules">Names of the boilerplate rules that fired, in text order.</param>
/// <param name="Dateline">The dateline or byline line the date was read from, when one was found (used or not).</param>
/// <param name="DatelineDate">The date read from it.</param>
/// <param name="Estimate">The corpus estimate, when the date came from the corpus.</param>
/// <param name="NearCopy">The near-copy link, when the document is one.</param>
internal sealed record PreparationNote(
    string Id,
    int BoilerplateCharacters,
    IReadOnlyList<string> BoilerplateRules,
    string? Dateline,
    DateOnly? DatelineDate,
    CorpusDateEstimate? Estimate,
    NearCopy? NearCopy)
{
    /// <summary>Whether the input was tokenized text, turned back into prose.</summary>
    public bool Tokenized { get; init; }

    /// <summary>Lines of page furniture (lines its outlet prints on many pages) dropped.</summary>
    public int FurnitureLines { get; init; }

    /// <summary>Non-whitespace characters of page furniture dropped.</summary>
    public int FurnitureCharacters { get; init; }
}

/// <summary>Prepared documents, sorted by id, and a note on each.</summary>
/// <param name="Documents">Documents sorted by id.</param>
/// <param name="Notes">One note per document, same order.</param>
internal sealed record PreparedCorpus(IReadOnlyList<NewsDocument> Documents, IReadOnlyList<PreparationNote> Notes)
{
    /// <summary>Documents left out because a pattern ran out of time on their text while they were cleaned, sorted by id.</summary>
    public IReadOnlyList<DocumentFailure> Failures { get; init; } = [];

    /// <summary>The page furniture found across the corpus and dropped.</summary>
    public IReadOnlyList<FurnitureLine> Furniture { get; init; } = [];
}

/// <summary>Turns raw documents into news documents: tokenized text made prose, boilerplate removed, words a web scrape glued together split, the times opening a live page's entries removed, near-copies linked, page furniture recurring across an outlet's documents dropped, opinion pieces marked, publication date settled (manifest, then dateline, then corpus, then none).</summary>
/// <remarks>Deterministic and independent of input order: documents are processed sorted by id.</remarks>
internal sealed class DocumentPreparer
{
    private readonly BoilerplateFilter _boilerplate;
    private readonly GluedWordSplitter _glued;
    private readonly DatelineReader _datelines;
    private readonly NearCopyDetector _copies;
    private readonly FurnitureDetector _furniture;
    private readonly CorpusDateEstimator _estimator;
    private readonly OpinionDetector _opinion;

    /// <summary>Creates a preparer from its stages.</summary>
    public DocumentPreparer(BoilerplateFilter boilerplate, GluedWordSplitter glued, DatelineReader datelines, NearCopyDetector copies, FurnitureDetector furniture, CorpusDateEstimator estimator, OpinionDetector? opinion = null)
    {
        _opinion = opinion ?? OpinionDetector.BuiltIn;
        _boilerplate = boilerplate;
        _glued = glued;
        _datelines = datelines;
        _copies = copies;
        _furniture = furniture;
        _estimator = estimator;
    }

    /// <summary>Creates a preparer with the embedded data files and default thresholds.</summary>
    public static DocumentPreparer CreateDefault() => new(
        BoilerplateFilter.CreateDefault(),
        GluedWordSplitter.CreateDefault(),
        DatelineReader.CreateDefault(),
        new NearCopyDetector(),
        new FurnitureDetector(),
        CorpusDateEstimator.CreateDefault(),
        OpinionDetector.BuiltIn);

    /// <summary>Prepares <paramref name="documents"/> together (near-copies and corpus dates need the whole corpus), cleaning up to <paramref name="jobs"/> documents at once.</summary>
    public PreparedCorpus Prepare(IReadOnlyList<RawDocument> documents, int jobs = 1)
    {
        var sorted = documents.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        var outcomes = ParallelMap.Run(sorted, jobs, raw => StageOutcome.Of(PipelineStage.Prepare, () => Clean(raw)), raw => raw.Text.Length);

        // A document whose cleaning ran out of time fails alone; the corpus-wide steps below never see it.
        var failures = sorted.Select((raw, i) => outcomes[i].Error is { } error ? new DocumentFailure(raw.Id, error) : null).OfType<DocumentFailure>().ToList();
        var raws = sorted.Where((_, i) => outcomes[i].Error is null).ToList();
        var perDocument = outcomes.Where(outcome => outcome.Error is null).Select(outcome => outcome.Result).ToList();
        var cleaned = perDocument.Select(d => d.Clean).ToList();
        var datelines = perDocument.Select(d => d.Dateline).ToList();
        var ownDates = raws.Select((raw, i) => raw.Published ?? datelines[i]?.Date).ToList();

        var copies = _copies.Find(raws.Select((raw, i) => new CopyCandidate(raw.Id, cleaned[i].Text, ownDates[i])).ToList(), jobs);
        var furniture = _furniture.Drop(raws.Select((raw, i) => new FurnitureCandidate(
            raw.Id,
            FurnitureDetector.Outlet(raw.Source, raw.Url),
            cleaned[i].Text,
            copies.TryGetValue(raw.Id, out var copy) ? copy.OriginalId : null,
            ownDates[i])).ToList());
        var texts = furniture.Texts;
        var estimates = _estimator.Estimate(raws.Select((raw, i) => new DatingInput(
            raw.Id,
            texts[i],
            ownDates[i],
            copies.TryGetValue(raw.Id, out var copy) ? copy.OriginalId : null)).ToList());

        var prepared = new List<NewsDocument>(raws.Count);
        var notes = new List<PreparationNote>(raws.Count);
        for (var i = 0; i < raws.Count; i++)
        {
            var raw = raws[i];
            var (published, basis) = raw.Published is { } manifestDate ? (manifestDate, PublishedBasis.Manifest)
                : datelines[i] is { } dateline ? (dateline.Date, PublishedBasis.Dateline)
                : estimates.TryGetValue(raw.Id, out var estimate) ? (estimate.Date, PublishedBasis.Corpus)
                : ((DateOnly?)null, PublishedBasis.None);
            copies.TryGetValue(raw.Id, out var nearCopy);
            var title = TitleOf(raw, perDocument[i].Tokenized);
            // Opinion notes are read before furniture is dropped: an outlet prints its disclaimer on every column.
            prepared.Add(new NewsDocument(raw.Id, raw.Path, title, raw.Source, raw.Url, published, basis, texts[i], nearCopy?.OriginalId) { Opinion = _opinion.IsOpinion(cleaned[i].Text) });
            notes.Add(new PreparationNote(
                raw.Id,
                cleaned[i].RemovedCharacters,
                cleaned[i].Removals.Select(r => r.Rule).ToList(),
                datelines[i]?.Line,
                datelines[i]?.Date,
                basis == PublishedBasis.Corpus ? estimates[raw.Id] : null,
                nearCopy)
            {
                Tokenized = perDocument[i].Tokenized,
                FurnitureLines = furniture.DroppedLines[i],
                FurnitureCharacters = furniture.DroppedCharacters[i],
            });
        }

        return new PreparedCorpus(prepared, notes) { Failures = failures, Furniture = furniture.Lines };
    }

    /// <summary>The near-copy detector.</summary>
    internal NearCopyDetector Copies => _copies;

    /// <summary>The page furniture detector.</summary>
    internal FurnitureDetector Furniture => _furniture;

    /// <summary>The corpus date estimator.</summary>
    internal CorpusDateEstimator Estimator => _estimator;

    /// <summary>Whether a cleaned text (before furniture is dropped) is an opinion piece.</summary>
    internal bool IsOpinion(string cleanText) => _opinion.IsOpinion(cleanText);

    /// <summary>The title of a document as prepared: tokenized titles made prose with their text.</summary>
    internal static string? TitleOf(RawDocument raw, bool tokenized) => tokenized && raw.Title is { } rawTitle ? TokenizedText.Join(rawTitle) : raw.Title;

    // A tokenized text ("`` Yes , '' he said .") is first turned back into prose, so that every later stage and every output reads it as written.
    internal (BoilerplateResult Clean, DatelineMatch? Dateline, bool Tokenized) Clean(RawDocument raw)
    {
        // A live page's entry times are found at the starts of its lines, before a tokenized text's lines are joined into prose.
        var (text, times) = LiveBlogTimes.Strip(raw.Text);
        var tokenized = TokenizedText.IsTokenized(text);
        var clean = _boilerplate.Filter(tokenized ? TokenizedText.Join(text) : text);
        clean = new BoilerplateResult(_glued.Split(clean.Text), times is null ? clean.Removals : [times, .. clean.Removals]);
        return (clean, _datelines.Read(clean.Text), tokenized);
    }
}
