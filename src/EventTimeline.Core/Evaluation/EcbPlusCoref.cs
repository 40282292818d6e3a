using System.Collections.Immutable;
using System.Globalization;
using System.Text;

using EventTimeline.Documents;
using EventTimeline.Events;
using EventTimeline.Text;
using EventTimeline.Time;

namespace EventTimeline.Evaluation;

/// <summary>The CoNLL files of an ECB+ run: the key from the gold chains and the response from the product's merged events.</summary>
/// <param name="Key">The key file text.</param>
/// <param name="Response">The response file text.</param>
/// <param name="Documents">Documents scored.</param>
/// <param name="KeyMentions">Gold event mentions in the annotated sentences.</param>
/// <param name="ResponseMentions">Event mentions of the response in the annotated sentences.</param>
/// <param name="Failures">Documents a stage failed on (their mentions stay singletons in a gold-mention run, absent otherwise).</param>
/// <param name="Details">For a gold-mention run, one tab-separated line per gold mention (after a header): where it is, its gold chain and response cluster, and what the merger was given for it.</param>
internal sealed record EcbPlusRun(string Key, string Response, int Documents, int KeyMentions, int ResponseMentions, IReadOnlyList<DocumentFailure> Failures, string Details)
{
    /// <summary>The who/when score of the product's own mentions against the annotated participants and times (see <see cref="EcbPlusRoles"/>).</summary>
    public EcbPlusRoleScores? Roles { get; init; }
}

/// <summary>The annotated mentions of an ECB+ run as the learned merge decision sees them, one per trigger, in document order.</summary>
/// <param name="Mentions">The mentions, with their stories.</param>
/// <param name="Chains">Each mention's gold chain number.</param>
/// <param name="Spans">Each mention's token span in the CoNLL layout (for scoring a clustering).</param>
/// <param name="Topics">Each mention's ECB+ topic.</param>
/// <param name="Documents">How alike two documents are, by their indices.</param>
internal sealed record EcbPlusMergeData(IReadOnlyList<MergePairMention> Mentions, IReadOnlyList<int> Chains, IReadOnlyList<(int First, int Last)> Spans, IReadOnlyList<int> Topics, Func<int, int, DocumentSimilarity> Documents);

/// <summary>Cross-document event coreference on ECB+: runs the pipeline on the documents and writes the merged events as CoNLL coreference over the annotated sentences.</summary>
/// <remarks>
/// All documents are one CoNLL document, in (topic, file name) order, so links across documents count; only tokens of listed
/// sentences are written. With the product's own mentions, each mention of a merged event is a mention of its cluster and each
/// mention the merger left out is a singleton. With gold mentions, each annotated <c>ACTION_*</c>/<c>NEG_ACTION_*</c> mention becomes
/// an event mention for the merger: the product's own mention where one overlaps it (its type, participants, place, time and status),
/// else one built from the trigger word and its sentence (a type named after the word's stem unless the trigger lexicon knows it,
/// the sentence's actors, the report date). Mentions the merger does not place stay singletons.
/// </remarks>
internal static class EcbPlusCoref
{
    /// <summary>The CoNLL block name of the whole run.</summary>
    public const string BlockName = "ecbplus";

    /// <summary>The mean TF-IDF cosine at which two groups of documents are one story in a gold-mention run (tuned on the ECB+ train topics).</summary>
    public const double DefaultStorySimilarity = 0.15;

    /// <summary>The mean names-and-numbers overlap (<see cref="StoryOverlap"/>) at which two groups of documents are one story for the learned merger
    /// (the best document grouping of 0.04–0.30 on the ECB+ train topics).</summary>
    public const double DefaultStoryOverlap = 0.12;

    /// <summary>Runs <paramref name="pipeline"/> on <paramref name="documents"/> and returns the key and the response.</summary>
    /// <param name="pipeline">The product's pipeline.</param>
    /// <param name="documents">The ECB+ documents.</param>
    /// <param name="sentences">The annotated sentences.</param>
    /// <param name="goldMentions">Whether the annotated mentions are the event mentions (else the product's own).</param>
    /// <param name="jobs">Documents processed at once.</param>
    /// <param name="storySimilarity">With gold mentions and the rules, the mean TF-IDF cosine at which documents are one story.</param>
    /// <param name="model">With gold mentions, the learned merge decision to cluster them with (its own story similarity); null: the merge rules.</param>
    public static EcbPlusRun Run(EventTimelinePipeline pipeline, IReadOnlyList<EcbPlusDocument> documents, EcbPlusSentences sentences, bool goldMentions, int jobs = 1, double storySimilarity = DefaultStorySimilarity, MergeModel? model = null)
    {
        var prepared = Prepare(pipeline, documents, sentences, jobs);
        var details = new StringBuilder();
        var responseSpans = goldMentions
            ? GoldResponse(pipeline, prepared, jobs, details, storySimilarity, model)
            : OwnResponse(pipeline, prepared.Corpus, prepared.Maps, prepared.LineOf, jobs);
        return new EcbPlusRun(
            CorefConll.Write(BlockName, prepared.Tokens, prepared.KeySpans),
            CorefConll.Write(BlockName, prepared.Tokens, responseSpans),
            prepared.Ordered.Count,
            prepared.KeySpans.Count,
            responseSpans.Count,
            prepared.Corpus.Failures,
            details.ToString())
        {
            Roles = EcbPlusRoles.Score(prepared.Ordered, sentences, prepared.Corpus, prepared.Maps),
        };
    }

    /// <summary>The annotated mentions as the learned merge decision sees them, with their gold chains: the data <c>train-merge</c> learns from.</summary>
    /// <param name="pipeline">The product's pipeline.</param>
    /// <param name="documents">The ECB+ documents.</param>
    /// <param name="sentences">The annotated sentences.</param>
    /// <param name="storySimilarity">The mean names-and-numbers overlap (<see cref="StoryOverlap"/>) at which documents are one story.</param>
    /// <param name="jobs">Documents processed at once.</param>
    public static EcbPlusMergeData MergeData(EventTimelinePipeline pipeline, IReadOnlyList<EcbPlusDocument> documents, EcbPlusSentences sentences, double storySimilarity, int jobs = 1)
    {
        var prepared = Prepare(pipeline, documents, sentences, jobs);
        var (built, goldAt) = GivenMentions(prepared);
        var (views, cosine) = Describe(prepared.Corpus, built, storySimilarity);
        var chains = new List<int>(built.Count);
        var spans = new List<(int, int)>(built.Count);
        var topics = new List<int>(built.Count);
        foreach (var mention in built)
        {
            var first = goldAt[(mention.DocumentId, mention.TriggerStart)][0];
            chains.Add(prepared.KeySpans[first].Cluster);
            spans.Add((prepared.Gold[first].First, prepared.Gold[first].Last));
            topics.Add(prepared.Gold[first].Document.Topic);
        }

        return new EcbPlusMergeData(views, chains, spans, topics, cosine);
    }

    private static Prepared Prepare(EventTimelinePipeline pipeline, IReadOnlyList<EcbPlusDocument> documents, EcbPlusSentences sentences, int jobs)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(sentences);
        var ordered = documents.OrderBy(d => d.Topic).ThenBy(d => d.FileName, NaturalOrder.Instance).ToList();
        var duplicate = ordered.GroupBy(d => d.FileName, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"two documents are named {duplicate.Key}", nameof(documents));
        }

        // Token lines of the annotated sentences, and where each (document, token) is.
        var tokens = new List<CorefToken>();
        var lineOf = new Dictionary<(string, int), int>();
        foreach (var document in ordered)
        {
            foreach (var token in document.Cat.Tokens)
            {
                if (sentences.Contains(document, token.Sentence))
                {
                    lineOf.Add((document.FileName, token.TokenId), tokens.Count);
                    tokens.Add(new CorefToken(document.FileName, token.Sentence, token.TokenId, token.Text));
                }
            }
        }

        // Gold mentions: chains numbered in order of first appearance, singletons each their own.
        var gold = new List<(EcbPlusDocument Document, EcbPlusMention Mention, int First, int Last)>();
        var keySpans = new List<CorefSpan>();
        var chains = new Dictionary<string, int>(StringComparer.Ordinal);
        var next = 0;
        var keySeen = new HashSet<(int, int)>();
        foreach (var document in ordered)
        {
            foreach (var mention in document.Mentions)
            {
                if (Span(document, mention.TokenIds, lineOf) is not { } span || !keySeen.Add(span))
                {
                    continue;
                }

                int cluster;
                if (mention.Chain is null)
                {
                    cluster = next++;
                }
                else if (!chains.TryGetValue(mention.Chain, out cluster))
                {
                    cluster = next++;
                    chains.Add(mention.Chain, cluster);
                }

                gold.Add((document, mention, span.First, span.Last));
                keySpans.Add(new CorefSpan(span.First, span.Last, cluster));
            }
        }

        var corpus = pipeline.Extract([.. ordered.Select(AsArticle)], jobs);
        var byName = ordered.ToDictionary(d => d.FileName, StringComparer.Ordinal);
        var maps = corpus.Documents.ToDictionary(a => a.Document.Id, a => CatTextMap.Create(byName[a.Document.Id].Cat, a.Document.Text), StringComparer.Ordinal);
        return new Prepared(ordered, tokens, lineOf, gold, keySpans, corpus, maps);
    }

    /// <summary>An ECB+ document as an article: the text rebuilt from its tokens, without the source URL an <c>ecbplus</c> file carries as sentence 0.</summary>
    internal static RawDocument AsArticle(EcbPlusDocument document)
    {
        var cat = document.Cat;
        var url = document.FileName.EndsWith("plus", StringComparison.Ordinal) && cat.Sentences.Count > 1 && cat.Sentences[0].Index == 0;
        var body = url ? cat.Text[cat.Sentences[1].Start..] : cat.Text;
        return new RawDocument(document.FileName, document.FileName + ".xml", null, null, url ? cat.Sentences[0].Text.Replace(" ", string.Empty, StringComparison.Ordinal) : null, null, body);
    }

    private static (int First, int Last)? Span(EcbPlusDocument document, IReadOnlyList<int> tokenIds, Dictionary<(string, int), int> lineOf)
    {
        var lines = new List<int>();
        foreach (var id in tokenIds)
        {
            if (!lineOf.TryGetValue((document.FileName, id), out var line))
            {
                return null;
            }

            lines.Add(line);
        }

        return lines.Count == 0 ? null : (lines.Min(), lines.Max());
    }

    // Each merged event's mentions in the annotated sentences, a span once; extracted mentions the merger left out are singletons.
    private static List<CorefSpan> OwnResponse(EventTimelinePipeline pipeline, ExtractedCorpus corpus, Dictionary<string, CatTextMap> maps, Dictionary<(string, int), int> lineOf, int jobs)
    {
        var events = pipeline.Merge(corpus, corpus.Mentions, jobs);
        var spans = new List<CorefSpan>();
        var seen = new HashSet<(int, int)>();
        var placed = new HashSet<(string, int)>();
        var cluster = 0;
        foreach (var merged in events)
        {
            var any = false;
            foreach (var mention in merged.Mentions)
            {
                placed.Add((mention.DocumentId, mention.TriggerStart));
                if (OwnSpan(mention.DocumentId, mention.TriggerStart, mention.Trigger.Length, maps, lineOf) is { } span && seen.Add(span))
                {
                    spans.Add(new CorefSpan(span.First, span.Last, cluster));
                    any = true;
                }
            }

            if (any)
            {
                cluster++;
            }
        }

        foreach (var mention in corpus.Mentions)
        {
            if (!placed.Contains((mention.DocumentId, mention.TriggerStart))
                && OwnSpan(mention.DocumentId, mention.TriggerStart, mention.TriggerLength, maps, lineOf) is { } span && seen.Add(span))
            {
                spans.Add(new CorefSpan(span.First, span.Last, cluster++));
            }
        }

        return spans;
    }

    private static (int First, int Last)? OwnSpan(string documentId, int start, int length, Dictionary<string, CatTextMap> maps, Dictionary<(string, int), int> lineOf)
    {
        if (!maps.TryGetValue(documentId, out var map))
        {
            return null;
        }

        var lines = new List<int>();
        foreach (var token in map.Tokens(start, length))
        {
            if (lineOf.TryGetValue((documentId, token.TokenId), out var line))
            {
                lines.Add(line);
            }
        }

        return lines.Count == 0 ? null : (lines.Min(), lines.Max());
    }

    // Each annotated mention's event mention for the merger (one per place: two annotations of one trigger are one mention), and where they are.
    private static (List<EventMention> Built, Dictionary<(string, int), List<int>> GoldAt) GivenMentions(Prepared prepared, EventMention?[]? given = null, bool[]? ownMatch = null)
    {
        var corpus = prepared.Corpus;
        var gold = prepared.Gold;
        var annotated = corpus.Annotated.ToDictionary(a => a.Document.Id, StringComparer.Ordinal);
        var analysed = corpus.Documents.ToDictionary(a => a.Document.Id, StringComparer.Ordinal);
        var own = corpus.Mentions.GroupBy(m => m.DocumentId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var built = new List<EventMention>();
        var goldAt = new Dictionary<(string, int), List<int>>();
        for (var i = 0; i < gold.Count; i++)
        {
            var (document, mention, _, _) = gold[i];
            if (!prepared.Maps.TryGetValue(document.FileName, out var map) || !annotated.TryGetValue(document.FileName, out var doc))
            {
                continue;
            }

            var (eventMention, overlapping) = GoldMention(document, mention, map, doc, analysed[document.FileName], own.GetValueOrDefault(document.FileName) ?? []);
            if (eventMention is null)
            {
                continue;
            }

            if (given is not null && ownMatch is not null)
            {
                given[i] = eventMention;
                ownMatch[i] = overlapping;
            }

            var at = (eventMention.DocumentId, eventMention.TriggerStart);
            if (!goldAt.TryGetValue(at, out var list))
            {
                list = [];
                goldAt.Add(at, list);
                built.Add(eventMention);
            }

            list.Add(i);
        }

        return (built, goldAt);
    }

    // The mentions as the learned merge decision sees them (stories at the given similarity), and how alike documents are by index.
    private static (List<MergePairMention> Views, Func<int, int, DocumentSimilarity> Documents) Describe(ExtractedCorpus corpus, List<EventMention> built, double storySimilarity)
    {
        var texts = corpus.Documents.Select(d => (d.Document.Id, d.Document.Text)).ToList();
        var vectors = CorpusDateEstimator.CreateDefault().Vectors([.. texts.Select(t => t.Text)]);
        var index = corpus.Annotated.Select((a, i) => (a.Document.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var words = corpus.Documents.Select(d => DocumentSimilarity.Words(corpus.Annotated[index[d.Document.Id]])).ToList();
        var actors = corpus.Documents.Select(d => (IReadOnlySet<string>)(corpus.Actors.MentionActors.TryGetValue(d.Document.Id, out var per)
            ? per.SelectMany(ids => ids).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal))).ToList();
        var kinds = corpus.Actors.Actors.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Kind, StringComparer.Ordinal);
        var rules = MergeRules.BuiltIn;
        var leads = corpus.Documents.Select(d => DocumentSimilarity.Lead(
            corpus.Actors.MentionActors.TryGetValue(d.Document.Id, out var per) ? per : [],
            id => !(kinds.TryGetValue(id, out var kind) && rules.BroadActorKinds.Contains(kind)))).ToList();
        var n = vectors.Count;
        var similarity = new DocumentSimilarity[n * n];
        for (var i = 0; i < n; i++)
        {
            similarity[(i * n) + i] = DocumentSimilarity.Same;
            for (var j = i + 1; j < n; j++)
            {
                similarity[(i * n) + j] = similarity[(j * n) + i] = new DocumentSimilarity(
                    (float)CorpusDateEstimator.Cosine(vectors[i], vectors[j]),
                    DocumentSimilarity.Jaccard(words[i].Names, words[j].Names),
                    DocumentSimilarity.Jaccard(words[i].Numbers, words[j].Numbers),
                    DocumentSimilarity.Jaccard(actors[i], actors[j]),
                    DocumentSimilarity.LeadsAgree(leads[i], leads[j], actors[i], actors[j]));
            }
        }

        // Stories by the names and numbers documents share: the words that tell two similar events apart (another suspect, another toll).
        var ids = texts.Select(t => t.Id).ToList();
        var stories = DocumentStories.Group(ids, (i, j) => StoryOverlap(similarity[(i * n) + j]), storySimilarity);
        var documentIndex = corpus.Documents.Select((d, i) => (d.Document.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var stopwords = CorpusDateEstimator.LoadStopwords().ToHashSet(StringComparer.Ordinal);
        var views = built.Select(mention => MergePairFeatures.Describe(
            mention,
            corpus.Annotated[index[mention.DocumentId]],
            documentIndex[mention.DocumentId],
            stories.GetValueOrDefault(mention.DocumentId, -1),
            corpus.Actors,
            kinds,
            rules,
            stopwords)).ToList();

        // The share of a story's documents with a mention of each stem.
        var storyDocuments = stories.GroupBy(p => p.Value).ToDictionary(g => g.Key, g => g.Count());
        var stemDocuments = views.GroupBy(v => (v.Story, v.Stem)).ToDictionary(g => g.Key, g => g.Select(v => v.Document).Distinct().Count());
        views = [.. views.Select(v => v with { StemShare = (float)stemDocuments[(v.Story, v.Stem)] / Math.Max(1, storyDocuments.GetValueOrDefault(v.Story, 1)) })];
        return (views, (a, b) => similarity[(a * n) + b]);
    }

    /// <summary>How much two documents' names and numbers overlap, the similarity the learned merger groups stories by.</summary>
    internal static double StoryOverlap(DocumentSimilarity similarity) => (0.7 * similarity.Names) + (0.3 * similarity.Numbers);

    private static List<CorefSpan> GoldResponse(EventTimelinePipeline pipeline, Prepared prepared, int jobs, StringBuilder details, double storySimilarity, MergeModel? model)
    {
        var corpus = prepared.Corpus;
        var gold = prepared.Gold;
        var keySpans = prepared.KeySpans;
        var given = new EventMention?[gold.Count];
        var ownMatch = new bool[gold.Count];
        var (built, goldAt) = GivenMentions(prepared, given, ownMatch);
        var cluster = new int[gold.Count];
        Array.Fill(cluster, -1);
        var next = 0;
        IReadOnlyDictionary<string, int> stories;
        if (model is not null)
        {
            var (views, cosine) = Describe(corpus, built, model.StorySimilarity);
            stories = views.GroupBy(v => v.Mention.DocumentId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Story, StringComparer.Ordinal);
            var clusters = MergeClustering.Cluster(views, cosine, model.Probability, model.Threshold);
            for (var m = 0; m < built.Count; m++)
            {
                foreach (var i in goldAt[(built[m].DocumentId, built[m].TriggerStart)])
                {
                    cluster[i] = clusters[m];
                }
            }

            next = clusters.Length == 0 ? 0 : clusters.Max() + 1;
        }
        else
        {
            stories = DocumentStories.Group([.. corpus.Documents.Select(d => (d.Document.Id, d.Document.Text))], storySimilarity);
            foreach (var merged in pipeline.Merge(corpus, built, jobs, new MergeOptions(KeepEveryMention: true, stories)))
            {
                foreach (var mention in merged.Mentions)
                {
                    foreach (var i in goldAt.GetValueOrDefault((mention.DocumentId, mention.TriggerStart)) ?? [])
                    {
                        cluster[i] = next;
                    }
                }

                next++;
            }
        }

        var spans = new List<CorefSpan>(gold.Count);
        var c = CultureInfo.InvariantCulture;
        details.Append("first\tlast\tstory\tdocument\tsentence\ttoken\tchain\tcluster\tfrom\ttype\tdate\tbasis\tactors\n");
        for (var i = 0; i < gold.Count; i++)
        {
            spans.Add(new CorefSpan(gold[i].First, gold[i].Last, cluster[i] >= 0 ? cluster[i] : next++));
            var m = given[i];
            var actors = m is null ? string.Empty : string.Join(",", m.Participants
                .SelectMany(p => corpus.Actors.MentionActors.TryGetValue(m.DocumentId, out var per) && p.ActorMention < per.Length ? per[p.ActorMention] : [])
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal));
            details.Append(c, $"{gold[i].First}\t{gold[i].Last}\t{stories.GetValueOrDefault(gold[i].Document.FileName, -1)}\t{gold[i].Document.FileName}\t{gold[i].Document.Cat.Token(gold[i].Mention.TokenIds[0])?.Sentence}\t{m?.Trigger ?? "?"}\t{keySpans[i].Cluster}\t{spans[i].Cluster}\t");
            details.Append(c, $"{(m is null ? "none" : ownMatch[i] ? "own" : "built")}\t{m?.Type}\t{m?.Date.Interval?.Start:yyyy-MM-dd}..{m?.Date.Interval?.End:yyyy-MM-dd}\t{m?.Date.Basis}\t{actors}\n");
        }

        return spans;
    }

    private sealed record Prepared(
        List<EcbPlusDocument> Ordered,
        List<CorefToken> Tokens,
        Dictionary<(string, int), int> LineOf,
        List<(EcbPlusDocument Document, EcbPlusMention Mention, int First, int Last)> Gold,
        List<CorefSpan> KeySpans,
        ExtractedCorpus Corpus,
        Dictionary<string, CatTextMap> Maps);

    // The event mention standing for a gold mention: the product's overlapping mention moved onto the gold trigger, else one built from the sentence.
    private static (EventMention? Mention, bool Own) GoldMention(EcbPlusDocument document, EcbPlusMention mention, CatTextMap map, AnnotatedDocument doc, AnalyzedDocument analysed, List<EventMention> own)
    {
        var cat = document.Cat;
        var tokens = mention.TokenIds.Select(cat.Token).OfType<CatToken>().OrderBy(t => t.Start).ToList();
        if (tokens.Count == 0 || map.AnalysedOffset(tokens[0].Start) is not { } start)
        {
            return (null, false);
        }

        var end = map.AnalysedOffset(tokens[^1].End - 1) is { } last ? last + 1 : start + tokens[0].Length;
        var trigger = doc.Document.Text[start..end];
        var ids = mention.TokenIds.ToHashSet();
        foreach (var candidate in own)
        {
            if (map.Tokens(candidate.TriggerStart, candidate.TriggerLength).Any(token => ids.Contains(token.TokenId)))
            {
                return (candidate with { TriggerStart = start, TriggerLength = end - start, Trigger = trigger }, true);
            }
        }

        var sentence = analysed.SentenceAt(start);
        if (sentence < 0)
        {
            return (null, false);
        }

        var participants = doc.Actors
            .Select((actor, index) => (actor, index))
            .Where(pair => pair.actor.Sentence == sentence)
            .Select(pair => new MentionParticipant(pair.index, ParticipantRole.Participant))
            .ToImmutableArray();
        // Which time expression of the sentence governs a word the extractor did not take is not known: it is dated by its report.
        var negated = mention.Tag.StartsWith("NEG_", StringComparison.Ordinal);
        var date = doc.Document.Published is { } published ? EventDating.Reported(published) : new EventDate(null, null, EventDateBasis.Unresolved);
        var units = TriggerWords.Split([.. tokens.Select(t => t.Text)]);
        var head = units.Count == 0 ? tokens[^1].Text : units[0][0];
        var type = EventLexicon.BuiltIn.Find(trigger.ToLowerInvariant())?.Type.Id ?? "word:" + WordLemma.Of(head);
        return (new EventMention(doc.Document.Id, sentence, start, end - start, trigger, type, participants, null, null, date, negated ? EventStatus.Negated : EventStatus.Asserted), false);
    }
}
