namespace EventTimeline.Time.Native;

/// <summary>One pattern fragment as written in fragments.json: either a regular expression (which may reference other fragments) or the keys of a table.</summary>
/// <param name="Pattern">A regular expression; <c>%{name}</c> references another fragment.</param>
/// <param name="Table">The name of a normalization table whose keys, longest first, form the alternation.</param>
internal sealed record FragmentModel(string? Pattern, string? Table);

/// <summary>The contents of fragments.json: named pattern fragments and normalization tables.</summary>
/// <param name="Fragments">Fragments by name.</param>
/// <param name="Tables">Normalization tables by name: surface form (lower case, single spaces) to normalized form.</param>
internal sealed record FragmentFileModel(
    IReadOnlyDictionary<string, FragmentModel> Fragments,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Tables);

/// <summary>One rule as written in a rules file.</summary>
/// <param name="Name">Unique rule name, used in error messages and in traces.</param>
/// <param name="Pattern">A regular expression with <c>%{fragment}</c> references and named groups; a group named <c>timex</c> sets the extent.</param>
/// <param name="Type">DATE, TIME, DURATION, SET, or NONE for a negative rule that hides what it covers.</param>
/// <param name="Value">The value template: literal text with <c>{expression}</c> parts (see the README in the resource folder).</param>
/// <param name="Priority">Breaks ties between matches of the same extent; higher wins.</param>
/// <param name="NotBefore">A pattern that must not end right before the extent.</param>
/// <param name="NotAfter">A pattern that must not start right after the extent.</param>
/// <param name="CaseSensitive">True to match case exactly (default: ignore case).</param>
internal sealed record RuleModel(
    string Name,
    string Pattern,
    string Type,
    string? Value,
    int Priority,
    string? NotBefore,
    string? NotAfter,
    bool CaseSensitive);

/// <summary>The contents of one rules file.</summary>
/// <param name="Rules">The rules, in any order.</param>
internal sealed record RuleFileModel(IReadOnlyList<RuleModel> Rules);

/// <summary>A rule file or fragment file that cannot be used, with the file and the rule it concerns.</summary>
internal sealed class NativeRuleException : InvalidOperationException
{
    public NativeRuleException(string message)
        : base(message)
    {
    }

    public NativeRuleException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
