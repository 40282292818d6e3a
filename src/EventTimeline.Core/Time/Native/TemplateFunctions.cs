using System.Globalization;

using EventTimeline.Time.Anchoring;

namespace EventTimeline.Time.Native;

/// <summary>A built-in function of value templates, with how many arguments it takes.</summary>
internal sealed record TemplateFunction(int MinArguments, int MaxArguments, Func<TemplateScope, string[], string?> Evaluate);

/// <summary>
/// The functions value templates call. Normalizers: num, ord, pad2, year, decade, add, neg, dur. Relative to the
/// document date: ref, pickWeekday, pickMonthDay, pickMonth, pickSeason, pickQuarter, pickHoliday, focusQuarter,
/// focusYear, today. Directions ("mode"): tense (default), past, future, this, nearest.
/// </summary>
internal static class TemplateFunctions
{
    public static IReadOnlyDictionary<string, TemplateFunction> Builtins { get; } = new Dictionary<string, TemplateFunction>(StringComparer.Ordinal)
    {
        ["num"] = new(1, 1, (scope, a) => Number(scope, a[0]) is { } n ? NumberWords.Format(n) : null),
        ["ord"] = new(1, 1, (scope, a) => Ordinal(scope, a[0])),
        ["pad2"] = new(1, 1, (_, a) => Integer(a[0]) is { } n and >= 0 and < 100 ? n.ToString("D2", CultureInfo.InvariantCulture) : null),
        ["year"] = new(1, 1, (scope, a) => FullYear(scope, a[0])),
        ["decade"] = new(1, 1, (scope, a) => FullYear(scope, a[0]) is { } y ? y[..3] : null),
        ["add"] = new(2, 2, (_, a) => Integer(a[0]) is { } x && Integer(a[1]) is { } y ? Text(x + y) : null),
        ["neg"] = new(1, 1, (_, a) => Integer(a[0]) is { } x ? Text(-x) : null),
        ["dur"] = new(2, 2, Duration),
        ["ref"] = new(2, 2, Reference),
        ["today"] = new(0, 0, (scope, _) => scope.ReadDocumentDate() is { } d ? CalendarText.Day(d) : "XXXX-XX-XX"),
        ["pickWeekday"] = new(1, 2, PickWeekday),
        ["pickMonthDay"] = new(2, 3, PickMonthDay),
        ["pickMonth"] = new(1, 2, PickMonth),
        ["pickSeason"] = new(1, 2, PickSeason),
        ["pickQuarter"] = new(1, 2, PickQuarter),
        ["pickHoliday"] = new(1, 2, PickHoliday),
        ["focusQuarter"] = new(1, 1, FocusQuarter),
        ["focusYear"] = new(1, 1, FocusYear),
        ["focusQuarterIn"] = new(1, 1, FocusQuarterIn),
        ["pickWeekend"] = new(0, 1, PickWeekend),
        ["clock"] = new(3, 3, Clock),
        ["spokenYear"] = new(1, 1, SpokenYear),
        ["anaphoric"] = new(2, 2, Anaphoric),
        ["shiftYear"] = new(2, 2, (_, a) => Integer(a[1]) is { } offset ? ShiftQuarterYear(a[0], offset) : null),
    };

    /// <summary>How far (in month*32+day units, about three months) a past clause's month-day may lie after the document date and still be read in its year: news reports dates near the document date.</summary>
    private const int MonthDayTolerance = 96;

    /// <summary>How many months a past clause's bare month may lie after the document month and still be read in its year.</summary>
    private const int MonthTolerance = 2;

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static int? Integer(string text) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static decimal? Number(TemplateScope scope, string text) => NumberWords.Parse(text, scope.Tables["number"]);

    private static string? Ordinal(TemplateScope scope, string text)
    {
        var key = TemplateScope.TableKey(text);
        if (scope.Tables["ordinal"].TryGetValue(key, out var value))
        {
            return value;
        }

        var digits = key.TrimEnd('s', 't', 'n', 'd', 'r', 'h');
        return Integer(digits) is { } n and > 0 ? Text(n) : null;
    }

    private static string Mode(string[] arguments, int index) => arguments.Length > index ? arguments[index] : "tense";

    private static string? FullYear(TemplateScope scope, string text)
    {
        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length == 4)
        {
            return digits;
        }

        if (digits.Length != 2)
        {
            return null;
        }

        var two = int.Parse(digits, CultureInfo.InvariantCulture);
        var reference = scope.DocumentDate?.Year ?? 2000;
        var year = (reference / 100 * 100) + two;
        if (year > reference + 20)
        {
            year -= 100;
        }

        return CalendarText.Year(year);
    }

    private static string? Unit(TemplateScope scope, string text) =>
        text is "D" or "W" or "WE" or "M" or "Q" or "H" or "Y" or "DE" or "CE" or "TH" or "TM" or "TS"
            ? text
            : scope.Lookup("unit", text);

    private static string? Duration(TemplateScope scope, string[] a)
    {
        var unit = Unit(scope, a[1]);
        if (unit is null)
        {
            return null;
        }

        string amount;
        if (a[0] == "X")
        {
            amount = "X";
        }
        else if (Number(scope, a[0]) is { } n && n > 0)
        {
            (n, unit) = unit switch
            {
                "DE" => (n * 10, "Y"),
                "CE" => (n * 100, "Y"),
                _ => (n, unit),
            };
            amount = NumberWords.Format(n);
        }
        else
        {
            return null;
        }

        if (amount.Contains('.', StringComparison.Ordinal) && Split(decimal.Parse(amount, CultureInfo.InvariantCulture), unit) is { } split)
        {
            return split;
        }

        return unit switch
        {
            "TH" or "TM" or "TS" => "PT" + amount + unit[1..],
            "DE" => "P" + amount + "DE",
            "CE" => "P" + amount + "CE",
            "WE" => "P" + amount + "WE",
            _ => "P" + amount + unit,
        };
    }

    /// <summary>A fractional amount as whole units plus the next smaller unit ("2.5 years" → P2Y6M, "5.5 hours" → PT5H30M).</summary>
    private static string? Split(decimal amount, string unit)
    {
        var (factor, smaller) = unit switch
        {
            "Y" => (12, "M"),
            "W" => (7, "D"),
            "D" => (24, "TH"),
            "TH" => (60, "TM"),
            "TM" => (60, "TS"),
            _ => (0, string.Empty),
        };
        var whole = decimal.Truncate(amount);
        var rest = (amount - whole) * factor;
        if (factor == 0 || rest != decimal.Truncate(rest))
        {
            return null;
        }

        string Part(decimal value, string code) => value == 0 ? string.Empty : NumberWords.Format(value) + code[^1..];
        var time = unit.StartsWith('T') || smaller.StartsWith('T');
        var dayPart = unit.StartsWith('T') ? string.Empty : Part(whole, unit);
        var timePart = unit.StartsWith('T') ? Part(whole, unit) + Part(rest, smaller) : smaller.StartsWith('T') ? Part(rest, smaller) : string.Empty;
        if (!smaller.StartsWith('T'))
        {
            dayPart += Part(rest, smaller);
        }

        return "P" + dayPart + (time && timePart.Length > 0 ? "T" + timePart : string.Empty);
    }

    private static string? Reference(TemplateScope scope, string[] a)
    {
        var unit = Unit(scope, a[0]);
        if (unit is null || Integer(a[1]) is not { } offset)
        {
            return null;
        }

        return scope.ReadDocumentDate() is { } date ? ReferenceCalendar.Shift(date, unit, offset) : ReferenceCalendar.Unknown(unit);
    }

    private static string? PickWeekday(TemplateScope scope, string[] a)
    {
        if (Integer(a[0]) is not { } weekday || weekday is < 1 or > 7)
        {
            return null;
        }

        return scope.ReadDocumentDate() is { } date
            ? CalendarText.Day(ReferenceCalendar.Weekday(date, weekday, Mode(a, 1), scope.Direction))
            : "XXXX-WXX-" + Text(weekday);
    }

    private static string? PickMonthDay(TemplateScope scope, string[] a)
    {
        if (Integer(a[0]) is not { } month || Integer(a[1]) is not { } day || month is < 1 or > 12 || day is < 1 or > 31)
        {
            return null;
        }

        var tail = string.Create(CultureInfo.InvariantCulture, $"-{month:D2}-{day:D2}");
        if (scope.ReadDocumentDate() is not { } date)
        {
            return "XXXX" + tail;
        }

        var year = ReferenceCalendar.Year(date.Year, (month * 32) + day, (date.Month * 32) + date.Day, 12 * 32, Mode(a, 2), scope.Direction, MonthDayTolerance);
        return CalendarText.TryDay(year, month, day) is { } resolved ? CalendarText.Day(resolved) : null;
    }

    private static string? PickMonth(TemplateScope scope, string[] a)
    {
        if (Integer(a[0]) is not { } month || month is < 1 or > 12)
        {
            return null;
        }

        if (scope.ReadDocumentDate() is not { } date)
        {
            return string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:D2}");
        }

        var year = ReferenceCalendar.Year(date.Year, month, date.Month, 12, Mode(a, 1), scope.Direction, MonthTolerance);
        return CalendarText.Month(year, month);
    }

    private static string? PickSeason(TemplateScope scope, string[] a)
    {
        var code = a[0];
        if (scope.ReadDocumentDate() is not { } date)
        {
            return "XXXX-" + code;
        }

        var mode = Mode(a, 1);
        if (mode == "tense")
        {
            mode = scope.Direction() switch
            {
                TemporalDirection.Past => "past",
                TemporalDirection.Future => "future",
                _ => "this",
            };
        }

        return ReferenceCalendar.Season(date, code, mode);
    }

    private static string? PickQuarter(TemplateScope scope, string[] a)
    {
        if (Integer(a[0]) is not { } quarter || quarter is < 1 or > 4)
        {
            return null;
        }

        if (scope.ReadDocumentDate() is not { } date)
        {
            return "XXXX-Q" + Text(quarter);
        }

        var current = ((date.Month - 1) / 3) + 1;
        var mode = Mode(a, 1);
        var future = mode == "future" || (mode == "tense" && scope.Direction() == TemporalDirection.Future);
        var year = quarter > current && !future && mode != "this" ? date.Year - 1 : date.Year;
        return CalendarText.Quarter(year, quarter);
    }

    private static string? PickHoliday(TemplateScope scope, string[] a)
    {
        var rule = scope.Lookup("holiday", a[0]);
        if (rule is null)
        {
            return null;
        }

        // "12-25" is a fixed day; "11/4/4" is the 4th Thursday of November; "5/-1/1" the last Monday of May.
        var parts = rule.Split(rule.Contains('/', StringComparison.Ordinal) ? '/' : '-');
        if (parts.Length < 2 || Integer(parts[0]) is not { } month)
        {
            return null;
        }

        if (scope.ReadDocumentDate() is not { } date)
        {
            return parts.Length == 2 ? "XXXX-" + rule : "XXXX-XX-XX";
        }

        var mode = Mode(a, 1);
        DateOnly? DayIn(int year) => parts.Length == 2
            ? CalendarText.TryDay(year, month, Integer(parts[1]) ?? 0)
            : ReferenceCalendar.NthWeekday(year, month, Integer(parts[1]) ?? 0, Integer(parts[2]) ?? 0);
        var thisYear = DayIn(date.Year);
        if (thisYear is not { } candidate)
        {
            return null;
        }

        var year = ReferenceCalendar.Year(date.Year, candidate.DayOfYear, date.DayOfYear, 366, mode, scope.Direction);
        return DayIn(year) is { } day ? CalendarText.Day(day) : null;
    }

    private static string? PickWeekend(TemplateScope scope, string[] a)
    {
        if (scope.ReadDocumentDate() is not { } date)
        {
            return "XXXX-WXX-WE";
        }

        var mode = Mode(a, 0);
        var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        var future = mode == "future" || (mode == "tense" && scope.Direction() == TemporalDirection.Future);
        var offset = weekend ? 0 : future ? 0 : -1;
        if (mode == "future" && date.DayOfWeek == DayOfWeek.Sunday)
        {
            offset = 1;
        }

        return ReferenceCalendar.Shift(date, "WE", offset);
    }

    /// <summary>"HH:MM" on a 24-hour clock from an hour, optional minutes and an optional a.m./p.m. marker.</summary>
    private static string? Clock(TemplateScope scope, string[] a)
    {
        if (Integer(a[0]) is not { } hour || hour > 24)
        {
            return null;
        }

        var minutes = a[1].Length == 0 ? 0 : Integer(a[1]) ?? -1;
        if (minutes is < 0 or > 59)
        {
            return null;
        }

        var marker = a[2].ToLowerInvariant();
        if (marker.StartsWith('p') && hour < 12)
        {
            hour += 12;
        }
        else if (marker.StartsWith('a') && hour == 12)
        {
            hour = 0;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{hour:D2}:{minutes:D2}");
    }

    /// <summary>A year said in words: "nineteen ninety-seven" (century and rest), "two thousand", "two thousand and one".</summary>
    private static string? SpokenYear(TemplateScope scope, string[] a)
    {
        var words = TemplateScope.TableKey(a[0]).Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return null;
        }

        if (words[0] == "two" && words.Length >= 2 && words[1] == "thousand")
        {
            return Number(scope, string.Join(' ', words)) is { } whole and >= 2000 and < 2100 ? Text((int)whole) : null;
        }

        if (Number(scope, words[0]) is not { } century || century is < 10 or > 20 || words.Length < 2)
        {
            return null;
        }

        var rest = words[1] is "hundred" ? 0 : Number(scope, string.Join(' ', words.Skip(1)));
        return rest is { } r and >= 0 and < 100 ? Text((int)((century * 100) + r)) : null;
    }

    /// <summary>The period <paramref name="a"/>[1] units from the last date the text named ("the following year", "that day"), else from the document date.</summary>
    private static string? Anaphoric(TemplateScope scope, string[] a)
    {
        var unit = Unit(scope, a[0]);
        if (unit is null || Integer(a[1]) is not { } offset)
        {
            return null;
        }

        var referent = unit switch
        {
            "D" or "TH" or "TM" or "TS" or "W" or "WE" => scope.State.LastDay,
            "M" or "Q" or "H" => scope.State.LastMonth,
            _ => scope.State.LastYear,
        };
        if (referent is { } last)
        {
            if (last.Relative)
            {
                // Chained off a date read against the document date, the value depends on that date too.
                scope.ReadDocumentDate();
            }

            return ReferenceCalendar.Shift(last.Date, unit, offset);
        }

        return scope.ReadDocumentDate() is { } date ? ReferenceCalendar.Shift(date, unit, offset) : ReferenceCalendar.Unknown(unit);
    }

    private static string? FocusQuarter(TemplateScope scope, string[] a)
    {
        if (Integer(a[0]) is not { } offset)
        {
            return null;
        }

        scope.UsedFocus = true;
        var focus = CurrentFocus(scope);
        return focus is null ? "XXXX-QX" : ShiftQuarterYear(focus, offset);
    }

    /// <summary>The document's focus quarter in another year ("the 1988 quarter"), or the year alone when there is no focus.</summary>
    private static string? FocusQuarterIn(TemplateScope scope, string[] a)
    {
        scope.UsedFocus = true;
        var year = FullYear(scope, a[0]);
        if (year is null)
        {
            return null;
        }

        return scope.State.QuarterFocus is { } focus ? year + focus[4..] : year;
    }

    private static string? FocusYear(TemplateScope scope, string[] a)
    {
        if (Integer(a[0]) is not { } offset)
        {
            return null;
        }

        scope.UsedFocus = true;
        if (scope.State.QuarterFocus is { } focus)
        {
            scope.ReadDocumentDate();
            return ShiftQuarterYear(focus, offset);
        }

        return scope.ReadDocumentDate() is { } date ? CalendarText.Year(date.Year + offset) : "XXXX";
    }

    /// <summary>The quarter the document reports on: the last one named, else the last quarter completed before the document date.</summary>
    private static string? CurrentFocus(TemplateScope scope)
    {
        if (scope.ReadDocumentDate() is not { } date)
        {
            return null;
        }

        if (scope.State.QuarterFocus is { } focus)
        {
            return focus;
        }

        return ReferenceCalendar.Shift(date, "Q", -1);
    }

    private static string ShiftQuarterYear(string quarter, int offset) =>
        offset == 0 || !int.TryParse(quarter.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            ? quarter
            : CalendarText.Year(year + offset) + quarter[4..];
}
