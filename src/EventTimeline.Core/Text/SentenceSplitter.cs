using EventTimeline.Resources;

namespace EventTimeline.Text;

/// <summary>How an abbreviation's period behaves at a possible sentence end.</summary>
internal enum AbbreviationKind
{
    /// <summary>Always followed by a name ("Mr.", "Gen."): never a sentence end.</summary>
    Title,

    /// <summary>A month ("Sept."): not an end before a number, else like <see cref="Other"/>.</summary>
    Month,

    /// <summary>May end a sentence: an end only before a common sentence opener.</summary>
    Other,
}

/// <summary>Splits clean text into sentences: paragraph breaks, headings and bullets are boundaries; periods of abbreviations and initials are not; "recently.On" is two sentences.</summary>
/// <remarks>Every sentence is an exact span of the input (<c>Text == text.Substring(Start, Length)</c>), trimmed of whitespace and of a leading bullet marker.</remarks>
internal sealed class SentenceSplitter : ISentenceSplitter
{
    // A paragraph that long which stops mid-sentence at a blank line was broken by the page's markup, not by the writer.
    private const int MinBrokenParagraphLength = 150;

    // A line of a hard-wrapped paragraph is at least this long.
    private const int MinWrappedLineLength = 40;

    // Hard-wrapped text (mail, wire copy) keeps every line under this width.
    private const int MaxWrapWidth = 100;

    // Short function words ("of", "and", "the") stay lower case in many headline styles; longer words decide.
    private const int MinHeadlineWordLength = 4;

    private const string Closers = "\"'”’)]}»›";
    private const string Openers = "\"'“‘([{«‹";

    private readonly Dictionary<string, AbbreviationKind> _exact;
    private readonly Dictionary<string, AbbreviationKind> _lowercase;
    private readonly Dictionary<string, AbbreviationKind> _anyCase;
    private readonly HashSet<string> _starters;

    /// <summary>Creates a splitter from abbreviation rows (abbreviation, kind) and sentence-opening words.</summary>
    public SentenceSplitter(IEnumerable<(string Abbreviation, AbbreviationKind Kind)> abbreviations, IEnumerable<string> starters)
    {
        _exact = new Dictionary<string, AbbreviationKind>(StringComparer.Ordinal);
        _lowercase = new Dictionary<string, AbbreviationKind>(StringComparer.OrdinalIgnoreCase);
        _anyCase = new Dictionary<string, AbbreviationKind>(StringComparer.OrdinalIgnoreCase);
        foreach (var (abbreviation, kind) in abbreviations)
        {
            var key = abbreviation.TrimEnd('.');
            _exact[key] = kind;
            _anyCase.TryAdd(key, kind);
            if (key.ToLowerInvariant() == key)
            {
                _lowercase[key] = kind;
            }
        }

        _starters = new HashSet<string>(starters, StringComparer.Ordinal);
    }

    /// <summary>Creates a splitter with the embedded abbreviation and sentence-starter lists.</summary>
    public static SentenceSplitter CreateDefault() => new(
        ResourceFile.ReadTsv("text/abbreviations.tsv").Select(row => (row[0], Enum.Parse<AbbreviationKind>(row[1], ignoreCase: true))),
        ResourceFile.ReadTsv("text/sentence-starters.tsv").Select(row => row[0]));

    /// <inheritdoc />
    public IReadOnlyList<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        foreach (var (start, end) in Segments(text))
        {
            var from = start;
            foreach (var boundary in Boundaries(text, start, end))
            {
                Emit(text, from, boundary, sentences);
                from = boundary;
            }

            Emit(text, from, end, sentences);
        }

        return sentences;
    }

    // Stretches of text between hard boundaries (paragraph breaks, line breaks that are not soft wraps).
    private static IEnumerable<(int Start, int End)> Segments(string text)
    {
        var lines = Lines(text);
        var segmentStart = -1;
        var paragraphStart = -1;
        for (var k = 0; k < lines.Count; k++)
        {
            var (lineStart, lineEnd) = lines[k];
            if (IsBlank(text, lineStart, lineEnd))
            {
                continue;
            }

            if (segmentStart < 0)
            {
                segmentStart = lineStart;
                paragraphStart = lineStart;
                continue;
            }

            var previous = PreviousNonBlank(text, lines, k);
            var blankBetween = previous < k - 1;
            var joined = blankBetween
                ? JoinsAcrossBlankLine(text, paragraphStart, lines[previous], lines[k])
                : JoinsAcrossNewline(text, lines, previous, k);
            if (!joined)
            {
                yield return (segmentStart, lines[previous].End);
                segmentStart = lineStart;
            }

            if (blankBetween)
            {
                paragraphStart = lineStart;
            }
        }

        if (segmentStart >= 0)
        {
            var last = PreviousNonBlank(text, lines, lines.Count);
            yield return (segmentStart, lines[last].End);
        }
    }

    private static List<(int Start, int End)> Lines(string text)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                lines.Add((start, i));
                start = i + 1;
            }
        }

        return lines;
    }

    private static int PreviousNonBlank(string text, List<(int Start, int End)> lines, int k)
    {
        var p = k - 1;
        while (p >= 0 && IsBlank(text, lines[p].Start, lines[p].End))
        {
            p--;
        }

        return p;
    }

    private static bool IsBlank(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    // "… naval and air bases in western\n\nSyria." : a long paragraph cut mid-sentence continues after the blank line.
    private static bool JoinsAcrossBlankLine(string text, int paragraphStart, (int Start, int End) previous, (int Start, int End) next)
    {
        if (previous.End - paragraphStart < MinBrokenParagraphLength || !EndsOpen(text, previous))
        {
            return false;
        }

        var first = FirstVisible(text, next);
        if (first < 0 || BoilerplateFilter.IsBullet(text[next.Start..next.End]))
        {
            return false;
        }

        // "… Kerry emphasized that\n\n“the migration levels …”": a quotation continuing the sentence.
        return char.IsLetterOrDigit(text[first])
            || (Openers.Contains(text[first], StringComparison.Ordinal) && first + 1 < next.End && char.IsLower(text[first + 1]));
    }

    private static bool JoinsAcrossNewline(string text, List<(int Start, int End)> lines, int previous, int next)
    {
        var prev = lines[previous];
        var nextLine = lines[next];
        if (!EndsOpen(text, prev) || BoilerplateFilter.IsBullet(text[nextLine.Start..nextLine.End]))
        {
            return false;
        }

        var first = FirstVisible(text, nextLine);
        if (first >= 0 && char.IsLower(text[first]))
        {
            return true;
        }

        // Hard-wrapped prose: a long line in a paragraph whose lines all stay within a wrap width.
        var prevLength = prev.End - prev.Start;
        if (prevLength < MinWrappedLineLength)
        {
            return false;
        }

        var p = previous;
        while (p >= 0 && !IsBlank(text, lines[p].Start, lines[p].End))
        {
            p--;
        }

        var n = next;
        while (n < lines.Count && !IsBlank(text, lines[n].Start, lines[n].End))
        {
            n++;
        }

        var paragraph = lines.Skip(p + 1).Take(n - p - 1).ToList();
        if (paragraph.Any(l => l.End - l.Start > MaxWrapWidth))
        {
            return false;
        }

        return paragraph.Count >= 3 || LastWordIsLowercase(text, prev);
    }

    // The line stops where a sentence cannot: on a letter, digit, comma, hyphen or opening bracket.
    private static bool EndsOpen(string text, (int Start, int End) line)
    {
        var last = LastVisible(text, line);
        return last >= 0 && (char.IsLetterOrDigit(text[last]) || text[last] is ',' or ';' or '-' or '(' or '–' or '—');
    }

    private static bool LastWordIsLowercase(string text, (int Start, int End) line)
    {
        var i = LastVisible(text, line);
        while (i > line.Start && char.IsLetter(text[i - 1]))
        {
            i--;
        }

        return i >= 0 && char.IsLower(text[i]);
    }

    private static int FirstVisible(string text, (int Start, int End) line)
    {
        for (var i = line.Start; i < line.End; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static int LastVisible(string text, (int Start, int End) line)
    {
        for (var i = line.End - 1; i >= line.Start; i--)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    // Offsets within [start, end) where a sentence ends (one past its last character).
    private IEnumerable<int> Boundaries(string text, int start, int end)
    {
        var headline = IsHeadline(text, start, end);
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?' or '…'))
            {
                i++;
                continue;
            }

            var runEnd = i;
            while (runEnd < end && text[runEnd] is '.' or '!' or '?' or '…')
            {
                runEnd++;
            }

            var closeEnd = runEnd;
            while (closeEnd < end && Closers.Contains(text[closeEnd], StringComparison.Ordinal))
            {
                closeEnd++;
            }

            if (closeEnd < end && IsEnd(text, i, runEnd, closeEnd, end, headline))
            {
                yield return closeEnd;
            }

            i = Math.Max(closeEnd, i + 1);
        }
    }

    private bool IsEnd(string text, int punctuation, int runEnd, int closeEnd, int end, bool headline)
    {
        var run = text[punctuation..runEnd];
        var isPeriod = run == ".";
        var isEllipsis = run.Contains('…', StringComparison.Ordinal) || run.Contains("..", StringComparison.Ordinal);
        var hasClosers = closeEnd > runEnd;
        var next = closeEnd;
        while (next < end && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        if (next >= end)
        {
            return false;
        }

        var spaced = next > closeEnd;
        var nextWord = WordAt(text, next, end);
        if (!spaced)
        {
            // "recently.On September 5", "said.”The", "Syria?Could": glued sentences; "Wsws.org", "3.5", "U.S.-Russia" are not.
            var glued = char.IsUpper(text[next]) && next + 1 < end && char.IsLower(text[next + 1]);
            if (!glued)
            {
                return false;
            }

            return !isPeriod || hasClosers || IsPlainLowercaseWord(TokenBefore(text, punctuation), minLength: 2);
        }

        if (isEllipsis)
        {
            return _starters.Contains(nextWord);
        }

        if (isPeriod && !hasClosers && TokenBefore(text, punctuation) is var token && AbbreviationOf(token) is { } kind)
        {
            return kind switch
            {
                _ when headline => false,
                AbbreviationKind.Title => false,
                AbbreviationKind.Month when char.IsDigit(text[next]) => false,
                _ => _starters.Contains(nextWord),
            };
        }

        var first = text[next];
        if (char.IsUpper(first) || char.IsDigit(first) || Openers.Contains(first, StringComparison.Ordinal))
        {
            return true;
        }

        // "a diplomatic step forward. emphasizing that": a period after a plain word before a lower-case word.
        return isPeriod && !hasClosers && char.IsLower(first) && IsPlainLowercaseWord(TokenBefore(text, punctuation), minLength: 4);
    }

    // A one-line segment in title case without a closing full stop ("High Level U.S. And Russian Officials Meet"):
    // every word is capitalized there, so a capitalized word after an abbreviation says nothing.
    private static bool IsHeadline(string text, int start, int end)
    {
        if (text.AsSpan(start, end - start).Contains('\n'))
        {
            return false;
        }

        var last = LastVisible(text, (start, end));
        if (last < 0 || text[last] is '.' or '"' or '”' or '’' or '\'')
        {
            return false;
        }

        var words = 0;
        var capitalized = 0;
        foreach (var token in WordTokenizer.Tokenize(text[start..end]))
        {
            if (token.Text.Length < MinHeadlineWordLength || !char.IsLetter(token.Text[0]))
            {
                continue;
            }

            words++;
            if (char.IsUpper(token.Text[0]))
            {
                capitalized++;
            }
        }

        return words >= 2 && capitalized * 10 >= words * 8;
    }

    private AbbreviationKind? AbbreviationOf(string token)
    {
        if (token.Length == 0)
        {
            return null;
        }

        if (_exact.TryGetValue(token, out var kind) || _lowercase.TryGetValue(token, out kind))
        {
            return kind;
        }

        // Wire copy writes datelines in capitals ("INDEPENDENCE, MO. (AP)"): an all-caps token matches any listed form.
        if (token.Length >= 2 && token.All(c => !char.IsLetter(c) || char.IsUpper(c)) && _anyCase.TryGetValue(token, out kind))
        {
            return kind;
        }

        // Initials ("John F. Kerry") and dotted abbreviations ("N.C.", "e.g.").
        if (token.Length == 1 && char.IsUpper(token[0]))
        {
            return AbbreviationKind.Other;
        }

        return IsDotted(token) ? AbbreviationKind.Other : null;
    }

    private static bool IsDotted(string token)
    {
        var parts = token.Split('.');
        return parts.Length >= 2 && parts.All(p => p.Length is >= 1 and <= 2 && p.All(char.IsLetter));
    }

    // The letters and inner periods right before the period at <paramref name="punctuation"/> ("U.S" in "U.S.", "Sept").
    private static string TokenBefore(string text, int punctuation)
    {
        var i = punctuation;
        while (i > 0 && (char.IsLetter(text[i - 1]) || (text[i - 1] == '.' && i - 2 >= 0 && char.IsLetter(text[i - 2]))))
        {
            i--;
        }

        return text[i..punctuation];
    }

    private static bool IsPlainLowercaseWord(string token, int minLength) =>
        token.Length >= minLength && token.All(char.IsLower);

    private static string WordAt(string text, int start, int end)
    {
        var i = start;
        while (i < end && char.IsLetter(text[i]))
        {
            i++;
        }

        return text[start..i];
    }

    private static void Emit(string text, int start, int end, List<Sentence> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var bullet = BoilerplateFilter.BulletPrefixLength(text[start..end]);
        start += bullet;
        var span = text[start..end];
        if (!span.Any(char.IsLetterOrDigit))
        {
            return;
        }

        sentences.Add(new Sentence(sentences.Count, start, end - start, span));
    }
}
