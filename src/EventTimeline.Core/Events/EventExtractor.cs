using System.Collections.Immutable;

using EventTimeline.Actors;
using EventTimeline.Text;

namespace EventTimeline.Events;

/// <summary>Finds event mentions sentence by sentence: lexicon triggers typed by context, their actors with roles, place, governing time, status and date.</summary>
/// <remarks>
/// Pure and deterministic; immutable and thread-safe (per-document state lives in locals). Boilerplate and question sentences yield nothing.
/// A trigger makes an event only when it has an actor, or when it is a violent or civic event with a named place ("a bombing in Kabul"), and
/// only when it names a particular occurrence (see <see cref="GenericDetector"/>).
/// Reported speech: "X said ..." is a statement by X; an event in what was said is an event of its own when it has its own trigger and actors.
/// </remarks>
internal sealed class EventExtractor : IEventExtractor
{
    private readonly TriggerFinder _triggers;
    private readonly ParticipantFinder _participants;
    private readonly StatusDetector _status;
    private readonly TimeGovernor _times;
    private readonly EventDating _dating;
    private readonly SentenceFilter _filter;
    private readonly ClauseSplitter _clauses;
    private readonly RoleHints _hints;
    private readonly BackgroundDetector _background;
    private readonly GenericDetector _generic;

    /// <summary>Creates an extractor over the given knowledge.</summary>
    public EventExtractor(EventLexicon lexicon, TypeChoiceRules typeChoice, RoleHints hints, StatusCues cues, SentenceFilter filter, ClauseSplitter clauses)
    {
        ArgumentNullException.ThrowIfNull(hints);
        _hints = hints;
        _triggers = new TriggerFinder(lexicon, typeChoice, hints, cues);
        _participants = new ParticipantFinder(hints, cues);
        _status = new StatusDetector(cues, hints.LightVerbs);
        _times = new TimeGovernor(hints.TimeAttachments, hints.ReportingTypes);
        _dating = new EventDating(_status, cues);
        _filter = filter;
        _clauses = clauses;
        _background = new BackgroundDetector(BackgroundCues.BuiltIn, hints.ReportingTypes);
        _generic = GenericDetector.BuiltIn;
    }

    /// <summary>An extractor over the embedded knowledge files.</summary>
    public static EventExtractor BuiltIn { get; } = new(
        EventLexicon.BuiltIn, TypeChoiceRules.BuiltIn, RoleHints.BuiltIn, StatusCues.BuiltIn, SentenceFilter.BuiltIn, ClauseSplitter.BuiltIn);

    /// <inheritdoc/>
    public ImmutableArray<EventMention> Extract(AnnotatedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var mentions = ImmutableArray.CreateBuilder<EventMention>();
        var pronouns = new PronounResolver(_hints, ActorCues.BuiltIn.ReportingVerbs);
        var inQuote = false;
        var previousEnd = 0;
        var text = document.Document.Text;
        foreach (var sentence in document.Sentences.OrderBy(sentence => sentence.Start))
        {
            if (HasBlankLine(text, previousEnd, sentence.Start))
            {
                inQuote = false;
            }

            previousEnd = sentence.End;
            var tokens = EventTokenizer.Tokenize(sentence.Text, sentence.Start);
            var quoted = MarkQuotes(tokens, ref inQuote);
            if (_filter.Skip(tokens))
            {
                pronouns.Skip();
                continue;
            }

            var names = SentenceView.PlaceActors(tokens, sentence, document.Actors);
            var resolved = pronouns.Resolve(tokens, quoted, names);
            var view = new SentenceView(
                sentence,
                tokens,
                quoted,
                _clauses.Split(tokens),
                names.AddRange(resolved),
                SentenceView.PlaceTimes(tokens, sentence, document.Times));
            var subjects = new List<(ActorSpot Subject, bool Reporting)>();
            mentions.AddRange(ExtractSentence(document, view, subjects));

            // "... However, Justice Secretary Kenny MacAskill has again refused to attend. He said ...": the next sentence's
            // pronoun goes back to the subject of a verb, a speaker first, rather than to the first person named.
            // A speaker named by a singular role counts too ("..., the president said. He said ...": the president, not a person named before).
            if (subjects.OrderByDescending(pair => pair.Reporting).FirstOrDefault(pair => IsNamedPerson(pair.Subject) || (pair.Reporting && IsSingleRole(pair.Subject))) is { Subject: { } subject })
            {
                pronouns.Prefer(subject);
            }
        }

        return mentions.ToImmutable();
    }

    private static bool IsNamedPerson(ActorSpot spot) => spot.Kind == ActorKind.Person && !spot.Mention.RoleOnly && !spot.Mention.Plural;

    private static bool IsSingleRole(ActorSpot spot) => spot.Kind == ActorKind.Person && spot.Mention.RoleOnly && !spot.Mention.Plural && !spot.IsPronoun;

    /// <summary>Returns the sentence's event mentions, adding to <paramref name="subjects"/> the subjects of its verbs in order, with whether the verb reports speech.</summary>
    private List<EventMention> ExtractSentence(AnnotatedDocument document, SentenceView view, List<(ActorSpot Subject, bool Reporting)> subjects)
    {
        var mentions = new List<EventMention>();
        var triggers = _triggers.Find(view);
        var isTrigger = new bool[view.Tokens.Length];
        foreach (var trigger in triggers)
        {
            for (var i = trigger.First; i <= trigger.Last; i++)
            {
                isTrigger[i] = true;
            }
        }

        var previousSubjects = ImmutableArray<ActorSpot>.Empty;
        foreach (var trigger in triggers)
        {
            var found = _participants.Find(view, trigger, triggers, isTrigger, previousSubjects);
            if (!trigger.Nominal)
            {
                previousSubjects = found.Subjects.IsEmpty ? previousSubjects : found.Subjects;
                subjects.AddRange(found.Subjects.Where(spot => !view.InQuote[spot.First]).Select(spot => (spot, _hints.ReportingTypes.Contains(trigger.Type))));
            }

            if (found.Actors.IsEmpty && !(found.Location is not null && _hints.ActorlessTypes.Contains(trigger.Type)))
            {
                continue;
            }

            // A habit, a standing condition or the writer's own doing is no event of the news.
            if (_generic.IsGeneric(view, trigger, _hints.ReportingTypes.Contains(trigger.Type)))
            {
                continue;
            }

            var time = _times.Choose(view, trigger, triggers)?.Mention;
            var cueStatus = _status.Detect(view, trigger, triggers);
            var background = _background.IsBackground(view, trigger, time, triggers);
            var (date, status, kept) = _dating.Date(time, cueStatus, document.Document.Published, trigger, background);

            // What did not happen belongs on a timeline only when the text says when it did not.
            if (status == EventStatus.Negated && date.Basis is not (EventDateBasis.Explicit or EventDateBasis.RelativeToDct))
            {
                continue;
            }
            var start = view.Tokens[trigger.First].Start;
            var end = view.Tokens[trigger.Last].End;
            mentions.Add(new EventMention(
                document.Document.Id,
                view.Sentence.Index,
                start,
                end - start,
                document.Document.Text.Substring(start, end - start),
                trigger.Type,
                [.. found.Actors.Select(pair => new MentionParticipant(pair.Spot.MentionIndex, pair.Role))],
                found.Location,
                kept,
                date,
                status)
            {
                LocationMention = found.LocationMention,
            });
        }

        return mentions;
    }

    private static ImmutableArray<bool> MarkQuotes(ImmutableArray<EventToken> tokens, ref bool inQuote)
    {
        var marks = ImmutableArray.CreateBuilder<bool>(tokens.Length);
        for (var i = 0; i < tokens.Length; i++)
        {
            var text = tokens[i].Text;
            if (text == "“" || (text == "`" && i + 1 < tokens.Length && tokens[i + 1].Text == "`"))
            {
                inQuote = true;
            }
            else if (text == "'" && i > 0 && tokens[i - 1].Text == "'" && inQuote)
            {
                marks.Add(true);
                inQuote = false;
                continue;
            }
            else if (text == "”")
            {
                marks.Add(true);
                inQuote = false;
                continue;
            }
            else if (text == "\"")
            {
                var closing = inQuote;
                inQuote = !inQuote;
                if (closing)
                {
                    marks.Add(true);
                    continue;
                }
            }

            marks.Add(inQuote);
        }

        return marks.MoveToImmutable();
    }

    private static bool HasBlankLine(string text, int from, int to)
    {
        if (from >= to || to > text.Length)
        {
            return false;
        }

        var gap = text.AsSpan(from, to - from);
        var first = gap.IndexOf('\n');
        return first >= 0 && gap[(first + 1)..].Contains('\n');
    }
}
