using System.Globalization;

using EventTimeline.Documents;
using EventTimeline.Events;
using EventTimeline.Model;
using EventTimeline.Time;

namespace EventTimeline.Summary;

/// <summary>
/// Picks the key dates of a timeline and, for each, the sentences that best say what happened on it: the summary stage after the
/// timeline is built, reading only what timeline.json and the day references of time-mentions.json hold.
/// </summary>
/// <remarks>
/// A day counts as key by the independent documents (near-copies left out) that point at it by their text: a sentence naming the day
/// ("on Tuesday", "April 20", "today"), or an event the text dates to the day; a report's publication day alone does not count, nor
/// do "now" and "currently", nor a day named before it came (a plan). Each
/// outlet among them adds <see cref="OutletWeight"/>, so a day several newsrooms name outranks one a single outlet repeats.
/// Sentences come from the mentions of the asserted events dated to the day; each is scored by its cosine with the centroid of
/// all of them (content words), times the number of independent documents that report its event, lowered for sentences that only
/// report the day's news (<see cref="ReportedWeight"/>), quote someone or are a bare statement (<see cref="SayingWeight"/>). A sentence
/// too like one already chosen (cosine above <see cref="RedundancyLimit"/>) is skipped, and a second sentence about the same event waits
/// until the day's other events have had their turn.
/// </remarks>
internal sealed class KeyDateSummarizer
{
    /// <summary>Score added per distinct outlet behind a day.</summary>
    public const double OutletWeight = 0.5;

    /// <summary>Factor of a sentence whose event has no date of its own in the text (it happened on or before the report).</summary>
    public const double ReportedWeight = 0.6;

    /// <summary>Factor of a sentence that quotes someone or whose event is a statement: what was said rather than what happened.</summary>
    public const double SayingWeight = 0.75;

    /// <summary>Highest content-word cosine a sentence may have with one already chosen for the same day.</summary>
    public const double RedundancyLimit = 0.5;

    /// <summary>Fewest content words a sentence needs to be chosen while longer ones are left.</summary>
    public const int ShortSentenceWords = 5;

    private static readonly Lazy<KeyDateSummarizer> _default = new(
        () => new KeyDateSummarizer(CorpusDateEstimator.LoadStopwords()),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly HashSet<string> _stopWords;

    /// <summary>Creates a summarizer that leaves <paramref name="stopWords"/> out of sentence comparisons.</summary>
    public KeyDateSummarizer(IEnumerable<string> stopWords)
    {
        _stopWords = stopWords.Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The summarizer with the built-in stop words.</summary>
    public static KeyDateSummarizer Default => _default.Value;

    /// <summary>Summarizes <paramref name="timeline"/> into key dates; <paramref name="references"/> are its documents' day references.</summary>
    /// <exception cref="ArgumentException">The options are not usable.</exception>
    public KeyDateSummary Summarize(TimelineFile timeline, IReadOnlyList<DateReference> references, SummaryOptions options)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(references);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Validate() is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        var wanted = options.Dates ?? SummaryOptions.DefaultDates(timeline.Documents.Count);
        var perDate = options.Sentences ?? SummaryOptions.DefaultSentences;
        var from = options.From is { } f ? Iso(f) : null;
        var to = options.To is { } t ? Iso(t) : null;
        KeyDateSummary Result(string? empty, IReadOnlyList<KeyDate> dates) =>
            new(KeyDateSummary.FormatName, wanted, perDate, from, to, empty, dates);

        var documents = timeline.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        bool Independent(string id) => documents.TryGetValue(id, out var d) && d.DuplicateOf is null;
        bool InRange(DateOnly day) => (options.From is null || day >= options.From) && (options.To is null || day <= options.To);

        var days = new SortedDictionary<DateOnly, DayEvidence>();
        DayEvidence Day(DateOnly day)
        {
            if (!days.TryGetValue(day, out var evidence))
            {
                evidence = new DayEvidence();
                days.Add(day, evidence);
            }

            return evidence;
        }

        foreach (var reference in references)
        {
            // A day named before it comes ("talks on Friday" in Monday's paper) is a plan, not a report of what happened.
            if (Independent(reference.Document) && InRange(reference.Date) && !IsAfterPublication(reference, documents))
            {
                Day(reference.Date).Pointing.Add(reference.Document);
            }
        }

        var datedEvents = 0;
        foreach (var e in timeline.Events)
        {
            if (DayOf(e.Date) is not { } day)
            {
                continue;
            }

            datedEvents++;
            if (!InRange(day))
            {
                continue;
            }

            var evidence = Day(day);
            evidence.Events.Add(e);
            // An event the text dates itself points at its day; one dated only by its report, or by "now", points at nothing.
            if (e.Date.Basis != EventDateBasis.Reported && e.Date.Timex?.EndsWith("_REF", StringComparison.Ordinal) != true)
            {
                evidence.Pointing.UnionWith(e.Mentions.Where(m => m.Time is not null).Select(m => m.Document).Where(Independent));
            }
        }

        if (datedEvents == 0 && references.Count == 0)
        {
            return Result("no event in the timeline has a date precise to the day, and no sentence names a day", []);
        }

        var scored = days
            .Where(d => d.Value.Pointing.Count > 0)
            .Select(d => (Day: d.Key, Evidence: d.Value, Score: Score(d.Value, documents)))
            .OrderByDescending(d => d.Score)
            .ThenBy(d => d.Day)
            .Take(wanted)
            .OrderBy(d => d.Day)
            .ToList();
        if (scored.Count == 0)
        {
            var range = from is null && to is null ? string.Empty : $" between {from ?? "the start"} and {to ?? "the end"}";
            return Result($"no day{range} is named by any document or dated by any event", []);
        }

        var keyDates = scored.Select(d => KeyDateOf(d.Day, d.Evidence, d.Score, perDate, documents, Independent)).ToList();
        return Result(null, keyDates);
    }

    private static bool IsAfterPublication(DateReference reference, IReadOnlyDictionary<string, TimelineDocument> documents) =>
        documents[reference.Document].Published is { } published
        && string.CompareOrdinal(reference.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), published) > 0;

    private static double Score(DayEvidence evidence, IReadOnlyDictionary<string, TimelineDocument> documents)
    {
        var outlets = evidence.Pointing.Select(id => documents[id].Source ?? id).Distinct(StringComparer.Ordinal).Count();
        return evidence.Pointing.Count + (OutletWeight * outlets);
    }

    private KeyDate KeyDateOf(
        DateOnly day,
        DayEvidence evidence,
        double score,
        int perDate,
        IReadOnlyDictionary<string, TimelineDocument> documents,
        Func<string, bool> independent)
    {
        var candidates = Candidates(evidence.Events, independent);
        var chosen = Choose(candidates, perDate);
        var behind = new SortedSet<string>(evidence.Pointing, StringComparer.Ordinal);
        behind.UnionWith(evidence.Events.SelectMany(e => e.Mentions).Select(m => m.Document).Where(independent));
        var outlets = behind.Select(id => documents[id].Source).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new KeyDate(
            Iso(day),
            Math.Round(score, 3, MidpointRounding.AwayFromZero),
            evidence.Pointing.Count,
            chosen,
            [.. evidence.Events.OrderByDescending(e => e.Sources).ThenBy(e => e.Id, StringComparer.Ordinal).Select(e => e.Id)],
            [.. behind],
            outlets);
    }

    private List<Candidate> Candidates(IEnumerable<TimelineEvent> events, Func<string, bool> independent)
    {
        var byText = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        foreach (var e in events.Where(e => e.Status == EventStatus.Asserted).OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            var reporters = e.Mentions.Select(m => m.Document).Where(independent).Distinct(StringComparer.Ordinal).Count();
            foreach (var mention in e.Mentions.Where(m => independent(m.Document)))
            {
                var words = Words(mention.Text);
                if (words.Count == 0)
                {
                    continue;
                }

                var weight = (e.Date.Basis == EventDateBasis.Reported || mention.Time is null ? ReportedWeight : 1.0)
                    * (IsSaying(e, mention.Text) ? SayingWeight : 1.0)
                    * reporters;
                var key = string.Join(' ', words);
                if (byText.TryGetValue(key, out var known))
                {
                    // The same sentence in several reports (wire copy): one candidate, its best weight, its earliest source.
                    known.Reports++;
                    known.Weight = Math.Max(known.Weight, weight);
                    continue;
                }

                byText.Add(key, new Candidate(mention, e.Id, words, weight));
            }
        }

        return [.. byText.Values];
    }

    private static List<KeyDateSentence> Choose(List<Candidate> candidates, int perDate)
    {
        if (candidates.Count == 0)
        {
            return [];
        }

        // Centroid: in how many of the day's sentences each content word occurs.
        var centroid = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in candidates.SelectMany(c => c.Words))
        {
            centroid[word] = centroid.GetValueOrDefault(word) + 1;
        }

        var norm = Math.Sqrt(centroid.Values.Sum(v => (double)v * v));
        var ranked = candidates
            .Select(c => (Candidate: c, Score: c.Weight * (1 + (0.1 * Math.Log(c.Reports))) * c.Words.Sum(w => centroid[w]) / (Math.Sqrt(c.Words.Count) * norm)))
            .OrderBy(c => c.Candidate.Words.Count < ShortSentenceWords ? 1 : 0)
            .ThenByDescending(c => c.Score)
            .ThenBy(c => c.Candidate.Mention.Document, StringComparer.Ordinal)
            .ThenBy(c => c.Candidate.Mention.Sentence)
            .Select(c => c.Candidate);
        // Best first, but a second sentence about an event already told waits until every other event of the day has had its turn.
        var chosen = new List<Candidate>();
        var deferred = new List<Candidate>();
        foreach (var candidate in ranked)
        {
            if (chosen.Count == perDate)
            {
                break;
            }

            if (chosen.Any(c => Cosine(c.Words, candidate.Words) > RedundancyLimit))
            {
                continue;
            }

            if (chosen.Any(c => c.Event == candidate.Event))
            {
                deferred.Add(candidate);
                continue;
            }

            chosen.Add(candidate);
        }

        foreach (var candidate in deferred)
        {
            if (chosen.Count == perDate)
            {
                break;
            }

            if (chosen.All(c => Cosine(c.Words, candidate.Words) <= RedundancyLimit))
            {
                chosen.Add(candidate);
            }
        }

        return [.. chosen.Select(c => new KeyDateSentence(c.Mention.Text, c.Mention.Document, c.Mention.Sentence, c.Event))];
    }

    private static bool IsSaying(TimelineEvent e, string text) =>
        e.Type == "statement" || text.Contains("``", StringComparison.Ordinal) || text.Contains('\u201C') || text.Count(c => c == '"') >= 2;

    private static double Cosine(IReadOnlyCollection<string> a, IReadOnlyCollection<string> b)
    {
        var shared = a.Intersect(b, StringComparer.Ordinal).Count();
        return shared == 0 ? 0 : shared / Math.Sqrt((double)a.Count * b.Count);
    }

    // The distinct content words of a sentence, lower case, in order of first occurrence.
    private List<string> Words(string text)
    {
        var words = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = text[start..i].ToLowerInvariant();
                start = -1;
                if (word.Length > 1 && !_stopWords.Contains(word) && !word.All(char.IsDigit) && seen.Add(word))
                {
                    words.Add(word);
                }
            }
        }

        return words;
    }

    private static DateOnly? DayOf(TimelineDate date)
    {
        if (date.Start is null || date.Start != date.End || date.Granularity is not (Granularity.Day or Granularity.Time))
        {
            return null;
        }

        return DateOnly.ParseExact(date.Start, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed class DayEvidence
    {
        public HashSet<string> Pointing { get; } = new(StringComparer.Ordinal);

        public List<TimelineEvent> Events { get; } = [];
    }

    private sealed class Candidate(TimelineMention mention, string eventId, List<string> words, double weight)
    {
        public TimelineMention Mention { get; } = mention;

        public string Event { get; } = eventId;

        public List<string> Words { get; } = words;

        public double Weight { get; set; } = weight;

        public int Reports { get; set; } = 1;
    }
}
