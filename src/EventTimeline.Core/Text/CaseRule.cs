namespace EventTimeline.Text;

/// <summary>How the letter case of a text must look for a phrase to match it.</summary>
internal enum CaseRule
{
    /// <summary>Any case matches.</summary>
    Any,

    /// <summary>The text must contain a capital letter ("Russian" but not "russian").</summary>
    NeedsCapital,

    /// <summary>Every letter must be a capital, as in an acronym ("US" and "U.S." but not "us"; "WHO" but not "who").</summary>
    AllCaps,

    /// <summary>The text must be written exactly like the phrase or in capitals throughout, as for mixed-case acronyms ("LeT" but not "Let").</summary>
    Exact,
}
