namespace EventTimeline.Documents;

/// <summary>One node of a parsed web page: an element (with <see cref="Tag"/>) or a run of text (with <see cref="Text"/>).</summary>
/// <param name="Parent">Index of the parent node; -1 for the root.</param>
/// <param name="Tag">Lower-case element name, or null for text.</param>
/// <param name="Text">The text, or null for an element.</param>
/// <param name="Attributes">The element's attributes that article extraction reads (lower-case names).</param>
/// <param name="Children">Indexes of the child nodes, in document order.</param>
internal sealed record HtmlNode(int Parent, string? Tag, string? Text, IReadOnlyDictionary<string, string> Attributes, IReadOnlyList<int> Children)
{
    /// <summary>The attribute's value, or null.</summary>
    public string? Attribute(string name) => Attributes.TryGetValue(name, out var value) ? value : null;
}

/// <summary>A parsed web page as the project's own tree: nodes in document order, a parent always before its children, node 0 the root element.</summary>
/// <param name="Nodes">The nodes.</param>
internal sealed record HtmlPage(IReadOnlyList<HtmlNode> Nodes);
