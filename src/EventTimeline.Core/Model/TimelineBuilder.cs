using System.Globalization;
using System.Runtime.InteropServices;

using EventTimeline.Actors;
using EventTimeline.Documents;
using EventTimeline.Events;

namespace EventTimeline.Model;

/// <summary>Turns documents, resolved actors and merged events into the timeline.json contract.</summary>
/// <remarks>Documents and actors are sorted by id, events by start date, end date, then id; events without a calendar date are left out unless asked for (they then come last). Immutable and thread-safe.</remarks>
internal sealed class TimelineBuilder
{
    private const int MaxLabelActors = 3;

    private readonly EventLexicon _lexicon;
    private readonly ActorCues _cues;

    /// <summary>Creates a builder; the lexicon gives each type's CAMEO code, Goldstein score and label, the cues the name particles and suffixes of short names.</summary>
    public TimelineBuilder(EventLexicon lexicon, ActorCues cues)
    {
        _lexicon = lexicon;
        _cues = cues;
    }

    /// <summary>A builder over the embedded lexicon and actor cues.</summary>
    public static TimelineBuilder BuiltIn { get; } = new(EventLexicon.BuiltIn, ActorCues.BuiltIn);

    /// <summary>Builds the timeline.</summary>
    /// <param name="documents">The corpus documents.</param>
    /// <param name="actors">The resolved actors.</param>
    /// <param name="events">The merged events.</param>
    /// <param name="includeUndated">Whether to keep events that could not be placed on the calendar.</param>
    public TimelineFile Build(IReadOnlyList<NewsDocument> documents, ActorResolution actors, IReadOnlyList<MergedEvent> events, bool includeUndated = false)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(events);
        var actorsById = new Dictionary<string, Actor>(StringComparer.Ordinal);
        foreach (var actor in actors.Actors)
        {
            actorsById.TryAdd(actor.Id, actor);
        }

        var salience = new EventSalience(documents, lexicon: _lexicon);
        var days = new Dictionary<DateOnly, string>();
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var shortNames = new Dictionary<string, string>(StringComparer.Ordinal);
        var timelineEvents = events
            .Where(merged => includeUndated || merged.Date.Interval is not null)
            .OrderBy(merged => merged.Date.Interval is null ? 1 : 0)
            .ThenBy(merged => merged.Date.Interval?.Start ?? DateOnly.MinValue)
            .ThenBy(merged => merged.Date.Interval?.End ?? DateOnly.MinValue)
            .ThenBy(merged => merged.Id, StringComparer.Ordinal)
            .Select(merged => ToTimeline(merged, actorsById, days, labels, shortNames) with { Salience = salience.Of(merged) })
            .ToList();
        return new TimelineFile(
            TimelineFile.FormatName,
            [.. documents.OrderBy(document => document.Id, StringComparer.Ordinal).Select(ToTimeline)],
            [.. actors.Actors.OrderBy(actor => actor.Id, StringComparer.Ordinal).Select(ToTimeline)],
            timelineEvents);
    }

    /// <summary>Returns a short label: the actors' short names joined by en dashes, the type's label and the place ("Carter–Shoigu phone call").</summary>
    public string Label(MergedEvent merged, IReadOnlyDictionary<string, Actor> actors)
    {
        ArgumentNullException.ThrowIfNull(merged);
        ArgumentNullException.ThrowIfNull(actors);
        return Label(merged, actors, []);
    }

    // The label, with each actor's short name made once and kept in shortNames (the timeline names the same actors in many events).
    private string Label(MergedEvent merged, IReadOnlyDictionary<string, Actor> actors, Dictionary<string, string> shortNames)
    {
        var names = merged.Actors
            .Select(participant => actors.TryGetValue(participant.ActorId, out var actor) ? ShortName(actor, shortNames) : participant.ActorId)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var who = string.Join('–', names.Take(MaxLabelActors));
        if (names.Count > MaxLabelActors)
        {
            who += " and others";
        }

        var type = _lexicon.Type(merged.Type)?.Label ?? merged.Type;
        var slash = type.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0)
        {
            type = type[..slash];
        }

        var label = who.Length > 0 ? who + " " + type : char.ToUpperInvariant(type[0]) + type[1..];
        return merged.Location is null ? label : label + " in " + merged.Location;
    }

    // Days and labels are made once each and shared: the timeline holds every event, and news repeats both ("police statement").
    private TimelineEvent ToTimeline(MergedEvent merged, Dictionary<string, Actor> actors, Dictionary<DateOnly, string> days, Dictionary<string, string> labels, Dictionary<string, string> shortNames)
    {
        var type = _lexicon.Type(merged.Type);
        var interval = merged.Date.Interval;
        return new TimelineEvent(
            merged.Id,
            merged.Type,
            type?.Cameo,
            type?.Goldstein,
            Shared(Label(merged, actors, shortNames), labels),
            new TimelineDate(Iso(interval?.Start, days), Iso(interval?.End, days), interval?.Granularity, merged.Date.Timex, merged.Date.Basis),
            merged.Status,
            [.. merged.Actors.Select(participant => new TimelineEventActor(
                participant.ActorId,
                participant.Role,
                actors.TryGetValue(participant.ActorId, out var actor) ? actor.Name : participant.ActorId))],
            merged.Location,
            merged.LocationId,
            merged.Sources,
            [.. merged.Mentions.Select(mention => new TimelineMention(mention.DocumentId, mention.Sentence, mention.SentenceText, mention.TimeText, mention.Trigger))]);
    }

    private static TimelineDocument ToTimeline(NewsDocument document)
    {
        return new TimelineDocument(
            document.Id,
            document.Path,
            document.Title,
            document.Source,
            document.Url,
            Iso(document.Published),
            document.PublishedBasis,
            document.DuplicateOf);
    }

    private static TimelineActor ToTimeline(Actor actor)
    {
        return new TimelineActor(actor.Id, actor.Name, actor.Kind, actor.Country, actor.Aliases, actor.Roles, actor.Mentions, actor.Affiliations);
    }

    // ShortName, made once per actor and kept in shortNames.
    private string ShortName(Actor actor, Dictionary<string, string> shortNames)
    {
        ref var shortName = ref CollectionsMarshal.GetValueRefOrAddDefault(shortNames, actor.Id, out var exists);
        if (!exists)
        {
            shortName = ShortName(actor);
        }

        return shortName!;
    }

    // A person by surname: a Chinese or Korean family name first ("Xi", "Kim"), else the last word with a particle written apart before it ("bin Laden", "de Gaulle"), without a suffix ("King", not "Jr.").
    private string ShortName(Actor actor)
    {
        if (actor.Kind != ActorKind.Person)
        {
            return actor.Name;
        }

        var words = actor.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && (_cues.NameSuffixes.Contains(words[^1]) || _cues.NameSuffixes.Contains(words[^1].TrimEnd('.', ','))))
        {
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count == 0)
        {
            return actor.Name;
        }

        // "Xi Jinping", "Kim Jong-un", "Yoon Suk Yeol": the family name comes first.
        if (words.Count >= 2 && _cues.FamilyNamesFirst.TryGetValue(words[0], out var always)
            && (always ? words.Count <= 3 : words.Count <= 3 && words.Skip(1).All(word => word.Split('-').All(syllable => syllable.Length <= 5)) && (words.Count == 3 || words[1].Contains('-'))))
        {
            return words[0];
        }

        var particle = words.Count >= 2 && words[^2].All(char.IsLower) && _cues.SpacedParticles.Contains(words[^2]);
        return particle ? words[^2] + " " + words[^1] : words[^1];
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Shared(string text, Dictionary<string, string> pool)
    {
        ref var shared = ref CollectionsMarshal.GetValueRefOrAddDefault(pool, text, out var exists);
        if (!exists)
        {
            shared = text;
        }

        return shared!;
    }

    private static string? Iso(DateOnly? date, Dictionary<DateOnly, string> days)
    {
        if (date is not { } day)
        {
            return null;
        }

        ref var text = ref CollectionsMarshal.GetValueRefOrAddDefault(days, day, out var exists);
        if (!exists)
        {
            text = Iso(day);
        }

        return text;
    }
}
