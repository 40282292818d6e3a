using System.Globalization;
using System.Text;

using EventTimeline.Export.Escaping;
using EventTimeline.Time;

namespace EventTimeline.Export;

/// <summary>Writes a document and its time mentions as TimeML that the TempEval-3 evaluation toolkit accepts.</summary>
public static class TimeMlWriter
{
    /// <summary>Returns the TimeML document: DOCID, the DCT as TIMEX3 t0 (an empty DCT when unknown), and TEXT with one TIMEX3 per kept mention.</summary>
    /// <remarks>Mentions are taken by offset; one that overlaps an earlier kept one, is empty or leaves the text is skipped.
    /// Characters XML 1.0 forbids become U+FFFD one for one, so offsets into the written text stay those of <paramref name="text"/>.</remarks>
    public static string Write(string docId, DateOnly? documentDate, string text, IEnumerable<TimeMention> mentions)
    {
        var xml = new StringBuilder(text.Length + 1024);
        xml.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.Append("<TimeML>\n\n");
        xml.Append("<DOCID>");
        AppendEscaped(xml, docId, attribute: false);
        xml.Append("</DOCID>\n\n");
        if (documentDate is { } dct)
        {
            var value = dct.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            xml.Append("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"").Append(value)
                .Append("\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">")
                .Append(value).Append("</TIMEX3></DCT>\n\n");
        }
        else
        {
            // The toolkit's id normalizer dereferences DCT unconditionally; an empty one says "unknown".
            xml.Append("<DCT></DCT>\n\n");
        }

        xml.Append("<TEXT>");
        var position = 0;
        var tid = 0;
        foreach (var mention in Kept(text.Length, mentions))
        {
            AppendEscaped(xml, text.AsSpan(position, mention.Start - position), attribute: false);
            tid++;
            xml.Append("<TIMEX3 tid=\"t").Append(tid.ToString(CultureInfo.InvariantCulture))
                .Append("\" type=\"").Append(TypeName(mention.Type))
                .Append("\" value=\"");
            AppendEscaped(xml, mention.Value, attribute: true);
            xml.Append("\">");
            AppendEscaped(xml, text.AsSpan(mention.Start, mention.Length), attribute: false);
            xml.Append("</TIMEX3>");
            position = mention.End;
        }

        AppendEscaped(xml, text.AsSpan(position), attribute: false);
        xml.Append("</TEXT>\n\n</TimeML>\n");
        return xml.ToString();
    }

    /// <summary>The TIMEX3 <c>type</c> attribute of a type: DATE, TIME, DURATION or SET.</summary>
    public static string TypeName(TimexType type) => type switch
    {
        TimexType.Date => "DATE",
        TimexType.Time => "TIME",
        TimexType.Duration => "DURATION",
        TimexType.Set => "SET",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "unknown TIMEX3 type"),
    };

    private static IEnumerable<TimeMention> Kept(int textLength, IEnumerable<TimeMention> mentions)
    {
        var end = 0;
        var ordered = mentions
            .Where(m => m.Start >= 0 && m.Length > 0 && m.Start <= textLength - m.Length)
            .OrderBy(m => m.Start)
            .ThenByDescending(m => m.Length);
        foreach (var mention in ordered)
        {
            if (mention.Start >= end)
            {
                end = mention.End;
                yield return mention;
            }
        }
    }

    private static void AppendEscaped(StringBuilder xml, ReadOnlySpan<char> text, bool attribute) => XmlText.Append(xml, text, attribute);
}
