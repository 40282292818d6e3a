using System.Globalization;
using System.Reflection;

using EventTimeline.Time.Anchoring;

using Microsoft.Recognizers.Text;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.Number;

namespace EventTimeline.Time;

/// <summary>
/// The one adapter between EventTimeline and Microsoft.Recognizers.Text.DateTime: runs the English date-time model in
/// process and turns its results into <see cref="TimexCandidate"/>s.
/// </summary>
/// <remarks>
/// The model is built once per process (about a second) and shared: its extractors and parsers hold only regular
/// expressions and tables fixed at construction, so concurrent calls are safe (checked by a test that compares
/// concurrent with serial results). Its number cache stays on (the package's default): one call runs the number
/// extractor over the same text once per date extractor, and the cache cuts the recognizer's time to a tenth with the
/// same results. <see cref="ForgetNumbers"/> empties it after each document, so the time a text takes does not depend
/// on what was read before it.
/// </remarks>
internal static class MicrosoftRecognizer
{
    // Without a document date the recognizer still needs a reference: relative readings against it are treated as
    // unresolved by the normalizer, which gets no document date either.
    private static readonly DateTime FallbackReference = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    private static readonly Lazy<DateTimeModel> Model = new(
        () => (DateTimeModel)new DateTimeRecognizer(Culture.English, DateTimeOptions.None).GetDateTimeModel(),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<MemoryCache> NumberCache = new(FindNumberCache, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Builds the model now rather than on the first text.</summary>
    public static void Load()
    {
        _ = Model.Value;
        _ = NumberCache.Value;
    }

    /// <summary>Empties the recognizer's number cache: what it read before no longer speeds up what it reads next.</summary>
    /// <remarks>Another thread's call in progress only loses its own cached numbers: results never depend on the cache.</remarks>
    public static void ForgetNumbers() => NumberCache.Value.Clear();

    /// <summary>How many texts' numbers the recognizer holds in its cache now.</summary>
    internal static int CachedNumberTexts => NumberCache.Value.Count;

    /// <summary>The recognizer's candidates in <paramref name="text"/>, with offsets into it, relative ones read against <paramref name="reference"/>.</summary>
    public static IReadOnlyList<TimexCandidate> Recognize(string text, DateOnly? reference)
    {
        ArgumentNullException.ThrowIfNull(text);
        var referenceTime = reference is { } day ? day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified) : FallbackReference;
        List<ModelResult> results;
        try
        {
            results = Model.Value.Parse(text, referenceTime);
        }
        catch (Exception error) when (error is ArgumentException or InvalidOperationException or FormatException or IndexOutOfRangeException or NullReferenceException or KeyNotFoundException)
        {
            // The recognizer's own bugs on odd input cost only the text that raised them.
            throw new TaggingFailedException($"the date recognizer failed on this text: {error.GetType().Name}: {error.Message}", error);
        }

        var candidates = new List<TimexCandidate>(results.Count);
        foreach (var result in results)
        {
            var length = result.End + 1 - result.Start;
            if (length <= 0 || result.Start < 0 || result.End >= text.Length || KindOf(result.TypeName) is not { } kind)
            {
                continue;
            }

            candidates.Add(new TimexCandidate(result.Start, length, kind, Readings(result)));
        }

        return candidates;
    }

    // The package keeps its number cache in a private field (BaseNumberExtractor.ResultsCache, a bounded MemoryCache) and
    // offers no way to empty it. The package version is pinned (EventTimeline.Core.csproj), and a test checks that the
    // field is found; should a later version move it, loading the engine fails with this message instead of silently
    // letting one document's time depend on another's.
    private static MemoryCache FindNumberCache()
    {
        const BindingFlags Hidden = BindingFlags.NonPublic | BindingFlags.Public;
        var holder = typeof(BaseNumberExtractor).GetField("ResultsCache", Hidden | BindingFlags.Static)?.GetValue(null);
        return holder?.GetType().GetField("resultsCache", Hidden | BindingFlags.Instance)?.GetValue(holder) as MemoryCache
            ?? throw new InvalidOperationException(
                "Microsoft.Recognizers.Text.Number no longer keeps its results cache where version 1.8.13 does (BaseNumberExtractor.ResultsCache)");
    }

    private static List<CandidateReading> Readings(ModelResult result)
    {
        if (result.Resolution is null || !result.Resolution.TryGetValue("values", out var values) || values is not IEnumerable<IDictionary<string, string>> list)
        {
            return [];
        }

        return list
            .Select(value => new CandidateReading(
                Field(value, "timex"),
                Field(value, "value"),
                Field(value, "start"),
                Field(value, "end"),
                Field(value, "Mod")))
            .ToList();
    }

    private static string? Field(IDictionary<string, string> value, string key) =>
        value.TryGetValue(key, out var field) ? Convert.ToString(field, CultureInfo.InvariantCulture) : null;

    private static CandidateKind? KindOf(string? typeName) => typeName switch
    {
        "datetimeV2.date" => CandidateKind.Date,
        "datetimeV2.daterange" => CandidateKind.DateRange,
        "datetimeV2.time" => CandidateKind.Time,
        "datetimeV2.datetime" => CandidateKind.DateTime,
        "datetimeV2.timerange" => CandidateKind.TimeRange,
        "datetimeV2.datetimerange" => CandidateKind.DateTimeRange,
        "datetimeV2.duration" => CandidateKind.Duration,
        "datetimeV2.set" => CandidateKind.Set,
        _ => null,
    };
}
