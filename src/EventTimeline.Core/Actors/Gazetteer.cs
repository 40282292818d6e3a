using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;

using EventTimeline.Text;

namespace EventTimeline.Actors;

/// <summary>General knowledge about actors: countries with codes and demonyms, organizations, government bodies, armed groups, person titles and honorifics, looked up by name.</summary>
/// <remarks>Immutable and thread-safe. Names match case-insensitively after <see cref="PhraseKey"/> folding ("U.S." = "US", "Élysée" = "Elysee"), except that in running text acronyms match only in capitals ("US" but not "us", "WHO" but not "who") and other capitalized names need a capital ("Turkey" but not "turkey"); lookups of names a user typed can ignore case.</remarks>
internal sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> _builtIn = new(() => GazetteerBuilder.WithBuiltIns().Build(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ImmutableDictionary<string, KnownActor> _actorsById;
    private readonly ImmutableDictionary<string, CountryInfo> _countriesById;
    private readonly ImmutableDictionary<string, CountryInfo> _countriesByCode;
    private readonly ImmutableDictionary<string, PersonTitle> _titlesById;
    private readonly PhraseIndex<KnownActor> _names;
    private readonly PhraseIndex<CountryInfo> _demonyms;
    private readonly PhraseIndex<CountryInfo> _capitals;
    private readonly PhraseIndex<PersonTitle> _titleForms;
    private readonly PhraseIndex<Honorific> _honorificForms;
    private readonly ImmutableArray<BodyPattern> _bodyPatterns;
    private readonly FrozenSet<string> _actorFirstWords;

    // The first words a country body can start with: its pattern's words before the slot, or else a country's name or a demonym.
    private readonly FrozenSet<string> _bodyFirstWords;

    internal Gazetteer(
        ImmutableArray<CountryInfo> countries,
        ImmutableArray<KnownActor> actors,
        ImmutableArray<CountryBody> bodies,
        ImmutableArray<PersonTitle> titles,
        ImmutableArray<Honorific> honorifics)
    {
        // Arrays arrive in priority order (later files first, then sovereign and larger countries first, then file order).
        var countryActors = countries.Select(country => new KnownActor(country.Id, country.Name, ActorKind.Country, country.Id, country.Cameo, country.Aliases, null));
        var allActors = countryActors.Concat(actors).ToImmutableArray();

        _actorsById = allActors
            .GroupBy(actor => actor.Id, StringComparer.OrdinalIgnoreCase)
            .ToImmutableDictionary(group => group.Key, group => group.First(), StringComparer.OrdinalIgnoreCase);
        _countriesById = countries.ToImmutableDictionary(country => country.Id, StringComparer.OrdinalIgnoreCase);
        _countriesByCode = BuildCodeIndex(countries);
        _titlesById = titles.ToImmutableDictionary(title => title.Id, StringComparer.OrdinalIgnoreCase);

        var names = new PhraseIndex<KnownActor>.Builder();
        foreach (var actor in allActors)
        {
            names.Add(actor.Name, actor);
            if (actor.Kind == ActorKind.Country && _countriesById.TryGetValue(actor.Id, out var country))
            {
                names.Add(country.OfficialName, actor);
            }

            foreach (var alias in actor.Aliases)
            {
                names.Add(alias, actor);
            }
        }

        _names = names.Build();

        var demonyms = new PhraseIndex<CountryInfo>.Builder();
        var capitals = new PhraseIndex<CountryInfo>.Builder();
        foreach (var country in countries)
        {
            foreach (var demonym in country.Demonyms.Concat(country.DemonymPlurals))
            {
                demonyms.Add(demonym, country);
            }

            foreach (var capital in country.Capitals)
            {
                capitals.Add(capital, country);
            }
        }

        _demonyms = demonyms.Build();
        _capitals = capitals.Build();

        var titleForms = new PhraseIndex<PersonTitle>.Builder();
        foreach (var title in titles)
        {
            foreach (var form in title.Forms)
            {
                var rule = PhraseIndex<PersonTitle>.RuleFor(form);
                titleForms.Add(form, title, rule == CaseRule.AllCaps || (title.CapitalizedOnly && rule == CaseRule.NeedsCapital) ? rule : CaseRule.Any);
            }
        }

        _titleForms = titleForms.Build();

        var honorificForms = new PhraseIndex<Honorific>.Builder();
        foreach (var honorific in honorifics)
        {
            honorificForms.Add(honorific.Form, honorific);
        }

        _honorificForms = honorificForms.Build();
        _bodyPatterns = bodies.SelectMany(BodyPattern.Compile).ToImmutableArray();

        Countries = [.. countries.OrderBy(country => country.Id, StringComparer.Ordinal)];
        Actors = [.. actors.OrderBy(actor => actor.Id, StringComparer.Ordinal)];
        CountryBodies = [.. bodies.OrderBy(body => body.Id, StringComparer.Ordinal)];
        Titles = [.. titles.OrderBy(title => title.Id, StringComparer.Ordinal)];
        Honorifics = [.. honorifics.OrderBy(honorific => honorific.Form, StringComparer.Ordinal)];
        // A name, a country body ("{demonym} Foreign Ministry", "Embassy of {country}") or a country or demonym opening a body.
        var bodyPrefixWords = _bodyPatterns.Where(pattern => pattern.Prefix.Length > 0).Select(pattern => PhraseKey.FirstWord(pattern.Prefix)).ToList();
        _actorFirstWords = _names.FirstWords
            .Concat(_demonyms.FirstWords)
            .Concat(bodyPrefixWords)
            .ToFrozenSet(StringComparer.Ordinal);
        _bodyFirstWords = bodyPrefixWords
            .Concat(_bodyPatterns.Any(pattern => pattern.Prefix.Length == 0 && pattern.Slot == BodySlot.Country) ? _names.FirstWordsOf(actor => actor.Kind == ActorKind.Country) : [])
            .Concat(_bodyPatterns.Any(pattern => pattern.Prefix.Length == 0 && pattern.Slot == BodySlot.Demonym) ? _demonyms.FirstWords : [])
            .ToFrozenSet(StringComparer.Ordinal);
        MaxNameWords = Math.Max(_names.MaxWords, _bodyPatterns.IsEmpty ? 0 : _bodyPatterns.Max(pattern => pattern.FixedWords) + _names.MaxWords);
    }

    /// <summary>The gazetteer of the embedded data files, loaded once.</summary>
    public static Gazetteer BuiltIn => _builtIn.Value;

    /// <summary>Every country and territory, by id.</summary>
    public ImmutableArray<CountryInfo> Countries { get; }

    /// <summary>Every named actor other than countries, by id.</summary>
    public ImmutableArray<KnownActor> Actors { get; }

    /// <summary>Every kind of body countries have, by id.</summary>
    public ImmutableArray<CountryBody> CountryBodies { get; }

    /// <summary>Every person title, by id.</summary>
    public ImmutableArray<PersonTitle> Titles { get; }

    /// <summary>Every honorific, by form.</summary>
    public ImmutableArray<Honorific> Honorifics { get; }

    /// <summary>The most words an actor name can span (for scanning token lists).</summary>
    public int MaxNameWords { get; }

    /// <summary>Returns the built-in gazetteer with a user's file (same JSON shape as the built-in files) merged over it.</summary>
    /// <exception cref="FormatException">The file is not valid actor data.</exception>
    public static Gazetteer WithExtension(string json, string origin = "actors file")
    {
        return GazetteerBuilder.WithBuiltIns().AddJson(json, origin).Build();
    }

    /// <summary>Returns the best actor named <paramref name="surface"/> (a name, alias or country-body phrase such as "Russian Foreign Ministry"), or null; <paramref name="anyCase"/> ignores capitalization, for names a user typed.</summary>
    public KnownActor? Find(string surface, bool anyCase = false)
    {
        var all = FindAll(surface, anyCase);
        return all.IsEmpty ? null : all[0];
    }

    /// <summary>Returns every actor named <paramref name="surface"/>, best first; <paramref name="anyCase"/> ignores capitalization.</summary>
    public ImmutableArray<KnownActor> FindAll(string surface, bool anyCase = false)
    {
        ArgumentNullException.ThrowIfNull(surface);
        var folded = PhraseKey.Fold(surface);
        if (folded.Length == 0)
        {
            return [];
        }

        var named = _names.LookupFolded(folded, anyCase);
        return named.IsEmpty ? FindBodies(folded, anyCase) : named;
    }

    /// <summary>Returns the actor with id <paramref name="id"/> (ISO alpha-3 for countries), or null.</summary>
    public KnownActor? Actor(string id) => _actorsById.GetValueOrDefault(id);

    /// <summary>Returns the country with id <paramref name="id"/>, or null.</summary>
    public CountryInfo? Country(string id) => _countriesById.GetValueOrDefault(id);

    /// <summary>Returns the country named <paramref name="nameOrCode"/> by name or alias, or by an ISO alpha-2, ISO alpha-3 or CAMEO code written in capitals; null if none.</summary>
    public CountryInfo? FindCountry(string nameOrCode)
    {
        ArgumentNullException.ThrowIfNull(nameOrCode);
        var trimmed = nameOrCode.Trim();
        if (trimmed.Length is 2 or 3 && trimmed.All(char.IsAsciiLetterUpper) && _countriesByCode.TryGetValue(trimmed, out var byCode))
        {
            return byCode;
        }

        foreach (var actor in _names.Lookup(trimmed))
        {
            if (actor.Kind == ActorKind.Country && _countriesById.TryGetValue(actor.Id, out var country))
            {
                return country;
            }
        }

        return null;
    }

    /// <summary>Returns the country whose people <paramref name="demonym"/> names ("Russian", "Russians", "Briton"), or null.</summary>
    public CountryInfo? FindCountryByDemonym(string demonym)
    {
        var found = _demonyms.Lookup(demonym);
        return found.IsEmpty ? null : found[0];
    }

    /// <summary>Returns the country whose capital is <paramref name="city"/>, or null.</summary>
    public CountryInfo? FindCountryByCapital(string city)
    {
        var found = _capitals.Lookup(city);
        return found.IsEmpty ? null : found[0];
    }

    /// <summary>Returns the title written <paramref name="surface"/> ("Foreign Minister", "defense ministers", "CEO"), or null.</summary>
    public PersonTitle? FindTitle(string surface)
    {
        var found = _titleForms.Lookup(surface);
        return found.IsEmpty ? null : found[0];
    }

    /// <summary>Returns the title with id <paramref name="id"/>, or null.</summary>
    public PersonTitle? Title(string id) => _titlesById.GetValueOrDefault(id);

    /// <summary>Returns every title that shares <paramref name="role"/>.</summary>
    public ImmutableArray<PersonTitle> TitlesWithRole(string role)
    {
        return [.. Titles.Where(title => string.Equals(title.Role, role, StringComparison.OrdinalIgnoreCase))];
    }

    /// <summary>Removes leading honorifics from a name ("Mr. Kerry" → "Kerry", "Lt. Gen. Smith" → "Smith"); a name that is only an honorific is kept.</summary>
    public StrippedName StripHonorifics(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var tokens = name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var start = 0;
        var removed = ImmutableArray.CreateBuilder<Honorific>();
        while (start < tokens.Length)
        {
            var match = _honorificForms.LongestMatchAt(tokens, start);
            if (match is null || match.Start + match.Length >= tokens.Length)
            {
                break;
            }

            removed.Add(match.Values[0]);
            start += match.Length;
        }

        return new StrippedName(string.Join(' ', tokens.Skip(start)), removed.ToImmutable());
    }

    /// <summary>Returns the longest actor name starting at token <paramref name="start"/>, or null.</summary>
    public PhraseMatch<KnownActor>? LongestActorMatch(IReadOnlyList<string> tokens, int start)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var first = start >= 0 && start < tokens.Count ? PhraseKey.StartWord(tokens[start]) : null;
        if (first is not null && !_actorFirstWords.Contains(first))
        {
            return null;
        }

        var maxCount = Math.Min(tokens.Count - start, MaxNameWords + 2);
        if (first is not null && !_bodyFirstWords.Contains(first))
        {
            // No country body can start here, so only names can match, and the name index finds the longest without trying every length.
            return _names.LongestMatchAt(tokens, start, maxCount);
        }

        if (maxCount < 1 || PhraseKey.Fold(tokens[start]).Length == 0)
        {
            return null;
        }

        // The phrase of every length is a prefix of the longest one.
        var phrase = new StringBuilder();
        var ends = new int[maxCount];
        for (var i = 0; i < maxCount; i++)
        {
            if (i > 0)
            {
                phrase.Append(' ');
            }

            phrase.Append(tokens[start + i]);
            ends[i] = phrase.Length;
        }

        var longest = phrase.ToString();
        for (var count = maxCount; count >= 1; count--)
        {
            if (count > 1 && PhraseKey.Fold(tokens[start + count - 1]).Length == 0)
            {
                continue;
            }

            var found = FindAll(longest[..ends[count - 1]]);
            if (!found.IsEmpty)
            {
                return new PhraseMatch<KnownActor>(start, count, found);
            }
        }

        return null;
    }

    /// <summary>Returns the longest title starting at token <paramref name="start"/>, or null.</summary>
    public PhraseMatch<PersonTitle>? LongestTitleMatch(IReadOnlyList<string> tokens, int start) => _titleForms.LongestMatchAt(tokens, start);

    /// <summary>Returns the longest demonym starting at token <paramref name="start"/> ("South Korean"), or null.</summary>
    public PhraseMatch<CountryInfo>? LongestDemonymMatch(IReadOnlyList<string> tokens, int start) => _demonyms.LongestMatchAt(tokens, start);

    private static ImmutableDictionary<string, CountryInfo> BuildCodeIndex(ImmutableArray<CountryInfo> countries)
    {
        var codes = new Dictionary<string, CountryInfo>(StringComparer.Ordinal);
        foreach (var country in countries)
        {
            foreach (var code in new[] { country.Id, country.Iso3, country.Iso2, country.Cameo })
            {
                if (code.Length > 0)
                {
                    codes.TryAdd(code.ToUpperInvariant(), country);
                }
            }
        }

        return codes.ToImmutableDictionary(StringComparer.Ordinal);
    }

    private ImmutableArray<KnownActor> FindBodies(string folded, bool anyCase)
    {
        var key = folded.ToLowerInvariant();
        foreach (var pattern in _bodyPatterns)
        {
            var middle = pattern.Middle(folded, key);
            if (middle is null)
            {
                continue;
            }

            var country = pattern.Slot == BodySlot.Country ? CountryNamed(middle, anyCase) : FindCountryByDemonymFolded(middle, anyCase);
            if (country is null)
            {
                continue;
            }

            return [BodyIn(pattern.Body, country)];
        }

        return [];
    }

    private CountryInfo? CountryNamed(string folded, bool anyCase)
    {
        foreach (var actor in _names.LookupFolded(folded, anyCase))
        {
            if (actor.Kind == ActorKind.Country && _countriesById.TryGetValue(actor.Id, out var country))
            {
                return country;
            }
        }

        return null;
    }

    private CountryInfo? FindCountryByDemonymFolded(string folded, bool anyCase)
    {
        var found = _demonyms.LookupFolded(folded, anyCase);
        return found.IsEmpty ? null : found[0];
    }

    /// <summary>The country body with id "&lt;iso3&gt;-&lt;body id&gt;" ("nga-parliament": the Nigerian parliament), or null.</summary>
    public KnownActor? Body(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var dash = id.IndexOf('-', StringComparison.Ordinal);
        if (dash <= 0 || !_countriesById.TryGetValue(id[..dash], out var country))
        {
            return null;
        }

        var body = CountryBodies.FirstOrDefault(body => string.Equals(body.Id, id[(dash + 1)..], StringComparison.Ordinal));
        return body is null ? null : BodyOf(body, country);
    }

    /// <summary>The body a bare word names ("police") in the given country, or null when no body has that word or the country is unknown.</summary>
    public KnownActor? BareBody(string word, string countryId)
    {
        var lower = word.ToLowerInvariant();
        var body = CountryBodies.FirstOrDefault(body => body.Bare.Contains(lower));
        if (body is null || !_countriesById.TryGetValue(countryId, out var country))
        {
            return null;
        }

        return BodyIn(body, country);
    }

    // The body in a country, or the actor the body's data names instead for that country.
    private KnownActor BodyIn(CountryBody body, CountryInfo country) =>
        body.Instead.TryGetValue(country.Id, out var insteadId) && _actorsById.TryGetValue(insteadId, out var instead) ? instead : BodyOf(body, country);

    private static KnownActor BodyOf(CountryBody body, CountryInfo country)
    {
        var adjective = country.Demonyms.IsEmpty ? country.Name : country.Demonyms[0];
        var name = body.Name.Replace("{demonym}", adjective, StringComparison.Ordinal).Replace("{country}", country.Name, StringComparison.Ordinal);
        var id = country.Id.ToLowerInvariant() + "-" + body.Id;
        return new KnownActor(id, name, body.Kind, country.Id, country.Cameo + body.Role, [], null);
    }

    private enum BodySlot
    {
        Country,
        Demonym,
    }

    /// <summary>One pattern of a country body, split around its slot into folded prefix and suffix.</summary>
    private sealed record BodyPattern(CountryBody Body, BodySlot Slot, string Prefix, string Suffix, int FixedWords)
    {
        public static IEnumerable<BodyPattern> Compile(CountryBody body)
        {
            foreach (var pattern in body.Patterns)
            {
                var slot = pattern.Contains("{country}", StringComparison.Ordinal) ? BodySlot.Country : BodySlot.Demonym;
                var marker = slot == BodySlot.Country ? "{country}" : "{demonym}";
                var at = pattern.IndexOf(marker, StringComparison.Ordinal);
                var prefix = PhraseKey.Normalize(pattern[..at]);
                var suffix = PhraseKey.Normalize(pattern[(at + marker.Length)..]);
                yield return new BodyPattern(body, slot, prefix, suffix, PhraseKey.WordCount(prefix) + PhraseKey.WordCount(suffix));
            }
        }

        /// <summary>Returns the folded text in the slot when <paramref name="key"/> fits the pattern, or null.</summary>
        public string? Middle(string folded, string key)
        {
            var start = Prefix.Length == 0 ? 0 : Prefix.Length + 1;
            var end = Suffix.Length == 0 ? key.Length : key.Length - Suffix.Length - 1;
            if (end <= start
                || (Prefix.Length > 0 && !(key.StartsWith(Prefix, StringComparison.Ordinal) && key[Prefix.Length] == ' '))
                || (Suffix.Length > 0 && !(key.EndsWith(Suffix, StringComparison.Ordinal) && key[end] == ' ')))
            {
                return null;
            }

            // The slot may begin with an article ("Embassy of the United States").
            return PhraseKey.Fold(folded[start..end]);
        }
    }
}
