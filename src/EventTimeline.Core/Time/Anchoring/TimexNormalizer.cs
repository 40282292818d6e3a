using System.Globalization;
using System.Text.RegularExpressions;

namespace EventTimeline.Time.Anchoring;

/// <summary>A TIMEX3 type and value.</summary>
/// <param name="Type">TIMEX3 type.</param>
/// <param name="Value">TIMEX3 value.</param>
internal sealed record NormalizedTimex(TimexType Type, string Value);

/// <summary>
/// Applies TimeML value conventions to a candidate: keeps the granularity the words give ("four years ago" is a
/// year), reads quarters and halves, makes vague amounts vague, chooses among past and future readings by the
/// clause's direction, and gives clock times the document's day.
/// </summary>
internal static partial class TimexNormalizer
{
    /// <summary>The type and value of <paramref name="candidate"/>, or null when it has no usable value.</summary>
    /// <param name="candidate">The candidate, with its final extent.</param>
    /// <param name="surface">The text of the candidate.</param>
    /// <param name="documentDate">The document date; null leaves underspecified values as patterns.</param>
    /// <param name="direction">The clause direction, computed only when a choice needs it.</param>
    public static NormalizedTimex? Normalize(TimexCandidate candidate, string surface, DateOnly? documentDate, Func<TemporalDirection> direction)
    {
        if (candidate.Preset is { } preset)
        {
            var value = ComputedValues.IsComputed(preset.Value) ? ComputedValues.Compute(preset.Value, documentDate) : preset.Value;
            return value is null ? null : new NormalizedTimex(preset.Type, value);
        }

        var reading = candidate.Readings.FirstOrDefault();
        var timex = reading?.Timex;
        switch (candidate.Kind)
        {
            case CandidateKind.Set:
                return new NormalizedTimex(TimexType.Set, DurationValues.Set(timex, surface));
            case CandidateKind.Duration:
                return DurationValues.Duration(surface, timex) is { } duration ? new NormalizedTimex(TimexType.Duration, duration) : null;
        }

        if (AmountOfUnits().IsMatch(surface))
        {
            var durationTimex = timex is not null && timex.StartsWith('P') ? timex : null;
            return DurationValues.Duration(surface, durationTimex) is { } amount ? new NormalizedTimex(TimexType.Duration, amount) : null;
        }

        if (RelativeWithUnit().Match(surface) is { Success: true } relative)
        {
            return Relative(relative, reading);
        }

        if (timex is not null && Tuple().Match(timex) is { Success: true } tuple)
        {
            return FromTuple(tuple, candidate, surface, documentDate, direction);
        }

        if (timex is null)
        {
            return FromYearInText(surface);
        }

        if (timex is "PRESENT_REF" or "PAST_REF" or "FUTURE_REF")
        {
            return new NormalizedTimex(TimexType.Date, timex);
        }

        var type = IsClockKind(candidate.Kind) ? TimexType.Time : TimexType.Date;
        var pattern = WithMinutes(timex);
        if (!surface.Any(char.IsAsciiDigit) && PartOfDay().Match(surface) is { Success: true } partOfDay)
        {
            pattern = ClockTime().Replace(pattern, PartOfDayCodeOf(partOfDay.Value));
        }

        if (ThisComingWeekday().Match(surface) is { Success: true } coming)
        {
            var weekday = Array.FindIndex(CultureInfo.InvariantCulture.DateTimeFormat.DayNames, name => name.Equals(coming.Groups["d"].Value, StringComparison.OrdinalIgnoreCase));
            return new NormalizedTimex(TimexType.Date, Choose($"XXXX-WXX-{(weekday == 0 ? 7 : weekday)}", candidate.Readings, documentDate, () => TemporalDirection.Future));
        }

        if (pattern.StartsWith('T'))
        {
            var day = documentDate is { } date ? CalendarText.Day(date) : "XXXX-XX-XX";
            return new NormalizedTimex(TimexType.Time, day + pattern);
        }

        if (pattern.EndsWith("-WE", StringComparison.Ordinal) && !DeicticWord().IsMatch(surface))
        {
            pattern = "XXXX-WXX-WE";
        }

        if (LastMonthName().Match(surface) is { Success: true } lastMonth)
        {
            var month = DateTimeFormatInfoMonth(lastMonth.Groups["m"].Value);
            return new NormalizedTimex(TimexType.Date, Choose($"XXXX-{month:D2}", candidate.Readings, documentDate, () => TemporalDirection.Past, bounded: false));
        }

        // A weekday's part ("Wednesday night") is the day: a DATE with the day's value, as the native engine's rule
        // gives it and as the development set's annotators mostly wrote it; a clock time stays a TIME.
        if (WeekdayName().IsMatch(surface) && PartOfDayCode().IsMatch(pattern))
        {
            type = TimexType.Date;
            pattern = PartOfDayCode().Replace(pattern, string.Empty);
        }

        if (pattern.Contains('X', StringComparison.Ordinal) || UnderspecifiedDates.IsPattern(pattern))
        {
            return new NormalizedTimex(type, Choose(pattern, candidate.Readings, documentDate, direction));
        }

        if (YearInText().Match(surface) is { Success: true } year && !pattern.StartsWith(year.Value, StringComparison.Ordinal))
        {
            return new NormalizedTimex(TimexType.Date, year.Value);
        }

        return new NormalizedTimex(type, pattern);
    }

    private static string PartOfDayCodeOf(string word) => word.ToLowerInvariant() switch
    {
        "morning" => "TMO",
        "afternoon" => "TAF",
        "evening" => "TEV",
        _ => "TNI",
    };

    private static int DateTimeFormatInfoMonth(string name) =>
        Array.FindIndex(CultureInfo.InvariantCulture.DateTimeFormat.MonthNames, month => month.Length > 0
            && month.StartsWith(name[..3], StringComparison.OrdinalIgnoreCase)) + 1;

    private static bool IsClockKind(CandidateKind kind) =>
        kind is CandidateKind.Time or CandidateKind.DateTime or CandidateKind.TimeRange or CandidateKind.DateTimeRange;

    private static string Choose(
        string pattern,
        IReadOnlyList<CandidateReading> readings,
        DateOnly? documentDate,
        Func<TemporalDirection> direction,
        bool bounded = true)
    {
        if (documentDate is not { } date)
        {
            return pattern;
        }

        var options = UnderspecifiedDates.Options(pattern, date);
        if (options.Count == 0 && !pattern.Contains('X', StringComparison.Ordinal))
        {
            return pattern;
        }

        if (options.Count == 0)
        {
            options = readings
                .Select(reading => ParseDay(reading.Value ?? reading.RangeStart))
                .OfType<DateOnly>()
                .Distinct()
                .Select(day => new CalendarOption(day, day, CalendarText.Day(day)))
                .ToList();
        }

        var chosenDirection = direction();

        // A quarter or half is named mostly when it is reported, after it ended; its future is rarely the next year's.
        if (chosenDirection == TemporalDirection.Future && QuarterOrHalf().IsMatch(pattern))
        {
            chosenDirection = TemporalDirection.Neutral;
        }

        return ReadingChooser.Choose(options, date, chosenDirection, bounded)?.Value ?? pattern;
    }

    private static NormalizedTimex? Relative(Match relative, CandidateReading? reading)
    {
        var backwards = relative.Groups["rel"].Value.ToLowerInvariant() is "ago" or "earlier" or "before" or "back" or "previously";
        if (DurationValues.IsVagueAmount(relative.Groups["amount"].Value))
        {
            return new NormalizedTimex(TimexType.Date, backwards ? "PAST_REF" : "FUTURE_REF");
        }

        var anchor = ParseDay(reading?.Value ?? reading?.Timex);
        if (anchor is not { } day)
        {
            return null;
        }

        var unit = relative.Groups["unit"].Value.ToLowerInvariant();
        var value = unit switch
        {
            "year" => CalendarText.Year(day.Year),
            "decade" => CalendarText.Year(day.Year)[..3],
            "quarter" => CalendarText.Quarter(day.Year, ((day.Month - 1) / 3) + 1),
            "month" => CalendarText.Month(day.Year, day.Month),
            "week" => CalendarText.Week(day),
            _ => CalendarText.Day(day),
        };
        return new NormalizedTimex(TimexType.Date, value);
    }

    private static NormalizedTimex? FromTuple(Match tuple, TimexCandidate candidate, string surface, DateOnly? documentDate, Func<TemporalDirection> direction)
    {
        var start = tuple.Groups["a"].Value;
        var duration = tuple.Groups["d"].Value;
        var unitWord = PluralUnitWord().Match(surface);
        if (unitWord.Success && (DurationValues.IsVagueAmount(surface) || !HasAmount().IsMatch(surface)))
        {
            return DurationValues.Vague(unitWord.Value) is { } vague ? new NormalizedTimex(TimexType.Duration, vague) : null;
        }

        var startMonth = PeriodStart().Match(start);
        if (startMonth.Success)
        {
            var year = startMonth.Groups["y"].Value;
            var month = CalendarText.Number(startMonth.Groups["m"].Value);
            string? period = null;
            if (duration == "P3M" && month % 3 == 1 && surface.Contains("quarter", StringComparison.OrdinalIgnoreCase))
            {
                period = $"{year}-Q{((month - 1) / 3) + 1}";
            }
            else if (duration == "P6M" && month is 1 or 7 && surface.Contains("half", StringComparison.OrdinalIgnoreCase))
            {
                period = $"{year}-H{(month == 1 ? 1 : 2)}";
            }

            if (period is not null)
            {
                return new NormalizedTimex(TimexType.Date, Choose(period, candidate.Readings, documentDate, direction));
            }
        }

        if (IsClockKind(candidate.Kind) && PartOfDay().Match(surface) is { Success: true } part)
        {
            var day = ParseDay(start) ?? documentDate;
            return new NormalizedTimex(TimexType.Time, (day is { } d ? CalendarText.Day(d) : "XXXX-XX-XX") + PartOfDayCodeOf(part.Value));
        }

        return new NormalizedTimex(TimexType.Duration, duration);
    }

    private static NormalizedTimex? FromYearInText(string surface) =>
        YearInText().Match(surface) is { Success: true } year ? new NormalizedTimex(TimexType.Date, year.Value) : null;

    /// <summary>True when the year of <paramref name="value"/> is written in <paramref name="surface"/> ("1998", "'98").</summary>
    public static bool ContainsYear(string surface, string value)
    {
        if (value.Length < 4 || !value[..4].All(char.IsAsciiDigit))
        {
            return value.Length is 2 or 3 && value.All(char.IsAsciiDigit) && surface.Any(char.IsAsciiDigit);
        }

        return surface.Contains(value[..4], StringComparison.Ordinal)
            || surface.Contains("'" + value[2..4], StringComparison.Ordinal)
            || surface.Contains("’" + value[2..4], StringComparison.Ordinal);
    }

    private static DateOnly? ParseDay(string? value) =>
        value is { Length: >= 10 }
        && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;

    private static string WithMinutes(string timex) =>
        Clock().Replace(timex, match => "T" + match.Groups["h"].Value.PadLeft(2, '0') + ":"
            + (match.Groups["m"].Success ? match.Groups["m"].Value : "00")
            + (match.Groups["s"].Success ? ":" + match.Groups["s"].Value : string.Empty));

    [GeneratedRegex(@"^(?<amount>.*?)\b(?<unit>year|month|week|day|decade|quarter)s?\s+(?<rel>ago|earlier|later|before|after|from\s+now|hence|back|previously)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex RelativeWithUnit();

    [GeneratedRegex(@"^last\s+(?<m>jan(uary)?|feb(ruary)?|march|april|may|june|july|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex LastMonthName();

    [GeneratedRegex(@"^(?:(?:about|almost|nearly|some|more\s+than|less\s+than|at\s+least|at\s+most|over|under|only|just|another|an\s+additional|the|a\s+mere)\s+)*(?:\d+(?:[.,]\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|hundred|a\s+few|several|a\s+couple\s+of|many)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine|\d+))?[\s-]+(?:minute|hour|day|week|month|year|decade)s?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex AmountOfUnits();

    [GeneratedRegex(@"T\d\d:\d\d(:\d\d)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"^this\s+coming\s+(?<d>monday|tuesday|wednesday|thursday|friday|saturday|sunday)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex ThisComingWeekday();

    [GeneratedRegex(@"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex WeekdayName();

    [GeneratedRegex(@"T(MO|AF|EV|NI|DT)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex PartOfDayCode();

    [GeneratedRegex(@"^XXXX-[QH]\d$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex QuarterOrHalf();

    [GeneratedRegex(@"^\((?<a>[^,]+),(?<b>[^,]+),(?<d>P[^)]+)\)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex Tuple();

    [GeneratedRegex(@"^(?<y>XXXX|\d{4})-(?<m>\d\d)-01$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex PeriodStart();

    [GeneratedRegex(@"\b(1[0-9]{3}|20[0-9]{2})\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex YearInText();

    [GeneratedRegex(@"\b(this|next|last|coming|past|previous|following)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex DeicticWord();

    [GeneratedRegex(@"\b(morning|afternoon|evening|night|overnight|tonight)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex PartOfDay();

    [GeneratedRegex(@"\b(years|months|weeks|days|decades|quarters|hours|minutes)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex PluralUnitWord();

    [GeneratedRegex(@"\d|\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|dozen|couple)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex HasAmount();

    [GeneratedRegex(@"T(?<h>\d{1,2})(?::(?<m>\d{2}))?(?::(?<s>\d{2}))?(?![\d:])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex Clock();
}
