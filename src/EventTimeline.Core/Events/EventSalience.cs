using System.Collections.Immutable;
using System.Text;

using EventTimeline.Documents;
using EventTimeline.Time;

namespace EventTimeline.Events;

/// <summary>
/// How much independent evidence there is for an event on its date: the outlets and documents that report it in their own
/// words, the days over which it was reported and the distinct sentences that mention it.
/// </summary>
/// <remarks>
/// salience = outlets + 0.5 × (documents − outlets) + 0.25 × (days − 1) + 0.1 × min(sentences − documents, documents),
/// rounded to two decimals, over the mentions that support the event's date: a mention dated by its own time expression
/// (which the merge found compatible with the event's date), printed at most <c>recallDays</c> (31) after the event (later
/// it is a look back, not news), or any other mention in a document printed between the event's start and <c>reportDays</c> (1)
/// after its end. Undated mentions printed days or weeks later, which merging may join to a dated event, add nothing: a blob
/// of background mentions ranks no higher than its dated core. A noun trigger without a time of its own ("the earthquake",
/// "Lehman's bankruptcy", "the rescue plan": a reference back to an event, dated only by the day it was printed) adds nothing
/// either, so an event all of whose mentions are such references scores 0; a form that is also a verb ("plans") reads as a
/// noun after a determiner, a possessive, a lower-case modifier or names after a determiner ("the U.S. plan"). An event
/// without a calendar date counts every mention. The mentions with a time of their own that support the date are the event's
/// core; when there is one, a mention without a time of its own counts only when it shares a content word with the core (a
/// lower-case word of four letters or more that is not a stop word, or a number of three digits or more):
/// the other statements of a speaker or a country, joined to a dated event by their actor alone, add nothing. Opinion pieces
/// give no mentions at all (<see cref="OpinionDetector"/>). Repeated text does not count twice: a near-copy
/// counts as its original, a document counts only when one of its supporting sentences is not a sentence already counted (by publication date, then id), and a sentence counts once
/// however many documents print it (sentences are compared by their first ten words, case and punctuation aside, so a
/// repeated box with a different tail is still one). A document of unknown outlet is an outlet of its own. Immutable and
/// thread-safe.
/// </remarks>
internal sealed class EventSalience
{
    private const double OutletWeight = 1.0;
    private const double DocumentWeight = 0.5;
    private const double DayWeight = 0.25;
    private const double SentenceWeight = 0.1;
    private const int SentenceKeyWords = 10;

    private static readonly char[] TokenPunctuation = ['.', ',', ';', ':', '!', '?', '"', '\'', '(', ')', '[', ']', '\u201c', '\u201d', '\u2018', '\u2019'];
    private static readonly Lazy<HashSet<string>> StopWords = new(() => new HashSet<string>(CorpusDateEstimator.LoadStopwords(), StringComparer.Ordinal), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly HashSet<string> WordsBeforeVerbs = new(["i", "you", "he", "she", "it", "we", "they", "who", "which", "that", "also", "now", "then", "and", "or", "but", "to", "will", "would", "not"], StringComparer.Ordinal);

    /// <summary>Days after an event within which a report without a time of its own is evidence of it: the day itself and the next (a morning paper's report of yesterday).</summary>
    public const int DefaultReportDays = 1;

    /// <summary>Days after an event within which a report naming its time is still news of it, not a look back.</summary>
    public const int DefaultRecallDays = 31;

    private readonly Dictionary<string, NewsDocument> _documents;
    private readonly int _reportDays;
    private readonly int _recallDays;
    private readonly EventLexicon _lexicon;
    private readonly ImmutableHashSet<string> _determiners;
    private readonly HashSet<string> _stopwords;

    /// <summary>
    /// Creates a scorer over the corpus documents: a report without a time of its own supports an event's date when printed at
    /// most <paramref name="reportDays"/> after it, one naming the event's time when printed at most <paramref name="recallDays"/>
    /// after it; the lexicon tells noun triggers from verbs.
    /// </summary>
    public EventSalience(IEnumerable<NewsDocument> documents, int reportDays = DefaultReportDays, int recallDays = DefaultRecallDays, EventLexicon? lexicon = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentOutOfRangeException.ThrowIfNegative(reportDays);
        ArgumentOutOfRangeException.ThrowIfLessThan(recallDays, reportDays);
        _reportDays = reportDays;
        _recallDays = recallDays;
        _lexicon = lexicon ?? EventLexicon.BuiltIn;
        _determiners = RoleHints.BuiltIn.Determiners;
        _stopwords = StopWords.Value;
        _documents = new Dictionary<string, NewsDocument>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            _documents.TryAdd(document.Id, document);
        }
    }

    /// <summary>The salience of <paramref name="merged"/>.</summary>
    public double Of(MergedEvent merged)
    {
        ArgumentNullException.ThrowIfNull(merged);
        var when = merged.Date.Interval;
        if (when is not null && merged.Mentions.All(UndatedNoun))
        {
            return 0;
        }

        // The mentions that carry the event's date are its core; a mention without a time of its own corroborates them only
        // when it shares one of their content words: an actor's statements on other subjects, merged by the actor alone, do not.
        var core = when is null ? [] : merged.Mentions.Where(mention => OwnTime(mention) && Supports(mention, when)).ToList();
        var coreWords = core.SelectMany(ContentWords).ToHashSet(StringComparer.Ordinal);
        var byDocument = merged.Mentions
            .Where(mention => when is null || (Supports(mention, when) && !UndatedNoun(mention) && (core.Count == 0 || OwnTime(mention) || ContentWords(mention).Any(coreWords.Contains))))
            .GroupBy(mention => Root(mention.DocumentId), StringComparer.Ordinal)
            .OrderBy(group => Published(group.Key) ?? DateOnly.MaxValue)
            .ThenBy(group => group.Key, StringComparer.Ordinal);
        var sentences = new HashSet<string>(StringComparer.Ordinal);
        var outlets = new HashSet<string>(StringComparer.Ordinal);
        var days = new HashSet<DateOnly>();
        var documents = 0;
        foreach (var group in byDocument)
        {
            var fresh = group.Select(mention => Normalize(mention.SentenceText)).Where(sentence => !sentences.Contains(sentence)).Distinct(StringComparer.Ordinal).ToList();
            if (fresh.Count == 0)
            {
                continue;
            }

            sentences.UnionWith(fresh);
            documents++;
            _documents.TryGetValue(group.Key, out var document);
            outlets.Add(FurnitureDetector.Outlet(document?.Source, document?.Url) ?? "document:" + group.Key);
            if (document?.Published is { } published)
            {
                days.Add(published);
            }
        }

        if (documents == 0)
        {
            return 0;
        }

        var score = (OutletWeight * outlets.Count)
            + (DocumentWeight * (documents - outlets.Count))
            + (DayWeight * Math.Max(0, days.Count - 1))
            + (SentenceWeight * Math.Min(sentences.Count - documents, documents));
        return Math.Round(score, 2, MidpointRounding.AwayFromZero);
    }

    private static bool OwnTime(MergedMention mention) => mention.Date is { Interval: not null, Basis: EventDateBasis.Explicit or EventDateBasis.RelativeToDct };

    // The words that say what a sentence reports: lower-case words of four letters or more that are not stop words (function
    // words, reporting verbs, calendar words), and numbers of three digits or more; names are left out, for an
    // actor's name is what joins unrelated statements.
    private IEnumerable<string> ContentWords(MergedMention mention)
    {
        foreach (var token in mention.SentenceText.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = token.Trim(TokenPunctuation);
            if (word.Length == 0)
            {
                continue;
            }

            if (word.All(c => char.IsDigit(c) || c is ',' or '.'))
            {
                if (word.Count(char.IsDigit) >= 3)
                {
                    yield return word;
                }

                continue;
            }

            if (word.Length >= 4 && char.IsLower(word[0]) && word.All(c => char.IsLetter(c) || c is '-' or '\'' or '\u2019') && !_stopwords.Contains(word))
            {
                yield return word;
            }
        }
    }

    // Whether the mention is evidence for the event on its date (see the remarks).
    private bool Supports(MergedMention mention, DateInterval when)
    {
        // A mention with a time of its own was dated compatibly by the merge; it is news of the event until it becomes a look back.
        var published = Published(mention.DocumentId);
        if (mention.Date is { Interval: not null, Basis: EventDateBasis.Explicit or EventDateBasis.RelativeToDct })
        {
            return published is null || published <= when.End.AddDays(_recallDays);
        }

        return published is { } day && day >= when.Start && day <= when.End.AddDays(_reportDays);
    }

    // A noun trigger without a time of its own ("the earthquake", "the rescue plan") refers back to an event; it does not date one.
    private bool UndatedNoun(MergedMention mention)
    {
        if (mention.Date is { Interval: not null, Basis: EventDateBasis.Explicit or EventDateBasis.RelativeToDct })
        {
            return false;
        }

        var readings = _lexicon.Readings(mention.Type, mention.Trigger);
        if (!readings.Contains(TriggerPos.Noun))
        {
            return false;
        }

        return readings.All(pos => pos == TriggerPos.Noun) || NounBefore(mention.SentenceText, mention.Trigger);
    }

    // A form that is a noun and a verb ("plans", "visit") reads as a noun after a determiner, a possessive or a lower-case
    // modifier ("the plan", "Lehman's bankruptcy", "rescue plan"), as a verb after a name or a pronoun ("Treasury plans", "he plans").
    private bool NounBefore(string sentence, string trigger)
    {
        var at = sentence.IndexOf(trigger, StringComparison.OrdinalIgnoreCase);
        if (at <= 0)
        {
            return false;
        }

        var before = sentence[..at].TrimEnd();
        var start = before.Length;
        while (start > 0 && !char.IsWhiteSpace(before[start - 1]))
        {
            start--;
        }

        var word = before[start..];
        var bare = word.TrimEnd('.');
        if (bare.Length == 0 || !char.IsLetter(bare[^1]))
        {
            return false;
        }

        var lower = word.ToLowerInvariant();
        return _determiners.Contains(lower)
            || lower.EndsWith("'s", StringComparison.Ordinal) || lower.EndsWith("\u2019s", StringComparison.Ordinal)
            || (char.IsLower(word[0]) && !WordsBeforeVerbs.Contains(lower))
            || (char.IsUpper(word[0]) && DeterminerBefore(before[..start]));
    }

    // Names between a determiner and the trigger modify a noun ("the U.S. plan", "the Paulson plan"); a name alone is a subject ("Treasury plans").
    private bool DeterminerBefore(string before)
    {
        var words = before.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        for (var i = words.Length - 1; i >= 0; i--)
        {
            var word = words[i];
            if (char.IsUpper(word[0]) && word.All(c => char.IsLetter(c) || c is '.' or '-'))
            {
                continue;
            }

            return _determiners.Contains(word.ToLowerInvariant());
        }

        return false;
    }

    private string Root(string id) => _documents.TryGetValue(id, out var document) && document.DuplicateOf is { } original ? original : id;

    private DateOnly? Published(string id) => _documents.TryGetValue(id, out var document) ? document.Published : null;

    // The sentence's first words in lower case, without punctuation: case, spacing and punctuation aside, the same opening.
    private static string Normalize(string sentence)
    {
        var key = new StringBuilder(sentence.Length);
        var words = 0;
        var inWord = false;
        foreach (var c in sentence)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (!inWord && ++words > SentenceKeyWords)
                {
                    break;
                }

                if (!inWord && key.Length > 0)
                {
                    key.Append(' ');
                }

                inWord = true;
                key.Append(char.ToLowerInvariant(c));
            }
            else if (char.IsWhiteSpace(c))
            {
                inWord = false;
            }
        }

        return key.ToString();
    }
}
