using EventTimeline.Text;

using Newtonsoft.Json.Linq;

namespace EventTimeline.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static readonly SentenceSplitter _splitter = SentenceSplitter.CreateDefault();

    public static IEnumerable<TestCaseData> Specs()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "data", "text", "sentence-splits.json");
        foreach (var spec in JArray.Parse(File.ReadAllText(path)))
        {
            yield return new TestCaseData((string)spec["text"]!, spec["sentences"]!.Values<string>().ToArray()).SetName("Split_" + ((string)spec["name"]!).Replace(' ', '_') + "_AsSpecified");
        }
    }

    [TestCaseSource(nameof(Specs))]
    public void Split_Spec_MatchesExpectedSentences(string text, string[] expected)
    {
        var sentences = _splitter.Split(text);

        Assert.That(sentences.Select(s => s.Text), Is.EqualTo(expected));
    }

    [TestCaseSource(nameof(Specs))]
    public void Split_Spec_OffsetsAreExactAndTrimmed(string text, string[] expected)
    {
        _ = expected;
        var sentences = _splitter.Split(text);

        Assert.Multiple(() =>
        {
            for (var i = 0; i < sentences.Count; i++)
            {
                var sentence = sentences[i];
                Assert.That(sentence.Index, Is.EqualTo(i));
                Assert.That(text.Substring(sentence.Start, sentence.Length), Is.EqualTo(sentence.Text));
                Assert.That(sentence.Text, Is.EqualTo(sentence.Text.Trim()));
                Assert.That(i == 0 || sentences[i - 1].End <= sentence.Start, Is.True, "sentences overlap");
            }
        });
    }

    [Test]
    public void Split_EmptyText_ReturnsNoSentences()
    {
        Assert.That(_splitter.Split(string.Empty), Is.Empty);
        Assert.That(_splitter.Split(" \n\n \t"), Is.Empty);
    }

    [Test]
    public void Split_SeedWithGluedSentences_SeparatesRecentlyFromOnSeptember5()
    {
        var text = File.ReadAllText(Path.Combine(SeedFiles.Folder, "001_59be2265bc967f20.txt"));

        var sentences = _splitter.Split(text).Select(s => s.Text).ToList();

        Assert.That(sentences, Has.Some.EndsWith("regime recently."));
        Assert.That(sentences, Has.Some.StartsWith("On September 5, Kerry warned"));
        Assert.That(sentences, Has.Some.Contains("Ashton B. Carter and the Russian Minister of Defense Sergei K. Shoigu held their first talks."));
    }

    [Test]
    public void Split_EverySeed_KeepsAbbreviationsInsideSentences()
    {
        foreach (var file in Directory.EnumerateFiles(SeedFiles.Folder, "*.txt"))
        {
            var text = File.ReadAllText(file);

            var sentences = _splitter.Split(text);

            foreach (var sentence in sentences)
            {
                Assert.That(text.Substring(sentence.Start, sentence.Length), Is.EqualTo(sentence.Text));
                Assert.That(sentence.Text, Does.Not.EndWith(" U.S.").And.Not.EndWith(" Sept.").And.Not.EndWith(" Mr.").And.Not.EndWith(" F."), Path.GetFileName(file));
            }
        }
    }
}
