using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

using EventTimeline.Actors;
using EventTimeline.Documents;
using EventTimeline.Events;
using EventTimeline.Text;
using EventTimeline.Time;

namespace EventTimeline.Tests.Events;

/// <summary>An actor written in a test document: every occurrence of <paramref name="Text"/> becomes a mention.</summary>
/// <param name="Text">The mention as written.</param>
/// <param name="Kind">What sort of actor.</param>
/// <param name="Id">The resolved actor id; by default "kind:text".</param>
/// <param name="RoleOnly">Whether the mention names a role but no person.</param>
/// <param name="Ids">For a role mention, several resolved ids.</param>
internal sealed record TestActor(string Text, ActorKind Kind, string? Id = null, bool RoleOnly = false, string[]? Ids = null)
{
    public string ResolvedId => Id ?? Kind.ToString().ToLowerInvariant() + ":" + Text.ToLowerInvariant().Replace(' ', '-');
}

/// <summary>A time expression written in a test document: every occurrence of <paramref name="Text"/> becomes a mention with <paramref name="Value"/>.</summary>
/// <param name="Text">The expression as written.</param>
/// <param name="Value">Its TIMEX3 value: YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY, or anything else for an unresolved value.</param>
internal sealed record TestTime(string Text, string Value);

/// <summary>Builds annotated documents and actor resolutions by hand, standing in for the sentence splitter, actor recognizer and date tagger.</summary>
internal static partial class EventCorpus
{
    /// <summary>Returns a document whose sentences are <paramref name="sentences"/>, joined by single spaces.</summary>
    public static AnnotatedDocument Document(
        string id,
        string? published,
        IReadOnlyList<string> sentences,
        IEnumerable<TestActor>? actors = null,
        IEnumerable<TestTime>? times = null,
        string? duplicateOf = null)
    {
        var text = new StringBuilder();
        var spans = ImmutableArray.CreateBuilder<Sentence>();
        foreach (var sentence in sentences)
        {
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            spans.Add(new Sentence(spans.Count, text.Length, sentence.Length, sentence));
            text.Append(sentence);
        }

        var full = text.ToString();
        var dct = published is null ? (DateOnly?)null : DateOnly.Parse(published, CultureInfo.InvariantCulture);
        var document = new NewsDocument(id, id + ".txt", null, null, null, dct, dct is null ? PublishedBasis.None : PublishedBasis.Manifest, full, duplicateOf);
        var actorMentions = (actors ?? [])
            .SelectMany(actor => Occurrences(full, actor.Text).Select(start => (start, actor)))
            .OrderBy(pair => pair.start)
            .ThenByDescending(pair => pair.actor.Text.Length)
            .Aggregate(new List<(int start, TestActor actor)>(), (kept, pair) =>
            {
                // A shorter name inside a longer one ("Lavrov" in "Sergey Lavrov") is not a mention of its own.
                if (!kept.Any(other => pair.start < other.start + other.actor.Text.Length && other.start < pair.start + pair.actor.Text.Length))
                {
                    kept.Add(pair);
                }

                return kept;
            })
            .Select(pair => new ActorMention(
                pair.start,
                pair.actor.Text.Length,
                pair.actor.Text,
                spans.ToImmutable().First(sentence => sentence.Start <= pair.start && pair.start < sentence.End).Index,
                pair.actor.Kind,
                pair.actor.Text,
                null,
                null,
                null,
                pair.actor.RoleOnly))
            .ToImmutableArray();
        var timeMentions = (times ?? [])
            .SelectMany(time => Occurrences(full, time.Text).Select(start => Time(start, time)))
            .OrderBy(mention => mention.Start)
            .ToImmutableArray();
        return new AnnotatedDocument(document, spans.ToImmutable(), actorMentions, timeMentions);
    }

    /// <summary>Returns the event mentions the built-in extractor finds in <paramref name="document"/>.</summary>
    public static ImmutableArray<EventMention> Extract(AnnotatedDocument document) => EventExtractor.BuiltIn.Extract(document);

    /// <summary>Returns the resolution of the test documents' actor mentions: each mention to its actor's id.</summary>
    public static ActorResolution Resolve(IEnumerable<AnnotatedDocument> documents, IEnumerable<TestActor> actors)
    {
        var byText = actors.GroupBy(actor => actor.Text, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
        var perDocument = ImmutableDictionary.CreateBuilder<string, ImmutableArray<ImmutableArray<string>>>(StringComparer.Ordinal);
        var counts = new Dictionary<string, (TestActor Actor, int Count)>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var ids = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
            foreach (var mention in document.Actors)
            {
                var actor = byText[mention.Text];
                var resolved = actor.Ids?.ToImmutableArray() ?? [actor.ResolvedId];
                ids.Add(resolved);
                foreach (var id in resolved)
                {
                    counts[id] = (actor, counts.GetValueOrDefault(id).Count + 1);
                }
            }

            perDocument[document.Document.Id] = ids.ToImmutable();
        }

        var all = counts
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new Actor(pair.Key, NameOf(pair.Key, pair.Value.Actor), pair.Value.Actor.Kind, null, [pair.Value.Actor.Text], [], pair.Value.Count))
            .ToImmutableArray();
        return new ActorResolution(all, perDocument.ToImmutable());
    }

    /// <summary>Returns the time mention for <paramref name="time"/> at <paramref name="start"/>.</summary>
    public static TimeMention Time(int start, TestTime time)
    {
        var interval = Interval(time.Value);
        var basis = interval is null ? TimeBasis.Unresolved : YearPattern().IsMatch(time.Text) ? TimeBasis.Explicit : TimeBasis.RelativeToDct;
        return new TimeMention(start, time.Text.Length, time.Text, TimexType.Date, time.Value, interval, basis);
    }

    /// <summary>Returns the interval of a TIMEX3 date value, or null.</summary>
    public static DateInterval? Interval(string value)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return new DateInterval(day, day, Granularity.Day);
        }

        var week = WeekPattern().Match(value);
        if (week.Success)
        {
            var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(int.Parse(week.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(week.Groups[2].Value, CultureInfo.InvariantCulture), DayOfWeek.Monday));
            return new DateInterval(monday, monday.AddDays(6), Granularity.Week);
        }

        if (DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return new DateInterval(month, month.AddMonths(1).AddDays(-1), Granularity.Month);
        }

        if (value.Length == 4 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return new DateInterval(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), Granularity.Year);
        }

        return null;
    }

    private static string NameOf(string id, TestActor actor) => actor.Ids is null ? actor.Text : id[(id.IndexOf(':', StringComparison.Ordinal) + 1)..];

    private static IEnumerable<int> Occurrences(string text, string word)
    {
        foreach (Match match in Regex.Matches(text, @"(?<![\p{L}\p{N}])" + Regex.Escape(word) + @"(?![\p{L}\p{N}])"))
        {
            yield return match.Index;
        }
    }

    [GeneratedRegex(@"\b\d{4}\b")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"^(\d{4})-W(\d{2})$")]
    private static partial Regex WeekPattern();
}
