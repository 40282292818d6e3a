using System.Text.RegularExpressions;

using EventTimeline.Time.Anchoring;

namespace EventTimeline.Time.Native;

/// <summary>
/// The "native" engine, HeidelTime-style: rules kept as data (Resources/time/native) find expressions, value templates
/// normalize them against the document date and the clause's tense, and each value is placed on the calendar.
/// Pure C#, no external process; immutable and thread-safe once built.
/// </summary>
internal sealed partial class NativeTemporalTagger : ITemporalTagger
{
    public const string EngineName = "native";

    private readonly NativeRuleSet _rules;
    private readonly NativeDirection _direction;

    public NativeTemporalTagger()
        : this(NativeRuleSet.Default, NativeDirection.Default)
    {
    }

    public NativeTemporalTagger(NativeRuleSet rules, NativeDirection direction)
    {
        _rules = rules;
        _direction = direction;
    }

    public string Name => EngineName;

    public IReadOnlyList<IReadOnlyList<TimeMention>> Tag(IReadOnlyList<TaggingRequest> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return batch.Select(request => Tag(request.Text, request.DocumentDate)).ToList();
    }

    /// <summary>Tags one text against its document date (null leaves relative expressions unresolved).</summary>
    public IReadOnlyList<TimeMention> Tag(string text, DateOnly? documentDate)
    {
        var state = new DocumentState();
        var mentions = new List<TimeMention>();
        foreach (var match in NativeMatcher.Find(text, _rules.Rules))
        {
            var start = match.Start;
            var end = match.End;
            var scope = new TemplateScope(match.Match, documentDate, () => _direction.Detect(text, start, end), state, _rules.Tables);
            var value = match.Rule.Value!.Evaluate(scope);
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            var type = match.Rule.Type!.Value;
            if (!scope.UsedFocus && QuarterValue().IsMatch(value))
            {
                state.QuarterFocus = value;
            }

            var interval = type is TimexType.Date or TimexType.Time ? TimexIntervals.Of(value, documentDate) : null;
            var relative = scope.UsedDocumentDate || value is "PRESENT_REF";
            if (interval is not null && value is not "PRESENT_REF")
            {
                state.Remember(interval, scope.UsedDocumentDate);
            }

            var basis = interval is null ? TimeBasis.Unresolved : relative ? TimeBasis.RelativeToDct : TimeBasis.Explicit;
            mentions.Add(new TimeMention(start, end - start, text[start..end], type, value, interval, basis));
        }

        return mentions;
    }

    public void Dispose()
    {
    }

    [GeneratedRegex(@"^\d{4}-Q[1-4]$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: BoundedRegex.TimeoutMilliseconds)]
    private static partial Regex QuarterValue();
}
