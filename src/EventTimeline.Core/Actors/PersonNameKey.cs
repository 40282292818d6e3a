using System.Collections.Immutable;
using System.Text;

using EventTimeline.Text;

namespace EventTimeline.Actors;

/// <summary>A personal name reduced for comparison: particles, middle initials and suffixes dropped, each word folded and respelled by the transliteration rules ("Sergey V. Lavrov" and "Sergei Lavrov" both give sergei|lavrov).</summary>
/// <param name="Given">Key of the first given name, or null for a surname alone.</param>
/// <param name="Surname">Key of the surname.</param>
/// <param name="FullForm">The name as written without middle initials ("Sergey Lavrov" from "Sergey V. Lavrov").</param>
internal sealed record PersonNameKey(string? Given, string Surname, string FullForm)
{
    /// <summary>True when the name has a given name and a surname.</summary>
    public bool IsFull => Given is not null;

    /// <summary>The cluster key of a full name.</summary>
    public string FullKey => Given + "|" + Surname;

    /// <summary>Parses <paramref name="name"/> (titles and honorifics already removed); null when nothing name-like is left.</summary>
    public static PersonNameKey? Parse(string name, ActorCues cues)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(cues);
        var kept = new List<string>();
        var written = new List<string>();
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var isInitial = word.Length == 2 && char.IsUpper(word[0]) && word[1] == '.';
            if (isInitial || (word.Length == 1 && char.IsUpper(word[0])) || cues.NameSuffixes.Contains(word) || cues.NameSuffixes.Contains(word.TrimEnd(',')))
            {
                continue;
            }

            written.Add(word);
            if (cues.Particles.Contains(word))
            {
                continue;
            }

            var dash = word.IndexOf('-', StringComparison.Ordinal);
            var core = dash > 0 && cues.Particles.Contains(word[..dash]) ? word[(dash + 1)..] : word;
            var key = Key(core, cues);
            if (key.Length > 0)
            {
                kept.Add(key);
            }
        }

        if (kept.Count == 0)
        {
            return null;
        }

        var fullForm = string.Join(' ', written);
        return kept.Count == 1 ? new PersonNameKey(null, kept[0], fullForm) : new PersonNameKey(kept[0], kept[^1], fullForm);
    }

    /// <summary>Returns the comparison key of one name word: folded, lower case, letters only, respelled by the transliteration rules.</summary>
    public static string Key(string word, ActorCues cues)
    {
        ArgumentNullException.ThrowIfNull(cues);
        var folded = PhraseKey.Normalize(word);
        var letters = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterLower(c))
            {
                letters.Append(c);
            }
        }

        var key = letters.ToString();
        foreach (var (pattern, replacement) in cues.Transliteration)
        {
            key = pattern.Replace(key, replacement);
        }

        return key;
    }

    /// <summary>Returns the words of a product or organization name as a sorted key, so that word order does not matter ("the 3G iPhone" = "iPhone 3G").</summary>
    public static string WordSetKey(string name)
    {
        var words = PhraseKey.Normalize(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
    }

    /// <summary>Returns a readable id part: folded, lower case, words joined by hyphens ("Bashar al-Assad" → "bashar-al-assad").</summary>
    public static string Slug(string name)
    {
        var folded = PhraseKey.Normalize(name);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().TrimEnd('-');
    }

    /// <summary>The words of the written full form.</summary>
    public ImmutableArray<string> Words => [.. FullForm.Split(' ')];
}
