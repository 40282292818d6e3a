using System.Collections.Immutable;

namespace EventTimeline.Actors;

/// <summary>Clusters actor mentions across a corpus: gazetteer ids, person names compared without particles, middle initials and transliteration differences, surnames resolved to the full name of the same document or else the corpus, roles resolved to the persons the corpus names in them.</summary>
/// <remarks>Immutable and thread-safe. Documents are processed sorted by id and every tie is broken ordinally, so the result does not depend on input order.</remarks>
internal sealed class ActorResolver : IActorResolver
{
    /// <summary>The role of titles that point at the holder of someone else's role for another country ("his Russian counterpart").</summary>
    public const string CounterpartRole = "counterpart";

    /// <summary>The role of reporters and correspondents, who report events rather than take part in them.</summary>
    public const string JournalistRole = "journalist";

    /// <summary>The role of a country's armed forces named by a common noun ("the military", "the army").</summary>
    public const string MilitaryRole = "military";

    /// <summary>The role of the police, whose bare noun ("police arrested") is plural though it has no "s": a body, not one officer.</summary>
    public const string PoliceRole = "police";

    private const int AntecedentSentences = 2;

    private static readonly Lazy<ActorResolver> _default = new(() => new ActorResolver(Gazetteer.BuiltIn, ActorCues.BuiltIn), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Gazetteer _gazetteer;
    private readonly ActorCues _cues;

    /// <summary>Creates a resolver over a gazetteer and word lists.</summary>
    public ActorResolver(Gazetteer gazetteer, ActorCues cues)
    {
        _gazetteer = gazetteer;
        _cues = cues;
    }

    /// <summary>The resolver over the built-in gazetteer and word lists.</summary>
    public static ActorResolver Default => _default.Value;

    /// <inheritdoc />
    public ActorResolution Resolve(IReadOnlyList<DocumentActorMentions> documents, int jobs = 1)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var docs = documents.OrderBy(document => document.DocumentId, StringComparer.Ordinal).ToList();
        var run = new Run(this, docs, jobs);
        run.AssignEntities();
        run.AssignPersons();
        run.AssignRoles();
        return run.Build();
    }

    /// <summary>Returns the actor id of a gazetteer id: "country:RUS" for countries and the bodies that stand for them, "org:pentagon", "company:apple".</summary>
    public string KnownActorId(string knownId, ActorKind fallbackKind)
    {
        ArgumentNullException.ThrowIfNull(knownId);
        if (_gazetteer.Country(knownId) is { } country)
        {
            return "country:" + country.Id;
        }

        if (ProxyCountry(knownId) is { } proxy)
        {
            return "country:" + proxy;
        }

        var kind = _gazetteer.Actor(knownId)?.Kind ?? fallbackKind;
        return kind switch
        {
            ActorKind.Company => "company:",
            ActorKind.Person => "person:",
            ActorKind.Place => "place:",
            ActorKind.Product => "product:",
            _ => "org:",
        } + knownId;
    }

    private string? ProxyCountry(string knownId)
    {
        var dash = knownId.IndexOf('-', StringComparison.Ordinal);
        if (dash <= 0)
        {
            return null;
        }

        var country = _gazetteer.Country(knownId[..dash]);
        return country is not null && _cues.CountryProxies.Contains(knownId[(dash + 1)..]) ? country.Id : null;
    }

    private static string? Majority(IEnumerable<string?> values)
    {
        return values
            .Where(value => value is not null)
            .GroupBy(value => value!, StringComparer.Ordinal)
            .OrderByDescending(group => group.Count())
            .ThenBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => group.Key)
            .FirstOrDefault();
    }

    /// <summary>A mention's place in the corpus.</summary>
    private readonly record struct MentionRef(int Document, int Index);

    /// <summary>The state of one resolution: which entity each mention refers to.</summary>
    private sealed class Run
    {
        private readonly ActorResolver _owner;
        private readonly List<DocumentActorMentions> _docs;
        private readonly List<string>[][] _assigned;
        private readonly Dictionary<string, List<MentionRef>> _entities = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _personCountries = new(StringComparer.Ordinal);

        // Per document, how many of its mentions each entity holds: "is this entity in that document" without walking the entity's mentions.
        private readonly Dictionary<string, int>[] _documentEntities;

        // Names recur across mentions and documents; each is parsed once, all of them before the persons are clustered.
        private readonly Dictionary<string, PersonNameKey?> _nameKeys;
        private readonly int _jobs;

        // The name each entity's id was made from, reused for its actor's name.
        private readonly Dictionary<string, string> _canonicalNames = new(StringComparer.Ordinal);

        public Run(ActorResolver owner, List<DocumentActorMentions> docs, int jobs)
        {
            _owner = owner;
            _docs = docs;
            _jobs = jobs;
            _assigned = [.. docs.Select(doc => doc.Mentions.Select(_ => new List<string>()).ToArray())];
            _documentEntities = [.. docs.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal))];
            var names = docs.SelectMany(doc => doc.Mentions).Where(IsPersonName).Select(mention => mention.Name).Distinct(StringComparer.Ordinal).ToList();
            var keys = ParallelMap.Run(names, jobs, name => PersonNameKey.Parse(name, owner._cues));
            _nameKeys = new Dictionary<string, PersonNameKey?>(names.Count, StringComparer.Ordinal);
            for (var i = 0; i < names.Count; i++)
            {
                _nameKeys.Add(names[i], keys[i]);
            }
        }

        private Gazetteer Gazetteer => _owner._gazetteer;

        private ActorCues Cues => _owner._cues;

        private ActorMention At(MentionRef reference) => _docs[reference.Document].Mentions[reference.Index];

        private IEnumerable<MentionRef> All()
        {
            for (var d = 0; d < _docs.Count; d++)
            {
                for (var m = 0; m < _docs[d].Mentions.Length; m++)
                {
                    yield return new MentionRef(d, m);
                }
            }
        }

        private void Assign(MentionRef reference, string entity)
        {
            var list = _assigned[reference.Document][reference.Index];
            if (list.Contains(entity, StringComparer.Ordinal))
            {
                return;
            }

            list.Add(entity);
            var inDocument = _documentEntities[reference.Document];
            inDocument[entity] = inDocument.GetValueOrDefault(entity) + 1;
            if (!_entities.TryGetValue(entity, out var refs))
            {
                refs = [];
                _entities.Add(entity, refs);
            }

            refs.Add(reference);
        }

        /// <summary>Gazetteer actors, places, products and organizations, keyed by id or normalized name.</summary>
        public void AssignEntities()
        {
            foreach (var reference in All())
            {
                var mention = At(reference);
                if (mention.RoleOnly || (mention.Kind == ActorKind.Person && mention.KnownId is null) || mention.Tentative)
                {
                    continue;
                }

                if (mention.KnownId is not null)
                {
                    Assign(reference, _owner.KnownActorId(mention.KnownId, mention.Kind));
                    continue;
                }

                var entity = mention.Kind switch
                {
                    ActorKind.Place => "place|" + PersonNameKey.Slug(mention.Name),
                    ActorKind.Product => ProductKey(mention.Name),
                    _ => "org|" + PersonNameKey.WordSetKey(WithoutLegalSuffix(mention.Name)),
                };
                Assign(reference, entity);
            }

            ShortenedProducts();
            ShortenedOrganizations();
        }

        private static string ProductKey(string name) => "product|" + PersonNameKey.WordSetKey(name);

        /// <summary>A product named short ("the iPhone") in a document about one model of it ("the iPhone 3G") is that model.</summary>
        /// <remarks>The model is the only product of the document whose name holds every word of the short name and more, or the one
        /// of them named clearly most often (at least twice, more than all the others together). This is the product's version of a
        /// surname standing for the full name.</remarks>
        private void ShortenedProducts()
        {
            for (var d = 0; d < _docs.Count; d++)
            {
                var products = new List<(int Index, string Key, string[] Words)>();
                for (var m = 0; m < _docs[d].Mentions.Length; m++)
                {
                    var mention = _docs[d].Mentions[m];
                    if (mention.Kind == ActorKind.Product && mention.KnownId is null && !mention.RoleOnly && !mention.Tentative)
                    {
                        var key = ProductKey(mention.Name);
                        products.Add((m, key, key["product|".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)));
                    }
                }

                foreach (var shortName in products.Select(p => (p.Key, p.Words)).Distinct().ToList())
                {
                    var models = products
                        .Where(p => p.Words.Length > shortName.Words.Length && shortName.Words.All(p.Words.Contains))
                        .GroupBy(p => p.Key, StringComparer.Ordinal)
                        .Select(g => (Key: g.Key, Count: g.Count()))
                        .OrderByDescending(g => g.Count)
                        .ThenBy(g => g.Key, StringComparer.Ordinal)
                        .ToList();
                    if (models.Count == 0 || (models.Count > 1 && (models[0].Count < 2 || models[0].Count <= models.Skip(1).Sum(g => g.Count))))
                    {
                        continue;
                    }

                    foreach (var product in products.Where(p => p.Key == shortName.Key))
                    {
                        Reassign(new MentionRef(d, product.Index), shortName.Key, models[0].Key);
                    }
                }
            }
        }

        /// <summary>An organization named short ("the Times") in a document that names exactly one organization whose name ends in those words ("the New York Times") is that organization.</summary>
        /// <remarks>The organization's version of a surname standing for the full name; when two names in the document end that way
        /// ("the Foreign Ministry", "the Defense Ministry") the short name stays as it is.</remarks>
        private void ShortenedOrganizations()
        {
            for (var d = 0; d < _docs.Count; d++)
            {
                var named = new List<(int Index, string[] Words)>();
                for (var m = 0; m < _docs[d].Mentions.Length; m++)
                {
                    var mention = _docs[d].Mentions[m];
                    if (IsOrganization(mention.Kind) && !mention.RoleOnly && !mention.Tentative && _assigned[d][m].Count == 1)
                    {
                        named.Add((m, NameWords(mention.Name)));
                    }
                }

                foreach (var (index, words) in named.Where(n => _docs[d].Mentions[n.Index].KnownId is null && n.Words.Length > 0).ToList())
                {
                    var from = _assigned[d][index][0];
                    var targets = named
                        .Where(other => other.Words.Length > words.Length && other.Words.AsSpan(other.Words.Length - words.Length).SequenceEqual(words, StringComparer.OrdinalIgnoreCase))
                        .Select(other => _assigned[d][other.Index][0])
                        .Distinct(StringComparer.Ordinal)
                        .ToList();
                    if (targets.Count == 1 && !string.Equals(targets[0], from, StringComparison.Ordinal))
                    {
                        Reassign(new MentionRef(d, index), from, targets[0]);
                    }
                }
            }
        }

        private static bool IsOrganization(ActorKind kind) => kind is not (ActorKind.Person or ActorKind.Country or ActorKind.Place or ActorKind.Product);

        // The name's words without a leading article: "the New York Times" and "New York Times" end alike.
        private static string[] NameWords(string name)
        {
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return words.Length > 1 && string.Equals(words[0], "the", StringComparison.OrdinalIgnoreCase) ? words[1..] : words;
        }

        private void Reassign(MentionRef reference, string from, string to)
        {
            if (_assigned[reference.Document][reference.Index].Remove(from))
            {
                var inDocument = _documentEntities[reference.Document];
                if (--inDocument[from] == 0)
                {
                    inDocument.Remove(from);
                }
            }

            if (_entities.TryGetValue(from, out var refs))
            {
                refs.Remove(reference);
                if (refs.Count == 0)
                {
                    _entities.Remove(from);
                }
            }

            Assign(reference, to);
        }

        private string WithoutLegalSuffix(string name)
        {
            var words = name.Split(' ');
            return words.Length > 1 && Cues.CompanySuffixes.TryGetValue(words[^1], out var legal) && legal ? string.Join(' ', words[..^1]) : name;
        }

        /// <summary>Full names by key; then surnames alone, in the same document first, else the corpus.</summary>
        public void AssignPersons()
        {
            var surnameOnly = new List<(MentionRef Reference, PersonNameKey Key)>();
            var fullBySurname = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
            foreach (var reference in All())
            {
                var mention = At(reference);
                if (!IsPersonName(mention))
                {
                    continue;
                }

                var person = mention.Kind == ActorKind.Person && mention.KnownId is null && !mention.RoleOnly;

                var key = NameKey(mention.Name);
                if (key is null)
                {
                    continue;
                }

                if (key.IsFull && person)
                {
                    var entity = "person|" + key.FullKey;
                    Assign(reference, entity);
                    if (!fullBySurname.TryGetValue(key.Surname, out var set))
                    {
                        set = new SortedSet<string>(StringComparer.Ordinal);
                        fullBySurname.Add(key.Surname, set);
                    }

                    set.Add(entity);
                }
                else
                {
                    surnameOnly.Add((reference, key));
                }
            }

            foreach (var (reference, key) in surnameOnly)
            {
                var mention = At(reference);
                var surname = key.IsFull ? null : key.Surname;
                var candidates = surname is not null && fullBySurname.TryGetValue(surname, out var set) ? set.ToList() : [];
                var chosen = ChooseBearer(candidates, reference) ?? (surname is null ? null : GivenNameInDocument(surname, reference.Document));
                if (chosen is not null)
                {
                    Assign(reference, chosen);
                }
                else if (mention.Tentative)
                {
                    Assign(reference, (mention.Kind == ActorKind.Person ? "person|" : "org|") + PersonNameKey.WordSetKey(WithoutLegalSuffix(mention.Name)));
                }
                else
                {
                    Assign(reference, "person|" + (key.IsFull ? key.FullKey : key.Surname));
                }
            }

            foreach (var (entity, refs) in _entities)
            {
                if (entity.StartsWith("person|", StringComparison.Ordinal) && Majority(refs.Select(reference => At(reference).Country)) is { } country)
                {
                    _personCountries[entity] = country;
                }
            }
        }

        // Whether the mention's name is parsed as a person's: persons not in the gazetteer, and tentative names.
        private static bool IsPersonName(ActorMention mention) =>
            (mention.Kind == ActorKind.Person && mention.KnownId is null && !mention.RoleOnly) || mention.Tentative;

        // Read-only once built, so that the actors can be built in parallel.
        private PersonNameKey? NameKey(string name) => _nameKeys.TryGetValue(name, out var key) ? key : PersonNameKey.Parse(name, Cues);

        private bool InDocument(string entity, int document) => _documentEntities[document].ContainsKey(entity);

        /// <summary>A lone given name ("Steve") for the only person of the document named in full with it ("Steve Jobs"), else null.</summary>
        private string? GivenNameInDocument(string given, int document)
        {
            var prefix = "person|" + given + "|";
            string? found = null;
            foreach (var entity in _documentEntities[document].Keys)
            {
                if (entity.StartsWith(prefix, StringComparison.Ordinal))
                {
                    if (found is not null)
                    {
                        return null;
                    }

                    found = entity;
                }
            }

            return found;
        }

        /// <summary>Picks the person a lone surname stands for: when the document names two or more bearers of it in full ("Bill Clinton",
        /// "Hillary Clinton"), the one it gives the title the surname has here ("President Clinton"); else as <see cref="Choose"/>; and
        /// where that finds none (the bearers named as often), the one named in full nearest to it, a preceding name first.</summary>
        /// <remarks>The corpus's most named bearer stays first: the nearest full name is often a relative named in passing ("Michelle
        /// Obama") or a misread one ("Thankfully Obama").</remarks>
        private string? ChooseBearer(IReadOnlyCollection<string> candidates, MentionRef reference)
        {
            var named = FullMentions(reference.Document, candidates);
            if (named.Select(pair => pair.Entity).Distinct(StringComparer.Ordinal).Count() < 2)
            {
                return Choose(candidates, reference.Document);
            }

            var mention = At(reference);
            if (TitleRole(mention) is { } role
                && named.Where(pair => TitleRole(pair.Mention) == role).Select(pair => pair.Entity).Distinct(StringComparer.Ordinal).ToList() is [var titled])
            {
                return titled;
            }

            if (Choose(candidates, reference.Document) is { } chosen)
            {
                return chosen;
            }

            var nearest = named
                .GroupBy(pair => pair.Entity, StringComparer.Ordinal)
                .Select(group => (Entity: group.Key, Distance: group.Min(pair => SentenceDistance(pair.Mention, mention))))
                .OrderBy(pair => pair.Distance)
                .ThenBy(pair => pair.Entity, StringComparer.Ordinal)
                .ToList();
            return nearest[0].Distance < nearest[1].Distance ? nearest[0].Entity : null;
        }

        // Sentences apart, a name after the mention counting half a sentence farther than one before it.
        private static int SentenceDistance(ActorMention named, ActorMention mention) =>
            named.Sentence <= mention.Sentence ? 2 * (mention.Sentence - named.Sentence) : (2 * (named.Sentence - mention.Sentence)) + 1;

        private string? TitleRole(ActorMention mention) => mention.Title is null ? null : Gazetteer.Title(mention.Title)?.Role;

        /// <summary>The document's mentions that name one of <paramref name="entities"/> in full, with the entity each names.</summary>
        private List<(string Entity, ActorMention Mention)> FullMentions(int document, IReadOnlyCollection<string> entities)
        {
            var found = new List<(string Entity, ActorMention Mention)>();
            if (!entities.Any(entity => InDocument(entity, document)))
            {
                return found;
            }

            var mentions = _docs[document].Mentions;
            for (var m = 0; m < mentions.Length; m++)
            {
                if (!IsPersonName(mentions[m]) || NameKey(mentions[m].Name) is not { IsFull: true })
                {
                    continue;
                }

                foreach (var entity in _assigned[document][m])
                {
                    if (entities.Contains(entity))
                    {
                        found.Add((entity, mentions[m]));
                    }
                }
            }

            return found;
        }

        /// <summary>Picks among entities: the only one in the document, else the only one in the corpus, else the most mentioned.</summary>
        private string? Choose(IReadOnlyCollection<string> candidates, int document)
        {
            if (candidates.Count == 0)
            {
                return null;
            }

            var inDocument = candidates.Where(candidate => InDocument(candidate, document)).ToList();
            var pool = inDocument.Count > 0 ? inDocument : candidates.ToList();
            if (pool.Count == 1)
            {
                return pool[0];
            }

            var ranked = pool
                .Select(candidate => (Candidate: candidate, Count: _entities[candidate].Count))
                .OrderByDescending(pair => pair.Count)
                .ThenBy(pair => pair.Candidate, StringComparer.Ordinal)
                .ToList();
            return ranked[0].Count > ranked[1].Count ? ranked[0].Candidate : null;
        }

        /// <summary>Role-only mentions: to the persons the corpus names in that role for that country or body.</summary>
        public void AssignRoles()
        {
            var holders = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
            foreach (var reference in All())
            {
                var mention = At(reference);
                if (mention.RoleOnly || mention.Title is null || Gazetteer.Title(mention.Title) is not { } title || IsFormerHolder(mention))
                {
                    continue;
                }

                foreach (var entity in _assigned[reference.Document][reference.Index].Where(entity => entity.StartsWith("person|", StringComparison.Ordinal)))
                {
                    var country = mention.Country ?? title.Country ?? _personCountries.GetValueOrDefault(entity);
                    foreach (var scope in new[] { country is null ? null : "country:" + country, mention.Affiliation is null ? null : _owner.KnownActorId(mention.Affiliation, ActorKind.Organization) })
                    {
                        if (scope is null)
                        {
                            continue;
                        }

                        var key = title.Role + "@" + scope;
                        if (!holders.TryGetValue(key, out var counts))
                        {
                            counts = new Dictionary<string, int>(StringComparer.Ordinal);
                            holders.Add(key, counts);
                        }

                        counts[entity] = counts.GetValueOrDefault(entity) + 1;
                    }
                }
            }

            foreach (var reference in All())
            {
                var mention = At(reference);
                if (!mention.RoleOnly || mention.Title is null || Gazetteer.Title(mention.Title) is not { } title)
                {
                    continue;
                }

                var resolved = new List<string>();
                if (title.Role == CounterpartRole)
                {
                    if (Antecedent(reference) is { } antecedent)
                    {
                        var countries = mention.Country is not null ? [mention.Country] : CountriesInPlay(reference).Where(country => country != antecedent.Country).Take(1).ToList();
                        resolved.AddRange(countries.Select(country => Holder(holders, antecedent.Role + "@country:" + country, reference.Document)).OfType<string>());
                    }
                }
                else if (mention.Plural && mention.Country is null && mention.Affiliation is null)
                {
                    // "Russia and Turkey: the foreign ministers met": one holder for each country named before the group. Without two
                    // such countries the group is no set of known persons ("the leaders discussed the war in Afghanistan", "lawmakers").
                    var holdersOfCountries = CountriesBefore(reference).Select(country => Holder(holders, title.Role + "@country:" + country, reference.Document)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
                    if (holdersOfCountries.Count >= 2)
                    {
                        resolved.AddRange(holdersOfCountries);
                    }
                }
                else if (!mention.Plural)
                {
                    // A group in a role ("U.S. officials", "his aides") is not the one person the corpus names in it.
                    var scopes = new[] { mention.Affiliation is null ? null : _owner.KnownActorId(mention.Affiliation, ActorKind.Organization), mention.Country is null ? null : "country:" + mention.Country };
                    var holder = scopes.OfType<string>().Select(scope => Holder(holders, title.Role + "@" + scope, reference.Document)).FirstOrDefault(found => found is not null);
                    if (holder is not null)
                    {
                        resolved.Add(holder);
                    }
                }

                // Nobody named in the role: the body or country the role acts for ("ISIL fighters", "U.S. officials").
                if (resolved.Count == 0 && mention.Affiliation is not null)
                {
                    resolved.Add(_owner.KnownActorId(mention.Affiliation, ActorKind.Organization));
                }
                else if (resolved.Count == 0 && mention.Country is not null && (title.Government || title.Role == CounterpartRole))
                {
                    resolved.Add("country:" + mention.Country);
                }

                // Nor a body or country: the group or role itself ("witnesses told", "the military raided"), one actor per
                // document, since two articles' witnesses are not known to be the same people. Reporters are no actors.
                if (resolved.Count == 0 && _assigned[reference.Document][reference.Index].Count == 0 && title.Role != CounterpartRole && title.Role != JournalistRole && GroupWords(mention, title) is { } words)
                {
                    resolved.Add("group|" + words + "|" + _docs[reference.Document].DocumentId);
                }

                foreach (var entity in resolved)
                {
                    Assign(reference, entity);
                }
            }
        }

        /// <summary>The words that name a group or body, without determiners and numbers ("witnesses", "military"), or null for a singular role or when none is left.</summary>
        private static string? GroupWords(ActorMention mention, PersonTitle title)
        {
            // A group is plural ("witnesses", "officials"), or a body named by a common noun ("the military"); a singular role
            // ("the president") is one person the text does not name, left to the holders of the role.
            // Lower case, but for the demonym of a group that has a country ("Cuban exiles"): a capitalized word not of the title.
            var titleWords = title.Forms.SelectMany(form => form.Split(' ')).Where(word => word.Length > 0 && char.IsLower(word[0])).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var all = mention.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(word => mention.Country is not null && char.IsUpper(word[0]) && !titleWords.Contains(word) && !IsDeterminerWord(word) ? word : word.ToLowerInvariant())
                .ToArray();
            var plural = mention.Plural || (all.Length > 0 && all[^1].EndsWith('s') && !all[^1].EndsWith("ss", StringComparison.Ordinal))
                || (title.Role == PoliceRole && all.Length > 0 && all[^1] == "police");
            if (all.Length == 0 || !(plural || (title.Role == MilitaryRole && all[0] is "the")))
            {
                return null;
            }

            var words = all
                .SkipWhile(word => IsDeterminerWord(word) || word.Any(char.IsDigit))
                .ToList();
            return words.Count == 0 ? null : string.Join(' ', words);
        }

        private static bool IsDeterminerWord(string word) => word.ToLowerInvariant() is "a" or "an" or "the" or "some" or "many" or "several" or "other" or "its" or "their" or "his" or "her";

        private string? Holder(Dictionary<string, Dictionary<string, int>> holders, string key, int document)
        {
            return holders.TryGetValue(key, out var counts) ? Choose(counts.Keys.Order(StringComparer.Ordinal).ToList(), document) : null;
        }

        /// <summary>Whether the text says the title is no longer held ("former US ambassador to Iraq James Jeffrey").</summary>
        private static bool IsFormerHolder(ActorMention mention)
        {
            var first = mention.Text.Split(' ', '-')[0];
            return first.Equals("former", StringComparison.OrdinalIgnoreCase) || first.Equals("ex", StringComparison.OrdinalIgnoreCase) || first.Equals("late", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>The person named just before a relational role, with the role and country they hold.</summary>
        private (string Role, string? Country)? Antecedent(MentionRef reference)
        {
            var mentions = _docs[reference.Document].Mentions;
            var sentence = mentions[reference.Index].Sentence;
            for (var m = reference.Index - 1; m >= 0 && mentions[m].Sentence >= sentence - AntecedentSentences; m--)
            {
                var candidate = mentions[m];
                if (candidate.RoleOnly || candidate.Kind != ActorKind.Person)
                {
                    continue;
                }

                var entity = _assigned[reference.Document][m].FirstOrDefault(id => id.StartsWith("person|", StringComparison.Ordinal));
                var titleId = candidate.Title ?? (entity is null ? null : Majority(_entities[entity].Select(other => At(other).Title)));
                if (titleId is not null && Gazetteer.Title(titleId) is { } title && title.Role != CounterpartRole)
                {
                    var country = candidate.Country ?? (entity is null ? null : _personCountries.GetValueOrDefault(entity));
                    return (title.Role, country);
                }
            }

            return null;
        }

        /// <summary>The countries a sentence names, or when it names fewer than two, the two its document names most.</summary>
        private List<string> CountriesInPlay(MentionRef reference)
        {
            var mentions = _docs[reference.Document].Mentions;
            var sentence = mentions[reference.Index].Sentence;
            var inSentence = new List<string>();
            for (var m = 0; m < mentions.Length; m++)
            {
                if (mentions[m].Sentence == sentence && CountryOf(new MentionRef(reference.Document, m)) is { } country && !inSentence.Contains(country, StringComparer.Ordinal))
                {
                    inSentence.Add(country);
                }
            }

            if (inSentence.Count >= 2)
            {
                return inSentence;
            }

            return Enumerable.Range(0, mentions.Length)
                .Select(m => CountryOf(new MentionRef(reference.Document, m)))
                .OfType<string>()
                .GroupBy(country => country, StringComparer.Ordinal)
                .OrderByDescending(group => group.Count())
                .ThenBy(group => group.Key, StringComparer.Ordinal)
                .Take(2)
                .Select(group => group.Key)
                .ToList();
        }

        /// <summary>The countries a sentence names before the mention.</summary>
        private List<string> CountriesBefore(MentionRef reference)
        {
            var mentions = _docs[reference.Document].Mentions;
            var sentence = mentions[reference.Index].Sentence;
            var countries = new List<string>();
            for (var m = 0; m < mentions.Length; m++)
            {
                if (mentions[m].Sentence == sentence && mentions[m].Start < mentions[reference.Index].Start
                    && CountryOf(new MentionRef(reference.Document, m)) is { } country && !countries.Contains(country, StringComparer.Ordinal))
                {
                    countries.Add(country);
                }
            }

            return countries;
        }

        private string? CountryOf(MentionRef reference)
        {
            var entity = _assigned[reference.Document][reference.Index].FirstOrDefault(id => id.StartsWith("country:", StringComparison.Ordinal));
            return entity?["country:".Length..];
        }

        public ActorResolution Build()
        {
            var ids = AssignIds();
            var entities = _entities.ToList();
            var actors = ParallelMap.Run(entities, _jobs, pair => BuildActor(ids[pair.Key], pair.Key, pair.Value, ids))
                .OrderBy(actor => actor.Id, StringComparer.Ordinal)
                .ToImmutableArray();
            // Most mentions name one actor: those share one list per actor, as a corpus has millions of mentions and far fewer actors.
            var alone = ids.Values.Distinct(StringComparer.Ordinal).ToDictionary(id => id, id => ImmutableArray.Create(id), StringComparer.Ordinal);
            var perDocument = ParallelMap.Run(
                Enumerable.Range(0, _docs.Count).ToList(),
                _jobs,
                d => _assigned[d].Select(list => Named(list, ids, alone)).ToImmutableArray());
            var mentionActors = _docs
                .Select((doc, d) => (doc.DocumentId, Ids: perDocument[d]))
                .ToImmutableDictionary(pair => pair.DocumentId, pair => pair.Ids, StringComparer.Ordinal);
            return new ActorResolution(actors, mentionActors);
        }

        // The actors a mention names, each once; a mention naming one actor is given that actor's shared list.
        private static ImmutableArray<string> Named(IEnumerable<string> entities, Dictionary<string, string> ids, Dictionary<string, ImmutableArray<string>> alone)
        {
            var named = entities.Select(entity => ids[entity]).Distinct(StringComparer.Ordinal).ToImmutableArray();
            return named.Length == 1 ? alone[named[0]] : named;
        }

        private Dictionary<string, string> AssignIds()
        {
            var ids = new Dictionary<string, string>(StringComparer.Ordinal);
            var taken = new HashSet<string>(StringComparer.Ordinal);
            var suffixes = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var entity in _entities.Keys.Where(entity => entity.Contains(':', StringComparison.Ordinal) && !entity.Contains('|', StringComparison.Ordinal)))
            {
                ids[entity] = entity;
                taken.Add(entity);
            }

            var named = _entities.Keys.Where(entity => !ids.ContainsKey(entity)).Order(StringComparer.Ordinal).ToList();
            var canonicals = ParallelMap.Run(named, _jobs, entity => CanonicalName(entity, _entities[entity]));
            for (var i = 0; i < named.Count; i++)
            {
                var entity = named[i];
                var refs = _entities[entity];
                var prefix = entity[..entity.IndexOf('|', StringComparison.Ordinal)];
                if (prefix == "org" && refs.Any(reference => At(reference).Kind == ActorKind.Company && !At(reference).Tentative))
                {
                    prefix = "company";
                }

                _canonicalNames.Add(entity, canonicals[i]);
                var id = prefix + ":" + PersonNameKey.Slug(canonicals[i]);
                var unique = id;
                // The first free number from 2 on; the numbers an id tried before stay taken, so its search goes on where it stopped
                // (a name shared by thousands of entities would otherwise try every number again each time).
                var n = suffixes.GetValueOrDefault(id, 2);
                while (!taken.Add(unique))
                {
                    unique = id + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    n++;
                }

                suffixes[id] = n;
                ids[entity] = unique;
            }

            return ids;
        }

        private string CanonicalName(string entity, List<MentionRef> refs)
        {
            var named = refs.Select(At).Where(mention => !mention.RoleOnly).ToList();
            if (entity.StartsWith("person|", StringComparison.Ordinal))
            {
                var forms = named.Select(mention => NameKey(mention.Name)).OfType<PersonNameKey>().ToList();
                var full = forms.Where(form => form.IsFull).Select(form => form.FullForm).ToList();
                return Majority(full.Count > 0 ? full : forms.Select(form => form.FullForm)) ?? Majority(named.Select(mention => mention.Name)) ?? entity;
            }

            if (entity.StartsWith("org|", StringComparison.Ordinal))
            {
                return Majority(named.Select(mention => WithoutLegalSuffix(mention.Name))) ?? entity;
            }

            if (entity.StartsWith("group|", StringComparison.Ordinal))
            {
                return entity.Split('|')[1];
            }

            if (entity.StartsWith("product|", StringComparison.Ordinal))
            {
                // A model named short in its own documents ("the iPhone") keeps the name that says which model it is.
                var full = named.Where(mention => ProductKey(mention.Name) == entity).Select(mention => mention.Name).ToList();
                return Majority(full.Count > 0 ? full : named.Select(mention => mention.Name)) ?? entity;
            }

            return Majority(named.Select(mention => mention.Name)) ?? entity;
        }

        private Actor BuildActor(string id, string entity, List<MentionRef> refs, Dictionary<string, string> ids)
        {
            var mentions = refs.Select(At).ToList();
            var named = mentions.Where(mention => !mention.RoleOnly).ToList();
            var known = entity.Contains('|', StringComparison.Ordinal) ? null : named.Select(mention => mention.KnownId).FirstOrDefault(knownId => knownId is not null);
            var knownActor = known is null ? null : Gazetteer.Actor(known) ?? Gazetteer.Body(known);
            var country = id.StartsWith("country:", StringComparison.Ordinal) ? id["country:".Length..] : null;
            var kind = country is not null ? ActorKind.Country
                : id.StartsWith("person:", StringComparison.Ordinal) ? ActorKind.Person
                : id.StartsWith("company:", StringComparison.Ordinal) ? ActorKind.Company
                : knownActor?.Kind ?? KindOf(named.Count > 0 ? named : mentions);
            var name = country is not null ? Gazetteer.Country(country)?.Name ?? country
                : knownActor?.Name ?? (_canonicalNames.TryGetValue(entity, out var canonical) ? canonical : CanonicalName(entity, refs));
            var actorCountry = country ?? knownActor?.Country ?? Majority(named.Select(mention => mention.Country)) ?? Majority(mentions.Select(mention => mention.Country));
            var aliases = named.Select(mention => mention.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
            var roles = mentions
                .Select(mention => mention.Title is null ? null : Gazetteer.Title(mention.Title)?.Name)
                .OfType<string>()
                .Where(role => !string.Equals(role, CounterpartRole, StringComparison.Ordinal))
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .ToImmutableArray();
            var affiliations = new SortedSet<string>(StringComparer.Ordinal);
            if (country is null && actorCountry is not null)
            {
                affiliations.Add("country:" + actorCountry);
            }

            foreach (var mention in named.Where(mention => mention.Affiliation is not null))
            {
                affiliations.Add(_owner.KnownActorId(mention.Affiliation!, ActorKind.Organization));
            }

            if (knownActor?.Parent is { } parent)
            {
                affiliations.Add(_owner.KnownActorId(parent, ActorKind.Organization));
            }

            affiliations.Remove(id);
            return new Actor(id, name, kind, actorCountry, aliases, roles, refs.Count) { Affiliations = [.. affiliations] };
        }

        private static ActorKind KindOf(List<ActorMention> named)
        {
            return named
                .Where(mention => !mention.Tentative)
                .GroupBy(mention => mention.Kind)
                .OrderByDescending(group => group.Count())
                .ThenBy(group => group.Key)
                .Select(group => (ActorKind?)group.Key)
                .FirstOrDefault() ?? named.Select(mention => mention.Kind).FirstOrDefault(ActorKind.Organization);
        }
    }
}
