using System.Globalization;

namespace EventTimeline.Time.Native;

/// <summary>Reads a count written in digits ("1,200", "2.5", "4 1/2") or in words ("twenty-four", "two and a half", "a dozen") with the number table.</summary>
internal static class NumberWords
{
    private static readonly char[] Separators = [' ', '-', '\n', '\r', '\t'];

    /// <summary>The number, or null when the text is not one.</summary>
    public static decimal? Parse(string text, IReadOnlyDictionary<string, string> words)
    {
        var trimmed = text.Trim().ToLowerInvariant();
        if (trimmed.Length == 0)
        {
            return null;
        }

        decimal fraction = 0;
        foreach (var (suffix, value) in Fractions)
        {
            if (trimmed.EndsWith(suffix, StringComparison.Ordinal) && trimmed.Length > suffix.Length)
            {
                fraction = value;
                trimmed = trimmed[..^suffix.Length].TrimEnd();
                break;
            }
        }

        if (decimal.TryParse(trimmed.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var digits))
        {
            return digits + fraction;
        }

        decimal total = 0;
        decimal group = 0;
        var any = false;
        var tokens = trimmed.Split(Separators, StringSplitOptions.RemoveEmptyEntries);

        // "a dozen", "a couple of", "a hundred": the article only introduces the number.
        var skip = tokens.Length > 1 && tokens[0] is "a" or "an" ? 1 : 0;
        foreach (var word in tokens.Skip(skip))
        {
            if (word is "and" or "of")
            {
                continue;
            }

            if (!words.TryGetValue(word, out var entry) || !decimal.TryParse(entry, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                return null;
            }

            any = true;
            if (value is 100 or 1000 or 1000000)
            {
                group = (group == 0 ? 1 : group) * value;
                if (value >= 1000)
                {
                    total += group;
                    group = 0;
                }
            }
            else
            {
                group += value;
            }
        }

        return any ? total + group + fraction : null;
    }

    /// <summary>Invariant text of a number without trailing zeros ("2.5", "3").</summary>
    public static string Format(decimal value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static readonly (string Suffix, decimal Value)[] Fractions =
    [
        ("and a half", 0.5m),
        ("and one half", 0.5m),
        ("1/2", 0.5m),
        ("½", 0.5m),
        ("and a quarter", 0.25m),
    ];
}
