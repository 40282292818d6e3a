using System.Globalization;
using System.Text;
using System.Xml;

namespace EventTimeline.Documents;

/// <summary>Reads TimeML documents: DOCID, the DCT's value, and TEXT as raw text plus the TIMEX3 tags it holds.</summary>
public static class TimeMlReader
{
    private const string TimexTag = "TIMEX3";

    /// <summary>Reads a TimeML document from a string; <paramref name="source"/> names it in errors.</summary>
    public static TimeMlDocument Read(string xml, string source)
    {
        using var reader = new StringReader(xml);
        return Read(reader, source);
    }

    /// <summary>Reads a TimeML document from a stream (encoding from the XML declaration, UTF-8 by default).</summary>
    public static TimeMlDocument Read(Stream stream, string source)
    {
        using var xml = XmlReader.Create(stream, Settings());
        return Read(xml, source);
    }

    /// <summary>Reads a TimeML document from a text reader.</summary>
    public static TimeMlDocument Read(TextReader text, string source)
    {
        using var xml = XmlReader.Create(text, Settings());
        return Read(xml, source);
    }

    private static XmlReaderSettings Settings() => new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = false,
        CloseInput = false,
    };

    private static TimeMlDocument Read(XmlReader xml, string source)
    {
        try
        {
            return Parse(xml, source);
        }
        catch (XmlException e)
        {
            throw new TimeMlFormatException(source, e.LineNumber, e.LinePosition, StripPosition(e.Message), e);
        }
    }

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
            throw new TimeMlFormatException(source, 0, 0, "no <TEXT> element");
        }

        timexes.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var id = string.IsNullOrEmpty(docId) ? Path.GetFileNameWithoutExtension(source) : docId;
        return new TimeMlDocument(id, ParseDate(dctValue), dctValue, text.ToString(), timexes);
    }

    private static DateOnly? ParseDate(string? value)
    {
        if (value is null || value.Length < 10)
        {
            return null;
        }

        return DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }

    // XmlException messages end with "Line N, position M."; the position is already in our prefix.
    private static string StripPosition(string message)
    {
        var at = message.LastIndexOf(" Line ", StringComparison.Ordinal);
        return at > 0 ? message[..at].TrimEnd() : message;
    }
}
