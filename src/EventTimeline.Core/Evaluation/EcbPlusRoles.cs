using System.Globalization;
using System.Text;

using EventTimeline.Documents;
using EventTimeline.Events;

namespace EventTimeline.Evaluation;

/// <summary>Counts of one role of the who/when score: the product's answers, those that match the annotation, and the annotated cases.</summary>
/// <param name="Given">Answers the product gives on found actions (actor mentions in the role, or times).</param>
/// <param name="Right">Of those, the ones that overlap an annotated markable.</param>
/// <param name="Expected">Found actions whose sentence annotates something for the role.</param>
/// <param name="Recovered">Of those, the actions for which the product gives at least one right answer.</param>
internal sealed record RoleCounts(int Given, int Right, int Expected, int Recovered)
{
    /// <summary>Right answers over answers given (1 when nothing is given).</summary>
    public double Precision => Given == 0 ? 1 : (double)Right / Given;

    /// <summary>Actions recovered over actions expected (1 when nothing is expected).</summary>
    public double Recall => Expected == 0 ? 1 : (double)Recovered / Expected;
}

/// <summary>The who/when score of an ECB+ run.</summary>
/// <param name="Actions">Annotated event mentions in the annotated sentences.</param>
/// <param name="Found">Of those, the ones a product event mention's trigger shares a token with.</param>
/// <param name="Doer">The doer (the product's source actors).</param>
/// <param name="Target">The target (the product's target actors).</param>
/// <param name="Time">The time (the time expression the product dates the mention by).</param>
internal sealed record EcbPlusRoleScores(int Actions, int Found, RoleCounts Doer, RoleCounts Target, RoleCounts Time)
{
    /// <summary>The scores as a tab-separated table with a header line.</summary>
    public string ToTable()
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.Append(c, $"# actions\t{Actions}\tfound\t{Found}\n");
        text.Append("role\tgiven\tright\tprecision\texpected\trecovered\trecall\n");
        foreach (var (name, counts) in new[] { ("doer", Doer), ("target", Target), ("time", Time) })
        {
            text.Append(c, $"{name}\t{counts.Given}\t{counts.Right}\t{counts.Precision:0.0000}\t{counts.Expected}\t{counts.Recovered}\t{counts.Recall:0.0000}\n");
        }

        return text.ToString();
    }
}

/// <summary>Scores who and when of the product's event mentions against the participants and times ECB+ marks in its annotated sentences.</summary>
/// <remarks>
/// ECB+ marks participants (<c>HUMAN_PART_*</c>, <c>NON_HUMAN_PART*</c>) and times (<c>TIME_*</c>) beside the actions of the annotated
/// sentences but links none of them to an action, and gives a time no normalized value. So: an annotated action is found when a product
/// mention's trigger shares a token with it (the first such mention, in text order, is its answer). A doer or target the product gives is
/// right when its actor mention shares a token with a participant markable of the action's sentence; a doer or target resolved from a
/// pronoun in another sentence is right when the action's sentence marks a one-word participant (the pronoun). A time is right when the
/// product's time expression shares a token with a time markable of the document. Recall: a found action expects a doer when its sentence
/// marks a participant, a target when it marks two or more, a time when it marks a time; it is recovered when the product gives at least
/// one right answer for the role. Roles are not annotated, so a doer given as target (or the reverse) counts as right.
/// </remarks>
internal static class EcbPlusRoles
{
    /// <summary>Scores the mentions of <paramref name="corpus"/> against <paramref name="documents"/>' annotation.</summary>
    /// <param name="documents">The ECB+ documents, with their arguments.</param>
    /// <param name="sentences">The annotated sentences.</param>
    /// <param name="corpus">What the pipeline extracted from them.</param>
    /// <param name="maps">Per document id, the map from the analysed text back to its tokens.</param>
    public static EcbPlusRoleScores Score(IReadOnlyList<EcbPlusDocument> documents, EcbPlusSentences sentences, ExtractedCorpus corpus, IReadOnlyDictionary<string, CatTextMap> maps)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(maps);
        var annotated = corpus.Annotated.ToDictionary(a => a.Document.Id, StringComparer.Ordinal);
        var own = corpus.Mentions.GroupBy(m => m.DocumentId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(m => m.TriggerStart).ToList(), StringComparer.Ordinal);
        int actions = 0, found = 0;
        var doer = new Tally();
        var target = new Tally();
        var time = new Tally();
        foreach (var document in documents)
        {
            var cat = document.Cat;
            var times = document.Arguments.Where(a => a.IsTime).SelectMany(a => a.TokenIds).ToHashSet();
            var mentions = own.GetValueOrDefault(document.FileName) ?? [];
            maps.TryGetValue(document.FileName, out var map);
            annotated.TryGetValue(document.FileName, out var doc);
            foreach (var action in document.Mentions)
            {
                if (cat.Token(action.TokenIds[0]) is not { } first || !sentences.Contains(document, first.Sentence))
                {
                    continue;
                }

                actions++;
                if (map is null || doc is null)
                {
                    continue;
                }

                var ids = action.TokenIds.ToHashSet();
                var answer = mentions.FirstOrDefault(m => map.Tokens(m.TriggerStart, m.TriggerLength).Any(t => ids.Contains(t.TokenId)));
                if (answer is null)
                {
                    continue;
                }

                found++;
                var participants = document.Arguments
                    .Where(a => a.IsParticipant && cat.Token(a.TokenIds[0])?.Sentence == first.Sentence)
                    .ToList();
                var participantTokens = participants.SelectMany(a => a.TokenIds).ToHashSet();
                var pronounMarked = participants.Any(a => a.TokenIds.Count == 1);
                foreach (var (role, tally, least) in new[] { (ParticipantRole.Source, doer, 1), (ParticipantRole.Target, target, 2) })
                {
                    var any = false;
                    foreach (var participant in answer.Participants.Where(p => p.Role == role).Select(p => p.ActorMention).Distinct())
                    {
                        tally.Given++;
                        var actor = doc.Actors[participant];
                        var tokens = map.Tokens(actor.Start, actor.Length);
                        var right = tokens.Any(t => participantTokens.Contains(t.TokenId))
                            || (pronounMarked && tokens.Count > 0 && tokens.All(t => t.Sentence != first.Sentence));
                        if (right)
                        {
                            tally.Right++;
                            any = true;
                        }
                    }

                    if (participants.Count >= least)
                    {
                        tally.Expected++;
                        tally.Recovered += any ? 1 : 0;
                    }
                }

                var timeRight = false;
                if (answer.Time is { } expression)
                {
                    time.Given++;
                    timeRight = map.Tokens(expression.Start, expression.Length).Any(t => times.Contains(t.TokenId));
                    time.Right += timeRight ? 1 : 0;
                }

                if (document.Arguments.Any(a => a.IsTime && cat.Token(a.TokenIds[0])?.Sentence == first.Sentence))
                {
                    time.Expected++;
                    time.Recovered += timeRight ? 1 : 0;
                }
            }
        }

        return new EcbPlusRoleScores(actions, found, doer.Counts, target.Counts, time.Counts);
    }

    private sealed class Tally
    {
        public int Given { get; set; }

        public int Right { get; set; }

        public int Expected { get; set; }

        public int Recovered { get; set; }

        public RoleCounts Counts => new(Given, Right, Expected, Recovered);
    }
}
