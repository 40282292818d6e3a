using System.Text;

namespace EventTimeline.Export.Escaping;

/// <summary>Makes article text safe to put in Markdown: it reads as the same words and cannot become markup, a link or raw HTML.</summary>
internal static class MarkdownText
{
    // The characters that can start or end inline markup, a link, raw HTML or an entity anywhere in a line (block markup cannot
    // start: every line written begins with the page's own "- " or "#").
    private const string Special = "\\`*_[]<>|~&";

    /// <summary>Escapes <paramref name="text"/> for a Markdown line: markup characters get a backslash, line breaks become spaces.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (c is '\r' or '\n' or '\u2028' or '\u2029')
            {
                escaped.Append(' ');
            }
            else if (char.IsControl(c))
            {
                continue;
            }
            else
            {
                if (Special.Contains(c, StringComparison.Ordinal))
                {
                    escaped.Append('\\');
                }

                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    /// <summary>A link target that Markdown cannot misread: an http(s) URL with parentheses, spaces and angle brackets percent-encoded, or null.</summary>
    public static string? LinkTarget(string? url) =>
        HtmlText.LinkableUrl(url) is { } linkable
            ? linkable.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal)
                .Replace(" ", "%20", StringComparison.Ordinal).Replace("<", "%3C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal)
            : null;
}
