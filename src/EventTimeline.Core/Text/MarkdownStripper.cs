using System.Text;
using System.Text.RegularExpressions;

namespace EventTimeline.Text;

/// <summary>Turns Markdown into plain text: headings, emphasis, links, images, code, quotes and rules lose their markup; list items become "• " bullets.</summary>
internal static partial class MarkdownStripper
{
    private const char EscapeBase = '\uE000';

    /// <summary>True when a text file carries Markdown markup (an ATX heading line or an inline link to a URL), as scraped articles saved as .txt often do.</summary>
    public static bool LooksLikeMarkdown(string text) =>
        AtxHeadingLine().IsMatch(text) || InlineUrlLink().IsMatch(text);

    /// <summary>Returns the plain text of <paramref name="markdown"/>, line for line ("\n" newlines).</summary>
    public static string Strip(string markdown)
    {
        var lines = markdown.Split('\n');
        var output = new StringBuilder(markdown.Length);
        var inFence = false;
        foreach (var raw in lines)
        {
            var line = raw;
            if (Fence().IsMatch(line))
            {
                inFence = !inFence;
                output.Append('\n');
                continue;
            }

            if (!inFence)
            {
                line = StripLine(line);
            }

            output.Append(line.TrimEnd()).Append('\n');
        }

        return output.ToString(0, Math.Max(0, output.Length - 1));
    }

    private static string StripLine(string line)
    {
        if (HorizontalRule().IsMatch(line) || SetextUnderline().IsMatch(line) || ReferenceDefinition().IsMatch(line))
        {
            return string.Empty;
        }

        while (BlockQuote().Match(line) is { Success: true } quote)
        {
            line = line[quote.Length..];
        }

        var heading = AtxHeading().Match(line);
        if (heading.Success)
        {
            line = heading.Groups["text"].Value;
        }
        else if (ListItem().Match(line) is { Success: true } item)
        {
            line = "• " + line[item.Length..];
        }

        // Escaped characters are parked in the private-use area so that no rule below reads them as markup.
        line = Escape().Replace(line, m => ((char)(EscapeBase + m.Groups["c"].Value[0])).ToString());
        line = Image().Replace(line, string.Empty);
        line = InlineLink().Replace(line, "${text}");
        line = ReferenceLink().Replace(line, "${text}");
        line = AutoLink().Replace(line, "${url}");
        line = InlineCode().Replace(line, "${code}");
        line = StrongEmphasis().Replace(line, "${text}");
        line = Emphasis().Replace(line, "${text}");
        line = UnderscoreEmphasis().Replace(line, "${text}");
        line = Strikethrough().Replace(line, "${text}");
        line = HtmlTag().Replace(line, string.Empty);
        return string.Create(line.Length, line, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c >= EscapeBase && c < EscapeBase + 128 ? (char)(c - EscapeBase) : c;
            }
        });
    }

    [GeneratedRegex(@"^#{1,6}[ \t]+\S", RegexOptions.Multiline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex AtxHeadingLine();

    [GeneratedRegex(@"\[[^\]\n]+\]\((?:https?://|/|www\.)[^)\s]*\)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex InlineUrlLink();

    [GeneratedRegex(@"^\s{0,3}(```|~~~)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex Fence();

    [GeneratedRegex(@"^\s{0,3}([-*_])(\s*\1){2,}\s*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex HorizontalRule();

    [GeneratedRegex(@"^\s{0,3}=+\s*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex SetextUnderline();

    [GeneratedRegex(@"^\s{0,3}\[[^\]]+\]:\s*\S+.*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex ReferenceDefinition();

    [GeneratedRegex(@"^\s{0,3}>\s?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex BlockQuote();

    [GeneratedRegex(@"^\s{0,3}#{1,6}(?:[ \t]+(?<text>.*?))?(?:[ \t]+#+)?[ \t]*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"^\s*[-*+][ \t]+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex Image();

    [GeneratedRegex(@"\[(?<text>[^\]]+)\]\((?:[^()\s]|\([^)]*\))*(?:\s+""[^""]*"")?\)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"\[(?<text>[^\]]+)\]\[[^\]]*\]", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex ReferenceLink();

    [GeneratedRegex(@"<(?<url>(?:https?://|mailto:)[^>\s]+)>", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex AutoLink();

    [GeneratedRegex(@"`(?<code>[^`]+)`", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"(\*\*|__)(?=\S)(?<text>.+?)(?<=\S)\1", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex StrongEmphasis();

    [GeneratedRegex(@"\*(?=[^\s*])(?<text>[^*]+?)(?<=[^\s*])\*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"(?<![\p{L}\p{N}_])_(?=[^\s_])(?<text>[^_]+?)(?<=[^\s_])_(?![\p{L}\p{N}_])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex UnderscoreEmphasis();

    [GeneratedRegex(@"~~(?=\S)(?<text>.+?)(?<=\S)~~", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex Strikethrough();

    [GeneratedRegex(@"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"\\(?<c>[\\`*_{}\[\]()#+\-.!>])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex Escape();
}
