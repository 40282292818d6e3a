using System.Collections.Immutable;

using EventTimeline.Actors;

namespace EventTimeline.Graph;

/// <summary>How closely a typed name matched an actor's name or alias.</summary>
internal enum NameMatch
{
    /// <summary>No actor matched.</summary>
    None,

    /// <summary>The id, or the name up to case, dots, diacritics and apostrophes ("andrey orlov" = "Andrey Orlov").</summary>
    Exact,

    /// <summary>The same once honorifics, titles, nationality words, initials, name particles and suffixes are dropped ("Foreign Minister Andrey V. Orlov" = "Andrey Orlov").</summary>
    Bare,

    /// <summary>The same once spelling variants of transliteration are folded ("Andrei Orlov" = "Andrey Orlov").</summary>
    Transliterated,

    /// <summary>Every word of one is a word of the other ("Orlov" = "Andrey Orlov").</summary>
    Partial,
}

/// <summary>The actors a typed name stands for, best first, and how closely they matched.</summary>
/// <param name="Match">The closest level at which any actor matched.</param>
/// <param name="ActorIds">The actors matching at that level, most mentioned first, then most events, then id.</param>
internal sealed record ActorLookup(NameMatch Match, ImmutableArray<string> ActorIds)
{
    /// <summary>The best actor, or null when none matched.</summary>
    public string? Best => ActorIds.IsDefaultOrEmpty ? null : ActorIds[0];

    /// <summary>Whether more than one actor matched equally closely.</summary>
    public bool IsAmbiguous => !ActorIds.IsDefaultOrEmpty && ActorIds.Length > 1;
}

/// <summary>A known name close to an unknown one.</summary>
/// <param name="ActorId">The actor.</param>
/// <param name="Name">The actor's name.</param>
/// <param name="Score">How close, from 0 (nothing in common) to 1.</param>
internal sealed record NameSuggestion(string ActorId, string Name, double Score);

/// <summary>Finds the actors of a graph by a name a user typed, through their names and aliases, and suggests the closest names for one it does not know.</summary>
/// <remarks>Immutable and thread-safe. People's names and aliases are compared without leading honorifics, titles and nationality words; other actors' names are not stripped ("General Motors" keeps "General").</remarks>
internal sealed class ActorNameIndex
{
    private const double MinimumSuggestionScore = 0.01;

    private readonly ActorEventGraph _graph;
    private readonly ActorNameForms _forms;
    private readonly ImmutableArray<(string ActorId, NameForm Form)> _names;
    private readonly IReadOnlyDictionary<string, int>? _eventCounts;

    /// <summary>Indexes every actor of <paramref name="graph"/> by its name and aliases; <paramref name="eventCounts"/>, when given, replaces the graph's count of each actor's events (a graph of the actors alone, as an event store gives).</summary>
    public ActorNameIndex(ActorEventGraph graph, ActorNameForms forms, IReadOnlyDictionary<string, int>? eventCounts = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(forms);
        _graph = graph;
        _forms = forms;
        _names = [.. NamesOf(graph, forms)];
        _eventCounts = eventCounts;
    }

    /// <summary>The forms of every actor's name and aliases that lookups compare typed names with, in actor order (an event store indexes them).</summary>
    public static IEnumerable<(string ActorId, NameForm Form)> NamesOf(ActorEventGraph graph, ActorNameForms forms)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return NamesOf(graph.ActorIds.Select(id => graph.Actors[id]), forms);
    }

    /// <summary>The forms of the names and aliases of <paramref name="actors"/>, in their order: what <see cref="NamesOf(ActorEventGraph, ActorNameForms)"/> gives for a graph of them, without building it.</summary>
    public static IEnumerable<(string ActorId, NameForm Form)> NamesOf(IEnumerable<GraphActor> actors, ActorNameForms forms)
    {
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(forms);
        foreach (var actor in actors)
        {
            var id = actor.Id;
            foreach (var name in new[] { actor.Name }.Concat(actor.Aliases).Distinct(StringComparer.Ordinal))
            {
                var form = forms.Of(name, asPersonName: actor.Kind == ActorKind.Person);
                if (form.Key.Length > 0)
                {
                    yield return (id, form);
                }
            }
        }
    }

    /// <summary>Returns the actors <paramref name="name"/> stands for at the closest level any of them matches (an actor id also matches, in any case).</summary>
    public ActorLookup Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        var byId = _graph.ActorIds.Where(id => string.Equals(id, trimmed, StringComparison.OrdinalIgnoreCase)).ToList();
        if (byId.Count > 0)
        {
            return new ActorLookup(NameMatch.Exact, Rank(byId));
        }

        var query = _forms.Of(trimmed);
        if (query.Key.Length == 0)
        {
            return new ActorLookup(NameMatch.None, []);
        }

        var levels = new (NameMatch Level, Func<NameForm, bool> Matches)[]
        {
            (NameMatch.Exact, form => form.Key == query.Key),
            (NameMatch.Bare, form => form.Bare == query.Bare || form.Key == query.Bare),
            (NameMatch.Transliterated, form => form.Skeleton == query.Skeleton),
            (NameMatch.Partial, form => IsPartial(query.SkeletonWords, form.SkeletonWords)),
        };
        foreach (var (level, matches) in levels)
        {
            var found = _names.Where(pair => matches(pair.Form)).Select(pair => pair.ActorId).ToList();
            if (found.Count > 0)
            {
                return new ActorLookup(level, Rank(found));
            }
        }

        return new ActorLookup(NameMatch.None, []);
    }

    /// <summary>Returns up to <paramref name="limit"/> actors whose names or aliases are closest to <paramref name="name"/> by edit distance and shared words, closest first, then by name and id.</summary>
    public IReadOnlyList<NameSuggestion> Suggest(string name, int limit = 5)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var query = _forms.Of(name.Trim());
        if (query.Skeleton.Length == 0)
        {
            return [];
        }

        return _names
            .GroupBy(pair => pair.ActorId, StringComparer.Ordinal)
            .Select(group => new NameSuggestion(group.Key, _graph.Actors[group.Key].Name, group.Max(pair => Score(query, pair.Form))))
            .Where(suggestion => suggestion.Score >= MinimumSuggestionScore)
            .OrderByDescending(suggestion => suggestion.Score)
            .ThenBy(suggestion => suggestion.Name, StringComparer.Ordinal)
            .ThenBy(suggestion => suggestion.ActorId, StringComparer.Ordinal)
            .Take(limit)
            .ToList();
    }

    private static double Score(NameForm query, NameForm known)
    {
        var whole = EditDistance.Similarity(query.Skeleton, known.Skeleton);
        var words = EditDistance.WordSimilarity(query.SkeletonWords, known.SkeletonWords);

        // Rounded so that scores equal on paper compare equal and ties fall to the name order.
        return Math.Round(Math.Max(whole, words), 6, MidpointRounding.ToEven);
    }

    private static bool IsPartial(ImmutableArray<string> query, ImmutableArray<string> known)
    {
        if (query.IsEmpty || known.IsEmpty)
        {
            return false;
        }

        // A short query inside a longer name ("Orlov" in "Andrey Orlov"), or a name of two words or more inside a longer query ("Jane Ann Roe" holds "Jane Roe").
        return query.All(known.Contains) || (known.Length >= 2 && known.All(query.Contains));
    }

    private ImmutableArray<string> Rank(IEnumerable<string> actorIds)
    {
        return [.. actorIds
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(id => _graph.Actors[id].Mentions)
            .ThenByDescending(EventCount)
            .ThenBy(id => id, StringComparer.Ordinal)];
    }

    // Counted only for the actors a name matches: a lookup ranks a handful of candidates, not the whole corpus.
    private int EventCount(string actorId) => _eventCounts is null ? _graph.EventsOf(actorId).Count : _eventCounts.GetValueOrDefault(actorId);
}
