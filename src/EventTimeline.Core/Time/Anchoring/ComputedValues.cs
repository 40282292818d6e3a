using System.Globalization;

namespace EventTimeline.Time.Anchoring;

/// <summary>The computed values of the extra-expression table: @quarter:N, @decade:word, @century:N, @year:words, @vague:unit.</summary>
internal static class ComputedValues
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13,
        ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18,
        ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60,
        ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    private static readonly Dictionary<string, string> DecadeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["twenties"] = "192", ["thirties"] = "193", ["forties"] = "194", ["fifties"] = "195",
        ["sixties"] = "196", ["seventies"] = "197", ["eighties"] = "198", ["nineties"] = "199",
    };

    public static bool IsComputed(string value) => value.StartsWith('@');

    /// <summary>True when the value names its calendar period by itself (a spelled year, a decade, a century), not through the document date.</summary>
    public static bool IsExplicit(string value) =>
        value.StartsWith("@year:", StringComparison.Ordinal) || value.StartsWith("@decade:", StringComparison.Ordinal)
        || value.StartsWith("@century:", StringComparison.Ordinal);

    /// <summary>Computes <paramref name="value"/>; null when it cannot be read. Without a document date, quarters stay "XXXX-QX".</summary>
    public static string? Compute(string value, DateOnly? documentDate)
    {
        var separator = value.IndexOf(':', StringComparison.Ordinal);
        if (separator < 0)
        {
            return null;
        }

        var name = value[1..separator];
        var argument = value[(separator + 1)..].Trim();
        return name switch
        {
            "quarter" => Quarter(argument, documentDate),
            "decade" => DecadeWords.GetValueOrDefault(argument),
            "century" => Century(argument),
            "year" => SpelledYear(argument)?.ToString("D4", CultureInfo.InvariantCulture),
            "vague" => DurationValues.Vague(argument),
            _ => null,
        };
    }

    /// <summary>Reads a year written in words ("nineteen ninety-six", "two thousand and one").</summary>
    public static int? SpelledYear(string words)
    {
        var parts = words.ToLowerInvariant()
            .Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Where(part => part != "and")
            .ToList();
        if (parts.Count >= 2 && parts[0] == "two" && parts[1] == "thousand")
        {
            return 2000 + Sum(parts.Skip(2));
        }

        if (parts.Count >= 2 && Units.TryGetValue(parts[0], out var century) && century is >= 10 and <= 20)
        {
            if (parts[1] == "hundred")
            {
                return (century * 100) + Sum(parts.Skip(2));
            }

            var rest = Sum(parts.Skip(1));
            return rest is > 0 and < 100 ? (century * 100) + rest : null;
        }

        return null;
    }

    private static int Sum(IEnumerable<string> words) => words.Sum(word => Units.GetValueOrDefault(word));

    private static string? Quarter(string offset, DateOnly? documentDate)
    {
        if (!int.TryParse(offset, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var shift))
        {
            return null;
        }

        if (documentDate is not { } date)
        {
            return "XXXX-QX";
        }

        var index = (date.Year * 4) + ((date.Month - 1) / 3) + shift;
        return CalendarText.Quarter(index / 4, (index % 4) + 1);
    }

    private static string? Century(string ordinal) =>
        CalendarText.TryNumber(ordinal, out var number) && number is >= 1 and <= 99
            ? (number - 1).ToString("D2", CultureInfo.InvariantCulture)
            : null;
}
