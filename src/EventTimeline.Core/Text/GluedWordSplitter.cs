using System.Text.RegularExpressions;

using EventTimeline.Resources;

namespace EventTimeline.Text;

/// <summary>Puts back the space a web scrape lost between two words ("theNew York Times", "saidthe"), for the glued pairs a data file lists.</summary>
/// <remarks>Immutable and thread-safe. A token that belongs to a handle, hashtag, address or file name (after '@', '#', '/', '.', '_' or '-') is left alone.</remarks>
internal sealed class GluedWordSplitter
{
    /// <summary>The word of column 2 that stands for any capitalised word.</summary>
    public const string Capitalized = "Capitalized";

    private readonly Regex? _pattern;

    /// <summary>Creates a splitter from (first word, what it is glued to) pairs, as in <c>text/glued-words.tsv</c>.</summary>
    public GluedWordSplitter(IEnumerable<(string First, IReadOnlyList<string> Seconds)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var alternatives = new List<string>();
        foreach (var (first, seconds) in pairs.OrderBy(p => p.First, StringComparer.Ordinal))
        {
            if (first.Length == 0 || seconds.Count == 0)
            {
                throw new ArgumentException($"glued word '{first}' needs a first word and at least one following word");
            }

            var after = new List<string>();
            if (seconds.Contains(Capitalized))
            {
                after.Add(@"\p{Lu}\p{Ll}");
            }

            var words = seconds.Where(s => s != Capitalized).Select(Regex.Escape).ToList();
            if (words.Count > 0)
            {
                after.Add("(?:" + string.Join('|', words) + @")(?![\p{L}\p{N}])");
            }

            alternatives.Add(Regex.Escape(first) + "(?=" + string.Join('|', after) + ")");
        }

        if (alternatives.Count > 0)
        {
            _pattern = BoundedRegex.Create(@"(?<![\p{L}\p{N}@#/._-])(?:" + string.Join('|', alternatives) + ")", RegexOptions.CultureInvariant);
        }
    }

    /// <summary>The splitter over the shipped <c>text/glued-words.tsv</c>.</summary>
    public static GluedWordSplitter CreateDefault() => new(Load(ResourceFile.ReadTsv("text/glued-words.tsv")));

    /// <summary>The pairs of a glued-words table: first word, then the following words separated by '|'.</summary>
    public static IEnumerable<(string First, IReadOnlyList<string> Seconds)> Load(IReadOnlyList<string[]> rows) =>
        rows.Select(row => row.Length == 2
            ? (row[0], (IReadOnlyList<string>)row[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            : throw new FormatException($"text/glued-words.tsv: a row needs two columns: {string.Join(' ', row)}"));

    /// <summary>Returns <paramref name="text"/> with a space after every listed first word glued to what follows it.</summary>
    public string Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _pattern is null ? text : _pattern.Replace(text, "$0 ");
    }
}
