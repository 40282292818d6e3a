using System.Globalization;
using System.Text;
using System.Xml;

using EventTimeline.Text;

namespace EventTimeline.Documents;

/// <summary>Reads SemEval-2015 Task 4 documents in CAT XML: tokens, the DCT, and the gold EVENT_MENTION markables kept apart.</summary>
/// <remarks>The text is rebuilt from the tokens (the CAT format keeps no original spacing): one line per sentence, a space
/// between tokens except where English punctuation attaches. Every token keeps its offset in that text.</remarks>
public static class CatReader
{
    private const string CreationTime = "CREATION_TIME";

    /// <summary>Reads a CAT document from a string; <paramref name="source"/> names it in errors.</summary>
    public static CatDocument Read(string xml, string source) => XmlInput.Read(xml, source, reader => Parse(reader, source));

    /// <summary>Reads a CAT document from a stream (encoding from the XML declaration, UTF-8 by default).</summary>
    public static CatDocument Read(Stream stream, string source) => XmlInput.Read(stream, source, reader => Parse(reader, source));

    /// <summary>Reads a CAT document from a text reader.</summary>
    public static CatDocument Read(TextReader text, string source) => XmlInput.Read(text, source, reader => Parse(reader, source));

    private sealed record RawToken(int TokenId, int Sentence, int Number, string Text);

    private static CatDocument Parse(XmlReader xml, string source)
    {
        string? docId = null, docName = null, url = null, dctValue = null;
        var sawDocument = false;
        var tokens = new List<RawToken>();
        var tokenIds = new HashSet<int>();
        var events = new List<CatEventMention>();
        var anchors = new List<int>();
        var anchorPositions = new List<(string Mention, int TokenId, int Line, int Column)>();
        var inMarkables = false;
        string? openEvent = null;

        // ReadElementContentAsString leaves the reader on the next node already: do not Read past it.
        var positioned = false;
        while (positioned || xml.Read())
        {
            positioned = false;
            if (xml.NodeType == XmlNodeType.EndElement)
            {
                if (xml.LocalName == "Markables")
                {
                    inMarkables = false;
                }
                else if (xml.LocalName == "EVENT_MENTION" && openEvent is not null)
                {
                    events.Add(new CatEventMention(openEvent, anchors));
                    openEvent = null;
                }

                continue;
            }

            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            var (line, column) = Position(xml);
            switch (xml.LocalName)
            {
                case "Document" when !sawDocument:
                    sawDocument = true;
                    docId = xml.GetAttribute("doc_id");
                    docName = xml.GetAttribute("doc_name");
                    url = xml.GetAttribute("src_url");
                    break;

                case "token" when !inMarkables:
                    var tokenId = IntAttribute(xml, "t_id", source);
                    var sentence = IntAttribute(xml, "sentence", source);
                    var number = IntAttribute(xml, "number", source);
                    var content = string.Empty;
                    if (!xml.IsEmptyElement)
                    {
                        content = xml.ReadElementContentAsString();
                        positioned = true;
                    }

                    var token = new RawToken(tokenId, sentence, number, content);
                    if (!tokenIds.Add(token.TokenId))
                    {
                        throw new InputFormatException(source, line, column, $"duplicate token t_id {token.TokenId}");
                    }

                    tokens.Add(token);
                    break;

                case "Markables":
                    inMarkables = !xml.IsEmptyElement;
                    break;

                case "EVENT_MENTION" when inMarkables:
                    anchors = [];
                    var markableId = xml.GetAttribute("m_id") ?? string.Empty;
                    if (xml.IsEmptyElement)
                    {
                        events.Add(new CatEventMention(markableId, []));
                    }
                    else
                    {
                        openEvent = markableId;
                    }

                    break;

                case "token_anchor" when openEvent is not null:
                    var anchor = IntAttribute(xml, "t_id", source);
                    anchors.Add(anchor);
                    anchorPositions.Add((openEvent, anchor, line, column));
                    break;

                case "TIMEX3" when inMarkables && dctValue is null
                    && string.Equals(xml.GetAttribute("functionInDocument"), CreationTime, StringComparison.Ordinal):
                    dctValue = xml.GetAttribute("value");
                    break;
            }
        }

        if (!sawDocument)
        {
            throw new InputFormatException(source, 0, 0, "no <Document> element");
        }

        foreach (var (mention, tokenId, line, column) in anchorPositions)
        {
            if (!tokenIds.Contains(tokenId))
            {
                throw new InputFormatException(source, line, column, $"EVENT_MENTION m_id {mention} anchors unknown token t_id {tokenId}");
            }
        }

        var (text, placed, sentences) = Layout(tokens);
        var id = string.IsNullOrEmpty(docId) ? Path.GetFileNameWithoutExtension(source) : docId;
        var name = string.IsNullOrEmpty(docName) ? Path.GetFileNameWithoutExtension(source) : docName;
        return new CatDocument(id, name, url, dctValue, XmlInput.DayOf(dctValue), text, placed, sentences, events);
    }

    private static (string Text, List<CatToken> Tokens, List<Sentence> Sentences) Layout(List<RawToken> tokens)
    {
        var text = new StringBuilder();
        var placed = new List<CatToken>(tokens.Count);
        var sentences = new List<Sentence>();
        var spacing = new TokenSpacing();
        var sentenceStart = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var first = i == 0 || tokens[i - 1].Sentence != token.Sentence;
            if (first && i > 0)
            {
                sentences.Add(Sentence(tokens[i - 1].Sentence, sentenceStart, text));
                text.Append('\n');
                sentenceStart = text.Length;
            }

            var previous = first ? null : tokens[i - 1].Text;
            var next = i + 1 < tokens.Count && tokens[i + 1].Sentence == token.Sentence ? tokens[i + 1].Text : null;
            if (spacing.SpaceBefore(previous, token.Text, next))
            {
                text.Append(' ');
            }

            placed.Add(new CatToken(token.TokenId, token.Sentence, token.Number, token.Text, text.Length));
            text.Append(token.Text);
        }

        if (tokens.Count > 0)
        {
            sentences.Add(Sentence(tokens[^1].Sentence, sentenceStart, text));
        }

        return (text.ToString(), placed, sentences);
    }

    private static Sentence Sentence(int number, int start, StringBuilder text) =>
        new(number, start, text.Length - start, text.ToString(start, text.Length - start));

    private static (int Line, int Column) Position(XmlReader xml) =>
        xml is IXmlLineInfo info && info.HasLineInfo() ? (info.LineNumber, info.LinePosition) : (0, 0);

    private static int IntAttribute(XmlReader xml, string name, string source)
    {
        var value = xml.GetAttribute(name);
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        var (line, column) = Position(xml);
        var found = value is null ? "missing" : $"\"{value}\" is not a whole number";
        throw new InputFormatException(source, line, column, $"<{xml.LocalName}> attribute {name} {found}");
    }


}
