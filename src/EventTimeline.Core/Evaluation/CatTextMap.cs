using EventTimeline.Documents;

namespace EventTimeline.Evaluation;

/// <summary>Maps spans of the text the pipeline analysed back to the tokens of the CAT document it came from.</summary>
/// <remarks>The pipeline may drop whole lines of a document (boilerplate) and trim the others, so the analysed text is its
/// source's lines, in order, some left out. Each analysed line is matched to the next source line with the same content;
/// offsets inside a matched line shift by a constant.</remarks>
internal sealed class CatTextMap
{
    private readonly CatDocument _document;
    private readonly List<(int Start, int End, int Shift)> _lines;

    private CatTextMap(CatDocument document, List<(int Start, int End, int Shift)> lines)
    {
        _document = document;
        _lines = lines;
    }

    /// <summary>The CAT document this map leads to.</summary>
    public CatDocument Document => _document;

    /// <summary>Aligns <paramref name="analysedText"/> with <paramref name="document"/>'s text.</summary>
    public static CatTextMap Create(CatDocument document, string analysedText)
    {
        var lines = new List<(int Start, int End, int Shift)>();
        if (string.Equals(document.Text, analysedText, StringComparison.Ordinal))
        {
            lines.Add((0, analysedText.Length, 0));
            return new CatTextMap(document, lines);
        }

        var source = LinesOf(document.Text);
        var cursor = 0;
        foreach (var (start, text) in LinesOf(analysedText))
        {
            var content = text.Trim();
            if (content.Length == 0)
            {
                continue;
            }

            for (var i = cursor; i < source.Count; i++)
            {
                var at = source[i].Text.IndexOf(content, StringComparison.Ordinal);
                if (at < 0 || source[i].Text.Trim().Length != content.Length)
                {
                    continue;
                }

                var contentStart = start + text.IndexOf(content, StringComparison.Ordinal);
                lines.Add((contentStart, contentStart + content.Length, source[i].Start + at - contentStart));
                cursor = i + 1;
                break;
            }
        }

        return new CatTextMap(document, lines);
    }

    /// <summary>The CAT tokens under the analysed span [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>), in order; empty when the span falls outside every matched line.</summary>
    public IReadOnlyList<CatToken> Tokens(int start, int length)
    {
        foreach (var (lineStart, lineEnd, shift) in _lines)
        {
            if (start >= lineStart && start < lineEnd)
            {
                var end = Math.Min(start + length, lineEnd);
                return _document.TokensOverlapping(start + shift, end - start);
            }
        }

        return [];
    }

    /// <summary>The offset in the analysed text of the CAT text's character <paramref name="catOffset"/>, or null when the pipeline left that line out.</summary>
    public int? AnalysedOffset(int catOffset)
    {
        foreach (var (lineStart, lineEnd, shift) in _lines)
        {
            if (catOffset - shift >= lineStart && catOffset - shift < lineEnd)
            {
                return catOffset - shift;
            }
        }

        return null;
    }

    private static List<(int Start, string Text)> LinesOf(string text)
    {
        var lines = new List<(int Start, string Text)>();
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            lines.Add((start, text[start..end]));
            start = end + 1;
        }

        return lines;
    }
}
