using System.Collections.Immutable;

namespace EventTimeline.Actors;

/// <summary>Splits a sentence into words, possessives and punctuation for actor recognition: keeps initials and dotted abbreviations whole ("V.", "U.S.", "Mr."), splits hyphenated words and possessives ("al-Assad" → "al" + "Assad", "Assad's" → "Assad" + "'s").</summary>
internal sealed class NameTokenizer
{
    private const string Apostrophes = "'’‘ʼ";
    private const string Hyphens = "-‐‑";
    private const string OpeningQuotes = "\"“‘«(['";

    private readonly ImmutableHashSet<string> _abbreviations;

    /// <summary>Creates a tokenizer that keeps the trailing dot of the given abbreviations (written without their final dot: "Mr", "Gen", "Inc").</summary>
    public NameTokenizer(IEnumerable<string> abbreviations)
    {
        _abbreviations = abbreviations.Select(abbreviation => abbreviation.TrimEnd('.')).Where(abbreviation => abbreviation.Length > 0).ToImmutableHashSet(StringComparer.Ordinal);
    }

    // "NAIROBI, Kenya (AP) — A court ...", "PARIS - Police ...": the dash after a dateline opens the story's first sentence.
    private static bool EndsDateline(ImmutableArray<NameToken>.Builder tokens)
    {
        if (tokens.Count < 2)
        {
            return false;
        }

        var previous = tokens[^2];
        return previous.Text == ")" || (previous.Kind == NameTokenKind.Word && previous.Text.Length >= 2 && previous.Text.All(char.IsUpper));
    }

    /// <summary>Returns the tokens of <paramref name="text"/>, whose first character is at <paramref name="offset"/> in the document.</summary>
    public ImmutableArray<NameToken> Tokenize(string text, int offset)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = ImmutableArray.CreateBuilder<NameToken>();
        var atStart = true;
        var hyphenBefore = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                hyphenBefore = false;
                i++;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                var end = ReadWord(text, i);
                tokens.Add(new NameToken(offset + i, text[i..end], NameTokenKind.Word, hyphenBefore, atStart));
                atStart = false;
                hyphenBefore = false;
                i = end;
                continue;
            }

            if (Hyphens.Contains(c) && i > 0 && i + 1 < text.Length && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] == '.') && char.IsLetterOrDigit(text[i + 1]))
            {
                hyphenBefore = true;
                i++;
                continue;
            }

            if (Apostrophes.Contains(c) && i > 0 && char.IsLetterOrDigit(text[i - 1]))
            {
                var next = i + 1 < text.Length ? text[i + 1] : ' ';
                var afterNext = i + 2 < text.Length ? text[i + 2] : ' ';
                if (next is 's' or 'S' && !char.IsLetterOrDigit(afterNext))
                {
                    tokens.Add(new NameToken(offset + i, text.Substring(i, 2), NameTokenKind.Possessive, false, false));
                    i += 2;
                    continue;
                }

                if (text[i - 1] is 's' or 'S' && !char.IsLetterOrDigit(next))
                {
                    tokens.Add(new NameToken(offset + i, text.Substring(i, 1), NameTokenKind.Possessive, false, false));
                    i++;
                    continue;
                }
            }

            tokens.Add(new NameToken(offset + i, text.Substring(i, 1), NameTokenKind.Punctuation, false, false));
            hyphenBefore = false;
            if (OpeningQuotes.Contains(c) || c is ':' or '.' or '!' or '?' or '•' || (c is '—' or '–' or '-' && EndsDateline(tokens)))
            {
                atStart = true;
            }

            i++;
        }

        return tokens.ToImmutable();
    }

    private int ReadWord(string text, int start)
    {
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                i++;
                continue;
            }

            var next = i + 1 < text.Length ? text[i + 1] : ' ';
            var afterNext = i + 2 < text.Length ? text[i + 2] : ' ';

            // "d'état", "O'Brien" keep their apostrophe; a possessive "'s" does not belong to the word.
            if (Apostrophes.Contains(c) && char.IsLetter(next) && !(next is 's' or 'S' && !char.IsLetterOrDigit(afterNext)))
            {
                i++;
                continue;
            }

            // "AT&T", "S&P".
            if (c == '&' && char.IsUpper(text[i - 1]) && char.IsUpper(next))
            {
                i++;
                continue;
            }

            // Decimal numbers ("2.0") stay whole.
            if (c is '.' or ',' && char.IsDigit(text[i - 1]) && char.IsDigit(next))
            {
                i++;
                continue;
            }

            break;
        }

        if (i < text.Length && text[i] == '.')
        {
            var word = text[start..i];
            var next = i + 1 < text.Length ? text[i + 1] : ' ';
            var afterNext = i + 2 < text.Length ? text[i + 2] : ' ';

            // Dotted acronyms ("U.S.", "U.N.", "F.B.I."): letter, dot, letter, dot...
            if (word.Length == 1 && char.IsLetter(next) && afterNext == '.')
            {
                var end = i;
                while (end + 2 < text.Length + 1 && end < text.Length && text[end] == '.' && end + 1 < text.Length && char.IsLetter(text[end + 1]) && end + 2 < text.Length && text[end + 2] == '.')
                {
                    end += 2;
                }

                return end + 1;
            }

            if ((word.Length == 1 && char.IsUpper(word[0])) || _abbreviations.Contains(word))
            {
                return i + 1;
            }
        }

        return i;
    }
}
