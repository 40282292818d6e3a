using System.Collections.Immutable;

using EventTimeline.Text;

namespace EventTimeline.Actors;

/// <content>The scan of one sentence: title chains, appositions, capitalized runs and products.</content>
internal sealed partial class ActorRecognizer
{
    // "Hudson's Bay Co.": at most this many capitalized words between a possessive and the company suffix that ends the name.
    private const int MaxCompanyWordsAfterPossessive = 4;

    private enum ElementKind
    {
        Determiner,
        Group,
        Modifier,
        Filler,
        Honorific,
        Title,
        Actor,
        Demonym,
        Link,
        Posting,
    }

    /// <summary>One piece of a title chain ("Russian" "Foreign Minister" before "Sergey Lavrov"), over tokens First..Last.</summary>
    private sealed record Element(ElementKind Kind, int First, int Last)
    {
        public PersonTitle? Title { get; init; }

        public KnownActor? Actor { get; init; }

        public CountryInfo? Country { get; init; }

        public Honorific? Honorific { get; init; }

        public bool IsContent => Kind is not (ElementKind.Determiner or ElementKind.Modifier or ElementKind.Filler);
    }

    /// <summary>A title chain and the token index after it.</summary>
    private sealed record Chain(ImmutableArray<Element> Elements, int End)
    {
        public PersonTitle? Title => Elements.LastOrDefault(element => element.Kind == ElementKind.Title)?.Title;

        public Element? TitleElement => Elements.LastOrDefault(element => element.Kind == ElementKind.Title);

        public Honorific? Honorific => Elements.FirstOrDefault(element => element.Kind == ElementKind.Honorific)?.Honorific;

        public bool HasGroup => Elements.Any(element => element.Kind == ElementKind.Group);

        public int First => Elements[0].First;
    }

    /// <summary>What an apposition after a name says about it ("Peter Cook, a Pentagon spokesman").</summary>
    private sealed record Apposition(PersonTitle? Title, string? Country, string? Affiliation, int End);

    private sealed class SentenceScanner
    {
        private readonly ActorRecognizer _owner;
        private readonly PreparedSentence _sentence;
        private readonly ImmutableArray<NameToken> _tokens;
        private readonly string[] _words;
        private readonly DocumentEvidence _evidence;
        private readonly KnownNames _known;
        private readonly List<ActorMention> _mentions = [];
        private readonly Stack<List<Element>> _elementLists = new();

        public SentenceScanner(ActorRecognizer owner, PreparedSentence sentence, DocumentEvidence evidence, KnownNames known)
        {
            _owner = owner;
            _sentence = sentence;
            _tokens = sentence.Tokens;
            _words = [.. _tokens.Select(token => token.LookupText)];
            _evidence = evidence;
            _known = known;
        }

        private Gazetteer Gazetteer => _owner._gazetteer;

        private ActorCues Cues => _owner._cues;

        private int Count => _tokens.Length;

        public List<ActorMention> Scan()
        {
            var i = 0;
            while (i < Count)
            {
                i = _tokens[i].IsWord ? Math.Max(Step(i), i + 1) : i + 1;
            }

            return _mentions;
        }

        private int Step(int i)
        {
            if (TryProduct(i, out var afterProduct))
            {
                return afterProduct;
            }

            // "Liberal Party Chair Akira Sato", "Committee Chair Linda Park": a capitalized title inside a run ends the name before it and opens a title chain.
            var runEnd = RunEnd(i);
            if (TitleInsideRun(i, runEnd) is { } title)
            {
                EmitRun(i, title);
                return title;
            }

            // A capitalized name ending in an organization, company or place word is one name even when it opens with a demonym or country ("American Enterprise Institute").
            if (runEnd - i >= 2 && HeadKind(i, runEnd) is { } head && !GazetteerCovers(i, runEnd) && !(head == ActorKind.Place && TitledName(i, runEnd)))
            {
                return EmitRun(i, runEnd);
            }

            var chain = ParseChain(i);
            if (chain is not null)
            {
                var next = EmitChain(chain);
                if (next > i)
                {
                    return next;
                }
            }

            return runEnd > i ? EmitRun(i, runEnd) : i + 1;
        }

        // ---- title chains ----------------------------------------------------------------

        private Chain? ParseChain(int i)
        {
            // Most starts hold no chain; the working lists are reused (a stack, should a chain ever be parsed inside another).
            var elements = _elementLists.Count > 0 ? _elementLists.Pop() : [];
            try
            {
                return ParseChain(i, elements);
            }
            finally
            {
                elements.Clear();
                _elementLists.Push(elements);
            }
        }

        private Chain? ParseChain(int i, List<Element> elements)
        {
            var p = i;
            for (var determiners = 0; determiners < 2 && p < Count && _tokens[p].IsWord && _determiners.Contains(_tokens[p].Text); determiners++)
            {
                elements.Add(new Element(ElementKind.Determiner, p, p));
                p++;
            }

            if (p + 1 < Count && _tokens[p].IsLower && _groupNouns.Contains(_tokens[p].Text) && _tokens[p + 1].Kind == NameTokenKind.Possessive && elements.Count > 0)
            {
                elements.Add(new Element(ElementKind.Group, p, p + 1));
                p += 2;
            }

            while (p < Count && _tokens[p].IsWord)
            {
                var best = BestMatchAt(p);
                if (best is not null)
                {
                    elements.Add(best);
                    p = best.Last + 1;
                    if (best.Kind is ElementKind.Actor or ElementKind.Demonym && p < Count && _tokens[p].Kind == NameTokenKind.Possessive)
                    {
                        p++;
                    }

                    if (best.Kind == ElementKind.Title && TryLink(p) is { } link)
                    {
                        elements.Add(link);
                        p = link.Last + 1;
                    }

                    continue;
                }

                var token = _tokens[p];

                // "Former Vice President Carlos Mendez was arrested": a sentence-initial modifier is capitalized like any first word.
                if ((token.IsLower || (token.SentenceInitial && p + 1 < Count && _sentence.Matches.TitleAt(p + 1) is not null))
                    && Cues.RoleModifiers.Contains(token.Text.ToLowerInvariant()))
                {
                    elements.Add(new Element(ElementKind.Modifier, p, p));
                    p++;
                    continue;
                }

                // One plain word between an affiliation and a title ("Middle East policy expert"), not a verb ("the Pentagon said Defense Secretary...").
                if (token.IsLower && !Cues.ReportingVerbs.Contains(token.Text) && !_roleFollowers.Contains(token.Text) && !token.Text.EndsWith("ed", StringComparison.Ordinal) && elements.Count > 0 && elements[^1].Kind is ElementKind.Actor or ElementKind.Demonym && p + 1 < Count && _sentence.Matches.TitleAt(p + 1) is not null)
                {
                    elements.Add(new Element(ElementKind.Filler, p, p));
                    p++;
                    continue;
                }

                break;
            }

            while (elements.Count > 0 && !elements[^1].IsContent)
            {
                elements.RemoveAt(elements.Count - 1);
            }

            if (!elements.Any(element => element.IsContent && element.Kind != ElementKind.Group) && !elements.Any(element => element.Kind == ElementKind.Group))
            {
                return null;
            }

            if (elements[^1].Kind == ElementKind.Group)
            {
                return null;
            }

            var end = elements[^1].Last + 1;
            if (elements[^1].Kind is ElementKind.Actor or ElementKind.Demonym && end < Count && _tokens[end].Kind == NameTokenKind.Possessive)
            {
                end++;
            }

            return new Chain([.. elements], end);
        }

        private Element? BestMatchAt(int p)
        {
            var actor = WithoutPossessive(_sentence.Matches.ActorAt(p));
            var title = WithoutPossessive(_sentence.Matches.TitleAt(p));
            var demonym = WithoutPossessive(Gazetteer.LongestDemonymMatch(_words, p));
            var honorific = _owner._honorifics.LongestMatchAt(_words, p);
            if (actor is not null && !_tokens[p].IsCapitalized && !_tokens[p].HasDigit)
            {
                actor = null;
            }

            // "U.S. Treasury Secretary": the title "Treasury Secretary" wins its word back from the alias "U.S. Treasury".
            if (actor is not null && actor.Length >= 2 && _sentence.Matches.TitleAt(p + actor.Length - 1) is { Length: >= 2 })
            {
                actor = WithoutPossessive(Gazetteer.LongestActorMatch(_words[..(p + actor.Length - 1)], p));
            }

            var actorLength = actor?.Length ?? 0;
            var titleLength = title?.Length ?? 0;
            var demonymLength = demonym?.Length ?? 0;
            var honorificLength = honorific?.Length ?? 0;
            var longest = Math.Max(Math.Max(actorLength, titleLength), Math.Max(demonymLength, honorificLength));
            if (longest == 0)
            {
                return null;
            }

            if (titleLength == longest && titleLength > actorLength)
            {
                // A title that swallowed a shorter name keeps it ("U.S. official", "White House Press Secretary", "Pentagon chief").
                var shorterActor = actor?.Values[0];
                var country = demonym?.Values[0] ?? (shorterActor?.Kind == ActorKind.Country ? Gazetteer.Country(shorterActor.Id) : null);
                return new Element(ElementKind.Title, p, p + titleLength - 1)
                {
                    Title = title!.Values[0],
                    Actor = shorterActor,
                    Country = country,
                };
            }

            if (actorLength == longest)
            {
                return new Element(ElementKind.Actor, p, p + actorLength - 1) { Actor = actor!.Values[0] };
            }

            if (titleLength == longest)
            {
                return new Element(ElementKind.Title, p, p + titleLength - 1) { Title = title!.Values[0] };
            }

            if (demonymLength == longest)
            {
                return new Element(ElementKind.Demonym, p, p + demonymLength - 1) { Country = demonym!.Values[0] };
            }

            return new Element(ElementKind.Honorific, p, p + honorificLength - 1) { Honorific = honorific!.Values[0] };
        }

        /// <summary>Drops a possessive ending from a match ("Russia's" matches "Russia" over two tokens).</summary>
        private PhraseMatch<T>? WithoutPossessive<T>(PhraseMatch<T>? match)
        {
            if (match is null || _tokens[match.Start + match.Length - 1].Kind != NameTokenKind.Possessive)
            {
                return match;
            }

            return match.Length > 1 ? match with { Length = match.Length - 1 } : null;
        }

        /// <summary>After a title: "for the Russian Foreign Ministry" (an affiliation) or "to Iraq" (a posting).</summary>
        private Element? TryLink(int p)
        {
            if (p >= Count || !_tokens[p].IsLower)
            {
                return null;
            }

            var affiliation = _affiliationLinks.Contains(_tokens[p].Text);
            var posting = _postingLinks.Contains(_tokens[p].Text);
            if (!affiliation && !posting)
            {
                return null;
            }

            var q = p + 1;
            if (q < Count && _tokens[q].Text == "the")
            {
                q++;
            }

            if (q >= Count || !_tokens[q].IsCapitalized)
            {
                return null;
            }

            var actor = WithoutPossessive(_sentence.Matches.ActorAt(q));
            if (actor is not null && actor.Values[0].Kind != ActorKind.Person)
            {
                return new Element(affiliation ? ElementKind.Link : ElementKind.Posting, p, q + actor.Length - 1) { Actor = actor.Values[0] };
            }

            var capital = Gazetteer.FindCountryByCapital(_tokens[q].Text);
            return capital is not null && posting ? new Element(ElementKind.Posting, p, q) : null;
        }

        private int EmitChain(Chain chain)
        {
            var title = chain.Title;
            var honorific = chain.Honorific;
            if (title is not null || honorific is not null)
            {
                var nameStart = chain.End;
                if (nameStart < Count && chain.Elements[^1].Kind is ElementKind.Title or ElementKind.Honorific or ElementKind.Posting or ElementKind.Link)
                {
                    var nameEnd = RunEnd(nameStart);
                    if (nameEnd > nameStart && PersonNameOk(nameStart, nameEnd))
                    {
                        var honorificTitle = honorific?.TitleId is { } id ? Gazetteer.Title(id) : null;
                        var first = chain.Elements.First(element => element.Kind != ElementKind.Determiner).First;
                        AddMention(first, nameEnd - 1, ActorKind.Person, Span(nameStart, nameEnd - 1), null, ChainCountry(chain), (title ?? honorificTitle)?.Id, roleOnly: false);
                        SetLast(mention => mention with { Affiliation = ChainAffiliation(chain) });
                        return nameEnd;
                    }
                }

                if (title is null)
                {
                    return -1;
                }

                // A bare role keeps no posting ("separatist fighters in Ukraine": Ukraine is its own mention).
                if (chain.Elements.All(element => !element.IsContent || element.Kind is ElementKind.Title or ElementKind.Posting) && chain.Elements.Any(element => element.Kind == ElementKind.Posting))
                {
                    var kept = chain.Elements.TakeWhile(element => element.Kind != ElementKind.Posting).ToImmutableArray();
                    chain = new Chain(kept, kept[^1].Last + 1);
                }

                if (!RoleOnlyOk(chain, title))
                {
                    EmitActorElements(chain);
                    return chain.End;
                }

                var titleElement = chain.TitleElement!;
                var plural = chain.HasGroup || IsPluralForm(title, Span(titleElement.First, titleElement.Last));
                AddMention(chain.First, chain.End - 1, ActorKind.Person, title.Name, null, chain.HasGroup ? null : ChainCountry(chain), title.Id, roleOnly: true);
                SetLast(mention => mention with { Affiliation = chain.HasGroup ? null : ChainAffiliation(chain), Plural = plural });
                return chain.End;
            }

            EmitActorElements(chain);
            return chain.End;
        }

        private void EmitActorElements(Chain chain)
        {
            foreach (var element in chain.Elements)
            {
                if (element.Kind == ElementKind.Actor && element.Actor is { } actor)
                {
                    EmitKnown(element.First, element.Last, actor);
                }
                else if (element.Kind == ElementKind.Demonym && element.Country is { } country)
                {
                    EmitDemonym(element.First, element.Last, country);
                }
            }
        }

        private void EmitKnown(int first, int last, KnownActor actor)
        {
            if (_sentence.Headline && actor.Kind == ActorKind.Person)
            {
                return;
            }

            var country = actor.Kind == ActorKind.Country ? actor.Id : actor.Country;
            AddMention(first, last, actor.Kind, Span(first, last), actor.Id, country, null, roleOnly: false);
        }

        private void EmitDemonym(int first, int last, CountryInfo country)
        {
            var next = last + 1;
            if (next < Count && _tokens[next].IsWord && Cues.DemonymExclusions.Contains(_tokens[next].Text))
            {
                return;
            }

            var surface = Span(first, last);
            var plural = country.DemonymPlurals.Any(form => PhraseKey.Normalize(form) == PhraseKey.Normalize(surface));
            AddMention(first, last, ActorKind.Country, surface, country.Id, country.Id, null, roleOnly: false);
            SetLast(mention => mention with { Plural = plural });
        }

        private static string? ChainCountry(Chain chain)
        {
            foreach (var element in chain.Elements)
            {
                switch (element.Kind)
                {
                    case ElementKind.Demonym when element.Country is not null:
                        return element.Country.Id;
                    case ElementKind.Actor or ElementKind.Link when element.Actor is not null:
                        var country = element.Actor.Kind == ActorKind.Country ? element.Actor.Id : element.Actor.Country;
                        if (country is not null)
                        {
                            return country;
                        }

                        break;
                    case ElementKind.Title when element.Country is not null:
                        return element.Country.Id;
                    case ElementKind.Title when element.Actor?.Country is not null:
                        return element.Actor.Country;
                }
            }

            return chain.Elements.Select(element => element.Title?.Country).FirstOrDefault(country => country is not null);
        }

        private static string? ChainAffiliation(Chain chain)
        {
            return chain.Elements
                .Where(element => element.Kind is ElementKind.Actor or ElementKind.Link or ElementKind.Title && element.Actor is not null && element.Actor.Kind is not (ActorKind.Country or ActorKind.Person))
                .Select(element => element.Actor!.Id)
                .LastOrDefault();
        }

        private bool PersonNameOk(int start, int end)
        {
            var name = Span(start, end - 1);
            if (_sentence.Headline)
            {
                return _known.Persons.Contains(name) || (end - start == 1 && _known.Surnames.Contains(name));
            }

            if (Cues.IsNonName(_tokens[start].Text) || HeadKind(start, end) is not null)
            {
                return false;
            }

            if (end - start == 1 && _tokens[start].IsAllCaps)
            {
                return false;
            }

            var actor = _sentence.Matches.ActorAt(start);
            return actor is null || actor.Length < end - start;
        }

        private bool RoleOnlyOk(Chain chain, PersonTitle title)
        {
            if (chain.Elements.Any(element => element.IsContent && element.Kind != ElementKind.Title) || chain.TitleElement?.Actor is not null || chain.TitleElement?.Country is not null)
            {
                return true;
            }

            if (_sentence.Headline)
            {
                return false;
            }

            var titleElement = chain.TitleElement!;
            if (IsPluralForm(title, Span(titleElement.First, titleElement.Last)))
            {
                return true;
            }

            var next = chain.End;
            if (next >= Count || !_tokens[next].IsWord)
            {
                return chain.Elements.Any(element => element.Kind == ElementKind.Determiner) || _tokens[titleElement.First].IsCapitalized;
            }

            var word = _tokens[next].Text;
            return _tokens[next].IsLower && (_roleFollowers.Contains(word) || Cues.ReportingVerbs.Contains(word) || word.EndsWith("ed", StringComparison.Ordinal));
        }

        private bool IsPluralForm(PersonTitle title, string surface)
        {
            var words = surface.Split(' ');
            for (var w = 0; w < words.Length; w++)
            {
                var word = words[w];
                string? singular = word.EndsWith("ies", StringComparison.Ordinal) ? word[..^3] + "y"
                    : word.EndsWith("men", StringComparison.Ordinal) ? word[..^3] + "man"
                    : word.EndsWith("people", StringComparison.Ordinal) ? word[..^6] + "person"
                    : word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1]
                    : null;
                if (singular is null)
                {
                    continue;
                }

                var candidate = string.Join(' ', words.Take(w).Append(singular).Concat(words.Skip(w + 1)));
                if (Gazetteer.FindTitle(candidate) == title || title.Forms.Any(form => PhraseKey.Normalize(form) == PhraseKey.Normalize(candidate)))
                {
                    return true;
                }
            }

            return false;
        }

        // ---- capitalized runs ------------------------------------------------------------

        private int RunEnd(int i)
        {
            if (i >= Count || (_tokens[i].IsCapitalized && Cues.IsNeverName(_tokens[i].Text)) || !(_tokens[i].IsCapitalized || (IsParticleAt(i) && i + 1 < Count && _tokens[i + 1].HyphenBefore && _tokens[i + 1].IsCapitalized)))
            {
                return i;
            }

            var end = i;
            var e = i;
            while (e < Count && (_tokens[e].IsWord || PossessiveInCompanyName(i, e)))
            {
                var token = _tokens[e];
                if (!token.IsWord)
                {
                    e++;
                    continue;
                }

                if (token.IsCapitalized)
                {
                    if (e > i && Cues.IsNeverName(token.Text) && !token.HyphenBefore && !IsMonthSurname(e))
                    {
                        break;
                    }

                    e++;
                    end = e;
                    continue;
                }

                if (IsParticleAt(e) && e + 1 < Count && _tokens[e + 1].IsCapitalized)
                {
                    e++;
                    continue;
                }

                if (IsRomanizedSyllable(i, e))
                {
                    e++;
                    end = e;
                    continue;
                }

                if (_connectors.Contains(token.Text) && end == e && HasHead(i, e) && !EndsCompleteName(i, e) && ConnectorLeadsToName(e))
                {
                    while (e < Count && _tokens[e].IsLower && _connectors.Contains(_tokens[e].Text))
                    {
                        e++;
                    }

                    continue;
                }

                break;
            }

            return ListedNameEnd(i, end);
        }

        // "Hudson's Bay Co.", "Macy's Inc.": a possessive "'s" inside a company's name, after one word the gazetteer does not know (not "Japan's
        // Toyota Motor Corp.") and no article (not "the Beatles' Apple Corps"), before capitalized words that end with a company suffix.
        private bool PossessiveInCompanyName(int start, int e)
        {
            if (e != start + 1 || _tokens[e].Kind != NameTokenKind.Possessive || _tokens[e].Text.Length != 2 || !_tokens[start].IsCapitalized
                || _sentence.Matches.ActorAt(start) is not null || (start > 0 && _tokens[start - 1].IsWord && _tokens[start - 1].Text.ToLowerInvariant() is "the" or "a" or "an"))
            {
                return false;
            }

            var k = e + 1;
            while (k < Count && k - e <= MaxCompanyWordsAfterPossessive && _tokens[k].IsCapitalized)
            {
                k++;
            }

            return k > e + 1 && Cues.CompanySuffixes.ContainsKey(_tokens[k - 1].Text);
        }

        // "the Department for Children, Schools and Families", "Ministry of Health, Labour and Welfare": after a head word and
        // its "of" or "for", a comma list of one- or two-word capitalized items closed by "and" belongs to the name.
        private int ListedNameEnd(int start, int end)
        {
            if (end >= Count || _tokens[end].Text != "," || !HasHead(start, end)
                || !Enumerable.Range(start, end - start).Any(k => _tokens[k].Text is "of" or "for"))
            {
                return end;
            }

            var e = end;
            while (e < Count && _tokens[e].Text == ",")
            {
                var item = e + 1;
                var words = 0;
                while (item + words < Count && words < 3 && _tokens[item + words].IsCapitalized && _sentence.Matches.ActorAt(item + words) is null)
                {
                    words++;
                }

                if (words is 0 or > 2)
                {
                    return end;
                }

                e = item + words;
                if (e < Count && _tokens[e].Text == "and")
                {
                    var last = e + 1;
                    var lastWords = 0;
                    while (last + lastWords < Count && lastWords < 3 && _tokens[last + lastWords].IsCapitalized && _sentence.Matches.ActorAt(last + lastWords) is null)
                    {
                        lastWords++;
                    }

                    return lastWords is 1 or 2 ? last + lastWords : end;
                }
            }

            return end;
        }

        // A month word right after a given name is a surname ("Theresa May", "Kate June"), unless a day or a year follows it
        // ("Paris May 5"). Headlines are left out: in title case any word before "May" looks like a given name.
        private bool IsMonthSurname(int e)
        {
            var month = _tokens[e];
            if (_sentence.Headline || !Cues.NonNames.TryGetValue(month.Text, out var kind) || kind != "month" || month.Text.EndsWith('.') || month.IsAllCaps)
            {
                return false;
            }

            var given = _tokens[e - 1];
            if (!given.IsCapitalized || given.IsAllCaps || given.Text.Length < 2 || !given.Text.All(char.IsLetter) || given.End == month.Start || Cues.IsNonName(given.Text)
                || IsHeadWord(given.Text)
                || Cues.NameSuffixes.Contains(given.Text) || Gazetteer.FindTitle(given.Text) is not null)
            {
                return false;
            }

            return e + 1 >= Count || !_tokens[e + 1].HasDigit;
        }

        // "Zenith Motors and Huaneng Cells": an "and" after a name that already ends in its head word ("Motors", "Ministry") joins
        // two names, not the parts of one ("Ministry of Trade and Industry" has no head word before its "and").
        private bool EndsCompleteName(int start, int e)
        {
            if (_tokens[e].Text is not ("and" or "&") || e - start < 2)
            {
                return false;
            }

            return IsOrganizationHeadWord(_tokens[e - 1].Text);
        }

        // A word that makes a capitalized name an organization or a company ("Ministry", "Motors", "Inc.").
        private bool IsOrganizationHeadWord(string word) => Cues.OrganizationHeads.Contains(word) || Cues.CompanySuffixes.ContainsKey(word);

        // A word that makes a capitalized name an organization, a company or a place ("River").
        private bool IsHeadWord(string word) => IsOrganizationHeadWord(word) || Cues.PlaceHeads.Contains(word);

        private bool ConnectorLeadsToName(int e)
        {
            var next = e + 1;
            while (next < Count && _tokens[next].IsWord && _connectors.Contains(_tokens[next].Text) && next - e < 3)
            {
                next++;
            }

            return next < Count && _tokens[next].IsCapitalized;
        }

        // The second syllable of a romanized Korean given name after its hyphen ("Cho Tae-yul", "Kim Jong-un"): short, lower
        // case, right after a short capitalized syllable that is not the first word of the run, and no English word ("Saudi-led").
        private bool IsRomanizedSyllable(int start, int e)
        {
            var token = _tokens[e];
            return token.HyphenBefore && token.IsLower && token.Text.Length <= 4 && token.Text.All(char.IsAsciiLetterLower)
                && e - 1 > start && _tokens[e - 1].IsCapitalized && _tokens[e - 1].Text.Length <= 5 && _tokens[e - 2].IsCapitalized
                && !Cues.IsNonName(token.Text) && !EnglishHyphenSuffixes.Contains(token.Text);
        }

        private bool IsParticleAt(int e)
        {
            var token = _tokens[e];
            if (!token.IsWord || !Cues.Particles.Contains(token.Text) || e + 1 >= Count)
            {
                return false;
            }

            return _tokens[e + 1].HyphenBefore || (token.IsLower && Cues.SpacedParticles.Contains(token.Text) && e > 0 && _tokens[e - 1].IsCapitalized);
        }

        private bool HasHead(int start, int end)
        {
            for (var k = start; k < end; k++)
            {
                if (IsHeadWord(_tokens[k].Text))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The start of a capitalized title that stands after a word of the run and before at least two capitalized words of it (a person's name), unless the words before it are a known name or title chain of their own; else null.</summary>
        private int? TitleInsideRun(int start, int end)
        {
            if (_sentence.Headline || ParseChain(start) is not null)
            {
                return null;
            }

            for (var k = start + 1; k < end - 2; k++)
            {
                if (_sentence.Matches.TitleAt(k) is { } title && _tokens[k].IsCapitalized && k + title.Length <= end - 2
                    && _sentence.Matches.ActorAt(k) is null)
                {
                    return k;
                }
            }

            return null;
        }

        // "Chair Linda Park": a capitalized title before two or more words of the run is a titled person, whose surname may look like a place word.
        private bool TitledName(int start, int end) =>
            _tokens[start].IsCapitalized && _sentence.Matches.TitleAt(start) is { } title && start + title.Length <= end - 2;

        private ActorKind? HeadKind(int start, int end)
        {
            var last = _tokens[end - 1].Text;
            var lastTwo = end - start >= 2 ? _tokens[end - 2].Text + " " + last : last;
            ActorKind? Of(string word) =>
                Cues.CompanySuffixes.ContainsKey(word) ? ActorKind.Company
                : Cues.OrganizationHeads.Contains(word) ? ActorKind.Organization
                : Cues.PlaceHeads.Contains(word) ? ActorKind.Place
                : null;
            var kind = Of(lastTwo) ?? Of(last);
            if (kind is not null)
            {
                return kind;
            }

            // "Bank of America", "Center for a New American Security": the word before the first connector.
            for (var k = start + 1; k < end; k++)
            {
                if (_tokens[k].IsLower && _connectors.Contains(_tokens[k].Text))
                {
                    return Of(_tokens[k - 1].Text);
                }
            }

            return null;
        }

        private bool GazetteerCovers(int start, int end)
        {
            var match = _sentence.Matches.ActorAt(start);
            return match is not null && match.Length >= end - start;
        }

        private int EmitRun(int i, int end)
        {
            if (_tokens[i].SentenceInitial && !AcceptInitial(i, end))
            {
                return i + 1;
            }

            // "… and Hewlett-Packard Co. Recently, analysts …": an abbreviated legal form ends the name before it (found on its
            // own), so a run cannot start with one; the sentence break after it was hidden by its dot.
            if (_tokens[i].Text.EndsWith('.') && Cues.CompanySuffixes.TryGetValue(_tokens[i].Text, out var legal) && legal)
            {
                return i + 1;
            }

            var name = Span(i, end - 1);
            var single = end - i == 1;
            if (Enumerable.Range(i, end - i).All(k => Cues.IsNonName(_tokens[k].Text) || _tokens[k].IsLower))
            {
                return end;
            }

            if (single && Cues.IsNonName(_tokens[i].Text))
            {
                return end;
            }

            if (_sentence.Headline)
            {
                EmitKnownNamesIn(i, end);
                return end;
            }

            var headKind = HeadKind(i, end);
            if (headKind is not null)
            {
                return EmitHeaded(i, end, headKind.Value);
            }

            var region = Cues.Regions.LongestMatchAt(_words, i);
            if (region is not null && region.Length == end - i)
            {
                AddMention(i, end - 1, ActorKind.Place, name, null, null, null, roleOnly: false);
                return end;
            }

            var apposition = TryApposition(end);
            if (apposition is not null || IsPersonByEvidence(i, end, name))
            {
                AddMention(i, end - 1, ActorKind.Person, name, null, apposition?.Country, apposition?.Title?.Id, roleOnly: false);
                SetLast(mention => mention with { Affiliation = apposition?.Affiliation });
                return Math.Max(end, apposition?.End ?? end);
            }

            var capital = single || end - i == 2 ? Gazetteer.FindCountryByCapital(name) : null;
            if (capital is not null)
            {
                if (PlaceContext(i, end))
                {
                    AddMention(i, end - 1, ActorKind.Place, name, null, capital.Id, null, roleOnly: false);
                }
                else
                {
                    AddMention(i, end - 1, ActorKind.Country, name, capital.Id, capital.Id, null, roleOnly: false);
                }

                return end;
            }

            if (PlaceContext(i, end) || (!single && Cues.PlaceFirstWords.Contains(_tokens[i].Text)))
            {
                AddMention(i, end - 1, ActorKind.Place, name, null, CountryAfterComma(end), null, roleOnly: false);
                return end;
            }

            if (!single)
            {
                var acronyms = Enumerable.Range(i, end - i).Any(k => _tokens[k].IsAllCaps);
                AddMention(i, end - 1, acronyms ? ActorKind.Organization : ActorKind.Person, name, null, null, null, roleOnly: false);
                SetLast(mention => mention with { Tentative = acronyms });
                return end;
            }

            if (ReportingNear(i, end) || PossessiveBeforeNoun(end) || ArticleBefore(i) && !_tokens[i].IsAllCaps && !AdjectiveUse(end))
            {
                AddMention(i, end - 1, ActorKind.Organization, name, null, null, null, roleOnly: false);
                SetLast(mention => mention with { Tentative = true });
            }

            return end;
        }

        private int EmitHeaded(int i, int end, ActorKind kind)
        {
            var name = Span(i, end - 1);
            if (kind == ActorKind.Company && Cues.CompanySuffixes.TryGetValue(_tokens[end - 1].Text, out var legal) && legal && end - i >= 2)
            {
                var company = _sentence.Matches.ActorAt(i);
                if (company is not null && company.Length == end - i - 1 && company.Values[0].Kind == ActorKind.Company)
                {
                    EmitKnown(i, end - 1, company.Values[0]);
                    return end;
                }
            }

            AddMention(i, end - 1, kind, name, null, kind == ActorKind.Place ? CountryAfterComma(end) : null, null, roleOnly: false);
            return end;
        }

        /// <summary>In a headline-case line only names the document uses elsewhere count ("Petrova Wins Vote": Petrova).</summary>
        private void EmitKnownNamesIn(int i, int end)
        {
            var k = i;
            while (k < end)
            {
                var length = 0;
                for (var n = Math.Min(4, end - k); n >= 1 && length == 0; n--)
                {
                    var candidate = Span(k, k + n - 1);
                    if (_known.Persons.Contains(candidate) || _known.Others.Contains(candidate) || (n == 1 && _known.Surnames.Contains(candidate)))
                    {
                        length = n;
                        var kind = _known.Others.Contains(candidate) && !_known.Persons.Contains(candidate) ? ActorKind.Organization : ActorKind.Person;
                        AddMention(k, k + n - 1, kind, candidate, null, null, null, roleOnly: false);
                    }
                }

                k += Math.Max(1, length);
            }
        }

        private bool AcceptInitial(int i, int end)
        {
            var word = _tokens[i].Text;
            var name = Span(i, end - 1);
            if (_known.IsPerson(word) || _known.Persons.Contains(name) || _known.Others.Contains(name))
            {
                return true;
            }

            if (Cues.IsNonName(word) || _evidence.SeenLower(word))
            {
                return false;
            }

            // A lone -ing word opening a clause before a lower-case word ("Addressing the assembly, he said", "Scattering the
            // crowd, police fired") is a participle, not a name, unless a reporting verb follows ("Cushing said").
            if (end - i == 1 && IsParticipleOpening(i, end) && Gazetteer.FindCountryByCapital(name) is null)
            {
                return false;
            }

            // A participle opening a clause before a name ("Bashing BP, critics…", "Investigating AIG, the agency…", "Neighbouring
            // Dominican Republic sent…") is no part of the name, which is read from the word after it; a word the document capitalizes
            // inside sentences ("at Flushing Hospital") or a gazetteer name ("Downing Street") stays.
            if (end - i >= 2 && IsParticiple(i) && !_evidence.NameLike(word) && !GazetteerCovers(i, end) && Gazetteer.FindCountryByCapital(word) is null)
            {
                return false;
            }

            // A capital, or a lone word before a reporting verb ("Jobs declined to comment"), is a name even at the start.
            return _evidence.NameLike(word) || end - i >= 2 || Gazetteer.FindCountryByCapital(name) is not null
                || (end < Count && _tokens[end].IsLower && Cues.ReportingVerbs.Contains(_tokens[end].Text));
        }

        private bool IsParticipleOpening(int i, int end) =>
            IsParticiple(i) && end < Count && _tokens[end].IsLower && !Cues.ReportingVerbs.Contains(_tokens[end].Text);

        // Shaped like an -ing form: "Addressing", not "King" or "ING".
        private bool IsParticiple(int i)
        {
            var word = _tokens[i].Text;
            return word.Length >= 6 && word.EndsWith("ing", StringComparison.Ordinal) && word.All(char.IsLetter) && !_tokens[i].IsAllCaps;
        }

                private bool IsPersonByEvidence(int i, int end, string name)
        {
            if (_known.Persons.Contains(name) || (end - i == 1 && _known.Surnames.Contains(name)))
            {
                return true;
            }

            if (end - i >= 2 && _known.Persons.Any(person => person.EndsWith(" " + name, StringComparison.Ordinal)))
            {
                return true;
            }

            if (end < Count && _tokens[end].Text == "," && end + 1 < Count && _tokens[end + 1].Text == "who")
            {
                return true;
            }

            // Middle initials and inner particles ("John F. Kerry", "Bashar al-Assad") mark a person.
            for (var k = i + 1; k < end; k++)
            {
                if (_tokens[k].IsInitial || (Cues.Particles.Contains(_tokens[k].Text) && _tokens[k].IsLower))
                {
                    return end - i >= 3 || _tokens[k].IsLower;
                }
            }

            return false;
        }

        private Apposition? TryApposition(int end)
        {
            if (end + 1 >= Count || _tokens[end].Text != ",")
            {
                return null;
            }

            var chain = ParseChain(end + 1);
            if (chain is null || chain.Title is not { } title || chain.HasGroup || chain.Title.Role == "counterpart")
            {
                return null;
            }

            // "Kerry, Defense Secretary Ashton Carter and ..." lists people, it does not describe Kerry.
            if (chain.End < Count && _tokens[chain.End].IsCapitalized && !_tokens[chain.End].SentenceInitial)
            {
                return null;
            }

            if (!chain.Elements.Any(element => element.Kind == ElementKind.Determiner) && chain.Elements.All(element => element.Kind == ElementKind.Title))
            {
                return null;
            }

            return new Apposition(title, ChainCountry(chain), ChainAffiliation(chain), chain.End);
        }

        private bool PlaceContext(int i, int end)
        {
            if (end < Count && _tokens[end].IsLower && Cues.PlaceFollowers.Contains(_tokens[end].Text))
            {
                return true;
            }

            if (CountryAfterComma(end) is not null && end - i <= 3)
            {
                return true;
            }

            var before = i - 1;
            if (before < 0 || !_tokens[before].IsWord)
            {
                return false;
            }

            var word = _tokens[before].Text;
            if (Cues.PlacePrepositions.Contains(word))
            {
                return true;
            }

            return word == "to" && before > 0 && Cues.MotionWords.Contains(_tokens[before - 1].Text);
        }

        private string? CountryAfterComma(int end)
        {
            if (end + 1 >= Count || _tokens[end].Text != ",")
            {
                return null;
            }

            var match = _sentence.Matches.ActorAt(end + 1);
            return match is not null && match.Values[0].Kind == ActorKind.Country ? match.Values[0].Id : null;
        }

        private bool ReportingNear(int i, int end)
        {
            return (end < Count && _tokens[end].IsLower && Cues.ReportingVerbs.Contains(_tokens[end].Text))
                || (i > 0 && _tokens[i - 1].IsLower && Cues.ReportingVerbs.Contains(_tokens[i - 1].Text));
        }

        private bool PossessiveBeforeNoun(int end)
        {
            return end + 1 < Count && _tokens[end].Kind == NameTokenKind.Possessive && _tokens[end + 1].IsWord;
        }

        private bool ArticleBefore(int i)
        {
            var before = i - 1;
            while (before >= 0 && _tokens[before].Kind == NameTokenKind.Punctuation && _tokens[before].Text is "*" or "\"" or "“" or "'" or "‘" or "_")
            {
                before--;
            }

            return before >= 0 && _tokens[before].IsWord && _tokens[before].Text is "the" or "The";
        }

        private bool AdjectiveUse(int end)
        {
            var next = end;
            while (next < Count && _tokens[next].Kind == NameTokenKind.Punctuation && _tokens[next].Text is "*" or "_")
            {
                next++;
            }

            return next < Count && _tokens[next].IsLower && !_roleFollowers.Contains(_tokens[next].Text) && !Cues.ReportingVerbs.Contains(_tokens[next].Text);
        }

        // ---- products --------------------------------------------------------------------

        private bool TryProduct(int i, out int end)
        {
            end = i;
            var token = _tokens[i];
            int start;
            int e;
            string? company = null;
            if (IsModel(token) && i + 1 < Count && _tokens[i + 1].IsCamelProduct && !_tokens[i + 1].HyphenBefore)
            {
                start = i;
                e = i + 2;
            }
            else if (token.IsCamelProduct)
            {
                start = i;
                e = i + 1;
            }
            else if (token.IsCapitalized && WithoutPossessive(_sentence.Matches.ActorAt(i)) is { } match && match.Values[0].Kind == ActorKind.Company
                && i + match.Length < Count && (_tokens[i + match.Length].IsCamelProduct || IsModel(_tokens[i + match.Length])))
            {
                company = match.Values[0].Id;
                var after = i + match.Length;
                start = _tokens[after].IsCamelProduct ? after : i;
                e = after + 1;
                if (start == after)
                {
                    EmitKnown(i, after - 1, match.Values[0]);
                }
            }
            else
            {
                return false;
            }

            while (e < Count && ProductPart(e))
            {
                e++;
            }

            AddMention(start, e - 1, ActorKind.Product, Span(start, e - 1), null, null, null, roleOnly: false);
            SetLast(mention => mention with { Affiliation = company });
            end = e;
            return true;
        }

        private bool ProductPart(int e)
        {
            var token = _tokens[e];
            if (IsModel(token))
            {
                return true;
            }

            return token.IsCapitalized && !token.SentenceInitial && !Cues.IsNonName(token.Text) && !Cues.OrganizationHeads.Contains(token.Text)
                && _sentence.Matches.TitleAt(e) is null && _sentence.Matches.ActorAt(e) is null && !_known.IsPerson(token.Text);
        }

        private static bool AllDigits(string text)
        {
            foreach (var c in text)
            {
                if (!char.IsDigit(c))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsModel(NameToken token)
        {
            if (!token.HasDigit || token.Text.Length > 6)
            {
                return false;
            }

            var isYear = token.Text.Length == 4 && AllDigits(token.Text) && token.Text[0] is '1' or '2';
            return !isYear;
        }

        // ---- output ----------------------------------------------------------------------

        private string Span(int first, int last) => _sentence.Span(first, last);

        private void AddMention(int first, int last, ActorKind kind, string name, string? knownId, string? country, string? titleId, bool roleOnly)
        {
            var start = _tokens[first].Start;
            var end = _tokens[last].End;
            var sentence = _sentence.Sentence;
            var text = sentence.Text[(start - sentence.Start)..(end - sentence.Start)];
            _mentions.Add(new ActorMention(start, end - start, text, sentence.Index, kind, name, knownId, country, titleId, roleOnly));
        }

        private void SetLast(Func<ActorMention, ActorMention> change)
        {
            _mentions[^1] = change(_mentions[^1]);
        }
    }
}
