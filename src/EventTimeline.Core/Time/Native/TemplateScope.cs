using System.Text.RegularExpressions;

using EventTimeline.Time.Anchoring;

namespace EventTimeline.Time.Native;

/// <summary>What a document's earlier expressions tell later ones: the quarter a financial report is about.</summary>
internal sealed class DocumentState
{
    /// <summary>The last quarter ("1989-Q3") an expression of the document named, if any.</summary>
    public string? QuarterFocus { get; set; }

    /// <summary>The first day of the last date the text named explicitly, for anaphoric expressions ("the following year").</summary>
    public DateOnly? LastDate { get; set; }
}

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
