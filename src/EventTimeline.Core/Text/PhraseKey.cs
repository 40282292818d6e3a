using System.Globalization;
using System.Text;

namespace EventTimeline.Text;

/// <summary>Turns names and phrases into lookup keys, so that "U.S." = "US", "Élysée" = "Elysee", "al-Qaeda" = "al Qaeda" and "Russia's" = "Russia".</summary>
/// <remarks>Folding keeps letter case, and the key is the folded text lower-cased character by character, so a case rule can be checked on the folded text at the key's positions.</remarks>
internal static class PhraseKey
{
    private static readonly Dictionary<char, string> _letterFolds = BuildLetterFolds();

    /// <summary>Returns the lower-case lookup key of <paramref name="text"/>.</summary>
    public static string Normalize(string text) => Fold(text).ToLowerInvariant();

    /// <summary>Returns <paramref name="text"/> with diacritics, dots, apostrophes, quotes, possessive "'s", a leading "the" and extra spaces removed, hyphens and slashes as spaces, letter case kept.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsPlain(text))
        {
            return StripLeadingArticle(text);
        }

        // Spaces are collapsed as they are written; a letter folds to at most two characters, "&" to five (" and ").
        var capacity = (text.Length * 2) + (text.AsSpan().Count('&') * 3) + 1;
        var output = new FoldBuffer(capacity <= 512 ? stackalloc char[capacity] : new char[capacity]);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsApostrophe(c))
            {
                // A possessive "'s" (or a bare trailing "'") ends the word: drop it with its s.
                var next = i + 1 < text.Length ? text[i + 1] : ' ';
                var afterNext = i + 2 < text.Length ? text[i + 2] : ' ';
                if ((next == 's' || next == 'S') && !char.IsLetterOrDigit(afterNext) && output.AnyWritten)
                {
                    i++;
                }

                continue;
            }

            if (_letterFolds.TryGetValue(c, out var folded))
            {
                output.Append(folded);
            }
            else if (c is '.' or ',' or ';' or ':' or '!' or '?' or '"' or '(' or ')' or '[' or ']' or '“' or '”' or '«' or '»')
            {
                // Dots inside acronyms vanish ("U.S." -> "US"); other punctuation separates nothing that matters for a name.
                if (c != '.')
                {
                    output.Append(' ');
                }
            }
            else if (c is '-' or '‐' or '‑' or '–' or '—' or '/' or '_')
            {
                output.Append(' ');
            }
            else if (c == '&')
            {
                output.Append(" and ");
            }
            else if (char.IsWhiteSpace(c))
            {
                output.Append(' ');
            }
            else if (char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            else
            {
                output.Append(c);
            }
        }

        return StripLeadingArticle(output.ToString());
    }

    /// <summary>Returns the first word of a key (the whole key when it has one word).</summary>
    public static string FirstWord(string key)
    {
        var space = key.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? key : key[..space];
    }

    /// <summary>
    /// Returns the first word of the key of any phrase that starts with the token <paramref name="token"/>, or null when
    /// that cannot be known from the token alone (it folds to nothing, or to "the", which a longer phrase loses).
    /// </summary>
    /// <remarks>Folding works character by character, so a phrase's key starts with the token's own key.</remarks>
    public static string? StartWord(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var key = Normalize(token);
        return key.Length == 0 || key == "the" ? null : FirstWord(key);
    }

    /// <summary>Returns the number of space-separated words of a folded phrase.</summary>
    public static int WordCount(string folded) => folded.Length == 0 ? 0 : folded.Count(c => c == ' ') + 1;

    /// <summary>Whether folding would leave <paramref name="text"/> as it is: ASCII letters and digits, words separated by single spaces.</summary>
    private static bool IsPlain(string text)
    {
        if (text.Length == 0 || text[0] == ' ' || text[^1] == ' ')
        {
            return text.Length == 0;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsAsciiLetterOrDigit(c) && !(c == ' ' && text[i - 1] != ' '))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’' or '‘' or '`' or '´' or 'ʼ' or 'ʻ' or 'ʿ' or 'ʾ';

    // Folded text being written: no space at the start, none doubled, none at the end.
    private ref struct FoldBuffer(Span<char> chars)
    {
        private readonly Span<char> _chars = chars;
        private int _length;

        // Whether anything was written, spaces that were dropped included.
        public bool AnyWritten { get; private set; }

        public void Append(char c)
        {
            AnyWritten = true;
            if (c == ' ' && (_length == 0 || _chars[_length - 1] == ' '))
            {
                return;
            }

            _chars[_length++] = c;
        }

        public void Append(string text)
        {
            foreach (var c in text)
            {
                Append(c);
            }
        }

        public override readonly string ToString()
        {
            var length = _length > 0 && _chars[_length - 1] == ' ' ? _length - 1 : _length;
            return new string(_chars[..length]);
        }
    }

    private static string StripLeadingArticle(string text)
    {
        return text.Length > 4 && text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? text[4..] : text;
    }

    private static Dictionary<char, string> BuildLetterFolds()
    {
        // Invariant globalization has no Unicode decomposition, so the Latin letters met in names are listed here.
        var groups = new (string Letters, string Plain)[]
        {
            ("ÀÁÂÃÄÅĀĂĄẠ", "A"), ("àáâãäåāăąạ", "a"), ("Æ", "AE"), ("æ", "ae"),
            ("ÇĆĈĊČ", "C"), ("çćĉċč", "c"), ("ÐĎĐḌ", "D"), ("ðďđḍ", "d"),
            ("ÈÉÊËĒĔĖĘĚẸẾỆ", "E"), ("èéêëēĕėęěẹếệ", "e"), ("ĜĞĠĢ", "G"), ("ĝğġģ", "g"),
            ("ĤĦḤ", "H"), ("ĥħḥ", "h"), ("ÌÍÎÏĨĪĬĮİỊ", "I"), ("ìíîïĩīĭįıị", "i"), ("Ĳ", "IJ"), ("ĳ", "ij"),
            ("Ĵ", "J"), ("ĵ", "j"), ("Ķ", "K"), ("ķĸ", "k"), ("ĹĻĽĿŁḶ", "L"), ("ĺļľŀłḷ", "l"),
            ("ÑŃŅŇŊṆ", "N"), ("ñńņňŉŋṇ", "n"), ("ÒÓÔÕÖØŌŎŐỌỒỘỞ", "O"), ("òóôõöøōŏőọồộở", "o"),
            ("Œ", "OE"), ("œ", "oe"), ("ŔŖŘṚ", "R"), ("ŕŗřṛ", "r"), ("ŚŜŞŠṢȘ", "S"), ("śŝşšṣș", "s"), ("ß", "ss"), ("ſ", "s"),
            ("ŢŤŦṬȚ", "T"), ("ţťŧṭț", "t"), ("Þ", "TH"), ("þ", "th"), ("ÙÚÛÜŨŪŬŮŰŲỤỮ", "U"), ("ùúûüũūŭůűųụữ", "u"),
            ("Ŵ", "W"), ("ŵ", "w"), ("ÝŶŸ", "Y"), ("ýÿŷ", "y"), ("ŹŻŽẒ", "Z"), ("źżžẓ", "z"),
        };
        var folds = new Dictionary<char, string>();
        foreach (var (letters, plain) in groups)
        {
            foreach (var letter in letters)
            {
                folds[letter] = plain;
            }
        }

        return folds;
    }
}
