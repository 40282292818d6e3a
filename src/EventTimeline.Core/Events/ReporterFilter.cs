using System.Collections.Immutable;

using EventTimeline.Actors;
using EventTimeline.Resources;

namespace EventTimeline.Events;

/// <summary>
/// Keeps who reports apart from who acts: outlets and journalists who say, tell or report something are left out of the
/// actors of communication events, and a mention whose doer was one of them is dropped (rules in Resources/events/reporters.json).
/// </summary>
/// <remarks>
/// Runs on the extracted mentions of the whole corpus after actors are resolved, so that a person the corpus calls a
/// correspondent anywhere is a reporter everywhere. Immutable and thread-safe; the output keeps the input order.
/// </remarks>
internal sealed class ReporterFilter
{
    private static readonly Lazy<ReporterFilter> _builtIn = new(() => Parse(ResourceFile.ReadText("events/reporters.json")), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ImmutableHashSet<string> _types;
    private readonly ImmutableHashSet<ActorKind> _kinds;
    private readonly ImmutableHashSet<string> _roles;
    private readonly ImmutableArray<string[]> _after;

    private ReporterFilter(ImmutableHashSet<string> types, ImmutableHashSet<ActorKind> kinds, ImmutableHashSet<string> roles, ImmutableArray<string[]> after)
    {
        _types = types;
        _kinds = kinds;
        _roles = roles;
        _after = after;
    }

    /// <summary>The embedded rules, loaded once.</summary>
    public static ReporterFilter BuiltIn => _builtIn.Value;

    /// <summary>Builds a filter from a JSON document in the shape of Resources/events/reporters.json.</summary>
    /// <exception cref="FormatException">The document is malformed or names an unknown actor kind.</exception>
    public static ReporterFilter Parse(string json)
    {
        var file = RuleJson.Deserialize<ReporterFile>(json, "reporters");
        var kinds = new List<ActorKind>();
        foreach (var kind in file.Kinds ?? [])
        {
            kinds.Add(Enum.TryParse<ActorKind>(kind, ignoreCase: true, out var parsed) && !int.TryParse(kind, out _)
                ? parsed
                : throw new FormatException($"reporters: unknown actor kind '{kind}'"));
        }

        return new ReporterFilter(
            (file.Types ?? []).ToImmutableHashSet(StringComparer.Ordinal),
            [.. kinds],
            (file.Roles ?? []).ToImmutableHashSet(StringComparer.Ordinal),
            [.. (file.After ?? []).Select(phrase => phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(words => words.Length > 0)]);
    }

    /// <summary>The mentions with reporters left out of communication events, in input order, from what <see cref="Cues"/> found in each document's text (the texts are not read).</summary>
    /// <param name="documents">The documents the mentions come from; only their ids and actor mentions are read.</param>
    /// <param name="mentions">Every extracted mention.</param>
    /// <param name="actors">The actors resolved across the corpus.</param>
    /// <param name="cues">What <see cref="Cues"/> found in each document, by id (a document absent shows no reporter in its text).</param>
    public IReadOnlyList<EventMention> Filter(IReadOnlyList<AnnotatedDocument> documents, IReadOnlyList<EventMention> mentions, ActorResolution actors, IReadOnlyDictionary<string, ReporterCues> cues)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(cues);
        var byId = documents.ToDictionary(document => document.Document.Id, StringComparer.Ordinal);
        var reporters = ReporterActors(actors);
        reporters.UnionWith(OutletPossessed(documents, actors, cues));
        var kept = new List<EventMention>(mentions.Count);
        foreach (var mention in mentions)
        {
            if (!_types.Contains(mention.Type) || !byId.TryGetValue(mention.DocumentId, out var document))
            {
                kept.Add(mention);
                continue;
            }

            var found = cues.GetValueOrDefault(mention.DocumentId) ?? ReporterCues.None;

            // "Matthew Price reports from the hospital": the trigger is the byline itself.
            if (found.BylineTriggers.BinarySearch(mention.TriggerStart) >= 0)
            {
                continue;
            }

            actors.MentionActors.TryGetValue(mention.DocumentId, out var resolved);
            var participants = mention.Participants
                .Where(participant => !IsReporter(document, participant.ActorMention, resolved, reporters, found))
                .ToImmutableArray();
            if (participants.Length == mention.Participants.Length)
            {
                kept.Add(mention);
                continue;
            }

            var doerLeft = mention.Participants.Any(p => p.Role == ParticipantRole.Source) && !participants.Any(p => p.Role == ParticipantRole.Source);
            if (!doerLeft && !participants.IsEmpty)
            {
                kept.Add(mention with { Participants = participants });
            }
        }

        return kept;
    }

    /// <summary>What the filter reads in <paramref name="document"/>'s text, for its event mentions <paramref name="mentions"/>: bylines, reporting phrases after names, outlets' possessives before names.</summary>
    public ReporterCues Cues(AnnotatedDocument document, IEnumerable<EventMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(mentions);
        var text = document.Document.Text;
        var bylines = mentions
            .Where(mention => _types.Contains(mention.Type) && IsBylineTrigger(document, mention))
            .Select(mention => mention.TriggerStart)
            .Distinct()
            .Order()
            .ToImmutableArray();
        var spots = document.Actors;
        var reporting = Enumerable.Range(0, spots.Length)
            .Where(i => spots[i].Kind == ActorKind.Person && FollowedByReportingPhrase(text, spots[i].End))
            .ToImmutableArray();
        var possessive = Enumerable.Range(0, Math.Max(0, spots.Length - 1))
            .Where(i => _kinds.Contains(spots[i].Kind) && spots[i + 1].Kind == ActorKind.Person && spots[i + 1].Start >= spots[i].End
                && IsPossessiveGap(text.AsSpan(spots[i].End, spots[i + 1].Start - spots[i].End)))
            .ToImmutableArray();
        return bylines.IsEmpty && reporting.IsEmpty && possessive.IsEmpty ? ReporterCues.None : new ReporterCues(bylines, reporting, possessive);
    }

    // Actors the corpus shows reporting: outlets, and people it gives only a journalist's role or, with no other role, affiliates
    // with an outlet. A person the corpus also gives another role is not one: "President Obama told CNN" or a misread "Hayward,
    // ... the BBC's correspondent" makes no reporter of a president or a chief executive named thousands of times.
    private HashSet<string> ReporterActors(ActorResolution actors)
    {
        var outlets = actors.Actors.Where(actor => _kinds.Contains(actor.Kind)).Select(actor => actor.Id).ToHashSet(StringComparer.Ordinal);
        var reporters = new HashSet<string>(outlets, StringComparer.Ordinal);
        foreach (var actor in actors.Actors)
        {
            if (actor.Kind == ActorKind.Person && actor.Roles.All(_roles.Contains) && (!actor.Roles.IsEmpty || actor.Affiliations.Any(outlets.Contains)))
            {
                reporters.Add(actor.Id);
            }
        }

        return reporters;
    }

    // People the corpus names right after an outlet's possessive ("The BBC's Matthew Price"): the outlet's journalists,
    // whether or not the actor resolver recorded the affiliation.
    private static HashSet<string> OutletPossessed(IReadOnlyList<AnnotatedDocument> documents, ActorResolution actors, IReadOnlyDictionary<string, ReporterCues> cues)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            if (!actors.MentionActors.TryGetValue(document.Document.Id, out var resolved) || resolved.IsDefault
                || cues.GetValueOrDefault(document.Document.Id) is not { PossessiveAfter: { IsDefaultOrEmpty: false } possessive })
            {
                continue;
            }

            foreach (var i in possessive)
            {
                if (i + 1 < document.Actors.Length && i + 1 < resolved.Length && resolved[i + 1] is { IsDefaultOrEmpty: false } ids)
                {
                    found.UnionWith(ids);
                }
            }
        }

        return found;
    }

    // "'s " or "’s " and nothing else between an outlet and a name.
    private static bool IsPossessiveGap(ReadOnlySpan<char> gap)
    {
        var trimmed = gap.Trim();
        return trimmed.Length == 2 && (trimmed[0] == '\'' || trimmed[0] == '\u2019') && (trimmed[1] == 's' || trimmed[1] == 'S');
    }

    private bool IsReporter(AnnotatedDocument document, int index, ImmutableArray<ImmutableArray<string>> resolved, HashSet<string> reporters, ReporterCues cues)
    {
        if (index < 0 || index >= document.Actors.Length)
        {
            return false;
        }

        var mention = document.Actors[index];
        if (_kinds.Contains(mention.Kind) || (mention.Title is { } title && _roles.Contains(title)))
        {
            return true;
        }

        if (!resolved.IsDefault && index < resolved.Length && resolved[index] is { IsDefaultOrEmpty: false } ids && ids.All(reporters.Contains))
        {
            return true;
        }

        return mention.Kind == ActorKind.Person && cues.ReportingAfter.BinarySearch(index) >= 0;
    }

    // A trigger that opens one of the 'after' phrases right after a person's name ("Price reports from Haiti").
    private bool IsBylineTrigger(AnnotatedDocument document, EventMention mention)
    {
        var text = document.Document.Text;
        if (!_after.Any(words => StartsWithWords(text, mention.TriggerStart, words)))
        {
            return false;
        }

        foreach (var actor in document.Actors)
        {
            if (actor.Sentence == mention.Sentence && actor.Kind == ActorKind.Person && actor.End <= mention.TriggerStart
                && text.AsSpan(actor.End, mention.TriggerStart - actor.End).Trim().TrimStart(',').Trim().IsEmpty)
            {
                return true;
            }
        }

        return false;
    }

    // "X, reporting from Beirut, says": one of the 'after' phrases right after the name, after an optional comma.
    private bool FollowedByReportingPhrase(string text, int end)
    {
        var position = end;
        SkipSpaces(text, ref position);
        if (position < text.Length && text[position] == ',')
        {
            position++;
        }

        foreach (var words in _after)
        {
            if (StartsWithWords(text, position, words))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWithWords(string text, int position, string[] words)
    {
        foreach (var word in words)
        {
            SkipSpaces(text, ref position);
            if (position + word.Length > text.Length || string.Compare(text, position, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) != 0)
            {
                return false;
            }

            position += word.Length;
            if (position < text.Length && char.IsLetterOrDigit(text[position]))
            {
                return false;
            }
        }

        return true;
    }

    private static void SkipSpaces(string text, ref int position)
    {
        while (position < text.Length && text[position] is ' ' or '\t' or '\u00A0')
        {
            position++;
        }
    }

    private sealed class ReporterFile
    {
        public string? About { get; set; }

        public List<string>? Types { get; set; }

        public List<string>? Kinds { get; set; }

        public List<string>? Roles { get; set; }

        public List<string>? After { get; set; }
    }
}
