using System.Globalization;
using System.Text;

using EventTimeline.Documents;
using EventTimeline.Resources;

using Newtonsoft.Json.Linq;

namespace EventTimeline.Benchmark;

/// <summary>
/// Writes a synthetic corpus of news-like English articles (people with titles, countries, cities, organizations,
/// reporting verbs and time expressions from Resources/bench/news-generator.json) for benchmarks and scale tests.
/// </summary>
/// <remarks>
/// Deterministic: the same seed and count give the same documents, on any machine (its own 64-bit generator,
/// invariant formatting). Every paragraph carries numbers drawn for it, so texts do not repeat across documents:
/// an engine that caches results per input string gains nothing.
/// </remarks>
internal sealed class NewsCorpusGenerator
{
    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly DateOnly FirstDay = new(2019, 1, 1);
    private const int DaysSpanned = 3 * 365;

    // One document in fifty reposts an earlier one with a sign-off, as wire copies do.
    private const int RepostEvery = 50;

    private readonly WordLists _words;

    private NewsCorpusGenerator(WordLists words) => _words = words;

    /// <summary>The generator over the shipped word lists.</summary>
    public static NewsCorpusGenerator Default { get; } = new(WordLists.Load(ResourceFile.ReadText("bench/news-generator.json")));

    /// <summary>Returns <paramref name="count"/> documents ("gen-000001", …) drawn from <paramref name="seed"/>, with publication dates.</summary>
    public IReadOnlyList<RawDocument> Generate(int count, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var documents = new List<RawDocument>(count);
        var width = Math.Max(6, count.ToString(CultureInfo.InvariantCulture).Length);
        for (var i = 0; i < count; i++)
        {
            var random = new SplitMix64(((ulong)(uint)seed << 32) ^ (ulong)i);
            var id = "gen-" + (i + 1).ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');
            var published = FirstDay.AddDays(random.Next(DaysSpanned));
            if (i > 0 && i % RepostEvery == 0)
            {
                var original = documents[random.Next(i)];
                var text = original.Text + "\n\n" + random.Pick(_words.SignOffs) + " Ref. " + random.Next(1_000_000).ToString(CultureInfo.InvariantCulture) + ".";
                documents.Add(new RawDocument(id, id + ".txt", original.Title, "Synthetic Wire", null, original.Published, text));
                continue;
            }

            var (title, body) = new ArticleWriter(_words, random, published).Write();
            documents.Add(new RawDocument(id, id + ".txt", title, "Synthetic News", null, published, title + "\n\n" + body));
        }

        return documents;
    }

    /// <summary>Writes one article: a title and five to eight paragraphs of two or three sentences.</summary>
    private sealed class ArticleWriter(WordLists words, SplitMix64 random, DateOnly published)
    {
        private readonly List<string> _named = [];

        public (string Title, string Body) Write()
        {
            var title = Fill(random.Pick(words.TitleTemplates));
            var paragraphs = new List<string>();
            var count = 5 + random.Next(4);
            for (var p = 0; p < count; p++)
            {
                var sentences = Enumerable.Range(0, 2 + random.Next(2)).Select(_ => Capitalize(Fill(random.Pick(words.SentenceTemplates)))).ToList();
                paragraphs.Add(string.Join(' ', sentences));
            }

            return (Capitalize(title), string.Join("\n\n", paragraphs));
        }

        private string Fill(string template)
        {
            var country = random.Pick(words.Countries);
            var other = random.Pick(words.Countries.Where(c => c != country).ToList());
            var text = new StringBuilder();
            var at = 0;
            while (at < template.Length)
            {
                var open = template.IndexOf('{', at);
                if (open < 0)
                {
                    text.Append(template, at, template.Length - at);
                    break;
                }

                var close = template.IndexOf('}', open);
                text.Append(template, at, open - at);
                text.Append(Slot(template[(open + 1)..close], country, other));
                at = close + 1;
            }

            return text.ToString();
        }

        private string Slot(string name, Country country, Country other) => name switch
        {
            "person" => NewPerson(),
            "again" => _named.Count == 0 ? NewPerson() : random.Pick(_named),
            "country" => country.Name,
            "country2" => other.Name,
            "demonym" => country.Demonym,
            "city" => random.Pick(country.Cities),
            "org" => random.Pick(words.Organizations),
            "topic" => random.Pick(words.Topics),
            "report" => random.Pick(words.ReportingVerbs),
            "number" => (10 + random.Next(99_990)).ToString("N0", CultureInfo.InvariantCulture),
            "date" => Fill(random.Pick(words.Dates)),
            "weekday" => random.Pick(Weekdays),
            "month" => random.Pick(Months),
            "day" => (1 + random.Next(28)).ToString(CultureInfo.InvariantCulture),
            "year" => (published.Year - random.Next(3)).ToString(CultureInfo.InvariantCulture),
            _ => throw new InvalidOperationException($"bench/news-generator.json: unknown slot {{{name}}}"),
        };

        private string NewPerson()
        {
            var country = random.Pick(words.Countries);
            var family = random.Pick(words.FamilyNames);
            _named.Add(family);
            return $"{country.Demonym} {random.Pick(words.Titles)} {random.Pick(words.GivenNames)} {family}";
        }

        private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
    }

    private sealed record Country(string Name, string Demonym, IReadOnlyList<string> Cities);

    private sealed record WordLists(
        IReadOnlyList<string> GivenNames,
        IReadOnlyList<string> FamilyNames,
        IReadOnlyList<string> Titles,
        IReadOnlyList<Country> Countries,
        IReadOnlyList<string> Organizations,
        IReadOnlyList<string> Topics,
        IReadOnlyList<string> ReportingVerbs,
        IReadOnlyList<string> Dates,
        IReadOnlyList<string> TitleTemplates,
        IReadOnlyList<string> SentenceTemplates,
        IReadOnlyList<string> SignOffs)
    {
        public static WordLists Load(string json)
        {
            var root = JObject.Parse(json);
            IReadOnlyList<string> List(string name) => (root[name] as JArray ?? throw new InvalidOperationException($"bench/news-generator.json: \"{name}\" is missing"))
                .Select(item => item.Value<string>()!).ToList();
            var countries = (root["countries"] as JArray ?? [])
                .Select(c => new Country(c.Value<string>("name")!, c.Value<string>("demonym")!, c["cities"]!.Select(city => city.Value<string>()!).ToList()))
                .ToList();
            return new WordLists(
                List("givenNames"), List("familyNames"), List("titles"), countries, List("organizations"), List("topics"),
                List("reportingVerbs"), List("dates"), List("titleTemplates"), List("sentenceTemplates"), List("signOffs"));
        }
    }

    /// <summary>SplitMix64: small, fast and the same everywhere, unlike <see cref="Random"/>, whose sequence is not promised across versions.</summary>
    private sealed class SplitMix64(ulong seed)
    {
        private ulong _state = seed;

        public int Next(int bound)
        {
            _state += 0x9E3779B97F4A7C15UL;
            var z = _state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (int)(z % (ulong)bound);
        }

        public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];
    }
}
