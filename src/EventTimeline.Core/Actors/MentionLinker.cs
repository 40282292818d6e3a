using System.Collections.Immutable;

namespace EventTimeline.Actors;

/// <summary>
/// Ties a document's role mentions to what its text says they are: a role set off by commas before a name is that
/// person ("Canada's foreign minister, Helen Moreau, said"), and a bare body word ("Police arrested ...") is that body
/// of the country where the sentence ("police in Lima") or the story's dateline ("LIMA, Peru (AP) —") places it. A role
/// inside a hyphenated compound ("military-to-military talks") is no mention.
/// </summary>
internal static class MentionLinker
{
    // How far into a line a dateline's closing mark may stand ("SAN JUAN, Puerto Rico (AP) —").
    private const int MaxDatelineLength = 60;

    // Datelines stand in the first lines of a story.
    private const int DatelineSearchChars = 400;

    /// <summary>Returns <paramref name="mentions"/> (sorted by offset) with appositive roles named and bare bodies placed.</summary>
    public static ImmutableArray<ActorMention> Link(string text, ImmutableArray<ActorMention> mentions, Gazetteer gazetteer)
    {
        // A role inside a hyphenated compound ("military-to-military talks", "army-backed") only qualifies the word it is part of.
        mentions = mentions.RemoveAll(mention => mention.RoleOnly && InCompound(text, mention));
        var linked = mentions.ToBuilder();
        var datelineCountry = DatelineCountry(text, mentions);
        for (var i = 0; i < linked.Count; i++)
        {
            var mention = linked[i];
            if (mention.RoleOnly && mention.Country is null && CountryAfter(text, linked, i, "from") is { } origin)
            {
                linked[i] = mention = mention with { Country = origin };
            }

            if (!mention.RoleOnly || mention.Kind != ActorKind.Person || mention.Plural)
            {
                continue;
            }

            var country = PlaceAfter(text, linked, i) ?? SentencePlace(linked, i) ?? datelineCountry;
            if (BareWord(mention) is { } word && country is not null && gazetteer.BareBody(word, country) is { } body)
            {
                linked[i] = mention with
                {
                    Kind = body.Kind,
                    Name = body.Name,
                    KnownId = body.Id,
                    Country = body.Country,
                    Title = null,
                    RoleOnly = false,
                };
                continue;
            }

            if (AppositiveName(text, linked, i) is { } named)
            {
                var person = linked[named];
                linked[i] = mention with { Name = person.Name, RoleOnly = false };
                linked[named] = person with { Title = person.Title ?? mention.Title, Country = person.Country ?? mention.Country };
            }
        }

        return linked.ToImmutable();
    }

    private static bool InCompound(string text, ActorMention mention) =>
        (mention.Start > 0 && mention.Start <= text.Length && text[mention.Start - 1] == '-')
        || (mention.End < text.Length && text[mention.End] == '-' && mention.End + 1 < text.Length && char.IsLetter(text[mention.End + 1]));

    private static string? BareWord(ActorMention mention)
    {
        var words = mention.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 1 || (words.Length == 2 && words[0].Equals("the", StringComparison.OrdinalIgnoreCase)) ? words[^1] : null;
    }

    /// <summary>The country of a place named right after the mention with "in" ("police in Mexico City"), or null.</summary>
    private static string? PlaceAfter(string text, ImmutableArray<ActorMention>.Builder mentions, int index) => CountryAfter(text, mentions, index, "in");

    /// <summary>The one country of the places (cities, regions; not countries or demonyms, which may be anyone's) named in the mention's sentence ("arrested a man in Paris"), or null.</summary>
    private static string? SentencePlace(ImmutableArray<ActorMention>.Builder mentions, int index)
    {
        var countries = mentions.Where(m => m.Sentence == mentions[index].Sentence && m.Kind == ActorKind.Place && m.Country is not null)
            .Select(m => m.Country!).Distinct(StringComparer.Ordinal).ToList();
        return countries.Count == 1 ? countries[0] : null;
    }

    /// <summary>The country of a place or country named right after the mention with <paramref name="preposition"/> ("troops from Mali"), or null.</summary>
    private static string? CountryAfter(string text, ImmutableArray<ActorMention>.Builder mentions, int index, string preposition)
    {
        var mention = mentions[index];
        if (index + 1 >= mentions.Count)
        {
            return null;
        }

        var next = mentions[index + 1];
        if (next.Sentence != mention.Sentence || next.Kind is not (ActorKind.Place or ActorKind.Country) || next.Country is null)
        {
            return null;
        }

        return text[mention.End..next.Start].Trim().Equals(preposition, StringComparison.OrdinalIgnoreCase) ? next.Country : null;
    }

    /// <summary>The index of the person named between commas right after a role ("the chief executive of Arclight Energy, Tom Varga,"), or null.</summary>
    private static int? AppositiveName(string text, ImmutableArray<ActorMention>.Builder mentions, int index)
    {
        var role = mentions[index];
        var j = index + 1;
        var end = role.End;

        // "the chief executive of Arclight Energy, ...": the role's organization may come first.
        if (j < mentions.Count && mentions[j].Sentence == role.Sentence && mentions[j].Kind != ActorKind.Person
            && text[end..mentions[j].Start].Trim() is "of" or "at" or "for")
        {
            end = mentions[j].End;
            j++;
        }

        if (j >= mentions.Count)
        {
            return null;
        }

        var person = mentions[j];
        if (person.Sentence != role.Sentence || person.Kind != ActorKind.Person || person.RoleOnly || person.KnownId is not null || person.Plural
            || text[end..person.Start].Trim() != ",")
        {
            return null;
        }

        var after = person.End;
        while (after < text.Length && text[after] == ' ')
        {
            after++;
        }

        return after < text.Length && text[after] == ',' ? j : null;
    }

    /// <summary>The country of a dateline opening one of the story's first lines ("NAIROBI, Kenya (AP) —", "PARIS (AFP) -"): the country it names, else its place's country; null when there is none.</summary>
    private static string? DatelineCountry(string text, ImmutableArray<ActorMention> mentions)
    {
        for (var lineStart = 0; lineStart >= 0 && lineStart < Math.Min(text.Length, DatelineSearchChars); lineStart = NextLine(text, lineStart))
        {
            var segment = text[lineStart..Math.Min(text.Length, lineStart + MaxDatelineLength)];
            var mark = segment.IndexOfAny(['—', '–', '(']);
            var dash = segment.IndexOf(" - ", StringComparison.Ordinal);
            var close = mark < 0 ? dash : dash < 0 ? mark : Math.Min(mark, dash);
            if (close <= 0)
            {
                continue;
            }

            var prefix = segment[..close];
            var firstWord = prefix.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
            if (prefix.Contains('.', StringComparison.Ordinal) || prefix.Contains('\n', StringComparison.Ordinal)
                || firstWord.Count(char.IsLetter) < 2 || firstWord.Any(char.IsLower))
            {
                continue;
            }

            var inside = mentions.Where(m => m.Start >= lineStart && m.End <= lineStart + close && m.Country is not null
                && m.Kind is ActorKind.Place or ActorKind.Country).ToList();
            var country = inside.FirstOrDefault(m => m.Kind == ActorKind.Country) ?? inside.FirstOrDefault();
            if (country is not null)
            {
                return country.Country;
            }
        }

        return null;
    }

    private static int NextLine(string text, int from)
    {
        var next = text.IndexOf('\n', from);
        return next < 0 ? -1 : next + 1;
    }
}
