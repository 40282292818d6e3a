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

    /// <summary>Runs <paramref name="pipeline"/> on <paramref name="documents"/> and returns the key and the response.</summary>
    public static EcbPlusRun Run(EventTimelinePipeline pipeline, IReadOnlyList<EcbPlusDocument> documents, EcbPlusSentences sentences, bool goldMentions, int jobs = 1, double storySimilarity = DefaultStorySimilarity)
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
        var details = new StringBuilder();
        var responseSpans = goldMentions
            ? GoldResponse(pipeline, corpus, gold, keySpans, maps, jobs, details, storySimilarity)
            : OwnResponse(pipeline, corpus, maps, lineOf, jobs);
        return new EcbPlusRun(
            CorefConll.Write(BlockName, tokens, keySpans),
            CorefConll.Write(BlockName, tokens, responseSpans),
            ordered.Count,
            keySpans.Count,
            responseSpans.Count,
            corpus.Failures,
            details.ToString())
        {
            Roles = EcbPlusRoles.Score(ordered, sentences, corpus, maps),
        };
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

    private static List<CorefSpan> GoldResponse(
        EventTimelinePipeline pipeline,
        ExtractedCorpus corpus,
        List<(EcbPlusDocument Document, EcbPlusMention Mention, int First, int Last)> gold,
        List<CorefSpan> keySpans,
        Dictionary<string, CatTextMap> maps,
        int jobs,
        StringBuilder details,
        double storySimilarity)
    {
        var annotated = corpus.Annotated.ToDictionary(a => a.Document.Id, StringComparer.Ordinal);
        var analysed = corpus.Documents.ToDictionary(a => a.Document.Id, StringComparer.Ordinal);
        var own = corpus.Mentions.GroupBy(m => m.DocumentId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var built = new List<EventMention>();
        var given = new EventMention?[gold.Count];
        var ownMatch = new bool[gold.Count];
        var goldAt = new Dictionary<(string, int), List<int>>();
        for (var i = 0; i < gold.Count; i++)
        {
            var (document, mention, _, _) = gold[i];
            if (!maps.TryGetValue(document.FileName, out var map) || !annotated.TryGetValue(document.FileName, out var doc))
            {
                continue;
            }

            var (eventMention, overlapping) = GoldMention(document, mention, map, doc, analysed[document.FileName], own.GetValueOrDefault(document.FileName) ?? []);
            if (eventMention is null)
            {
                continue;
            }

            given[i] = eventMention;
            ownMatch[i] = overlapping;
            var at = (eventMention.DocumentId, eventMention.TriggerStart);
            if (!goldAt.TryGetValue(at, out var list))
            {
                list = [];
                goldAt.Add(at, list);
                built.Add(eventMention);
            }

            list.Add(i);
        }

        var cluster = new int[gold.Count];
        Array.Fill(cluster, -1);
        var next = 0;
        var stories = DocumentStories.Group([.. corpus.Documents.Select(d => (d.Document.Id, d.Document.Text))], storySimilarity);
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
        var head = units.Count == 0 ? tokens[^1].Text : units[^1][0];
        var type = EventLexicon.BuiltIn.Find(trigger.ToLowerInvariant())?.Type.Id ?? "word:" + WordStem.Of(head);
        return (new EventMention(doc.Document.Id, sentence, start, end - start, trigger, type, participants, null, null, date, negated ? EventStatus.Negated : EventStatus.Asserted), false);
    }
}
