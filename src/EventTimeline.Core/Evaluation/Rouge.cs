using EventTimeline.Resources;

namespace EventTimeline.Evaluation;

/// <summary>ROUGE-N counts between a system summary and a reference summary, as tilse asks Perl ROUGE-1.5.5 for them (stop words removed).</summary>
/// <remarks>
/// Tokens: the text in lower case, every character other than an ASCII letter or digit a separator (so "-LRB-" gives "lrb" and "U.S."
/// gives "u" and "s", as ROUGE-1.5.5's <c>s/[^A-Za-z0-9\-]/ /g</c> nearly does; ROUGE keeps inner hyphens). Stop words
/// (<c>Resources/text/rouge-stopwords.tsv</c>, 108 words) are removed before n-grams are formed; n-grams run across the sentences of one
/// summary, which are joined. No stemming: ROUGE-1.5.5 as tilse calls it (<c>-m</c>) applies the Porter stemmer, and no maintained
/// NuGet package provides one.
/// </remarks>
public static class Rouge
{
    private static readonly Lazy<HashSet<string>> _stopWords = new(
        () => ResourceFile.ReadTsv("text/rouge-stopwords.tsv").Select(row => row[0]).ToHashSet(StringComparer.Ordinal),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The words ROUGE counts in <paramref name="sentences"/>, in order: lower case, ASCII letters and digits only, stop words removed.</summary>
    public static IReadOnlyList<string> Tokens(IEnumerable<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var stop = _stopWords.Value;
        var tokens = new List<string>();
        var word = new System.Text.StringBuilder();
        foreach (var sentence in sentences)
        {
            foreach (var c in sentence.Append(' '))
            {
                if (char.IsAsciiLetterOrDigit(c))
                {
                    word.Append(char.ToLowerInvariant(c));
                    continue;
                }

                if (word.Length > 0)
                {
                    var token = word.ToString();
                    word.Clear();
                    if (!stop.Contains(token))
                    {
                        tokens.Add(token);
                    }
                }
            }
        }

        return tokens;
    }

    /// <summary>Counts the n-grams of order <paramref name="n"/> that <paramref name="system"/> and <paramref name="reference"/> share (clipped by the reference's counts).</summary>
    public static RougeCounts Count(IReadOnlyList<string> system, IReadOnlyList<string> reference, int n)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        var systemGrams = Grams(system, n);
        var referenceGrams = Grams(reference, n);
        var hits = 0;
        foreach (var (gram, count) in systemGrams)
        {
            if (referenceGrams.TryGetValue(gram, out var other))
            {
                hits += Math.Min(count, other);
            }
        }

        return new RougeCounts(hits, systemGrams.Values.Sum(), referenceGrams.Values.Sum());
    }

    private static Dictionary<string, int> Grams(IReadOnlyList<string> tokens, int n)
    {
        var grams = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + n <= tokens.Count; i++)
        {
            var gram = n == 1 ? tokens[i] : string.Join(' ', tokens.Skip(i).Take(n));
            grams[gram] = grams.GetValueOrDefault(gram) + 1;
        }

        return grams;
    }
}

/// <summary>Shared n-grams of a system and a reference summary.</summary>
/// <param name="Hits">N-grams they share, each counted at most as often as the reference has it.</param>
/// <param name="System">N-grams of the system summary (precision's denominator).</param>
/// <param name="Reference">N-grams of the reference summary (recall's denominator).</param>
public sealed record RougeCounts(int Hits, int System, int Reference);
