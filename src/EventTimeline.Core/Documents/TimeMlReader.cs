using System.Globalization;
using System.Text;
using System.Xml;

namespace EventTimeline.Documents;

/// <summary>Reads TimeML documents: DOCID, the DCT's value, and TEXT as raw text plus the TIMEX3 tags it holds.</summary>
public static class TimeMlReader
{
    private const string TimexTag = "TIMEX3";

    /// <summary>Reads a TimeML document from a string; <paramref name="source"/> names it in errors.</summary>
    public static TimeMlDocument Read(string xml, string source) => XmlInput.Read(xml, source, reader => Parse(reader, source));

    /// <summary>Reads a TimeML document from a stream (encoding from the XML declaration, UTF-8 by default).</summary>
    public static TimeMlDocument Read(Stream stream, string source) => XmlInput.Read(stream, source, reader => Parse(reader, source));

    /// <summary>Reads a TimeML document from a text reader.</summary>
    public static TimeMlDocument Read(TextReader text, string source) => XmlInput.Read(text, source, reader => Parse(reader, source));

    private static TimeMlDocument Parse(XmlReader xml, string source)
    {
        string? docId = null;
        string? dctValue = null;
        var docIdText = new StringBuilder();
        var text = new StringBuilder();
        var timexes = new List<GoldTimex>();
        var open = new Stack<(string Tid, int Start, string Type, string Value)>();
        var inDocId = false;
        var inDct = false;
        var inText = false;
        var sawText = false;

        while (xml.Read())
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element:
                    var empty = xml.IsEmptyElement;
                    switch (xml.LocalName)
                    {
                        case "DOCID" when !inText && docId is null:
                            inDocId = !empty;
                            docId = empty ? string.Empty : null;
                            break;
                        case "DCT" when !inText:
                            inDct = !empty;
                            break;
                        case "TEXT" when !inText && !sawText:
                            inText = !empty;
                            sawText = true;
                            break;
                        case TimexTag when inDct && dctValue is null:
                            dctValue = xml.GetAttribute("value");
                            break;
                        case TimexTag when inText:
                            var timex = (xml.GetAttribute("tid") ?? string.Empty, text.Length,
                                xml.GetAttribute("type") ?? string.Empty, xml.GetAttribute("value") ?? string.Empty);
                            if (empty)
                            {
                                timexes.Add(new GoldTimex(timex.Item1, timex.Item2, 0, string.Empty, timex.Item3, timex.Item4));
                            }
                            else
                            {
                                open.Push(timex);
                            }

                            break;
                    }

                    break;

                case XmlNodeType.EndElement:
                    switch (xml.LocalName)
                    {
                        case "DOCID" when inDocId:
                            inDocId = false;
                            docId = docIdText.ToString().Trim();
                            break;
                        case "DCT" when inDct:
                            inDct = false;
                            break;
                        case "TEXT" when inText && open.Count == 0:
                            inText = false;
                            break;
                        case TimexTag when inText && open.Count > 0:
                            var (tid, start, type, value) = open.Pop();
                            timexes.Add(new GoldTimex(tid, start, text.Length - start, text.ToString(start, text.Length - start), type, value));
                            break;
                    }

                    break;

                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.Whitespace:
                case XmlNodeType.SignificantWhitespace:
                    if (inText)
                    {
                        text.Append(xml.Value);
                    }
                    else if (inDocId)
                    {
                        docIdText.Append(xml.Value);
                    }

                    break;
            }
        }

        if (!sawText)
        {
            throw new InputFormatException(source, 0, 0, "no <TEXT> element");
        }

        timexes.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var id = string.IsNullOrEmpty(docId) ? Path.GetFileNameWithoutExtension(source) : docId;
        return new TimeMlDocument(id, XmlInput.DayOf(dctValue), dctValue, text.ToString(), timexes);
    }


}
