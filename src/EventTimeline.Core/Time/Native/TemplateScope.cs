using System.Text.RegularExpressions;

using EventTimeline.Time.Anchoring;

namespace EventTimeline.Time.Native;

/// <summary>What a document's earlier expressions tell later ones: the quarter a financial report is about.</summary>
internal sealed class DocumentState
{
    /// <summary>The last quarter ("1989-Q3") an expression of the document named, if any.</summary>
    public string? QuarterFocus { get; set; }

    /// <summary>The last day the text named (explicitly, against the document date or anaphorically), for "the next day".</summary>
    public Referent? LastDay { get; private set; }

    /// <summary>The first day of the last month the text named, for "later that month".</summary>
    public Referent? LastMonth { get; private set; }

    /// <summary>The first day of the last year the text named, for "that year" and "September of that year".</summary>
    public Referent? LastYear { get; private set; }

    /// <summary>
    /// Makes <paramref name="interval"/> the referent of the anaphoric expressions that follow, at its granularity and
    /// every coarser one; a finer referent it does not overlap ("March 3" before "in 2014") is forgotten.
    /// </summary>
    /// <param name="interval">What an expression of the text named.</param>
    /// <param name="relative">Whether that expression was read against the document date.</param>
    public void Remember(DateInterval interval, bool relative)
    {
        ArgumentNullException.ThrowIfNull(interval);
        if (LastDay is { } day && !Overlaps(interval, day.Date, day.Date))
        {
            LastDay = null;
        }

        if (LastMonth is { } month && !Overlaps(interval, month.Date, month.Date.AddMonths(1).AddDays(-1)))
        {
            LastMonth = null;
        }

        if (LastYear is { } year && !Overlaps(interval, year.Date, year.Date.AddYears(1).AddDays(-1)))
        {
            LastYear = null;
        }

        var start = interval.Start;
        if (interval.Granularity is Granularity.Time or Granularity.Day)
        {
            LastDay = new Referent(start, relative);
        }

        if (interval.Granularity is Granularity.Time or Granularity.Day or Granularity.Month)
        {
            LastMonth = new Referent(new DateOnly(start.Year, start.Month, 1), relative);
        }

        // A week, season or quarter names its year too, unless it straddles two.
        if (interval.Granularity is not (Granularity.Decade or Granularity.Century) && start.Year == interval.End.Year)
        {
            LastYear = new Referent(new DateOnly(start.Year, 1, 1), relative);
        }
    }

    private static bool Overlaps(DateInterval interval, DateOnly first, DateOnly last) => interval.Start <= last && first <= interval.End;
}

/// <summary>A date an anaphoric expression can point back to.</summary>
/// <param name="Date">Its first day.</param>
/// <param name="Relative">Whether it was read against the document date, so that what points back to it is too.</param>
internal readonly record struct Referent(DateOnly Date, bool Relative);

/// <summary>Everything a value template may read while it is evaluated for one match: the groups, the document date, the clause direction, the document state and the tables.</summary>
internal sealed class TemplateScope
{
    private readonly Match _match;
    private readonly Func<TemporalDirection> _direction;
    private TemporalDirection? _directionValue;

    public TemplateScope(
        Match match,
        DateOnly? documentDate,
        Func<TemporalDirection> direction,
        DocumentState state,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> tables)
    {
        _match = match;
        DocumentDate = documentDate;
        _direction = direction;
        State = state;
        Tables = tables;
    }

    public DateOnly? DocumentDate { get; }

    public DocumentState State { get; }

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Tables { get; }

    /// <summary>True once a function has read the document date (or found it missing): the value is relative to it.</summary>
    public bool UsedDocumentDate { get; private set; }

    /// <summary>True once a function has read the document's quarter focus: the value must not become the new focus.</summary>
    public bool UsedFocus { get; set; }

    /// <summary>The document date, noting that the value depends on it.</summary>
    public DateOnly? ReadDocumentDate()
    {
        UsedDocumentDate = true;
        return DocumentDate;
    }

    /// <summary>The direction of the clause, computed once on first use.</summary>
    public TemporalDirection Direction() => _directionValue ??= _direction();

    public string Group(string name)
    {
        var group = _match.Groups[name];
        return group.Success ? group.Value : string.Empty;
    }

    public string? Call(string function, string[] arguments)
    {
        if (TemplateFunctions.Builtins.TryGetValue(function, out var builtin))
        {
            return builtin.Evaluate(this, arguments);
        }

        return Lookup(function, arguments[0]);
    }

    /// <summary>The normalized form of <paramref name="text"/> in a table: lower case, single spaces, a trailing full stop ignored.</summary>
    public string? Lookup(string table, string text)
    {
        var key = TableKey(text);
        var entries = Tables[table];
        return entries.TryGetValue(key, out var value) || entries.TryGetValue(key.TrimEnd('.'), out value) ? value : null;
    }

    public static string TableKey(string text) =>
        string.Join(' ', text.ToLowerInvariant().Replace('’', '\'').Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
