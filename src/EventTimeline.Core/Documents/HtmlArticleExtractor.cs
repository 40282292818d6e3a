using System.Text;

using EventTimeline.Resources;

using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace EventTimeline.Documents;

/// <summary>What a saved web page says about its article.</summary>
/// <param name="Title">Headline, when found.</param>
/// <param name="Text">Article text: the headline when the body does not start with it, then paragraphs separated by blank lines; empty when none was found.</param>
/// <param name="Published">Publication date from the page's metadata, when given.</param>
/// <param name="Url">Canonical http(s) URL, when given.</param>
/// <param name="Source">Site name, when given.</param>
internal sealed record HtmlArticle(string? Title, string Text, DateOnly? Published, string? Url, string? Source);

/// <summary>Finds the article in a parsed web page: its body without page furniture, and its title, date, canonical URL and site name.</summary>
/// <remarks>
/// The body is the page's <c>itemprop=articleBody</c>, else its largest &lt;article&gt;, else the element whose paragraphs hold the most text
/// (each paragraph counts for its parent, half for its grandparent, less its share of link text), else &lt;main&gt; or &lt;body&gt;.
/// Inside it, navigation, scripts, forms, asides, figures with their captions, hidden elements, and elements whose role, class or id
/// marks them as furniture (share bars, comments, related links, cookie banners) are dropped, as are blocks that are mostly link text,
/// except that an element holding more than half of the body's text is always kept. The rules live in <c>documents/html-extraction.json</c>.
/// </remarks>
internal sealed class HtmlArticleExtractor
{
    // An <article> or articleBody with less text than this is a teaser card, not the story.
    private const int MinArticleChars = 200;

    // Text blocks shorter than this (a caption, a button label) do not vote for the article's container.
    private const int MinParagraphChars = 25;

    // A candidate container marked as furniture counts for this share of its paragraphs.
    private const double ClutterCandidateWeight = 0.25;

    // Titles longer than this are not headlines.
    private const int MaxTitleLength = 300;

    private static readonly string[] _titleSeparators = [" | ", " - ", " – ", " — ", " :: ", " · "];

    private readonly HashSet<string> _droppedTags;
    private readonly HashSet<string> _blockTags;
    private readonly HashSet<string> _clutterRoles;
    private readonly HashSet<string> _clutterClasses;
    private readonly HashSet<string> _clutterTokens;
    private readonly IReadOnlyList<string> _titleMeta;
    private readonly IReadOnlyList<string> _siteMeta;
    private readonly IReadOnlyList<string> _urlMeta;
    private readonly IReadOnlyList<string> _publishedMeta;
    private readonly IReadOnlyList<string> _dateMeta;
    private readonly List<string> _articleTypes;
    private readonly MetadataDateParser _dates;

    /// <summary>Creates an extractor from the rules object of <c>documents/html-extraction.json</c> and a date parser.</summary>
    public HtmlArticleExtractor(JObject rules, MetadataDateParser dates)
    {
        _droppedTags = Set(rules, "droppedTags");
        _blockTags = Set(rules, "blockTags");
        _clutterRoles = Set(rules, "clutterRoles");
        _clutterClasses = Set(rules, "clutterClasses");
        _clutterTokens = Set(rules, "clutterTokens");
        _titleMeta = List(rules, "titleMeta");
        _siteMeta = List(rules, "siteMeta");
        _urlMeta = List(rules, "urlMeta");
        _publishedMeta = List(rules, "publishedMeta");
        _dateMeta = List(rules, "dateMeta");
        _articleTypes = List(rules, "articleTypes");
        _dates = dates;
    }

    /// <summary>Creates an extractor with the embedded rules.</summary>
    public static HtmlArticleExtractor CreateDefault() =>
        new(JObject.Parse(ResourceFile.ReadText("documents/html-extraction.json")), MetadataDateParser.CreateDefault());

    /// <summary>Extracts the article of <paramref name="page"/>.</summary>
    public HtmlArticle Extract(HtmlPage page)
    {
        if (page.Nodes.Count == 0)
        {
            return new HtmlArticle(null, string.Empty, null, null, null);
        }

        var view = new PageView(page, this);
        var metas = Metas(page);
        var linkedData = LinkedData(page);
        var root = ChooseRoot(view);
        var paragraphs = Paragraphs(view, root);

        var source = First(_siteMeta.Select(metas.GetValueOrDefault)) ?? linkedData?.Publisher;
        var h1 = FirstVisible(view, "h1", root) is var inBody and >= 0 ? inBody : FirstVisible(view, "h1", 0);
        var title = CleanTitle(First(_titleMeta.Select(metas.GetValueOrDefault)) ?? linkedData?.Headline ?? TextOf(page, h1) ?? TextOf(page, FirstElement(view, "title", 0)), source);
        var url = First(Links(page, "canonical").Concat(_urlMeta.Select(metas.GetValueOrDefault)).Append(linkedData?.Url).Select(HttpUrl));
        var published = _publishedMeta.Select(metas.GetValueOrDefault)
            .Append(linkedData?.Published)
            .Concat(ItemProps(view, "datePublished"))
            .Concat(_dateMeta.Select(metas.GetValueOrDefault))
            .Append(FirstTimeIn(view, root))
            .Select(_dates.Parse)
            .FirstOrDefault(d => d is not null);

        var body = string.Join("\n\n", paragraphs);
        var startsWithTitle = title is not null && paragraphs.Count > 0 && SameText(paragraphs[0], title);
        var hasHeadline = h1 >= 0 && view.IsWithin(h1, root);
        var text = body.Length == 0 ? string.Empty
            : title is null || startsWithTitle || hasHeadline ? body
            : title + "\n\n" + body;
        return new HtmlArticle(title, text, published, url, source);
    }

    private int ChooseRoot(PageView view)
    {
        var page = view.Page;
        var best = -1;
        var bestLength = 0.0;
        for (var i = 0; i < page.Nodes.Count; i++)
        {
            if (page.Nodes[i].Tag is not null && view.Visible(i) && HasToken(page.Nodes[i].Attribute("itemprop"), "articleBody") && view.Text[i] > bestLength)
            {
                (best, bestLength) = (i, view.Text[i]);
            }
        }

        if (bestLength >= MinArticleChars)
        {
            return best;
        }

        (best, bestLength) = (-1, 0.0);
        for (var i = 0; i < page.Nodes.Count; i++)
        {
            if (page.Nodes[i].Tag == "article" && view.Visible(i) && view.ContentScore(i) > bestLength)
            {
                (best, bestLength) = (i, view.ContentScore(i));
            }
        }

        if (bestLength >= MinArticleChars)
        {
            return best;
        }

        var scores = new double[page.Nodes.Count];
        for (var i = 0; i < page.Nodes.Count; i++)
        {
            var node = page.Nodes[i];
            var votes = node.Tag is "p" or "pre" or "blockquote"
                || (node.Tag is null && page.Nodes[node.Parent].Tag is "div" or "section" or "article" or "td" or "main" or "font" or "center");
            if (!votes || !view.Visible(i) || view.Text[i] < MinParagraphChars || node.Parent < 0)
            {
                continue;
            }

            scores[node.Parent] += view.Text[i];
            if (page.Nodes[node.Parent].Parent is var grandparent and >= 0)
            {
                scores[grandparent] += view.Text[i] / 2.0;
            }
        }

        // Furniture marks weigh against a candidate rather than silence its paragraphs: a wrapper's class may name a share bar it holds.
        (best, bestLength) = (-1, 0.0);
        for (var i = 0; i < scores.Length; i++)
        {
            var score = scores[i] * (1 - view.LinkDensity(i)) * (view.IsClutter[i] ? ClutterCandidateWeight : 1);
            if (score > bestLength)
            {
                (best, bestLength) = (i, score);
            }
        }

        if (best >= 0 && bestLength >= MinParagraphChars)
        {
            return best;
        }

        return FirstVisible(view, "main", 0) is var main and >= 0 ? main
            : FirstElement(view, "body", 0) is var body and >= 0 ? body
            : 0;
    }

    private List<string> Paragraphs(PageView view, int root)
    {
        var page = view.Page;
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        var pendingSpace = false;
        var prefix = string.Empty;
        var pending = new Stack<(int Node, bool Leaving)>();
        pending.Push((root, false));
        while (pending.Count > 0)
        {
            var (index, leaving) = pending.Pop();
            var node = page.Nodes[index];
            if (node.Tag is null)
            {
                if (view.Visible(index))
                {
                    AppendText(node.Text!);
                }

                continue;
            }

            var block = _blockTags.Contains(node.Tag);
            if (leaving)
            {
                if (block)
                {
                    Flush();
                }

                continue;
            }

            if (index != root && Dropped(view, index, root))
            {
                continue;
            }

            switch (node.Tag)
            {
                case "br":
                    current.Append('\n');
                    pendingSpace = false;
                    continue;
                case "td" or "th":
                    pendingSpace = true;
                    break;
                default:
                    break;
            }

            if (block)
            {
                Flush();
                if (node.Tag == "li")
                {
                    prefix = "• ";
                }
            }

            pending.Push((index, true));
            for (var c = node.Children.Count - 1; c >= 0; c--)
            {
                pending.Push((node.Children[c], false));
            }
        }

        Flush();
        return paragraphs;

        void AppendText(string text)
        {
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = true;
                    continue;
                }

                if (pendingSpace && current.Length > 0 && current[^1] != '\n')
                {
                    current.Append(' ');
                }

                pendingSpace = false;
                current.Append(c);
            }
        }

        void Flush()
        {
            pendingSpace = false;
            if (current.Length == 0)
            {
                return;
            }

            var lines = current.ToString().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            current.Clear();
            if (lines.Count > 0)
            {
                paragraphs.Add(prefix + string.Join('\n', lines));
                prefix = string.Empty;
            }
        }
    }

    // Furniture inside the body; an element with more than half of the body's text is never furniture.
    private bool Dropped(PageView view, int index, int root)
    {
        if (!view.Visible(index))
        {
            return true;
        }

        if (view.Text[index] * 2 > view.Text[root])
        {
            return false;
        }

        var tag = view.Page.Nodes[index].Tag!;
        return view.IsClutter[index] || (_blockTags.Contains(tag) && view.Text[index] > 0 && view.LinkDensity(index) > 0.5);
    }

    private bool IsClutterElement(HtmlNode node)
    {
        if (node.Attribute("role") is { } role && _clutterRoles.Contains(role.Trim().ToLowerInvariant()))
        {
            return true;
        }

        foreach (var value in new[] { node.Attribute("class"), node.Attribute("id") })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            foreach (var name in value.Split((char[])[' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (_clutterClasses.Contains(name.ToLowerInvariant()) || Words(name).Any(_clutterTokens.Contains))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool IsHiddenOrDropped(HtmlNode node)
    {
        if (_droppedTags.Contains(node.Tag!) || node.Attributes.ContainsKey("hidden"))
        {
            return true;
        }

        if (string.Equals(node.Attribute("aria-hidden")?.Trim(), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var style = node.Attribute("style");
        if (style is null)
        {
            return false;
        }

        var compact = new string(style.Where(c => !char.IsWhiteSpace(c)).ToArray()).ToLowerInvariant();
        return compact.Contains("display:none", StringComparison.Ordinal) || compact.Contains("visibility:hidden", StringComparison.Ordinal);
    }

    // Words of a class name or id: "shareBar_top" → "share", "bar", "top".
    private static IEnumerable<string> Words(string name)
    {
        var word = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var boundary = !char.IsLetterOrDigit(c) || (char.IsUpper(c) && i > 0 && char.IsLower(name[i - 1]));
            if (boundary && word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }

            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    private static Dictionary<string, string> Metas(HtmlPage page)
    {
        var metas = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var node in page.Nodes)
        {
            if (node.Tag == "meta" && node.Attribute("content") is { } content && !string.IsNullOrWhiteSpace(content))
            {
                foreach (var key in new[] { node.Attribute("property"), node.Attribute("name"), node.Attribute("itemprop") })
                {
                    if (!string.IsNullOrWhiteSpace(key))
                    {
                        metas.TryAdd(key.Trim(), content.Trim());
                    }
                }
            }
        }

        return metas;
    }

    private static IEnumerable<string?> Links(HtmlPage page, string rel) =>
        page.Nodes.Where(n => n.Tag == "link" && HasToken(n.Attribute("rel"), rel)).Select(n => n.Attribute("href"));

    private IEnumerable<string?> ItemProps(PageView view, string property)
    {
        for (var i = 0; i < view.Page.Nodes.Count; i++)
        {
            var node = view.Page.Nodes[i];
            if (node.Tag is not null && node.Tag != "meta" && HasToken(node.Attribute("itemprop"), property))
            {
                yield return node.Attribute("content") ?? node.Attribute("datetime") ?? TextOf(view.Page, i);
            }
        }
    }

    private static string? FirstTimeIn(PageView view, int root)
    {
        for (var i = root; i <= view.End[root]; i++)
        {
            if (view.Page.Nodes[i].Tag == "time" && view.Page.Nodes[i].Attribute("datetime") is { } datetime)
            {
                return datetime;
            }
        }

        return null;
    }

    private LinkedDataArticle? LinkedData(HtmlPage page)
    {
        LinkedDataArticle? best = null;
        var bestRank = int.MaxValue;
        foreach (var node in page.Nodes)
        {
            if (node.Tag != "script" || node.Children.Count == 0 || page.Nodes[node.Children[0]].Text is not { } json)
            {
                continue;
            }

            JToken root;
            try
            {
                using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None, MaxDepth = 64 };
                root = JToken.ReadFrom(reader);
            }
            catch (JsonReaderException)
            {
                continue;
            }

            var pending = new Stack<JToken>();
            pending.Push(root);
            while (pending.Count > 0)
            {
                var token = pending.Pop();
                foreach (var child in token.Children())
                {
                    pending.Push(child);
                }

                if (token is not JObject item || item["datePublished"] is not JValue { Type: JTokenType.String } date)
                {
                    continue;
                }

                var rank = Rank(item["@type"]);
                if (rank < bestRank)
                {
                    bestRank = rank;
                    best = new LinkedDataArticle(
                        (string?)date,
                        StringOf(item["headline"]),
                        StringOf(item["publisher"] is JObject publisher ? publisher["name"] : null),
                        StringOf(item["url"]) ?? StringOf(item["mainEntityOfPage"] is JObject main ? main["@id"] : item["mainEntityOfPage"]));
                }
            }
        }

        return best;
    }

    private int Rank(JToken? type)
    {
        List<string> names = type switch
        {
            JValue { Type: JTokenType.String } value => [(string)value!],
            JArray array => array.OfType<JValue>().Where(v => v.Type == JTokenType.String).Select(v => (string)v!).ToList(),
            _ => new List<string>(),
        };
        var ranks = names.Select(n => _articleTypes.IndexOf(n)).Where(r => r >= 0).ToList();
        return ranks.Count > 0 ? ranks.Min() : _articleTypes.Count;
    }

    private static string? StringOf(JToken? token) =>
        token is JValue { Type: JTokenType.String } value && !string.IsNullOrWhiteSpace((string?)value) ? ((string)value!).Trim() : null;

    private static string? HttpUrl(string? value)
    {
        var trimmed = value?.Trim();
        return trimmed is not null
            && Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? trimmed
            : null;
    }

    private static string? CleanTitle(string? title, string? site)
    {
        if (title is null)
        {
            return null;
        }

        var clean = string.Join(' ', title.Split((char[])[' ', '\t', '\n', '\r', '\f', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
        if (site is not null)
        {
            foreach (var separator in _titleSeparators)
            {
                if (clean.EndsWith(separator + site, StringComparison.OrdinalIgnoreCase) && clean.Length > separator.Length + site.Length)
                {
                    clean = clean[..^(separator.Length + site.Length)].TrimEnd();
                    break;
                }
            }
        }

        return clean.Length is > 0 and <= MaxTitleLength ? clean : null;
    }

    private static bool SameText(string a, string b) =>
        string.Equals(string.Join(' ', a.Split(' ', '\n')), b, StringComparison.OrdinalIgnoreCase);

    private static bool HasToken(string? value, string token) =>
        value is not null && value.Split((char[])[' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries).Contains(token, StringComparer.OrdinalIgnoreCase);

    private static string? First(IEnumerable<string?> values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();

    private static int FirstElement(PageView view, string tag, int within)
    {
        for (var i = within; i <= view.End[within]; i++)
        {
            if (view.Page.Nodes[i].Tag == tag)
            {
                return i;
            }
        }

        return -1;
    }

    private static int FirstVisible(PageView view, string tag, int within)
    {
        for (var i = within; i <= view.End[within]; i++)
        {
            if (view.Page.Nodes[i].Tag == tag && view.Visible(i))
            {
                return i;
            }
        }

        return -1;
    }

    private static string? TextOf(HtmlPage page, int index)
    {
        if (index < 0)
        {
            return null;
        }

        var text = new StringBuilder();
        var pending = new Stack<int>();
        pending.Push(index);
        while (pending.Count > 0)
        {
            var node = page.Nodes[pending.Pop()];
            if (node.Text is not null)
            {
                text.Append(node.Text).Append(' ');
            }

            for (var c = node.Children.Count - 1; c >= 0; c--)
            {
                pending.Push(node.Children[c]);
            }
        }

        var clean = string.Join(' ', text.ToString().Split((char[])[' ', '\t', '\n', '\r', '\f', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
        return clean.Length > 0 ? clean : null;
    }

    private static HashSet<string> Set(JObject rules, string name) =>
        new(List(rules, name).Select(v => v.ToLowerInvariant()), StringComparer.Ordinal);

    private static List<string> List(JObject rules, string name) =>
        rules[name]?.Values<string>().OfType<string>().ToList() ?? throw new InvalidOperationException($"html-extraction.json has no \"{name}\" list");

    private sealed record LinkedDataArticle(string? Published, string? Headline, string? Publisher, string? Url);

    // Per-node facts computed once: visibility, furniture marks, text and link-text sizes (non-space characters).
    private sealed class PageView
    {
        private readonly bool[] _hidden;

        public PageView(HtmlPage page, HtmlArticleExtractor rules)
        {
            Page = page;
            var count = page.Nodes.Count;
            _hidden = new bool[count];
            IsClutter = new bool[count];
            End = new int[count];
            Text = new int[count];
            Links = new int[count];
            var inLink = new bool[count];
            for (var i = 0; i < count; i++)
            {
                var node = page.Nodes[i];
                var parent = node.Parent;
                var inherited = parent >= 0 && _hidden[parent];
                if (node.Tag is not null)
                {
                    _hidden[i] = inherited || rules.IsHiddenOrDropped(node);
                    IsClutter[i] = rules.IsClutterElement(node);
                    inLink[i] = node.Tag == "a" || (parent >= 0 && inLink[parent]);
                }
                else
                {
                    _hidden[i] = inherited;
                    inLink[i] = parent >= 0 && inLink[parent];
                    if (!_hidden[i])
                    {
                        Text[i] = CountNonSpace(node.Text!);
                        Links[i] = inLink[i] ? Text[i] : 0;
                    }
                }
            }

            for (var i = count - 1; i >= 0; i--)
            {
                End[i] = Math.Max(End[i], i);
                var parent = page.Nodes[i].Parent;
                if (parent >= 0)
                {
                    Text[parent] += Text[i];
                    Links[parent] += Links[i];
                    End[parent] = Math.Max(End[parent], End[i]);
                }
            }
        }

        public HtmlPage Page { get; }

        public bool[] IsClutter { get; }

        /// <summary>Index of the last node of each node's subtree: nodes are in document order, so a subtree is a range.</summary>
        public int[] End { get; }

        public int[] Text { get; }

        public int[] Links { get; }

        public bool Visible(int index) => !_hidden[index];

        public bool IsWithin(int index, int ancestor) => ancestor <= index && index <= End[ancestor];

        public double LinkDensity(int index) => Text[index] == 0 ? 0 : (double)Links[index] / Text[index];

        public double ContentScore(int index) => Text[index] * (1 - LinkDensity(index));

        private static int CountNonSpace(string text)
        {
            var count = 0;
            foreach (var c in text)
            {
                if (!char.IsWhiteSpace(c))
                {
                    count++;
                }
            }

            return count;
        }
    }
}
