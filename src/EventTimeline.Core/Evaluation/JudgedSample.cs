using System.Globalization;
using System.Text;

using EventTimeline.Documents;
using EventTimeline.Model;
using EventTimeline.Text;

namespace EventTimeline.Evaluation;

/// <summary>One event of a judging sample: where its first report is, and what the product says of it.</summary>
/// <param name="Key">The event's key: corpus, document, sentence and trigger of its first report ("bpoil/doc.txt#12#spilled"), stable across runs and code changes that keep the report.</param>
/// <param name="Corpus">The name of the corpus it comes from.</param>
/// <param name="Event">The event as timeline.json gives it.</param>
/// <param name="Published">Publication date of each reporting document shown, by document id.</param>
internal sealed record SampledEvent(string Key, string Corpus, Model.TimelineEvent Event, IReadOnlyDictionary<string, string?> Published)
{
    /// <summary>The date as judged: "start" or "start..end", with the granularity and basis.</summary>
    public string Date => (Event.Date.Start is null ? "undated" : Event.Date.Start == Event.Date.End ? Event.Date.Start : $"{Event.Date.Start}..{Event.Date.End}")
        + $" ({Lower(Event.Date.Basis.ToString())})";

    /// <summary>The actors as judged: "role:name" in the event's order, joined by "; ".</summary>
    public string Actors => string.Join("; ", Event.Actors.Select(a => Lower(a.Role.ToString()) + ":" + a.Name));

    private static string Lower(string text) => text.ToLowerInvariant();
}

/// <summary>A judgement of one sampled event: is it a real event, are its date and actors right, and why.</summary>
/// <param name="Key">The event's key.</param>
/// <param name="Type">The event type judged.</param>
/// <param name="Date">The date judged, as <see cref="SampledEvent.Date"/> wrote it.</param>
/// <param name="Actors">The actors judged, as <see cref="SampledEvent.Actors"/> wrote them.</param>
/// <param name="Real">A particular event the text reports as happened or planned (not a naming, a speculation or a habit).</param>
/// <param name="DateRight">The date is the event's (null when not real).</param>
/// <param name="ActorsRight">The doer and target are the ones the text gives, none missing, none made up (null when not real).</param>
/// <param name="Reason">A short reason.</param>
internal sealed record Judgement(string Key, string Type, string Date, string Actors, bool Real, bool? DateRight, bool? ActorsRight, string Reason);

/// <summary>Figures of a judged sample.</summary>
/// <param name="Judged">Events judged.</param>
/// <param name="Real">Of those, real events.</param>
/// <param name="DateRight">Of the real ones, with the right date.</param>
/// <param name="ActorsRight">Of the real ones, with the right actors.</param>
/// <param name="BothRight">Of the real ones, with both right.</param>
internal sealed record JudgedFigures(int Judged, int Real, int DateRight, int ActorsRight, int BothRight)
{
    /// <summary>The figures on one line.</summary>
    public override string ToString()
    {
        static string Of(int part, int whole) => whole == 0 ? "-" : ((double)part / whole).ToString("0.00", CultureInfo.InvariantCulture);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{Judged} judged: real {Real} ({Of(Real, Judged)}); of the real: date right {DateRight} ({Of(DateRight, Real)}), actors right {ActorsRight} ({Of(ActorsRight, Real)}), both {BothRight} ({Of(BothRight, Real)})");
    }
}

/// <summary>Draws a fixed sample of events from timelines for judging by hand, and keeps the judgements comparable across runs.</summary>
/// <remarks>
/// Each event is ranked by a 64-bit FNV-1a hash of the seed and its key, and the lowest ranks are drawn: no random generator, the same
/// timelines give the same sample, and an event whose first report is unchanged keeps its rank after a code change, so a re-drawn sample
/// shares most events with the last one. A judgement carries the type, date and actors it judged; it is reused only while they are the same.
/// </remarks>
internal static class JudgedSample
{
    /// <summary>The columns of a judgement file.</summary>
    public const string Header = "key\ttype\tdate\tactors\treal\tdate_right\tactors_right\treason";

    /// <summary>Draws <paramref name="count"/> events with <paramref name="seed"/> from <paramref name="timelines"/> (corpus name and timeline), in rank order.</summary>
    public static IReadOnlyList<SampledEvent> Draw(IReadOnlyList<(string Corpus, TimelineFile Timeline)> timelines, int count, int seed)
    {
        ArgumentNullException.ThrowIfNull(timelines);
        var pool = new List<(ulong Rank, SampledEvent Event)>();
        foreach (var (corpus, timeline) in timelines)
        {
            var published = timeline.Documents.ToDictionary(d => d.Id, d => d.Published, StringComparer.Ordinal);
            foreach (var e in timeline.Events.Where(e => e.Mentions.Count > 0))
            {
                var first = e.Mentions[0];
                var key = string.Create(CultureInfo.InvariantCulture, $"{corpus}/{first.Document}#{first.Sentence}#{first.Trigger}");
                var shown = e.Mentions.Select(m => m.Document).Distinct(StringComparer.Ordinal).ToDictionary(d => d, d => published.GetValueOrDefault(d), StringComparer.Ordinal);
                pool.Add((Hash(seed.ToString(CultureInfo.InvariantCulture) + "\n" + key), new SampledEvent(key, corpus, e, shown)));
            }
        }

        return [.. pool.OrderBy(p => p.Rank).ThenBy(p => p.Event.Key, StringComparer.Ordinal).Take(count).Select(p => p.Event)];
    }

    /// <summary>Reads a judgement file (<see cref="Header"/>, then one line per event; y/n, or - where not real; a line still to judge, "?", is skipped).</summary>
    /// <exception cref="InputFormatException">A line has the wrong number of fields or a judgement other than y, n or -.</exception>
    public static IReadOnlyList<Judgement> Parse(string tsv, string source)
    {
        ArgumentNullException.ThrowIfNull(tsv);
        var judgements = new List<Judgement>();
        var number = 0;
        foreach (var line in tsv.Split('\n'))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#') || line == Header)
            {
                continue;
            }

            var f = line.Split('\t');
            if (f.Length != 8)
            {
                throw new InputFormatException(source, number, 1, $"expected 8 tab-separated fields ({Header.Replace('\t', ' ')}), found {f.Length}");
            }

            if (f[4] == "?")
            {
                continue;
            }

            judgements.Add(new Judgement(f[0], f[1], f[2], f[3], YesNo(f[4], source, number) ?? false, YesNo(f[5], source, number), YesNo(f[6], source, number), f[7]));
        }

        return judgements;
    }

    /// <summary>The judgement file for <paramref name="sample"/>: a judgement of <paramref name="previous"/> is kept where key, type, date and actors are the same, else the line is left to judge ("?").</summary>
    public static string Write(IReadOnlyList<SampledEvent> sample, IReadOnlyList<Judgement> previous)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(previous);
        var known = new Dictionary<(string, string, string, string), Judgement>();
        foreach (var judgement in previous)
        {
            known[(judgement.Key, judgement.Type, judgement.Date, judgement.Actors)] = judgement;
        }

        var text = new StringBuilder(Header).Append('\n');
        foreach (var e in sample)
        {
            text.Append(e.Key).Append('\t').Append(e.Event.Type).Append('\t').Append(e.Date).Append('\t').Append(e.Actors).Append('\t');
            if (known.TryGetValue((e.Key, e.Event.Type, e.Date, e.Actors), out var j))
            {
                text.Append(Mark(j.Real)).Append('\t').Append(Mark(j.DateRight)).Append('\t').Append(Mark(j.ActorsRight)).Append('\t').Append(j.Reason);
            }
            else
            {
                text.Append("?\t?\t?\t");
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The figures of the judgements of <paramref name="sample"/> (events not judged are left out).</summary>
    public static JudgedFigures Figures(IReadOnlyList<SampledEvent> sample, IReadOnlyList<Judgement> judgements)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(judgements);
        var known = new Dictionary<(string, string, string, string), Judgement>();
        foreach (var judgement in judgements)
        {
            known[(judgement.Key, judgement.Type, judgement.Date, judgement.Actors)] = judgement;
        }

        int judged = 0, real = 0, date = 0, actors = 0, both = 0;
        foreach (var e in sample)
        {
            if (!known.TryGetValue((e.Key, e.Event.Type, e.Date, e.Actors), out var j))
            {
                continue;
            }

            judged++;
            if (!j.Real)
            {
                continue;
            }

            real++;
            date += j.DateRight == true ? 1 : 0;
            actors += j.ActorsRight == true ? 1 : 0;
            both += j.DateRight == true && j.ActorsRight == true ? 1 : 0;
        }

        return new JudgedFigures(judged, real, date, actors, both);
    }

    /// <summary>The sample as text blocks for reading: key, type, status, date, actors, place, and up to <paramref name="sentences"/> reports with their document's publication date.</summary>
    public static string Render(IReadOnlyList<SampledEvent> sample, int sentences)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        for (var i = 0; i < sample.Count; i++)
        {
            var e = sample[i];
            text.Append(c, $"[{i + 1}] {e.Key}\n    type {e.Event.Type}, {e.Event.Status.ToString().ToLowerInvariant()}, date {e.Date}, timex {e.Event.Date.Timex ?? "-"}\n");
            text.Append(c, $"    actors {e.Actors}{(e.Event.Location is null ? string.Empty : "; at " + e.Event.Location)}; {e.Event.Mentions.Count} mentions, {e.Event.Sources} sources\n");
            foreach (var m in e.Event.Mentions.Take(sentences))
            {
                var clean = WhiteSpace.Collapse(m.Text);
                text.Append(c, $"    {m.Document} ({e.Published.GetValueOrDefault(m.Document) ?? "no date"}) #{m.Sentence} [{m.Trigger}{(m.Time is null ? string.Empty : " @ " + m.Time)}] {clean}\n");
            }
        }

        return text.ToString();
    }

    private static string Mark(bool? value) => value switch { true => "y", false => "n", null => "-" };

    private static bool? YesNo(string field, string source, int line) => field switch
    {
        "y" => true,
        "n" => false,
        "-" => null,
        _ => throw new InputFormatException(source, line, 1, $"a judgement is y, n or -, not '{field}'"),
    };

    private static ulong Hash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var ch in text)
        {
            hash ^= ch;
            hash *= 1099511628211UL;
        }

        return hash;
    }
}
