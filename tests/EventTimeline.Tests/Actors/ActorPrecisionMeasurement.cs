using EventTimeline.Actors;
using EventTimeline.Documents;
using EventTimeline.Text;

namespace EventTimeline.Tests.Actors;

/// <summary>Samples person and organization mentions from the TempEval-3 development texts for judging precision by eye (explicit only: needs ../shared/data).</summary>
public sealed class ActorPrecisionMeasurement
{
    private const int Seed = 20150918;
    private const int SampleSize = 40;

    [Test]
    [Explicit("reads /work/shared/data/tempeval3-dev and prints a sample to judge by hand")]
    public void Sample_TempEvalDevTexts_PrintsPersonAndOrganizationMentions()
    {
        var folder = Environment.GetEnvironmentVariable("TEMPEVAL3_DEV") ?? "/work/shared/data/tempeval3-dev";
        var files = Directory.EnumerateFiles(folder, "*.tml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var splitter = SentenceSplitter.CreateDefault();
        var pool = new List<(string File, ActorMention Mention, string Sentence)>();
        var counts = new Dictionary<ActorKind, int>();
        foreach (var file in files)
        {
            var timeMl = TimeMlReader.Read(File.ReadAllText(file), file);
            var document = new NewsDocument(Path.GetFileNameWithoutExtension(file), file, null, null, null, timeMl.DocumentDate, PublishedBasis.Manifest, timeMl.Text, null);
            var sentences = splitter.Split(document.Text);
            foreach (var mention in ActorRecognizer.Default.Recognize(document, sentences))
            {
                counts[mention.Kind] = counts.GetValueOrDefault(mention.Kind) + 1;
                if (!mention.RoleOnly && mention.Kind is ActorKind.Person or ActorKind.Organization or ActorKind.Company)
                {
                    pool.Add((Path.GetFileName(file), mention, sentences[mention.Sentence].Text));
                }
            }
        }

        TestContext.Out.WriteLine($"{files.Count} documents; mentions by kind: {string.Join(", ", counts.OrderBy(pair => pair.Key).Select(pair => $"{pair.Key}={pair.Value}"))}; person/org/company pool {pool.Count}");
        var random = new Random(Seed);
        foreach (var (file, mention, sentence) in pool.OrderBy(_ => random.Next()).Take(SampleSize))
        {
            TestContext.Out.WriteLine($"{file} | {mention.Kind}{(mention.Tentative ? "?" : string.Empty)} | [{mention.Text}] name={mention.Name} title={mention.Title} country={mention.Country}");
            TestContext.Out.WriteLine("    " + sentence.ReplaceLineEndings(" "));
        }
    }
}
