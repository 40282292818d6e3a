using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace EventTimeline.Documents;

/// <summary>The adapter to AngleSharp: parses HTML as a browser would and turns its DOM into an <see cref="HtmlPage"/>.</summary>
/// <remarks>
/// No AngleSharp type leaves this file. Scripting is off, so &lt;noscript&gt; content is parsed as markup. Comments and styles are left out;
/// scripts keep their text only when they hold JSON-LD metadata. The walk is iterative, so nesting depth never touches the call stack.
/// Feed it markup passed through <see cref="HtmlMarkupLimiter"/>: the parser's own work is bounded only by that.
/// </remarks>
internal static class HtmlPageParser
{
    private static readonly HashSet<string> _keptAttributes = new(StringComparer.Ordinal)
    {
        "id", "class", "role", "itemprop", "itemtype", "hidden", "aria-hidden", "style", "property", "name", "content", "rel", "href", "datetime", "type", "charset", "pubdate",
    };

    private static readonly IReadOnlyDictionary<string, string> _noAttributes = new Dictionary<string, string>();

    /// <summary>Parses <paramref name="html"/>.</summary>
    public static HtmlPage Parse(string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var document = parser.ParseDocument(html);
        var nodes = new List<(int Parent, string? Tag, string? Text, IReadOnlyDictionary<string, string> Attributes, List<int> Children)>();
        var pending = new Stack<(INode Node, int Parent)>();
        if (document.DocumentElement is { } root)
        {
            pending.Push((root, -1));
        }

        while (pending.Count > 0)
        {
            var (node, parent) = pending.Pop();
            int index;
            if (node is IElement element)
            {
                var tag = element.LocalName;
                if (tag == "style")
                {
                    continue;
                }

                index = nodes.Count;
                nodes.Add((parent, tag, null, Attributes(element), []));
                if (tag == "script")
                {
                    if (IsJsonLd(element) && element.TextContent is { Length: > 0 } json)
                    {
                        nodes[index].Children.Add(nodes.Count);
                        nodes.Add((index, null, json, _noAttributes, []));
                    }
                }
                else
                {
                    // Indexing the child list: AngleSharp's sibling links search the parent's children, which is quadratic on wide pages.
                    var children = node.ChildNodes;
                    for (var c = children.Length - 1; c >= 0; c--)
                    {
                        pending.Push((children[c], index));
                    }
                }
            }
            else if (node.NodeType == NodeType.Text && node.TextContent is { Length: > 0 } text)
            {
                index = nodes.Count;
                nodes.Add((parent, null, text, _noAttributes, []));
            }
            else
            {
                continue;
            }

            if (parent >= 0)
            {
                nodes[parent].Children.Add(index);
            }
        }

        return new HtmlPage(nodes.Select(n => new HtmlNode(n.Parent, n.Tag, n.Text, n.Attributes, n.Children)).ToList());
    }

    private static bool IsJsonLd(IElement script) =>
        script.GetAttribute("type")?.Trim().Equals("application/ld+json", StringComparison.OrdinalIgnoreCase) == true;

    private static IReadOnlyDictionary<string, string> Attributes(IElement element)
    {
        Dictionary<string, string>? kept = null;
        foreach (var attribute in element.Attributes)
        {
            if (_keptAttributes.Contains(attribute.Name))
            {
                kept ??= new Dictionary<string, string>(StringComparer.Ordinal);
                kept.TryAdd(attribute.Name, attribute.Value);
            }
        }

        return kept ?? _noAttributes;
    }
}
