using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

using EventTimeline.Documents;

namespace EventTimeline.Tests.Documents;

/// <summary>
/// Run by hand: measures TF-IDF cosine between news documents whose dates are known, to choose the corpus-dating threshold,
/// and regenerates the background frequencies resource (UPDATE_RESOURCES=1). Reads ../shared/data.
/// </summary>
[Explicit("measurement; reads ../shared/data")]
public sealed partial class CorpusSimilarityMeasurement
{
    private static string DataFolder => Path.GetFullPath(Path.Combine(SeedFiles.Folder, "..", "..", "shared", "data"));

    [Test]
    public void Measure_SeedsAmongDevelopmentNews_PrintsDistribution()
    {
        var timeBank = Load(Path.Combine(DataFolder, "tempeval3-dev", "TimeBank"));
        var others = Load(Path.Combine(DataFolder, "tempeval3-dev", "AQUAINT")).Concat(Load(Path.Combine(DataFolder, "semeval2015-task4-trial", "documents-timeml"))).ToList();
        var seeds = DocumentPreparer.CreateDefault().Prepare(new CorpusReader().Read([SeedFiles.Folder]).Documents).Documents;
        var seedDates = new Dictionary<string, DateOnly> { ["000"] = new(2015, 9, 21), ["001"] = new(2015, 9, 19), ["002"] = new(2015, 9, 18), ["003"] = new(2015, 9, 21), ["004"] = new(2015, 9, 22) };
        var seedDocs = seeds.Select(s => ("seed" + s.Id[..3], s.Text, seedDates[s.Id[..3]])).ToList();

        var stopwords = CorpusDateEstimator.LoadStopwords();
        var counter = new CorpusDateEstimator(stopwords, BackgroundFrequencies.None);
        var background = new BackgroundFrequencies(timeBank.Count, counter.DocumentFrequencies(timeBank.Select(d => d.Text)));
        var estimator = new CorpusDateEstimator(stopwords, background);
        TestContext.Out.WriteLine("background: TimeBank (" + timeBank.Count + " docs); measured on AQUAINT + SemEval trial + seeds");
        Report("held-out news + seeds", others.Concat(seedDocs).ToList(), estimator);
        Report("seeds only", seedDocs, estimator);
        Report("seeds only, no background", seedDocs, counter);
    }

    [Test]
    public void Generate_BackgroundFrequencies_WritesResourceWhenAsked()
    {
        var docs = Load(Path.Combine(DataFolder, "tempeval3-dev", "TimeBank"))
            .Concat(Load(Path.Combine(DataFolder, "tempeval3-dev", "AQUAINT")))
            .Concat(Load(Path.Combine(DataFolder, "semeval2015-task4-trial", "documents-timeml")))
            .ToList();
        var counter = new CorpusDateEstimator(CorpusDateEstimator.LoadStopwords(), BackgroundFrequencies.None);
        var frequencies = counter.DocumentFrequencies(docs.Select(d => d.Text));
        var text = new StringBuilder();
        text.Append("# Document frequencies of distinctive words in a background news collection: TempEval-3 development\n");
        text.Append("# (TimeBank + AQUAINT, 256 documents) and SemEval-2015 Task 4 trial (30 WikiNews documents), counted by\n");
        text.Append("# CorpusDateEstimator's own word filter; words in fewer than 2 documents are left out (unseen = rare).\n");
        text.Append("# Regenerate: UPDATE_RESOURCES=1 dotnet test --filter Generate_BackgroundFrequencies_WritesResourceWhenAsked\n");
        text.Append(CultureInfo.InvariantCulture, $"{CorpusDateEstimator.DocumentCountKey}\t{docs.Count}\n");
        foreach (var (word, count) in frequencies.Where(f => f.Value >= 2).OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"{word}\t{count}\n");
        }

        TestContext.Out.WriteLine($"{docs.Count} documents, {frequencies.Count(f => f.Value >= 2)} words with df >= 2");
        if (Environment.GetEnvironmentVariable("UPDATE_RESOURCES") == "1")
        {
            var target = Path.Combine(SeedFiles.Folder, "..", "src", "EventTimeline.Core", "Resources", CorpusDateEstimator.BackgroundResource);
            File.WriteAllText(target, text.ToString(), new UTF8Encoding(false));
        }

        Assert.That(docs, Has.Count.EqualTo(286));
    }

    [Test]
    public void Measure_BoilerplateAndDatelinesOnCleanNews_PrintsFalsePositives()
    {
        var docs = Load(Path.Combine(DataFolder, "tempeval3-dev", "TimeBank")).Concat(Load(Path.Combine(DataFolder, "tempeval3-dev", "AQUAINT"))).ToList();
        var filter = EventTimeline.Text.BoilerplateFilter.CreateDefault();
        var datelines = DatelineReader.CreateDefault();
        var removedDocs = 0;
        var (found, right) = (0, 0);
        foreach (var (id, text, date) in docs)
        {
            var result = filter.Filter(text);
            if (result.Removals.Count > 0)
            {
                removedDocs++;
                TestContext.Out.WriteLine($"boilerplate in {id}: {string.Join(", ", result.Removals.Select(r => $"{r.Rule}@{r.Line}:{r.Characters}"))} | {text.Split('\n')[result.Removals[0].Line].Trim()}");
            }

            if (datelines.Read(text) is { } match)
            {
                found++;
                right += match.Date == date ? 1 : 0;
                TestContext.Out.WriteLine($"dateline {id}: {match.Date:yyyy-MM-dd} (DCT {date:yyyy-MM-dd}) from \"{match.Line}\"");
            }
        }

        TestContext.Out.WriteLine($"{docs.Count} clean news documents: boilerplate removed from {removedDocs}; datelines found {found}, equal to the DCT {right}");
        var splitter = EventTimeline.Text.SentenceSplitter.CreateDefault();
        var sentences = docs.SelectMany(d => splitter.Split(d.Text)).ToList();
        TestContext.Out.WriteLine($"{sentences.Count} sentences; short ones (under 25 characters) to inspect:");
        foreach (var sentence in sentences.Where(s => s.Length < 25))
        {
            TestContext.Out.WriteLine("short: " + sentence.Text.Replace('\n', ' '));
        }
    }

    private static List<(string Id, string Text, DateOnly Date)> Load(string folder)
    {
        var docs = new List<(string Id, string Text, DateOnly Date)>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.tml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var xml = File.ReadAllText(file);
            var dct = DctValue().Match(xml);
            var text = TextElement().Match(xml);
            if (dct.Success && text.Success)
            {
                var date = DateOnly.ParseExact(dct.Groups[1].Value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);
                docs.Add((Path.GetFileNameWithoutExtension(file), System.Net.WebUtility.HtmlDecode(Tag().Replace(text.Groups[1].Value, string.Empty)), date));
            }
        }

        return docs;
    }

    private static void Report(string name, List<(string Id, string Text, DateOnly Date)> docs, CorpusDateEstimator estimator)
    {
        var vectors = estimator.Vectors(docs.Select(d => d.Text).ToList());
        var far = new List<(double Cos, string A, string B)>();
        var near = new List<(double Cos, string A, string B)>();
        var bestFar = new double[docs.Count];
        for (var i = 0; i < docs.Count; i++)
        {
            for (var j = i + 1; j < docs.Count; j++)
            {
                var cos = CorpusDateEstimator.Cosine(vectors[i], vectors[j]);
                var gap = Math.Abs(docs[i].Date.DayNumber - docs[j].Date.DayNumber);
                if (gap > 30)
                {
                    far.Add((cos, docs[i].Id, docs[j].Id));
                    bestFar[i] = Math.Max(bestFar[i], cos);
                    bestFar[j] = Math.Max(bestFar[j], cos);
                }
                else if (gap <= 3)
                {
                    near.Add((cos, docs[i].Id, docs[j].Id));
                }
            }
        }

        far.Sort((a, b) => b.Cos.CompareTo(a.Cos));
        near.Sort((a, b) => b.Cos.CompareTo(a.Cos));
        TestContext.Out.WriteLine($"=== {name}: {docs.Count} docs, {far.Count} pairs >30 days apart, {near.Count} pairs <=3 days apart");
        foreach (var threshold in new[] { 0.15, 0.2, 0.25, 0.3, 0.35, 0.4 })
        {
            TestContext.Out.WriteLine(
                $"threshold {threshold:F2}: far pairs above {far.Count(f => f.Cos >= threshold)}, docs whose best far match is above {bestFar.Count(b => b >= threshold)}/{docs.Count}, near pairs above {near.Count(n => n.Cos >= threshold)}");
        }

        // Leave one out: each document in turn is undated and takes the date of its most similar other document.
        foreach (var threshold in new[] { 0.15, 0.2, 0.25, 0.3, 0.35, 0.4 })
        {
            var errors = new List<int>();
            for (var i = 0; i < docs.Count; i++)
            {
                var best = Enumerable.Range(0, docs.Count).Where(j => j != i)
                    .Select(j => (Cos: CorpusDateEstimator.Cosine(vectors[i], vectors[j]), j))
                    .OrderByDescending(x => x.Cos).First();
                if (best.Cos >= threshold)
                {
                    errors.Add(docs[best.j].Date.DayNumber - docs[i].Date.DayNumber);
                }
            }

            errors.Sort();
            var agreed = new List<int>();
            for (var i = 0; i < docs.Count; i++)
            {
                var ranked = Enumerable.Range(0, docs.Count).Where(j => j != i)
                    .Select(j => (Cos: CorpusDateEstimator.Cosine(vectors[i], vectors[j]), j))
                    .OrderByDescending(x => x.Cos).ToList();
                if (ranked[0].Cos < threshold)
                {
                    continue;
                }

                var close = ranked.TakeWhile(r => r.Cos >= ranked[0].Cos - CorpusDateEstimator.AgreementMargin && r.Cos >= threshold).Select(r => docs[r.j].Date.DayNumber).ToList();
                if (close.Max() - close.Min() <= CorpusDateEstimator.MaxAgreementSpanDays)
                {
                    agreed.Add(docs[ranked[0].j].Date.DayNumber - docs[i].Date.DayNumber);
                }
            }

            TestContext.Out.WriteLine(
                $"  agreeing {threshold:F2}: dated {agreed.Count}/{docs.Count}, |error|<=3 days {agreed.Count(e => Math.Abs(e) <= 3)}, <=30 days {agreed.Count(e => Math.Abs(e) <= 30)}");
            TestContext.Out.WriteLine(
                $"leave-one-out {threshold:F2}: dated {errors.Count}/{docs.Count}, |error|<=3 days {errors.Count(e => Math.Abs(e) <= 3)}, <=30 days {errors.Count(e => Math.Abs(e) <= 30)}, estimate too early by >3 days {errors.Count(e => e < -3)}, too late by >3 days {errors.Count(e => e > 3)}");
        }

        // The estimator itself (candidate blocking, agreement check, default threshold), one document undated at a time.
        var viaEstimator = new List<int>();
        for (var i = 0; i < docs.Count; i++)
        {
            var inputs = docs.Select((d, j) => new DatingInput(d.Id, d.Text, j == i ? null : d.Date, null)).ToList();
            if (estimator.Estimate(inputs).TryGetValue(docs[i].Id, out var estimate))
            {
                viaEstimator.Add(estimate.Date.DayNumber - docs[i].Date.DayNumber);
            }
        }

        TestContext.Out.WriteLine(
            $"estimator at {CorpusDateEstimator.DefaultThreshold:F2}: dated {viaEstimator.Count}/{docs.Count}, |error|<=3 days {viaEstimator.Count(e => Math.Abs(e) <= 3)}, <=30 days {viaEstimator.Count(e => Math.Abs(e) <= 30)}");

        foreach (var (cos, a, b) in far.Take(10))
        {
            TestContext.Out.WriteLine($"far  {cos:F3} {a} {b}");
        }

        for (var i = 0; i < docs.Count; i++)
        {
            if (docs[i].Id.StartsWith("seed", StringComparison.Ordinal))
            {
                var best = Enumerable.Range(0, docs.Count).Where(j => j != i)
                    .Select(j => (Cos: CorpusDateEstimator.Cosine(vectors[i], vectors[j]), docs[j].Id))
                    .OrderByDescending(x => x.Cos).Take(6);
                TestContext.Out.WriteLine($"{docs[i].Id}: " + string.Join(", ", best.Select(b => $"{b.Id}={b.Cos:F3}")));
            }
        }
    }

    [GeneratedRegex(@"<DCT>\s*<TIMEX3[^>]*value=""([^""]+)""", RegexOptions.CultureInvariant)]
    private static partial Regex DctValue();

    [GeneratedRegex(@"<TEXT>(.*?)</TEXT>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex TextElement();

    [GeneratedRegex(@"<[^>]+>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
