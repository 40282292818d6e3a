using System.Globalization;
using System.Text;

namespace EventTimeline.Evaluation;

/// <summary>Reads and writes the timeline files of SemEval-2015 Task 4: the entity name, then <c>ordinal TAB date TAB mention [TAB mention…]</c> per line.</summary>
/// <remarks>A mention id is <c>docid-sentence-tokens</c>: the CAT <c>doc_id</c>, the CAT <c>sentence</c> number, and the mention's
/// token texts joined with <c>_</c> ("4954-2-court_case"). Written files use <c>\n</c> and canonical dates; the reader also takes
/// <c>\r\n</c> and the shortened dates of the trial gold ("2006-03", "1968"), which it makes canonical.</remarks>
public static class TimelineFormat
{
    /// <summary>The task's id of a mention made of <paramref name="tokens"/> in sentence <paramref name="sentence"/> of document <paramref name="docId"/>.</summary>
    public static string MentionId(string docId, int sentence, IEnumerable<string> tokens) =>
        string.Create(CultureInfo.InvariantCulture, $"{docId}-{sentence}-{string.Join('_', tokens)}");

    /// <summary>The file name the task gives an entity's timeline: the name in lower case, spaces as <c>_</c>, then <c>.txt</c>.</summary>
    public static string FileName(string entity) =>
        string.Join('_', entity.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)) + ".txt";

    /// <summary>Lays out a timeline: each step of <paramref name="ordered"/> gets the next ordinal from 1 (its events are simultaneous);
    /// <paramref name="unordered"/> events get ordinal 0. Events without mentions and empty steps are left out.</summary>
    /// <remarks>Within a step and among unordered events, events are sorted by their first mention, so the file does not depend on the order they were found in.</remarks>
    public static Timeline Build(string entity, IEnumerable<IReadOnlyList<TimelineEvent>> ordered, IEnumerable<TimelineEvent> unordered)
    {
        var entries = new List<TimelineEntry>();
        entries.AddRange(Sorted(unordered).Select(e => new TimelineEntry(0, e.Date.ToString(), e.Mentions)));
        var ordinal = 0;
        foreach (var step in ordered)
        {
            var events = Sorted(step);
            if (events.Count == 0)
            {
                continue;
            }

            ordinal++;
            entries.AddRange(events.Select(e => new TimelineEntry(ordinal, e.Date.ToString(), e.Mentions)));
        }

        return new Timeline(entity, entries);
    }

    /// <summary>The file text of <paramref name="timeline"/>: lines sorted by ordinal (stable), <c>\n</c> after each.</summary>
    /// <exception cref="ArgumentException">A name, date or mention is empty or holds a tab or line break, or an ordinal is negative.</exception>
    public static string Write(Timeline timeline)
    {
        var text = new StringBuilder();
        text.Append(Field(timeline.Entity, "entity name", allowSpaces: true)).Append('\n');
        foreach (var entry in timeline.Entries.OrderBy(e => e.Ordinal))
        {
            if (entry.Ordinal < 0)
            {
                throw new ArgumentException($"negative ordinal {entry.Ordinal}", nameof(timeline));
            }

            if (entry.Mentions.Count == 0)
            {
                throw new ArgumentException($"an entry at ordinal {entry.Ordinal} has no mention", nameof(timeline));
            }

            text.Append(entry.Ordinal.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(Field(entry.Date, "date", allowSpaces: false));
            foreach (var mention in entry.Mentions)
            {
                text.Append('\t').Append(Field(mention, "mention id", allowSpaces: false));
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Reads a timeline file; <paramref name="source"/> names it in errors. An empty file is an empty timeline with no name.</summary>
    /// <exception cref="TimelineFormatException">A line is not <c>ordinal TAB date TAB mention…</c> with a whole ordinal ≥ 0.</exception>
    public static Timeline Read(string text, string source)
    {
        var lines = text.TrimStart('\uFEFF').Split('\n');
        string? entity = null;
        var entries = new List<TimelineEntry>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Trim().Length == 0)
            {
                continue;
            }

            if (entity is null)
            {
                entity = line.Trim();
                continue;
            }

            entries.Add(Entry(line, source, i + 1));
        }

        return new Timeline(entity ?? string.Empty, entries);
    }

    private static TimelineEntry Entry(string line, string source, int number)
    {
        var fields = line.Split('\t');
        if (fields.Length < 3)
        {
            throw new TimelineFormatException(source, number, "expected ordinal<TAB>date<TAB>mention[<TAB>mention…]");
        }

        if (!int.TryParse(fields[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var ordinal))
        {
            throw new TimelineFormatException(source, number, $"ordinal \"{fields[0]}\" is not a whole number ≥ 0");
        }

        var written = fields[1].Trim();
        var date = TimelineDate.TryParse(written, out var parsed) ? parsed.ToString() : written;
        var mentions = fields.Skip(2).Select(f => f.Trim()).Where(f => f.Length > 0).ToList();
        if (mentions.Count == 0)
        {
            throw new TimelineFormatException(source, number, "no mention id");
        }

        return new TimelineEntry(ordinal, date, mentions);
    }

    private static List<TimelineEvent> Sorted(IEnumerable<TimelineEvent> events) =>
        events.Where(e => e.Mentions.Count > 0).OrderBy(e => e.Mentions[0], NaturalOrder.Instance).ToList();

    private static string Field(string value, string what, bool allowSpaces)
    {
        if (value.Trim().Length == 0 || value.Any(c => c is '\t' or '\n' or '\r' || (!allowSpaces && c == ' ')))
        {
            throw new ArgumentException($"{what} \"{value}\" is empty or holds a tab, space or line break");
        }

        return value;
    }
}
