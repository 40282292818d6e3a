using System.Globalization;
using System.Text.RegularExpressions;

namespace EventTimeline.Time.Anchoring;

/// <summary>TIMEX3 values of durations and sets: exact ("P3D", "PT24H"), vague ("PXD" for "several days") and recurring ("XXXX-XX-XXTMO").</summary>
internal static partial class DurationValues
{
    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["hundred"] = 100, ["dozen"] = 12,
    };

    /// <summary>The TIMEX3 unit code of a unit word ("years" → "Y", "hours" → "TH"; T marks clock units).</summary>
    public static string? UnitCode(string word)
    {
        var singular = word.ToLowerInvariant().TrimEnd('s');
        return singular switch
        {
            "year" or "yr" => "Y",
            "month" => "M",
            "week" or "wk" => "W",
            "day" or "night" => "D",
            "decade" => "DE",
            "centurie" or "century" => "CE",
            "quarter" => "Q",
            "hour" or "hr" => "TH",
            "minute" or "min" => "TM",
            "second" or "sec" => "TS",
            _ => null,
        };
    }

    /// <summary>"PX" + unit, for vague amounts of a unit word ("years" → "PXY", "hours" → "PTXH").</summary>
    public static string? Vague(string unitWord) => UnitCode(unitWord) switch
    {
        null => null,
        ['T', var clock] => $"PTX{clock}",
        var code => "PX" + code,
    };

    /// <summary>True when the words say an amount without a number ("several", "a few", "many"…).</summary>
    public static bool IsVagueAmount(string surface) => VagueAmount().IsMatch(surface) && !surface.Any(char.IsDigit);

    /// <summary>The value of a duration expression: the recognizer's value if well formed, made vague or read from the words when not.</summary>
    public static string? Duration(string surface, string? recognizerTimex)
    {
        var unitWord = UnitWord().Matches(surface).LastOrDefault()?.Value;
        if (IsVagueAmount(surface) && unitWord is not null)
        {
            return Vague(unitWord);
        }

        if (recognizerTimex is not null && WellFormed().IsMatch(recognizerTimex) && unitWord is null or not ("decade" or "decades"))
        {
            return recognizerTimex;
        }

        return FromWords(surface);
    }

    /// <summary>Reads "three years", "a 10-year", "two decades", "twenty four hours" as a duration value.</summary>
    public static string? FromWords(string surface)
    {
        var match = AmountAndUnit().Match(surface);
        if (!match.Success || UnitCode(match.Groups["unit"].Value) is not { } code)
        {
            return null;
        }

        var amount = Amount(match.Groups["amount"].Value);
        if (amount is null)
        {
            return null;
        }

        return code switch
        {
            "DE" => Format("P", amount.Value * 10, "Y"),
            "CE" => Format("P", amount.Value * 100, "Y"),
            ['T', var clock] => Format("PT", amount.Value, clock.ToString()),
            _ => Format("P", amount.Value, code),
        };
    }

    /// <summary>The value of a recurring expression ("P1W" for "every week", "XXXX-XX-XXTMO" for "every morning").</summary>
    public static string Set(string? recognizerTimex, string surface)
    {
        if (recognizerTimex is null)
        {
            return surface.Contains("daily", StringComparison.OrdinalIgnoreCase) || surface.Contains("every day", StringComparison.OrdinalIgnoreCase) ? "P1D" : "XXXX-XX-XX";
        }

        return recognizerTimex.StartsWith('T') ? "XXXX-XX-XX" + recognizerTimex : recognizerTimex;
    }

    private static decimal? Amount(string words)
    {
        var cleaned = words.Trim().Replace(",", string.Empty, StringComparison.Ordinal);
        if (decimal.TryParse(cleaned, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        var total = 0;
        var any = false;
        foreach (var word in cleaned.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!NumberWords.TryGetValue(word, out var value))
            {
                if (word.Equals("and", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                return null;
            }

            total = value == 100 ? Math.Max(total, 1) * 100 : total + value;
            any = true;
        }

        return any ? total : null;
    }

    private static string Format(string prefix, decimal amount, string unit) =>
        prefix + amount.ToString("0.##", CultureInfo.InvariantCulture) + unit;

    [GeneratedRegex(@"\b(several|few|many|some|numerous|multiple|countless)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex VagueAmount();

    [GeneratedRegex(@"(years?|months?|weeks?|days?|nights?|decades?|centuries|century|quarters?|hours?|minutes?|seconds?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex UnitWord();

    [GeneratedRegex(@"^P(?:\d+(?:\.\d+)?[YMWD])*(?:T(?:\d+(?:\.\d+)?[HMS])+)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex WellFormed();

    [GeneratedRegex(
        @"\b(?<amount>\d+(?:[.,]\d+)?|(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|and)\b[\s-]*)+?)[\s-]*(?<unit>years?|months?|weeks?|days?|nights?|decades?|centuries|century|quarters?|hours?|minutes?|seconds?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex AmountAndUnit();
}
