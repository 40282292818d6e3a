using System.Globalization;
using System.Xml;

namespace EventTimeline.Documents;

/// <summary>Reads an ECB+ document (CAT-style XML): tokens through <see cref="CatReader"/>, then the event markables and their coreference chains, and the participant, time and location markables.</summary>
/// <remarks>A mention's chain is the note of the <c>CROSS_DOC_COREF</c> relation it is a source of; a mention only in an
/// <c>INTRA_DOC_COREF</c> relation gets a chain named after the document and the relation; any other mention is a singleton.</remarks>
public static class EcbPlusReader
{
    /// <summary>Reads <paramref name="xml"/>; <paramref name="source"/> is the file path (its name gives topic and file name).</summary>
    /// <exception cref="InputFormatException">The XML is malformed, the file name has no topic, or a markable anchors an unknown token.</exception>
    public static EcbPlusDocument Read(string xml, string source)
    {
        ArgumentNullException.ThrowIfNull(xml);
        ArgumentNullException.ThrowIfNull(source);
        var fileName = Path.GetFileNameWithoutExtension(source);
        var underscore = fileName.IndexOf('_', StringComparison.Ordinal);
        if (underscore <= 0 || !int.TryParse(fileName.AsSpan(0, underscore), NumberStyles.None, CultureInfo.InvariantCulture, out var topic))
        {
            throw new InputFormatException(source, 0, 0, "an ECB+ file name starts with its topic number and an underscore (\"2_1ecbplus.xml\")");
        }

        var cat = CatReader.Read(xml, source);
        var (markables, chains) = XmlInput.Read(xml, source, reader => Parse(reader, fileName));
        var known = cat.Tokens.Select(token => token.TokenId).ToHashSet();
        var order = cat.Tokens.Select((token, index) => (token.TokenId, index)).ToDictionary(pair => pair.TokenId, pair => pair.index);
        var mentions = new List<EcbPlusMention>();
        var arguments = new List<EcbPlusArgument>();
        foreach (var (id, tag, anchors) in markables)
        {
            if (anchors.Count == 0)
            {
                continue;
            }

            foreach (var anchor in anchors)
            {
                if (!known.Contains(anchor))
                {
                    throw new InputFormatException(source, 0, 0, $"markable m_id {id} anchors unknown token t_id {anchor}");
                }
            }

            if (IsEvent(tag))
            {
                mentions.Add(new EcbPlusMention(id, tag, [.. anchors.OrderBy(anchor => order[anchor])], chains.GetValueOrDefault(id)));
            }
            else
            {
                arguments.Add(new EcbPlusArgument(id, tag, [.. anchors.OrderBy(anchor => order[anchor])]));
            }
        }

        return new EcbPlusDocument(topic, fileName, cat, [.. mentions.OrderBy(mention => order[mention.TokenIds[0]]).ThenBy(mention => mention.MarkableId, StringComparer.Ordinal)])
        {
            Arguments = [.. arguments.OrderBy(argument => order[argument.TokenIds[0]]).ThenBy(argument => argument.MarkableId, StringComparer.Ordinal)],
        };
    }

    private static (List<(string Id, string Tag, List<int> Anchors)> Markables, Dictionary<string, string> Chains) Parse(XmlReader xml, string fileName)
    {
        var markables = new List<(string Id, string Tag, List<int> Anchors)>();
        var cross = new Dictionary<string, string>(StringComparer.Ordinal);
        var intra = new Dictionary<string, string>(StringComparer.Ordinal);
        var inMarkables = false;
        List<int>? open = null;
        string? relation = null;
        var relationIsCross = false;
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.EndElement)
            {
                if (xml.LocalName == "Markables")
                {
                    inMarkables = false;
                }
                else if (open is not null && IsMarkable(xml.LocalName))
                {
                    open = null;
                }
                else if (xml.LocalName is "CROSS_DOC_COREF" or "INTRA_DOC_COREF")
                {
                    relation = null;
                }

                continue;
            }

            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            var name = xml.LocalName;
            if (name == "Markables")
            {
                inMarkables = !xml.IsEmptyElement;
            }
            else if (inMarkables && IsMarkable(name))
            {
                var anchors = new List<int>();
                markables.Add((xml.GetAttribute("m_id") ?? string.Empty, name, anchors));
                open = xml.IsEmptyElement ? null : anchors;
            }
            else if (inMarkables && name == "token_anchor" && open is not null
                && int.TryParse(xml.GetAttribute("t_id"), NumberStyles.None, CultureInfo.InvariantCulture, out var tokenId))
            {
                open.Add(tokenId);
            }
            else if (name is "CROSS_DOC_COREF" or "INTRA_DOC_COREF" && !xml.IsEmptyElement)
            {
                relationIsCross = name == "CROSS_DOC_COREF";
                relation = relationIsCross
                    ? xml.GetAttribute("note")
                    : fileName + "/" + (xml.GetAttribute("r_id") ?? string.Empty);
            }
            else if (name == "source" && relation is not null && xml.GetAttribute("m_id") is { } source)
            {
                (relationIsCross ? cross : intra).TryAdd(source, relation);
            }
        }

        foreach (var (id, chain) in intra)
        {
            cross.TryAdd(id, chain);
        }

        return (markables, cross);
    }

    private static bool IsMarkable(string tag) => IsEvent(tag)
        || tag.StartsWith("HUMAN_PART", StringComparison.Ordinal)
        || tag.StartsWith("NON_HUMAN_PART", StringComparison.Ordinal)
        || tag.StartsWith("TIME_", StringComparison.Ordinal)
        || tag.StartsWith("LOC_", StringComparison.Ordinal);

    private static bool IsEvent(string tag) => tag.StartsWith("ACTION_", StringComparison.Ordinal) || tag.StartsWith("NEG_ACTION_", StringComparison.Ordinal);
}
