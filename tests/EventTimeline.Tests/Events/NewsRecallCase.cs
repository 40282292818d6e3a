using System.Globalization;

using EventTimeline.Cli;
using EventTimeline.Documents;
using EventTimeline.Events;

using Newtonsoft.Json;

namespace EventTimeline.Tests.Events;

/// <summary>One sentence of tests/data/events/news-recall.json (a short article: optional headline, dateline, one sentence) and the event a reader finds in it.</summary>
internal sealed class NewsRecallCase
{
    public string Id { get; set; } = string.Empty;

    /// <summary>True for the cases kept out of tuning: nothing was changed while looking at them.</summary>
    public bool Holdout { get; set; }

    public string Published { get; set; } = string.Empty;

    /// <summary>The article; a first line without a final period is its headline.</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>The trigger as written, which identifies the expected event among the article's events.</summary>
    public string Trigger { get; set; } = string.Empty;

    public string Type { get; set; } = string.Empty;

    /// <summary>Names of the doers as the product labels actors; empty when none.</summary>
    public List<string> Source { get; set; } = [];

    public List<string> Target { get; set; } = [];

    public List<string> Participant { get; set; } = [];

    /// <summary>YYYY-MM-DD or "YYYY-MM-DD..YYYY-MM-DD", inclusive.</summary>
    public string Date { get; set; } = string.Empty;

    public string Granularity { get; set; } = string.Empty;

    public string Status { get; set; } = string.Empty;

    /// <summary>Why the product still gets it wrong; null when it must pass.</summary>
    public string? KnownFailure { get; set; }

    [JsonExtensionData]
    public IDictionary<string, Newtonsoft.Json.Linq.JToken>? Extra { get; set; }

    public static IReadOnlyList<NewsRecallCase> LoadAll()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "data", "events", "news-recall.json");
        return JsonConvert.DeserializeObject<List<NewsRecallCase>>(File.ReadAllText(path)) ?? [];
    }

    public RawDocument Document()
    {
        var firstLine = Text.Split('\n')[0].Trim();
        var title = firstLine.Length < Text.Trim().Length && !firstLine.EndsWith('.') ? firstLine : null;
        return new RawDocument(Id, Id + ".txt", title, null, null, DateOnly.ParseExact(Published, "yyyy-MM-dd", CultureInfo.InvariantCulture), Text);
    }

    public override string ToString() => Id;
}

/// <summary>What the pipeline made of one case: each checked field right or wrong, and the events it found, for messages.</summary>
internal sealed record NewsRecallOutcome(NewsRecallCase Case, bool Found, bool Type, bool Actors, bool Date, bool Status, string FoundDescription)
{
    public bool Passed => Found && Type && Actors && Date && Status;

    /// <summary>Runs the real pipeline (as build does, native date engine) on each case's article alone.</summary>
    public static IReadOnlyList<NewsRecallOutcome> RunAll(IReadOnlyList<NewsRecallCase> cases)
    {
        using var tagger = TaggerFactory.Create(TaggerFactory.DefaultEngine);
        var pipeline = EventTimelinePipeline.CreateDefault(tagger);
        return [.. cases.Select(c => Judge(c, pipeline.Build([c.Document()])))];
    }

    private static NewsRecallOutcome Judge(NewsRecallCase c, CorpusResult result)
    {
        var names = result.Actors.Actors.ToDictionary(actor => actor.Id, actor => actor.Name, StringComparer.Ordinal);
        string Name(string id) => names.TryGetValue(id, out var name) ? name : id;
        string Describe(MergedEvent e)
        {
            var interval = e.Date.Interval is { } range
                ? $"{range.Start:yyyy-MM-dd}..{range.End:yyyy-MM-dd}/{range.Granularity}"
                : "undated";
            var actors = string.Join(", ", e.Actors.Select(a => Name(a.ActorId) + "=" + a.Role));
            return $"  [{e.Type}] '{string.Join("|", e.Mentions.Select(m => m.Trigger + (m.TimeText is null ? string.Empty : "@" + m.TimeText)))}' {{{actors}}} {e.Status} {interval}";
        }

        var all = string.Join("\n", result.Events.Select(Describe));
        var candidates = result.Events
            .Where(e => e.Mentions.Any(m => HasWords(m.Trigger, c.Trigger)))
            .OrderByDescending(e => e.Type == c.Type)
            .ToList();
        if (candidates.Count == 0)
        {
            return new NewsRecallOutcome(c, false, false, false, false, false, all);
        }

        var found = candidates[0];
        bool Same(ParticipantRole role, List<string> expected) =>
            found.Actors.Where(a => a.Role == role).Select(a => Name(a.ActorId)).Order(StringComparer.Ordinal)
                .SequenceEqual(expected.Order(StringComparer.Ordinal), StringComparer.Ordinal);
        var actorsRight = Same(ParticipantRole.Source, c.Source) && Same(ParticipantRole.Target, c.Target) && Same(ParticipantRole.Participant, c.Participant);
        var parts = c.Date.Split("..");
        var dateRight = found.Date.Interval is { } interval
            && interval.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == parts[0]
            && interval.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == parts[^1]
            && string.Equals(interval.Granularity.ToString(), c.Granularity, StringComparison.OrdinalIgnoreCase);
        var statusRight = string.Equals(found.Status.ToString(), c.Status, StringComparison.OrdinalIgnoreCase);
        return new NewsRecallOutcome(c, true, found.Type == c.Type, actorsRight, dateRight, statusRight, all);
    }

    // The trigger as the product writes it may take in a light verb or particle ("imposed sanctions" for "sanctions").
    private static bool HasWords(string trigger, string expected) =>
        $" {trigger} ".Contains($" {expected} ", StringComparison.OrdinalIgnoreCase);

    public string Explain() =>
        $"{Case.Id}: expected [{Case.Type}] '{Case.Trigger}' source={{{string.Join(", ", Case.Source)}}} target={{{string.Join(", ", Case.Target)}}} participant={{{string.Join(", ", Case.Participant)}}} {Case.Status} {Case.Date}/{Case.Granularity}\n"
        + $"  found={Found} type={Type} actors={Actors} date={Date} status={Status}\n  text: {Case.Text.Replace("\n", " / ", StringComparison.Ordinal)}\n{FoundDescription}";
}
