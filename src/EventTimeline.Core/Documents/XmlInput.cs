using System.Globalization;
using System.Xml;

namespace EventTimeline.Documents;

/// <summary>What the XML readers of annotated corpora (TimeML, CAT) share: safe reader settings, errors with line and column, DCT values.</summary>
internal static class XmlInput
{
    /// <summary>Parses <paramref name="xml"/> with <paramref name="parse"/>; malformed XML becomes an <see cref="InputFormatException"/> naming <paramref name="source"/>.</summary>
    public static T Read<T>(string xml, string source, Func<XmlReader, T> parse)
    {
        using var text = new StringReader(xml);
        return Read(text, source, parse);
    }

    /// <summary>Parses a stream (encoding from the XML declaration, UTF-8 by default).</summary>
    public static T Read<T>(Stream stream, string source, Func<XmlReader, T> parse)
    {
        using var xml = XmlReader.Create(stream, Settings());
        return Parse(xml, source, parse);
    }

    /// <summary>Parses a text reader.</summary>
    public static T Read<T>(TextReader text, string source, Func<XmlReader, T> parse)
    {
        using var xml = XmlReader.Create(text, Settings());
        return Parse(xml, source, parse);
    }

    /// <summary>The calendar day a TIMEX3 value starts with ("1998-01-08", "1998-01-08T10:00"), or null.</summary>
    public static DateOnly? DayOf(string? value)
    {
        if (value is null || value.Length < 10)
        {
            return null;
        }

        return DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }

    // No DTDs and no external resources: an input file must not make the reader fetch or expand anything.
    private static XmlReaderSettings Settings() => new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = false,
        CloseInput = false,
    };

    private static T Parse<T>(XmlReader xml, string source, Func<XmlReader, T> parse)
    {
        try
        {
            return parse(xml);
        }
        catch (XmlException e)
        {
            throw new InputFormatException(source, e.LineNumber, e.LinePosition, StripPosition(e.Message), e);
        }
    }

    // XmlException messages end with "Line N, position M."; the position is already in our prefix.
    private static string StripPosition(string message)
    {
        var at = message.LastIndexOf(" Line ", StringComparison.Ordinal);
        return at > 0 ? message[..at].TrimEnd() : message;
    }
}
