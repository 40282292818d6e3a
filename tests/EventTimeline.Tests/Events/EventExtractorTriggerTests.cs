using EventTimeline.Actors;
using EventTimeline.Events;

using Newtonsoft.Json;

namespace EventTimeline.Tests.Events;

/// <summary>One sentence per event type (tests/data/events/trigger-types.json), written for the tests: its trigger must yield an event of that type.</summary>
public sealed class EventExtractorTriggerTests
{
    private static readonly List<TriggerRow> _rows = Load();

    private static IEnumerable<TestCaseData> Rows() => _rows.Select(row => new TestCaseData(row.Type, row.Trigger, row.Sentence).SetName($"Extract_{row.Type}_YieldsTypedEvent"));

    [TestCaseSource(nameof(Rows))]
    public void Extract_TypeExample_YieldsEventOfThatType(string type, string trigger, string sentence)
    {
        var row = _rows.Single(candidate => candidate.Type == type);
        var document = EventCorpus.Document(
            "doc",
            "2016-03-14",
            [sentence],
            row.Actors.Select(pair => new TestActor(pair.Key, Enum.Parse<ActorKind>(pair.Value.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true))));
        var mentions = EventExtractor.BuiltIn.Extract(document);

        Assert.That(
            mentions.Select(mention => (mention.Trigger, mention.Type)),
            Does.Contain((trigger, type)),
            string.Join("\n", mentions.Select(mention => EventExtractorSpecTests.Describe(document, mention))));
    }

    [Test]
    public void TypeExamples_CoverEveryLexiconType()
    {
        var covered = _rows.Select(row => row.Type).ToHashSet(StringComparer.Ordinal);

        Assert.That(EventLexicon.BuiltIn.Types.Select(type => type.Id).Where(id => !covered.Contains(id)), Is.Empty);
    }

    private static List<TriggerRow> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "data", "events", "trigger-types.json");
        return JsonConvert.DeserializeObject<List<TriggerRow>>(File.ReadAllText(path)) ?? [];
    }

    private sealed class TriggerRow
    {
        public string Type { get; set; } = string.Empty;

        public string Trigger { get; set; } = string.Empty;

        public string Sentence { get; set; } = string.Empty;

        public Dictionary<string, string> Actors { get; set; } = [];
    }
}
