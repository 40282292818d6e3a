using System.Text;

namespace EventTimeline.Export.Escaping;

/// <summary>XML 1.0 escaping for every XML file EventTimeline writes (GraphML, TimeML): markup characters become entities and characters XML 1.0 forbids become U+FFFD.</summary>
internal static class XmlText
{
    /// <summary>The character written in place of one that XML 1.0 forbids.</summary>
    public const char Replacement = '\uFFFD';

    /// <summary>Returns <paramref name="text"/> escaped for element content, or for a double-quoted attribute value when <paramref name="attribute"/> is true.</summary>
    public static string Escape(string? text, bool attribute = false)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var xml = new StringBuilder(text.Length + 16);
        Append(xml, text, attribute);
        return xml.ToString();
    }

    /// <summary>Appends <paramref name="text"/> escaped to <paramref name="xml"/>.</summary>
    /// <remarks>Each forbidden UTF-16 unit (C0 controls other than tab, LF and CR; U+FFFE, U+FFFF; a lone surrogate) becomes one U+FFFD, so offsets into the text survive escaping.</remarks>
    public static void Append(StringBuilder xml, ReadOnlySpan<char> text, bool attribute)
    {
        ArgumentNullException.ThrowIfNull(xml);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&':
                    xml.Append("&amp;");
                    break;
                case '<':
                    xml.Append("&lt;");
                    break;
                case '>':
                    xml.Append("&gt;");
                    break;
                case '"' when attribute:
                    xml.Append("&quot;");
                    break;
                case '\'' when attribute:
                    xml.Append("&apos;");
                    break;
                case '\r':
                    // A literal CR would be folded into LF by every XML parser.
                    xml.Append("&#xD;");
                    break;
                case '\t' or '\n' when attribute:
                    // Attribute-value normalization would turn them into spaces.
                    xml.Append(c == '\t' ? "&#x9;" : "&#xA;");
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        xml.Append(c).Append(text[i + 1]);
                        i++;
                    }
                    else
                    {
                        xml.Append(IsAllowed(c) ? c : Replacement);
                    }

                    break;
            }
        }
    }

    /// <summary>Returns whether XML 1.0 allows <paramref name="c"/> on its own (a surrogate is allowed only as half of a pair).</summary>
    public static bool IsAllowed(char c) =>
        c is '\t' or '\n' or '\r' || (c >= '\u0020' && c <= '\uD7FF') || (c >= '\uE000' && c <= '\uFFFD');
}
