using System.Text;

using EventTimeline.Documents;

namespace EventTimeline.Events;

/// <summary>
/// How much independent evidence there is for an event: the outlets and documents that report it in their own words,
/// the days over which it was reported and the distinct sentences that mention it.
/// </summary>
/// <remarks>
/// salience = outlets + 0.5 × (documents − outlets) + 0.25 × (days − 1) + 0.1 × min(sentences − documents, documents),
/// rounded to two decimals. Repeated text does not count twice: a near-copy counts as its original, a document counts only
/// when one of its sentences about the event is not a sentence already counted (by publication date, then id), and a
/// sentence counts once however many documents print it (sentences are compared by their first ten words, case and
/// punctuation aside, so a repeated box with a different tail is still one). A document of unknown outlet is an outlet of
/// its own. Immutable and thread-safe.
/// </remarks>
internal sealed class EventSalience
{
    private const double OutletWeight = 1.0;
    private const double DocumentWeight = 0.5;
    private const double DayWeight = 0.25;
    private const double SentenceWeight = 0.1;
    private const int SentenceKeyWords = 10;

    private readonly Dictionary<string, NewsDocument> _documents;

    /// <summary>Creates a scorer over the corpus documents.</summary>
    public EventSalience(IEnumerable<NewsDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
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
        var byDocument = merged.Mentions
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
