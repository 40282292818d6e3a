using EventTimeline.Actors;
using EventTimeline.Events;

using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace EventTimeline.Tests.Events;

/// <summary>One case of tests/data/events/extraction.json: a small document and the events it must (and must not) yield.</summary>
internal sealed class ExtractionSpec
{
    public string Name { get; set; } = string.Empty;

    public string? Published { get; set; }

    public List<string> Sentences { get; set; } = [];

    public Dictionary<string, string> Actors { get; set; } = [];

    public Dictionary<string, string> Times { get; set; } = [];

    public List<ExpectedEvent> Expect { get; set; } = [];

    /// <summary>Triggers that must yield no event.</summary>
    public List<string> Absent { get; set; } = [];

    /// <summary>When set, the exact number of events.</summary>
    public int? Count { get; set; }

    public static IEnumerable<TestCaseData> Load(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "data", "events", file);
        var specs = JsonConvert.DeserializeObject<List<ExtractionSpec>>(File.ReadAllText(path)) ?? [];
        return specs.Select(spec => new TestCaseData(spec).SetName(spec.Name));
    }

    public AnnotatedDocument Build()
    {
        return EventCorpus.Document(
            "doc",
            Published,
            Sentences,
            Actors.Select(pair => pair.Value == "role"
                ? new TestActor(pair.Key, ActorKind.Person, RoleOnly: true)
                : new TestActor(pair.Key, Enum.Parse<ActorKind>(pair.Value.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true))),
            Times.Select(pair => new TestTime(pair.Key, pair.Value)));
    }

    public override string ToString() => Name;
}

/// <summary>An event a spec expects; null fields are not checked.</summary>
internal sealed class ExpectedEvent
{
    public string Trigger { get; set; } = string.Empty;

    public string? Type { get; set; }

    public List<string>? Source { get; set; }

    public List<string>? Target { get; set; }

    public List<string>? Participant { get; set; }

    public string? Status { get; set; }

    /// <summary>YYYY-MM-DD or "YYYY-MM-DD..YYYY-MM-DD".</summary>
    public string? Date { get; set; }

    public string? Basis { get; set; }

    /// <summary>The governing time's text; "" for none.</summary>
    public string? Time { get; set; }

    /// <summary>The location; "" for none.</summary>
    public string? Location { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JToken>? Extra { get; set; }
}
