using System.Globalization;

namespace EventTimeline.Documents;

/// <summary>Reads a publication date given as metadata by the input itself (an HTML meta tag, JSON-LD, a JSON-lines field).</summary>
/// <remarks>
/// Metadata writers use many forms: ISO-8601 dates and timestamps (the date is taken as written, at its own offset),
/// "20150921" and "20150921143000", Unix times in seconds or milliseconds (as UTC), RFC 1123 ("Mon, 21 Sep 2015 14:03:00 GMT") and written dates ("September 21, 2015"). A value with a
/// time of day but no calendar date, or with only a month and year, gives no date.
/// </remarks>
internal sealed class MetadataDateParser
{
    // Metadata values are short; a longer string is prose, not a date field.
    private const int MaxValueLength = 100;


    private readonly ExplicitDateParser _dates;

    /// <summary>Creates a parser that reads written dates with <paramref name="dates"/>.</summary>
    public MetadataDateParser(ExplicitDateParser dates)
    {
        _dates = dates;
    }

    /// <summary>Creates a parser with the embedded month names.</summary>
    public static MetadataDateParser CreateDefault() => new(ExplicitDateParser.CreateDefault());

    /// <summary>Returns the date <paramref name="value"/> states, or null.</summary>
    public DateOnly? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        if (trimmed.Length > MaxValueLength)
        {
            return null;
        }

        if (ManifestReader.ParsePublished(trimmed) is { } iso)
        {
            return iso;
        }

        if (trimmed.Length >= 8 && trimmed.AsSpan(0, 8).IndexOfAnyExceptInRange('0', '9') < 0 && (trimmed.Length is 8 or 12 or 14 || !char.IsAsciiDigit(trimmed[8]))
            && DateOnly.TryParseExact(trimmed[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var compact))
        {
            return compact;
        }

        if (UnixDate(trimmed) is { } unix)
        {
            return unix;
        }

        return _dates.Find(trimmed) is [var first, ..] ? first.Date : null;
    }

    /// <summary>Reads a Unix time as its UTC date: 10 digits are seconds ("1685692800", 2001 to 2286), 13 are milliseconds; null for anything else.</summary>
    /// <remarks>12 and 14 digits are compact timestamps ("20230602080000"), read before this.</remarks>
    private static DateOnly? UnixDate(string value)
    {
        if (value.Length is not (10 or 13) || value.AsSpan().IndexOfAnyExceptInRange('0', '9') >= 0
            || !long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        var instant = value.Length == 13 ? DateTimeOffset.FromUnixTimeMilliseconds(number) : DateTimeOffset.FromUnixTimeSeconds(number);
        return DateOnly.FromDateTime(instant.UtcDateTime);
    }
}
