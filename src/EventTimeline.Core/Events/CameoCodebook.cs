using System.Collections.Immutable;
using System.Globalization;

using EventTimeline.Resources;

namespace EventTimeline.Events;

/// <summary>The CAMEO event codebook with GDELT's Goldstein scale, read from the embedded cameo-codes.csv and goldstein-scale.tsv.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class CameoCodebook
{
    private static readonly Lazy<CameoCodebook> _builtIn = new(
        () => Parse(ResourceFile.ReadText("cameo/cameo-codes.csv"), ResourceFile.ReadText("cameo/goldstein-scale.tsv")),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ImmutableDictionary<string, CameoCode> _codes;

    private CameoCodebook(ImmutableDictionary<string, CameoCode> codes)
    {
        _codes = codes;
        Codes = [.. codes.Values.OrderBy(code => code.Code, StringComparer.Ordinal)];
    }

    /// <summary>The embedded codebook, loaded once.</summary>
    public static CameoCodebook BuiltIn => _builtIn.Value;

    /// <summary>Every code, in code order.</summary>
    public ImmutableArray<CameoCode> Codes { get; }

    /// <summary>Builds a codebook from the codebook CSV ("code,label", no header; the label may contain commas) and the Goldstein TSV (with a header line).</summary>
    /// <exception cref="FormatException">A line is malformed.</exception>
    public static CameoCodebook Parse(string codesCsv, string goldsteinTsv)
    {
        ArgumentNullException.ThrowIfNull(codesCsv);
        ArgumentNullException.ThrowIfNull(goldsteinTsv);
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in Lines(goldsteinTsv).Skip(1))
        {
            var fields = line.Split('\t');
            if (fields.Length != 2 || !double.TryParse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var score))
            {
                throw new FormatException($"goldstein scale: bad line '{line}'");
            }

            scores[fields[0].Trim()] = score;
        }

        var codes = new Dictionary<string, CameoCode>(StringComparer.Ordinal);
        foreach (var line in Lines(codesCsv))
        {
            var comma = line.IndexOf(',', StringComparison.Ordinal);
            if (comma <= 0)
            {
                throw new FormatException($"cameo codes: bad line '{line}'");
            }

            var code = line[..comma].Trim();
            codes[code] = new CameoCode(code, line[(comma + 1)..].Trim(), scores.TryGetValue(code, out var score) ? score : null);
        }

        return new CameoCodebook(codes.ToImmutableDictionary(StringComparer.Ordinal));
    }

    /// <summary>Returns the code <paramref name="code"/>, or null if the codebook has no such code.</summary>
    public CameoCode? Find(string code) => _codes.GetValueOrDefault(code);

    /// <summary>Returns the label of <paramref name="code"/>, or null.</summary>
    public string? Label(string code) => Find(code)?.Label;

    /// <summary>Returns the Goldstein score of <paramref name="code"/>, or null when the code or its score is unknown.</summary>
    public double? Goldstein(string code) => Find(code)?.Goldstein;

    private static IEnumerable<string> Lines(string text)
    {
        return text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Where(line => line.Trim().Length > 0);
    }
}
