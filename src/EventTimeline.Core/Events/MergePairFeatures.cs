using System.Collections.Immutable;

using EventTimeline.Actors;
using EventTimeline.Documents;
using EventTimeline.Evaluation;
using EventTimeline.Text;
using EventTimeline.Time;

namespace EventTimeline.Events;

/// <summary>What the learned merge decision knows of one event mention: its word, type, participants, place, date, sentence and story.</summary>
/// <param name="Mention">The mention.</param>
/// <param name="Document">Index of its document in the run's document list (for the document similarity).</param>
/// <param name="Story">Its document's story number.</param>
/// <param name="Stem">Stem of the base form of the trigger's head word (<see cref="MergePairFeatures.Head"/>, <see cref="WordLemma"/>).</param>
/// <param name="Trigger">The trigger, lower case.</param>
/// <param name="Families">The type's merge families ("t:call", "g:2").</param>
/// <param name="Actors">Resolved actor ids of its participants.</param>
/// <param name="Specific">Those of them that are not countries or their governments.</param>
/// <param name="People">Those of them that are persons.</param>
/// <param name="Place">The place's actor id or lower-case name, or null.</param>
/// <param name="Interval">The date its clause gives (explicit or relative to the report date), or null.</param>
/// <param name="Published">Its document's publication date, or null.</param>
/// <param name="Context">Content words of its sentence other than the trigger, lower case.</param>
/// <remarks><see cref="StemShare"/> is set once the story's mentions are known.</remarks>
internal sealed record MergePairMention(
    EventMention Mention,
    int Document,
    int Story,
    string Stem,
    string Trigger,
    ImmutableArray<string> Families,
    ImmutableHashSet<string> Actors,
    ImmutableHashSet<string> Specific,
    ImmutableHashSet<string> People,
    string? Place,
    DateInterval? Interval,
    DateOnly? Published,
    ImmutableHashSet<string> Context)
{
    /// <summary>The share of its story's documents that have a mention of its stem (the story's main events are in most of them).</summary>
    public float StemShare { get; init; }

    /// <summary>The WordNet senses of the trigger (the whole phrase when WordNet knows it, else its head word).</summary>
    public WordSenses Senses { get; init; } = WordSenses.None;
}

/// <summary>How alike two documents are: TF-IDF cosine of their words, the overlap (Jaccard) of their names, numbers and resolved actors, and whether they are about the same lead actor.</summary>
/// <param name="Cosine">TF-IDF cosine.</param>
/// <param name="Names">Jaccard of their capitalised words not opening a sentence, lower case.</param>
/// <param name="Numbers">Jaccard of their words with digits (tolls, magnitudes, dates, scores).</param>
/// <param name="Actors">Jaccard of their resolved actor ids.</param>
/// <param name="Leads">Whether each document's lead actor (<see cref="Lead"/>) is named in the other: 1 both ways, 0.5 one way, 0 neither, −1 when one has no lead.</param>
internal readonly record struct DocumentSimilarity(float Cosine, float Names, float Numbers, float Actors, float Leads)
{
    /// <summary>A document compared with itself.</summary>
    public static DocumentSimilarity Same { get; } = new(1, 1, 1, 1, 1);

    /// <summary>The specific actor a document names most often (ties by id), or null when none is named twice: whom the report is about.</summary>
    /// <param name="mentionActors">The resolved actor ids of each of the document's actor mentions.</param>
    /// <param name="specific">Whether an actor id counts (not a country or its government).</param>
    public static string? Lead(IReadOnlyList<ImmutableArray<string>> mentionActors, Func<string, bool> specific)
    {
        ArgumentNullException.ThrowIfNull(mentionActors);
        ArgumentNullException.ThrowIfNull(specific);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var ids in mentionActors)
        {
            foreach (var id in ids.Distinct(StringComparer.Ordinal).Where(specific))
            {
                counts[id] = counts.GetValueOrDefault(id) + 1;
            }
        }

        var best = counts.Where(p => p.Value >= 2).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).FirstOrDefault();
        return best.Key;
    }

    /// <summary>Whether each document's lead actor is named in the other (see <see cref="Leads"/>).</summary>
    public static float LeadsAgree(string? leadA, string? leadB, IReadOnlySet<string> actorsA, IReadOnlySet<string> actorsB)
    {
        ArgumentNullException.ThrowIfNull(actorsA);
        ArgumentNullException.ThrowIfNull(actorsB);
        if (leadA is null || leadB is null)
        {
            return -1;
        }

        return ((actorsB.Contains(leadA) ? 1 : 0) + (actorsA.Contains(leadB) ? 1 : 0)) / 2f;
    }

    /// <summary>The words of a document the overlaps count: names, numbers (separate sets).</summary>
    public static (HashSet<string> Names, HashSet<string> Numbers) Words(AnnotatedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in document.Sentences)
        {
            var first = true;
            foreach (var word in sentence.Text.Split([' ', ',', ';', ':', '"', '(', ')', '\'', '!', '?'], StringSplitOptions.RemoveEmptyEntries))
            {
                var w = word.TrimEnd('.');
                if (w.Any(char.IsDigit))
                {
                    numbers.Add(w.ToLowerInvariant());
                }
                else if (!first && w.Length > 1 && char.IsUpper(w[0]))
                {
                    names.Add(w.ToLowerInvariant());
                }

                first = false;
            }
        }

        return (names, numbers);
    }

    /// <summary>Jaccard overlap of two sets (0 when both are empty).</summary>
    public static float Jaccard(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var shared = a.Count(b.Contains);
        var union = a.Count + b.Count - shared;
        return union == 0 ? 0 : (float)shared / union;
    }
}

/// <summary>The features of a pair of event mentions the learned merge decision weighs: general to news, never a topic's words.</summary>
/// <remarks>Every feature is a number that is −1 when it cannot be known (no date on one side), so trees can split unknown from known.</remarks>
internal static class MergePairFeatures
{
    /// <summary>The feature names, in the order <see cref="Compute"/> fills them (the model file lists them, and loading checks they agree).</summary>
    public static ImmutableArray<string> Names { get; } =
    [
        "sameStem",
        "sameTrigger",
        "triggerTrigramDice",
        "sameType",
        "sameFamily",
        "bothLexiconTypes",
        "documentCosine",
        "documentNames",
        "documentNumbers",
        "documentActors",
        "documentLeads",
        "stemShare",
        "sameDocument",
        "sentenceDistance",
        "contextJaccard",
        "sharedActors",
        "sharedSpecificActors",
        "personConflict",
        "fewerActors",
        "samePlace",
        "datesOverlap",
        "dateGapDays",
        "publishedGapDays",
        "sameStatus",
        "eitherNegated",
        "shorterTrigger",
        "mainSensesMeet",
        "anySensesMeet",
        "nearSensesMeet",
    ];

    /// <summary>The type prefix the ECB+ gold-mention run gives a trigger word the lexicon does not know.</summary>
    public const string WordTypePrefix = "word:";

    /// <summary>Describes <paramref name="mention"/> for the pair features.</summary>
    /// <param name="mention">The mention.</param>
    /// <param name="document">Its document, with actor mentions and sentences.</param>
    /// <param name="documentIndex">Index of the document in the run's list.</param>
    /// <param name="story">The document's story number.</param>
    /// <param name="resolution">The run's actor resolution.</param>
    /// <param name="kinds">Actor id → kind.</param>
    /// <param name="rules">The merge rules (type families, broad actor kinds).</param>
    /// <param name="stopwords">Words left out of the sentence context.</param>
    public static MergePairMention Describe(
        EventMention mention,
        AnnotatedDocument document,
        int documentIndex,
        int story,
        ActorResolution resolution,
        IReadOnlyDictionary<string, ActorKind> kinds,
        MergeRules rules,
        IReadOnlySet<string> stopwords)
    {
        ArgumentNullException.ThrowIfNull(mention);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(resolution);
        ArgumentNullException.ThrowIfNull(kinds);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(stopwords);
        var actors = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        string? place = mention.Location?.ToLowerInvariant();
        if (resolution.MentionActors.TryGetValue(mention.DocumentId, out var perMention))
        {
            foreach (var participant in mention.Participants)
            {
                if (participant.ActorMention >= 0 && participant.ActorMention < perMention.Length)
                {
                    actors.UnionWith(perMention[participant.ActorMention]);
                }
            }

            if (mention.LocationMention is { } index && index >= 0 && index < perMention.Length && !perMention[index].IsEmpty)
            {
                place = perMention[index][0];
            }
        }

        var all = actors.ToImmutable();
        var specific = all.Where(id => !(kinds.TryGetValue(id, out var kind) && rules.BroadActorKinds.Contains(kind))).ToImmutableHashSet(StringComparer.Ordinal);
        var people = all.Where(id => kinds.TryGetValue(id, out var kind) && kind == ActorKind.Person).ToImmutableHashSet(StringComparer.Ordinal);
        var trigger = mention.Trigger.ToLowerInvariant();
        var triggerWords = Words(trigger);
        var head = Head(triggerWords) ?? trigger;
        var stem = WordLemma.Of(head);
        var senses = EventSenses.Of(triggerWords) is { Known: true } phrase ? phrase : EventSenses.Of([head]);
        var sentence = document.Sentences.FirstOrDefault(s => s.Index == mention.Sentence);
        var context = sentence is null
            ? []
            : Words(sentence.Text.ToLowerInvariant()).Where(w => w.Length > 1 && !stopwords.Contains(w) && !triggerWords.Contains(w)).ToImmutableHashSet(StringComparer.Ordinal);
        var interval = mention.Date.Basis is EventDateBasis.Explicit or EventDateBasis.RelativeToDct ? mention.Date.Interval : null;
        return new MergePairMention(
            mention,
            documentIndex,
            story,
            stem,
            trigger,
            [.. rules.Families(mention.Type)],
            all,
            specific,
            people,
            place,
            interval,
            document.Document.Published,
            context)
        {
            Senses = senses,
        };
    }

    /// <summary>Fills <paramref name="into"/> (of <see cref="Names"/>' length) with the features of the pair.</summary>
    /// <param name="a">One mention.</param>
    /// <param name="b">The other.</param>
    /// <param name="documents">How alike their documents are (<see cref="DocumentSimilarity.Same"/> for one document).</param>
    /// <param name="into">Where the features go.</param>
    public static void Compute(MergePairMention a, MergePairMention b, DocumentSimilarity documents, Span<float> into)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (into.Length != Names.Length)
        {
            throw new ArgumentException($"expected {Names.Length} features", nameof(into));
        }

        var ma = a.Mention;
        var mb = b.Mention;
        var sameDocument = ma.DocumentId == mb.DocumentId;
        var shared = a.Actors.Count(b.Actors.Contains);
        var sharedSpecific = a.Specific.Count(b.Specific.Contains);
        var personConflict = a.People.Any(p => !b.People.Contains(p)) && b.People.Any(p => !a.People.Contains(p));
        var contextUnion = a.Context.Count + b.Context.Count;
        var contextShared = a.Context.Count(b.Context.Contains);
        var k = 0;
        into[k++] = Flag(a.Stem == b.Stem);
        into[k++] = Flag(a.Trigger == b.Trigger);
        into[k++] = (float)TrigramDice(a.Trigger, b.Trigger);
        into[k++] = Flag(ma.Type == mb.Type);
        into[k++] = Flag(a.Families.Any(b.Families.Contains));
        into[k++] = Flag(!ma.Type.StartsWith(WordTypePrefix, StringComparison.Ordinal) && !mb.Type.StartsWith(WordTypePrefix, StringComparison.Ordinal));
        into[k++] = documents.Cosine;
        into[k++] = documents.Names;
        into[k++] = documents.Numbers;
        into[k++] = documents.Actors;
        into[k++] = documents.Leads;
        into[k++] = Math.Min(a.StemShare, b.StemShare);
        into[k++] = Flag(sameDocument);
        into[k++] = sameDocument ? Math.Abs(ma.Sentence - mb.Sentence) : -1;
        into[k++] = contextUnion == 0 ? 0 : (float)contextShared / (contextUnion - contextShared);
        into[k++] = shared;
        into[k++] = sharedSpecific;
        into[k++] = Flag(personConflict);
        into[k++] = Math.Min(a.Actors.Count, b.Actors.Count);
        into[k++] = a.Place is null || b.Place is null ? -1 : Flag(a.Place == b.Place);
        into[k++] = a.Interval is { } x && b.Interval is { } y ? Flag(x.Start <= y.End && y.Start <= x.End) : -1;
        into[k++] = a.Interval is { } p && b.Interval is { } q ? Gap(p.Start, p.End, q.Start, q.End) : -1;
        into[k++] = a.Published is { } u && b.Published is { } v ? Math.Abs(u.DayNumber - v.DayNumber) : -1;
        into[k++] = Flag(ma.Status == mb.Status);
        into[k++] = Flag(ma.Status == EventStatus.Negated || mb.Status == EventStatus.Negated);
        into[k++] = Math.Min(a.Trigger.Length, b.Trigger.Length);
        var known = a.Senses.Known && b.Senses.Known;
        into[k++] = known ? Flag(a.Senses.Main.Overlaps(b.Senses.Main)) : -1;
        into[k++] = known ? Flag(a.Senses.All.Overlaps(b.Senses.All)) : -1;
        into[k] = known ? Flag(a.Senses.Near.Overlaps(b.Senses.Near)) : -1;
    }

    /// <summary>The word of a trigger phrase that names its action: the verb of a phrasal verb or of a verb and its object ("pulled over", "opened fire"), else the last word, a compound noun's head ("awards ceremony").</summary>
    internal static string? Head(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var units = TriggerWords.Split(words);
        return units.Count == 0 || units[0].Count == 0 ? null : units[0][0];
    }

    private static float Flag(bool value) => value ? 1 : 0;

    private static float Gap(DateOnly aStart, DateOnly aEnd, DateOnly bStart, DateOnly bEnd) =>
        aEnd < bStart ? bStart.DayNumber - aEnd.DayNumber : bEnd < aStart ? aStart.DayNumber - bEnd.DayNumber : 0;

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                words.Add(text[start..i]);
                start = -1;
            }
        }

        return words;
    }

    // Dice coefficient of the character trigrams of the two words, padded at both ends ("quake" and "earthquake" share most).
    private static double TrigramDice(string a, string b)
    {
        if (a == b)
        {
            return 1;
        }

        var ta = Trigrams(a);
        var tb = Trigrams(b);
        var total = ta.Count + tb.Count;
        return total == 0 ? 0 : 2.0 * ta.Count(tb.Contains) / total;
    }

    private static HashSet<string> Trigrams(string word)
    {
        var padded = "#" + word + "#";
        var grams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 3 <= padded.Length; i++)
        {
            grams.Add(padded.Substring(i, 3));
        }

        return grams;
    }
}
