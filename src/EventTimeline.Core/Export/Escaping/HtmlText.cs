using System.Text;

namespace EventTimeline.Export.Escaping;

/// <summary>
/// The one place where text from articles is made safe for HTML: element text, double-quoted attribute values,
/// JSON embedded in a script element, and the URLs that may become links.
/// </summary>
internal static class HtmlText
{
    /// <summary>Escapes <paramref name="text"/> for element content or a double- or single-quoted attribute value; characters HTML forbids become U+FFFD.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case '"':
                    builder.Append("&quot;");
                    break;
                case '\'':
                    builder.Append("&#39;");
                    break;
                default:
                    builder.Append(IsForbidden(c) ? '\uFFFD' : c);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Escapes <paramref name="value"/> for a double-quoted attribute value (the same rules as <see cref="Escape"/>).</summary>
    public static string Attribute(string? value) => Escape(value);

    /// <summary>
    /// Returns <paramref name="url"/> normalized (percent-encoded) when it is an absolute <c>http:</c> or <c>https:</c> URL with a host,
    /// else null: <c>javascript:</c>, <c>data:</c>, <c>vbscript:</c>, relative URLs and anything with whitespace or control characters are never linked.
    /// </summary>
    public static string? LinkableUrl(string? url)
    {
        if (string.IsNullOrEmpty(url) || url.Any(c => c <= ' ' || char.IsControl(c) || c is '\u2028' or '\u2029' or '\\'))
        {
            return null;
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || string.IsNullOrEmpty(uri.Host)
            || !url.StartsWith(uri.Scheme + "://", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return uri.AbsoluteUri;
    }

    // C0 controls other than tab, line feed, form feed and carriage return, DEL and C1 controls are parse errors
    // in HTML; they carry no meaning in news text.
    private static bool IsForbidden(char c) =>
        (c < ' ' && c is not '\t' and not '\n' and not '\f' and not '\r') || (c >= '\u007F' && c <= '\u009F');
}
