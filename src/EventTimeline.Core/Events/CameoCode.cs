namespace EventTimeline.Events;

/// <summary>One CAMEO event code with its label and Goldstein score.</summary>
/// <param name="Code">The code: two digits for a root ("04"), three or four for sub-codes ("041", "0871").</param>
/// <param name="Label">The codebook's label ("Discuss by telephone").</param>
/// <param name="Goldstein">Goldstein conflict–cooperation score from −10 to +10, or null for the few codes GDELT's table has no score for.</param>
internal sealed record CameoCode(string Code, string Label, double? Goldstein)
{
    /// <summary>The two-digit root code ("04" for "041").</summary>
    public string Root => Code[..2];

    /// <summary>GDELT's quad class: 1 verbal cooperation (roots 01–05), 2 material cooperation (06–08), 3 verbal conflict (09–13), 4 material conflict (14–20).</summary>
    public int QuadClass => int.Parse(Root, System.Globalization.CultureInfo.InvariantCulture) switch
    {
        <= 5 => 1,
        <= 8 => 2,
        <= 13 => 3,
        _ => 4,
    };
}
