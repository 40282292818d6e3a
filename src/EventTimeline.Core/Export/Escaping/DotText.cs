using System.Text;

namespace EventTimeline.Export.Escaping;

/// <summary>Graphviz DOT escaping for every string EventTimeline writes into graph.dot: content can neither end the quoted string nor add Graphviz escapes, markup or line breaks.</summary>
internal static class DotText
{
    /// <summary>Returns <paramref name="text"/> as a double-quoted DOT string (an id or attribute value).</summary>
    public static string Quote(string? text) => "\"" + Escape(text) + "\"";

    /// <summary>Returns <paramref name="text"/> escaped for the inside of a double-quoted DOT string, shown literally in a label.</summary>
    /// <remarks>Quotes and backslashes are backslash-escaped (so "\n", "\N" or a trailing backslash stay text); "&amp;" becomes "&amp;amp;" because Graphviz reads entities in labels;
    /// line breaks of any kind become spaces (the exporter makes its own with "\n"); other control characters, U+FFFE/U+FFFF and lone surrogates become U+FFFD, which also keeps Graphviz's SVG well-formed.</remarks>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var dot = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"':
                    dot.Append("\\\"");
                    break;
                case '\\':
                    dot.Append("\\\\");
                    break;
                case '&':
                    dot.Append("&amp;");
                    break;
                case '\r' or '\n' or '\t' or '\v' or '\f' or '\u0085' or '\u2028' or '\u2029':
                    dot.Append(' ');
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        dot.Append(c).Append(text[i + 1]);
                        i++;
                    }
                    else
                    {
                        dot.Append(char.IsControl(c) || c is '\uFFFE' or '\uFFFF' || char.IsSurrogate(c) ? XmlText.Replacement : c);
                    }

                    break;
            }
        }

        return dot.ToString();
    }
}
