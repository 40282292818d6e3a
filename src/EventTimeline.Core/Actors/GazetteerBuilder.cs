using System.Collections.Immutable;

using EventTimeline.Resources;

namespace EventTimeline.Actors;

/// <summary>Collects actor data files, merging each over the ones before it, and builds a <see cref="Gazetteer"/>.</summary>
/// <remarks>An entry whose id is already known updates it: fields it gives replace the old values, lists it gives are added to the old lists. Entries from later files win when a name is shared.</remarks>
internal sealed class GazetteerBuilder
{
    /// <summary>The embedded files that make up the built-in gazetteer, in merge order.</summary>
    public static readonly ImmutableArray<string> BuiltInFiles =
    [
        "actors/countries.json",
        "actors/organizations.json",
        "actors/armed-groups.json",
        "actors/companies.json",
        "actors/titles.json",
    ];

    private static readonly ImmutableDictionary<string, ActorKind> _kinds = new Dictionary<string, ActorKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["person"] = ActorKind.Person,
        ["country"] = ActorKind.Country,
        ["organization"] = ActorKind.Organization,
        ["government"] = ActorKind.Government,
        ["military"] = ActorKind.Military,
        ["media"] = ActorKind.Media,
        ["igo"] = ActorKind.Igo,
        ["armed-group"] = ActorKind.ArmedGroup,
        ["company"] = ActorKind.Company,
    }.ToImmutableDictionary(StringComparer.OrdinalIgnoreCase);

    private readonly Dictionary<string, CountryDraft> _countries = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, ActorDraft> _actors = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, BodyDraft> _bodies = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, TitleDraft> _titles = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Honorific> _honorifics = new(StringComparer.Ordinal);
    private int _layer;
    private int _sequence;

    /// <summary>Returns a builder holding the built-in data files.</summary>
    public static GazetteerBuilder WithBuiltIns()
    {
        var builder = new GazetteerBuilder();
        foreach (var file in BuiltInFiles)
        {
            builder.AddJson(ResourceFile.ReadText(file), file);
        }

        return builder;
    }

    /// <summary>Merges one JSON document over what was added before; <paramref name="origin"/> names it in error messages.</summary>
    /// <exception cref="FormatException">The document is not valid actor data.</exception>
    public GazetteerBuilder AddJson(string json, string origin = "actor data")
    {
        var file = ActorDataFile.Parse(json, origin);
        _layer++;
        foreach (var entry in file.Countries ?? [])
        {
            MergeCountry(entry, origin);
        }

        foreach (var entry in file.Actors ?? [])
        {
            MergeActor(entry, origin);
        }

        foreach (var entry in file.CountryBodies ?? [])
        {
            MergeBody(entry, origin);
        }

        foreach (var entry in file.Titles ?? [])
        {
            MergeTitle(entry, origin);
        }

        foreach (var entry in file.Honorifics ?? [])
        {
            var form = Required(entry.Form, "honorific form", origin);
            _honorifics[form] = new Honorific(form, entry.Title);
        }

        return this;
    }

    /// <summary>Builds the immutable gazetteer.</summary>
    public Gazetteer Build()
    {
        var countries = _countries.Values
            .OrderByDescending(draft => draft.Layer)
            .ThenByDescending(draft => draft.Independent)
            .ThenByDescending(draft => draft.Area)
            .ThenBy(draft => draft.Id, StringComparer.Ordinal)
            .Select(draft => new CountryInfo(
                draft.Id,
                draft.Name,
                draft.OfficialName ?? draft.Name,
                draft.Iso2 ?? string.Empty,
                draft.Iso3 ?? draft.Id,
                draft.Cameo ?? draft.Iso3 ?? draft.Id,
                draft.Independent,
                [.. draft.Capitals],
                [.. draft.Aliases],
                [.. draft.Demonyms],
                [.. draft.DemonymPlurals],
                draft.Area))
            .ToImmutableArray();
        var actors = _actors.Values
            .OrderByDescending(draft => draft.Layer)
            .ThenBy(draft => draft.Sequence)
            .Select(draft => new KnownActor(draft.Id, draft.Name, draft.Kind, draft.Country, draft.Cameo, [.. draft.Aliases], draft.Parent))
            .ToImmutableArray();
        var bodies = _bodies.Values
            .OrderByDescending(draft => draft.Layer)
            .ThenBy(draft => draft.Sequence)
            .Select(draft => new CountryBody(draft.Id, draft.Name, draft.Kind, draft.Role, [.. draft.Patterns], draft.Instead.ToImmutableDictionary(StringComparer.OrdinalIgnoreCase)) { Bare = [.. draft.Bare] })
            .ToImmutableArray();
        var titles = _titles.Values
            .OrderByDescending(draft => draft.Layer)
            .ThenBy(draft => draft.Sequence)
            .Select(draft => new PersonTitle(draft.Id, draft.Name, [.. draft.Forms], draft.Role, draft.Cameo, draft.Government, draft.Country, draft.InheritsAffiliation, draft.CapitalizedOnly))
            .ToImmutableArray();
        return new Gazetteer(countries, actors, bodies, titles, [.. _honorifics.Values]);
    }

    private static string Required(string? value, string what, string origin)
    {
        return string.IsNullOrWhiteSpace(value) ? throw new FormatException($"{origin}: an entry has no {what}") : value;
    }

    private static ActorKind ParseKind(string? kind, string id, string origin)
    {
        return kind is not null && _kinds.TryGetValue(kind, out var parsed)
            ? parsed
            : throw new FormatException($"{origin}: '{id}' has kind '{kind}'; expected one of {string.Join(", ", _kinds.Keys.Order(StringComparer.Ordinal))}");
    }

    private static void AddAll(List<string> target, List<string>? values)
    {
        foreach (var value in values ?? [])
        {
            if (!string.IsNullOrWhiteSpace(value) && !target.Contains(value, StringComparer.Ordinal))
            {
                target.Add(value);
            }
        }
    }

    private void MergeCountry(ActorDataFile.CountryEntry entry, string origin)
    {
        var id = Required(entry.Id, "id", origin);
        if (!_countries.TryGetValue(id, out var draft))
        {
            draft = new CountryDraft(id, Required(entry.Name, $"name (country '{id}')", origin));
            _countries.Add(id, draft);
        }

        draft.Layer = _layer;
        draft.Name = entry.Name ?? draft.Name;
        draft.OfficialName = entry.OfficialName ?? draft.OfficialName;
        draft.Iso2 = entry.Iso2 ?? draft.Iso2;
        draft.Iso3 = entry.Iso3 ?? draft.Iso3;
        draft.Cameo = entry.Cameo ?? draft.Cameo;
        draft.Independent = entry.Independent ?? draft.Independent;
        draft.Area = entry.Area ?? draft.Area;
        AddAll(draft.Capitals, entry.Capitals);
        AddAll(draft.Aliases, entry.Aliases);
        AddAll(draft.Demonyms, entry.Demonyms);
        AddAll(draft.DemonymPlurals, entry.DemonymPlurals);
    }

    private void MergeActor(ActorDataFile.ActorEntry entry, string origin)
    {
        var id = Required(entry.Id, "id", origin);
        if (!_actors.TryGetValue(id, out var draft))
        {
            var name = Required(entry.Name, $"name (actor '{id}')", origin);
            draft = new ActorDraft(id, name, ParseKind(entry.Kind, id, origin), _sequence++);
            _actors.Add(id, draft);
        }

        draft.Layer = _layer;
        draft.Name = entry.Name ?? draft.Name;
        draft.Kind = entry.Kind is null ? draft.Kind : ParseKind(entry.Kind, id, origin);
        draft.Country = entry.Country ?? draft.Country;
        draft.Cameo = entry.Cameo ?? draft.Cameo;
        draft.Parent = entry.Parent ?? draft.Parent;
        AddAll(draft.Aliases, entry.Aliases);
    }

    private void MergeBody(ActorDataFile.CountryBodyEntry entry, string origin)
    {
        var id = Required(entry.Id, "id", origin);
        if (!_bodies.TryGetValue(id, out var draft))
        {
            draft = new BodyDraft(
                id,
                Required(entry.Name, $"name (country body '{id}')", origin),
                ParseKind(entry.Kind, id, origin),
                Required(entry.Role, $"role (country body '{id}')", origin),
                _sequence++);
            _bodies.Add(id, draft);
        }

        draft.Layer = _layer;
        draft.Name = entry.Name ?? draft.Name;
        draft.Kind = entry.Kind is null ? draft.Kind : ParseKind(entry.Kind, id, origin);
        draft.Role = entry.Role ?? draft.Role;
        foreach (var pattern in entry.Patterns ?? [])
        {
            var slots = (pattern.Contains("{country}", StringComparison.Ordinal) ? 1 : 0) + (pattern.Contains("{demonym}", StringComparison.Ordinal) ? 1 : 0);
            if (slots != 1)
            {
                throw new FormatException($"{origin}: pattern '{pattern}' of '{id}' needs exactly one {{country}} or {{demonym}}");
            }
        }

        AddAll(draft.Patterns, entry.Patterns);
        AddAll(draft.Bare, entry.Bare?.Select(word => word.ToLowerInvariant()).ToList());
        foreach (var (country, actor) in entry.Instead ?? [])
        {
            draft.Instead[country] = actor;
        }
    }

    private void MergeTitle(ActorDataFile.TitleEntry entry, string origin)
    {
        var id = Required(entry.Id, "id", origin);
        if (!_titles.TryGetValue(id, out var draft))
        {
            var name = Required(entry.Name, $"name (title '{id}')", origin);
            draft = new TitleDraft(id, name, entry.Role ?? id, _sequence++);
            draft.Forms.Add(name);
            _titles.Add(id, draft);
        }

        draft.Layer = _layer;
        draft.Name = entry.Name ?? draft.Name;
        draft.Role = entry.Role ?? draft.Role;
        draft.Cameo = entry.Cameo ?? draft.Cameo;
        draft.Government = entry.Government ?? draft.Government;
        draft.Country = entry.Country ?? draft.Country;
        draft.InheritsAffiliation = entry.InheritsAffiliation ?? draft.InheritsAffiliation;
        draft.CapitalizedOnly = entry.CapitalizedOnly ?? draft.CapitalizedOnly;
        AddAll(draft.Forms, entry.Forms);
    }

    private sealed class CountryDraft(string id, string name)
    {
        public string Id { get; } = id;

        public string Name { get; set; } = name;

        public string? OfficialName { get; set; }

        public string? Iso2 { get; set; }

        public string? Iso3 { get; set; }

        public string? Cameo { get; set; }

        public bool Independent { get; set; }

        public double Area { get; set; }

        public int Layer { get; set; }

        public List<string> Capitals { get; } = [];

        public List<string> Aliases { get; } = [];

        public List<string> Demonyms { get; } = [];

        public List<string> DemonymPlurals { get; } = [];
    }

    private sealed class ActorDraft(string id, string name, ActorKind kind, int sequence)
    {
        public string Id { get; } = id;

        public string Name { get; set; } = name;

        public ActorKind Kind { get; set; } = kind;

        public int Sequence { get; } = sequence;

        public string? Country { get; set; }

        public string? Cameo { get; set; }

        public string? Parent { get; set; }

        public int Layer { get; set; }

        public List<string> Aliases { get; } = [];
    }

    private sealed class BodyDraft(string id, string name, ActorKind kind, string role, int sequence)
    {
        public string Id { get; } = id;

        public string Name { get; set; } = name;

        public ActorKind Kind { get; set; } = kind;

        public string Role { get; set; } = role;

        public int Sequence { get; } = sequence;

        public int Layer { get; set; }

        public List<string> Patterns { get; } = [];

        public List<string> Bare { get; } = [];

        public Dictionary<string, string> Instead { get; } = new(StringComparer.OrdinalIgnoreCase);
    }

    private sealed class TitleDraft(string id, string name, string role, int sequence)
    {
        public string Id { get; } = id;

        public string Name { get; set; } = name;

        public string Role { get; set; } = role;

        public int Sequence { get; } = sequence;

        public string? Cameo { get; set; }

        public bool Government { get; set; }

        public string? Country { get; set; }

        public bool InheritsAffiliation { get; set; }

        public bool CapitalizedOnly { get; set; }

        public int Layer { get; set; }

        public List<string> Forms { get; } = [];
    }
}
