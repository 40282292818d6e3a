using System.Text;

namespace EventTimeline.Documents;

/// <summary>Markup ready for the HTML parser, and how many tags had to go because of the limits.</summary>
/// <param name="Html">The markup to parse.</param>
/// <param name="TagsDropped">Start tags dropped by the depth, element-count or attribute limits (formatting tags and svg/math/template blocks, always dropped, are not counted).</param>
internal sealed record LimitedMarkup(string Html, int TagsDropped);

/// <summary>Bounds the HTML parser's work on hostile markup in one linear pass over the tags, before parsing.</summary>
/// <remarks>
/// An HTML5 tree builder walks its stack of open elements for many tags and re-creates every open formatting element
/// after each block: 100,000 unclosed &lt;div&gt; take minutes and a few kilobytes of &lt;b&gt; and &lt;/p&gt;&lt;p&gt; make millions of elements.
/// So formatting tags other than &lt;a&gt; (text extraction does not need them) and svg, math and template blocks are dropped,
/// start tags nested deeper than <see cref="MaxDepth"/>, beyond <see cref="MaxElements"/> or with more than <see cref="MaxAttributes"/>
/// attributes are dropped, and the text between tags is always kept.
/// </remarks>
internal static class HtmlMarkupLimiter
{
    /// <summary>Deepest nesting of explicitly closed elements kept; real pages stay under a hundred.</summary>
    public const int MaxDepth = 400;

    /// <summary>Most start tags kept; a long article page has tens of thousands.</summary>
    public const int MaxElements = 200_000;

    /// <summary>Most attributes a kept tag may have (the parser checks each new attribute against the others).</summary>
    public const int MaxAttributes = 100;

    private static readonly HashSet<string> _void = new(StringComparer.Ordinal)
    {
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr",
    };

    // Closed implicitly by their siblings or parents: they never pile up on the parser's stack.
    private static readonly HashSet<string> _implicitlyClosed = new(StringComparer.Ordinal)
    {
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rb", "rt", "rp", "rtc", "colgroup", "html", "head", "body",
    };

    private static readonly HashSet<string> _formatting = new(StringComparer.Ordinal)
    {
        "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u",
    };

    private static readonly HashSet<string> _rawText = new(StringComparer.Ordinal)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext",
    };

    private static readonly HashSet<string> _droppedBlocks = new(StringComparer.Ordinal) { "svg", "math", "template" };

    /// <summary>Returns <paramref name="html"/> with the tags that would make the parser's work unbounded removed.</summary>
    public static LimitedMarkup Apply(string html)
    {
        var output = new StringBuilder(html.Length);
        var stack = new List<string>();
        var open = new Dictionary<string, int>(StringComparer.Ordinal);
        var copied = 0;
        var elements = 0;
        var dropped = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            var start = i;
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                i = SkipComment(html, i + 4);
                continue;
            }

            if (i + 1 < html.Length && html[i + 1] is '!' or '?')
            {
                i = SkipPast(html, i + 2, ">");
                continue;
            }

            var isEnd = i + 1 < html.Length && html[i + 1] == '/';
            var nameStart = isEnd ? i + 2 : i + 1;
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                i++;
                continue;
            }

            var nameEnd = nameStart;
            while (nameEnd < html.Length && !IsTagNameEnd(html[nameEnd]))
            {
                nameEnd++;
            }

            var name = html[nameStart..nameEnd].ToLowerInvariant();
            var (tagEnd, attributes) = ScanTag(html, nameEnd);
            i = tagEnd;

            if (isEnd)
            {
                if (_formatting.Contains(name))
                {
                    Drop(start, tagEnd);
                }
                else if (open.TryGetValue(name, out var count) && count > 0)
                {
                    while (stack.Count > 0)
                    {
                        var top = stack[^1];
                        stack.RemoveAt(stack.Count - 1);
                        open[top]--;
                        if (top == name)
                        {
                            break;
                        }
                    }
                }

                continue;
            }

            if (_droppedBlocks.Contains(name))
            {
                var close = html.IndexOf("</" + name, tagEnd, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : SkipPast(html, close, ">");
                Drop(start, i);
                continue;
            }

            if (_formatting.Contains(name))
            {
                Drop(start, tagEnd);
                continue;
            }

            if (elements >= MaxElements || attributes > MaxAttributes || (!_void.Contains(name) && !_implicitlyClosed.Contains(name) && stack.Count >= MaxDepth))
            {
                Drop(start, tagEnd);
                dropped++;
                continue;
            }

            elements++;
            if (_rawText.Contains(name))
            {
                var close = html.IndexOf("</" + name, tagEnd, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
                continue;
            }

            if (!_void.Contains(name) && !_implicitlyClosed.Contains(name))
            {
                stack.Add(name);
                open[name] = open.GetValueOrDefault(name) + 1;
            }
        }

        if (copied == 0)
        {
            return new LimitedMarkup(html, dropped);
        }

        output.Append(html, copied, html.Length - copied);
        return new LimitedMarkup(output.ToString(), dropped);

        void Drop(int from, int to)
        {
            output.Append(html, copied, from - copied);
            copied = to;
        }
    }

    private static bool IsTagNameEnd(char c) => c is '>' or '/' || char.IsWhiteSpace(c);

    // Finds the end of a tag (one past its '>', or the end of the text) and counts its attributes, following the
    // HTML tokenizer's attribute states so that quotes mean here what they mean to the parser.
    private static (int End, int Attributes) ScanTag(string html, int from)
    {
        var attributes = 0;
        var state = AttributeState.BeforeName;
        for (var i = from; i < html.Length; i++)
        {
            var c = html[i];
            var space = c is ' ' or '\t' or '\n' or '\f' or '\r';
            switch (state)
            {
                case AttributeState.DoubleQuoted:
                    state = c == '"' ? AttributeState.BeforeName : state;
                    continue;
                case AttributeState.SingleQuoted:
                    state = c == '\'' ? AttributeState.BeforeName : state;
                    continue;
                case AttributeState.Unquoted:
                    if (c == '>')
                    {
                        return (i + 1, attributes);
                    }

                    state = space ? AttributeState.BeforeName : state;
                    continue;
                case AttributeState.BeforeValue:
                    if (c == '>')
                    {
                        return (i + 1, attributes);
                    }

                    state = space ? state : c == '"' ? AttributeState.DoubleQuoted : c == '\'' ? AttributeState.SingleQuoted : AttributeState.Unquoted;
                    continue;
                default:
                    break;
            }

            if (c == '>')
            {
                return (i + 1, attributes);
            }

            if (space)
            {
                state = state == AttributeState.Name ? AttributeState.AfterName : state;
            }
            else if (c == '/')
            {
                state = AttributeState.BeforeName;
            }
            else if (c == '=' && state != AttributeState.BeforeName)
            {
                state = AttributeState.BeforeValue;
            }
            else if (state != AttributeState.Name)
            {
                attributes++;
                state = AttributeState.Name;
            }
        }

        return (html.Length, attributes);
    }

    // A comment ends at "-->" or "--!>"; "<!-->" and "<!--->" are empty comments.
    private static int SkipComment(string html, int from)
    {
        if (from < html.Length && html[from] == '>')
        {
            return from + 1;
        }

        if (from + 1 < html.Length && html[from] == '-' && html[from + 1] == '>')
        {
            return from + 2;
        }

        for (var at = html.IndexOf("--", from, StringComparison.Ordinal); at >= 0; at = html.IndexOf("--", at + 1, StringComparison.Ordinal))
        {
            if (at + 2 < html.Length && html[at + 2] == '>')
            {
                return at + 3;
            }

            if (at + 3 < html.Length && html[at + 2] == '!' && html[at + 3] == '>')
            {
                return at + 4;
            }
        }

        return html.Length;
    }

    private static int SkipPast(string html, int from, string marker)
    {
        var at = html.IndexOf(marker, from, StringComparison.Ordinal);
        return at < 0 ? html.Length : at + marker.Length;
    }

    private enum AttributeState
    {
        BeforeName,
        Name,
        AfterName,
        BeforeValue,
        DoubleQuoted,
        SingleQuoted,
        Unquoted,
    }
}
