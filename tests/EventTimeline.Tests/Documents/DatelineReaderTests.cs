using System.Globalization;

using EventTimeline.Documents;

using Newtonsoft.Json.Linq;

namespace EventTimeline.Tests.Documents;

public sealed class DatelineReaderTests
{
    private static readonly DatelineReader _reader = DatelineReader.CreateDefault();

    public static IEnumerable<TestCaseData> Specs()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "data", "documents", "datelines.json");
        foreach (var spec in JArray.Parse(File.ReadAllText(path)))
        {
            yield return new TestCaseData((string)spec["text"]!, (string?)spec["date"]).SetName("Read_" + ((string)spec["name"]!).Replace(' ', '_') + "_AsSpecified");
        }
    }

    [TestCaseSource(nameof(Specs))]
    public void Read_Spec_ReturnsStatedDateOrNone(string text, string? expected)
    {
        var match = _reader.Read(text);

        Assert.That(match?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Is.EqualTo(expected));
        if (match is not null)
        {
            Assert.That(match.Line, Does.Contain(text.Substring(match.Start, match.Length)));
        }
    }

    [Test]
    public void Read_Seed003_FindsBylineDate()
    {
        var text = EventTimeline.Text.MarkdownStripper.Strip(File.ReadAllText(SeedFiles.PathOf("003_7c28fc3b3d26446c.txt")));

        var match = _reader.Read(text);

        Assert.That(match?.Date, Is.EqualTo(new DateOnly(2015, 9, 21)));
        Assert.That(match?.Line, Is.EqualTo("21 September 2015"));
    }

    [Test]
    public void Read_Seed000_IgnoresPhotoCaptionDate()
    {
        var text = File.ReadAllText(SeedFiles.PathOf("000_c1350de39c28d89c.txt"));

        Assert.That(_reader.Read(text), Is.Null);
    }

    [TestCase("001_59be2265bc967f20.txt")]
    [TestCase("002_53ff7b5823f48afd.txt")]
    [TestCase("004_de959b5056950603.txt")]
    public void Read_SeedWithoutDateline_ReturnsNull(string file)
    {
        Assert.That(_reader.Read(File.ReadAllText(SeedFiles.PathOf(file))), Is.Null);
    }
}
