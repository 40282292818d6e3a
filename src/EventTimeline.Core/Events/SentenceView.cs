using System.Collections.Immutable;

using EventTimeline.Actors;
using EventTimeline.Text;
using EventTimeline.Time;

namespace EventTimeline.Events;

/// <summary>One sentence prepared for event extraction: its tokens, clauses, quotations, actor and time mentions placed on the tokens.</summary>
internal sealed class SentenceView
{
    private readonly int[] _clauseOfToken;
    private readonly int[] _nameAt;
    private readonly int[] _timeAt;

    /// <summary>Creates a view; spots must refer to <paramref name="tokens"/>.</summary>
    public SentenceView(
        Sentence sentence,
        ImmutableArray<EventToken> tokens,
        ImmutableArray<bool> inQuote,
        ImmutableArray<Clause> clauses,
        ImmutableArray<ActorSpot> actors,
        ImmutableArray<TimeSpot> times)
    {
        Sentence = sentence;
        Tokens = tokens;
        InQuote = inQuote;
        Clauses = clauses;
        Actors = [.. actors.OrderBy(spot => spot.First).ThenBy(spot => spot.Last).ThenBy(spot => spot.MentionIndex)];
        Times = [.. times.OrderBy(spot => spot.First)];
        _clauseOfToken = new int[tokens.Length];
        for (var c = 0; c < clauses.Length; c++)
        {
            for (var i = clauses[c].Start; i < clauses[c].End; i++)
            {
                _clauseOfToken[i] = c;
            }
        }

        _nameAt = Enumerable.Repeat(-1, tokens.Length).ToArray();
        for (var a = 0; a < Actors.Length; a++)
        {
            if (!Actors[a].IsPronoun)
            {
                for (var i = Actors[a].First; i <= Actors[a].Last; i++)
                {
                    _nameAt[i] = _nameAt[i] < 0 ? a : _nameAt[i];
                }
            }
        }

        _timeAt = Enumerable.Repeat(-1, tokens.Length).ToArray();
        for (var t = 0; t < Times.Length; t++)
        {
            for (var i = Times[t].First; i <= Times[t].Last; i++)
            {
                _timeAt[i] = t;
            }
        }
    }

    /// <summary>The sentence.</summary>
    public Sentence Sentence { get; }

    /// <summary>Its tokens.</summary>
    public ImmutableArray<EventToken> Tokens { get; }

    /// <summary>For each token, whether it stands inside a quotation.</summary>
    public ImmutableArray<bool> InQuote { get; }

    /// <summary>Its clauses, in order.</summary>
    public ImmutableArray<Clause> Clauses { get; }

    /// <summary>Actor names and resolved pronouns, in token order.</summary>
    public ImmutableArray<ActorSpot> Actors { get; }

    /// <summary>Time expressions that can date an event, in token order.</summary>
    public ImmutableArray<TimeSpot> Times { get; }

    /// <summary>Returns the clause holding token <paramref name="index"/>.</summary>
    public Clause ClauseAt(int index) => Clauses[_clauseOfToken[index]];

    /// <summary>Returns whether token <paramref name="index"/> is part of an actor name.</summary>
    public bool IsInName(int index) => index >= 0 && index < _nameAt.Length && _nameAt[index] >= 0;

    /// <summary>Returns whether token <paramref name="index"/> is part of a time expression.</summary>
    public bool IsInTime(int index) => index >= 0 && index < _timeAt.Length && _timeAt[index] >= 0;

    /// <summary>Returns the spot that ends exactly at token <paramref name="index"/>, or null.</summary>
    public ActorSpot? SpotEndingAt(int index) => Actors.LastOrDefault(spot => spot.Last == index);

    /// <summary>Returns the spot that starts exactly at token <paramref name="index"/>, or null.</summary>
    public ActorSpot? SpotStartingAt(int index) => Actors.FirstOrDefault(spot => spot.First == index);

    /// <summary>Returns the lower-case word at <paramref name="index"/>, or an empty string outside the sentence or on punctuation.</summary>
    public string WordAt(int index) => index >= 0 && index < Tokens.Length && Tokens[index].IsWord ? Tokens[index].Lower : string.Empty;

    /// <summary>Returns the first and last token covering the document span [<paramref name="start"/>, <paramref name="end"/>), or null when no token overlaps it.</summary>
    public static (int First, int Last)? Cover(IReadOnlyList<EventToken> tokens, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var first = -1;
        var last = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].End > start && tokens[i].Start < end)
            {
                first = first < 0 ? i : first;
                last = i;
            }
        }

        return first < 0 ? null : (first, last);
    }

    /// <summary>Places a document's actor mentions on a sentence's tokens.</summary>
    public static ImmutableArray<ActorSpot> PlaceActors(IReadOnlyList<EventToken> tokens, Sentence sentence, IReadOnlyList<ActorMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var spots = ImmutableArray.CreateBuilder<ActorSpot>();
        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.End <= sentence.Start || mention.Start >= sentence.End)
            {
                continue;
            }

            if (Cover(tokens, mention.Start, mention.End) is { } span)
            {
                spots.Add(new ActorSpot(m, mention, span.First, span.Last, IsPronoun: false));
            }
        }

        return spots.ToImmutable();
    }

    /// <summary>Places a document's time expressions on a sentence's tokens, keeping only dates and times (not durations, sets or a lower-case "may").</summary>
    public static ImmutableArray<TimeSpot> PlaceTimes(IReadOnlyList<EventToken> tokens, Sentence sentence, IReadOnlyList<TimeMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var spots = ImmutableArray.CreateBuilder<TimeSpot>();
        foreach (var mention in mentions)
        {
            if (mention.End <= sentence.Start || mention.Start >= sentence.End)
            {
                continue;
            }

            // The modal verb is never a date, whatever a tagger says.
            if (mention.Type is TimexType.Duration or TimexType.Set || string.Equals(mention.Text.Trim(), "may", StringComparison.Ordinal))
            {
                continue;
            }

            if (Cover(tokens, mention.Start, mention.End) is { } span)
            {
                spots.Add(new TimeSpot(mention, span.First, span.Last));
            }
        }

        return spots.ToImmutable();
    }
}
