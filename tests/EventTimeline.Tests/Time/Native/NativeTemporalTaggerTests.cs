using System.Globalization;

using EventTimeline.Time;
using EventTimeline.Time.Native;

using Newtonsoft.Json;

namespace EventTimeline.Tests.Time.Native;

public sealed class NativeTemporalTaggerTests
{
    private static readonly NativeTemporalTagger Tagger = new();

    public static IEnumerable<TestCaseData> Cases()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "data", "native-time", "cases.json");
        var file = JsonConvert.DeserializeObject<CaseFile>(File.ReadAllText(path))!;
        return file.Cases.Select(c => new TestCaseData(c).SetName("Tag_" + c.Name.Replace(' ', '_')));
    }

    [TestCaseSource(nameof(Cases))]
    public void Tag_SpecCase_FindsExpectedAndNothingAbsent(SpecCase spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var dct = spec.Dct is null ? (DateOnly?)null : DateOnly.ParseExact(spec.Dct, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var mentions = Tagger.Tag(spec.Text, dct);
        var found = string.Join("; ", mentions.Select(m => $"{m.Text}={m.Type}:{m.Value}"));

        foreach (var expected in spec.Expected)
        {
            var start = spec.Text.IndexOf(expected.Text, StringComparison.Ordinal);
            Assert.That(start, Is.GreaterThanOrEqualTo(0), $"'{expected.Text}' is not in the case text");
            var mention = mentions.FirstOrDefault(m => m.Start == start && m.Length == expected.Text.Length);
            Assert.That(mention, Is.Not.Null, $"'{expected.Text}' not tagged; found: {found}");
            Assert.That($"{mention!.Type.ToString().ToUpperInvariant()} {mention.Value}", Is.EqualTo($"{expected.Type} {expected.Value}"), expected.Text);
        }

        foreach (var absent in spec.Absent ?? [])
        {
            var start = spec.Text.IndexOf(absent, StringComparison.Ordinal);
            Assert.That(start, Is.GreaterThanOrEqualTo(0), $"'{absent}' is not in the case text");
            Assert.That(mentions.Any(m => m.Start < start + absent.Length && start < m.End), Is.False, $"'{absent}' was tagged; found: {found}");
        }
    }

    [Test]
    public void Tag_RelativeWithoutDct_IsUnresolvedWithoutInterval()
    {
        var mention = Tagger.Tag("Sales fell last year.", null).Single();

        Assert.That(mention.Basis, Is.EqualTo(TimeBasis.Unresolved));
        Assert.That(mention.Interval, Is.Null);
    }

    [Test]
    public void Tag_RelativeWithDct_IsAnchoredRelativeToDct()
    {
        var mention = Tagger.Tag("Prices rose last week.", new DateOnly(2015, 9, 21)).Single();

        Assert.That(mention.Basis, Is.EqualTo(TimeBasis.RelativeToDct));
        Assert.That(mention.Interval, Is.EqualTo(new DateInterval(new DateOnly(2015, 9, 14), new DateOnly(2015, 9, 20), Granularity.Week)));
    }

    [Test]
    public void Tag_ExplicitDate_IsExplicitDay()
    {
        var mention = Tagger.Tag("It was signed on March 3, 1998.", new DateOnly(2015, 9, 21)).Single();

        Assert.That(mention.Basis, Is.EqualTo(TimeBasis.Explicit));
        Assert.That(mention.Interval, Is.EqualTo(new DateInterval(new DateOnly(1998, 3, 3), new DateOnly(1998, 3, 3), Granularity.Day)));
    }

    [Test]
    public void Tag_Batch_ReturnsOneSortedListPerRequest()
    {
        var result = Tagger.Tag([new TaggingRequest("Friday and Thursday", new DateOnly(2015, 9, 21)), new TaggingRequest("nothing here", null)]);

        Assert.That(result, Has.Count.EqualTo(2));
        Assert.That(result[0].Select(m => m.Start), Is.Ordered);
        Assert.That(result[1], Is.Empty);
        Assert.That(Tagger.Name, Is.EqualTo("native"));
    }

    /// <summary>One case of data/native-time/cases.json.</summary>
    public sealed record SpecCase(string Name, string? Dct, string Text, IReadOnlyList<SpecMention> Expected, IReadOnlyList<string>? Absent)
    {
        public override string ToString() => Name;
    }

    /// <summary>An expected expression.</summary>
    public sealed record SpecMention(string Text, string Type, string Value);

    private sealed record CaseFile(string? Comment, IReadOnlyList<SpecCase> Cases);
}
