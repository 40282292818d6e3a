using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

using EventTimeline.Actors;
using EventTimeline.Events;
using EventTimeline.Export.Escaping;
using EventTimeline.Model;
using EventTimeline.Summary;

using Newtonsoft.Json;

namespace EventTimeline.Export;

/// <summary>
/// The data the HTML report's script reads (format <c>eventtimeline-page/1</c>, see docs/format.md): compact arrays over string
/// tables, every event with its first evidence sentence and the most salient events with all of theirs, within a budget.
/// </summary>
/// <remarks><c>timeline.json</c> keeps everything; the page keeps what a reader needs and stays a few megabytes at 10,000 articles.</remarks>
internal static class ReportData
{
    /// <summary>The format name written into the page's data.</summary>
    public const string FormatName = "eventtimeline-page/1";

    /// <summary>Characters of evidence sentences the page holds beyond each event's first sentence.</summary>
    public const int DefaultEvidenceBudget = 4_000_000;

    private static readonly DateOnly _epoch = new(1970, 1, 1);

    private static readonly UTF8Encoding _utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Returns the page data of <paramref name="timeline"/> as JSON, labelling CAMEO codes from <paramref name="codebook"/> and marking the key dates of <paramref name="summary"/>.</summary>
    public static string Json(TimelineFile timeline, CameoCodebook codebook, KeyDateSummary? summary, int evidenceBudget = DefaultEvidenceBudget)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        Write(timeline, codebook, summary, text, evidenceBudget);
        return text.ToString();
    }

    /// <summary>Writes the JSON that <see cref="Json"/> returns to <paramref name="writer"/> as it is made.</summary>
    public static void Write(TimelineFile timeline, CameoCodebook codebook, KeyDateSummary? summary, TextWriter writer, int evidenceBudget = DefaultEvidenceBudget)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(codebook);
        ArgumentNullException.ThrowIfNull(writer);
        var strings = new StringTable();
        var sentences = new StringTable();
        var kept = KeptEvidence(timeline.Events, evidenceBudget);
        var (actors, actorIndex) = ActorsOf(timeline);
        var documentIndex = timeline.Documents
            .Select((d, i) => (d.Id, i))
            .ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);

        using (var json = new JsonTextWriter(writer) { Formatting = Formatting.None, Culture = CultureInfo.InvariantCulture, CloseOutput = false })
        {
            json.WriteStartObject();
            json.WritePropertyName("format");
            json.WriteValue(FormatName);
            json.WritePropertyName("view");
            if (ReportView.Opening(timeline.Events) is { } view)
            {
                json.WriteStartArray();
                json.WriteValue(DayNumber(view.From));
                json.WriteValue(DayNumber(view.To));
                json.WriteEndArray();
            }
            else
            {
                json.WriteNull();
            }

            json.WritePropertyName("keyDates");
            json.WriteStartArray();
            foreach (var date in summary?.Dates ?? [])
            {
                json.WriteValue(DayNumber(date.Date));
            }

            json.WriteEndArray();

            json.WritePropertyName("documents");
            json.WriteStartArray();
            foreach (var d in timeline.Documents)
            {
                var url = HtmlText.LinkableUrl(d.Url);
                json.WriteStartArray();
                json.WriteValue(d.Id);
                json.WriteValue(d.Title);
                json.WriteValue(strings.Index(d.Source));
                json.WriteValue(d.Published);
                json.WriteValue(strings.Index(Camel(d.PublishedBasis)));
                json.WriteValue(url);
                json.WriteValue(url is null ? d.Url : null);
                json.WriteValue(d.DuplicateOf is { } original && documentIndex.TryGetValue(original, out var o) ? o : -1);
                json.WriteEndArray();
            }

            json.WriteEndArray();

            json.WritePropertyName("actors");
            json.WriteStartArray();
            foreach (var a in actors)
            {
                json.WriteStartArray();
                json.WriteValue(a.Id);
                json.WriteValue(a.Name);
                json.WriteValue(strings.Index(a.Kind));
                json.WriteValue(a.Country is { } country && actorIndex.TryGetValue(country, out var c) ? c : -1);
                json.WriteValue(a.Group is { } group && actorIndex.TryGetValue(group, out var g) ? g : -1);
                json.WriteStartArray();
                foreach (var form in a.Forms)
                {
                    json.WriteValue(form);
                }

                json.WriteEndArray();
                json.WriteEndArray();
            }

            json.WriteEndArray();

            json.WritePropertyName("events");
            json.WriteStartArray();
            var codes = new SortedSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < timeline.Events.Count; i++)
            {
                var e = timeline.Events[i];
                if (e.Cameo is { } code)
                {
                    codes.Add(code);
                }

                json.WriteStartArray();
                json.WriteValue(e.Id);
                json.WriteValue(strings.Index(e.Type));
                json.WriteValue(e.Cameo);
                json.WriteValue(e.Label);
                json.WriteValue(DayNumber(e.Date.Start));
                json.WriteValue(DayNumber(e.Date.End));
                json.WriteValue(strings.Index(e.Date.Granularity is { } granularity ? Camel(granularity) : null));
                json.WriteValue(e.Date.Timex);
                json.WriteValue(strings.Index(Camel(e.Date.Basis)));
                json.WriteValue(strings.Index(Camel(e.Status)));
                json.WriteStartArray();
                foreach (var actor in e.Actors)
                {
                    json.WriteValue(actorIndex[actor.Id]);
                    json.WriteValue(strings.Index(Camel(actor.Role)));
                }

                json.WriteEndArray();
                json.WriteValue(strings.Index(e.Location));
                json.WriteValue(e.Sources);
                json.WriteValue(e.Salience);
                json.WriteStartArray();
                for (var m = 0; m < e.Mentions.Count; m++)
                {
                    var mention = e.Mentions[m];
                    json.WriteValue(documentIndex.TryGetValue(mention.Document, out var doc) ? doc : -1);
                    json.WriteValue(mention.Sentence);
                    json.WriteValue(m < kept[i] ? sentences.Index(mention.Text) : -1);
                    json.WriteValue(strings.Index(mention.Time));
                    json.WriteValue(strings.Index(mention.Trigger));
                }

                json.WriteEndArray();
                json.WriteEndArray();
            }

            json.WriteEndArray();

            json.WritePropertyName("cameo");
            json.WriteStartObject();
            foreach (var code in codes)
            {
                json.WritePropertyName(code);
                json.WriteStartArray();
                json.WriteValue(codebook.Label(code));
                json.WriteValue(codebook.Goldstein(code));
                json.WriteEndArray();
            }

            json.WriteEndObject();
            WriteTable(json, "strings", strings);
            WriteTable(json, "sentences", sentences);
            json.WriteEndObject();
        }
    }

    /// <summary>
    /// Wraps the page data for the page: gzip-compressed and base64-encoded in a small JSON object
    /// (<c>{"format", "encoding": "gzip+base64", "data"}</c>), which the page's script unpacks with the browser's DecompressionStream.
    /// </summary>
    /// <remarks>News text compresses about four to one and base64 adds a third: the page stays small without dropping evidence.</remarks>
    public static string Packed(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        WritePacked(writer => writer.Write(json), text);
        return text.ToString();
    }

    /// <summary>Writes what <see cref="Packed"/> returns for the JSON <paramref name="writeJson"/> writes, compressing and encoding it as it comes: neither the JSON nor its packed form is held whole.</summary>
    /// <remarks>The packed form has only base64 characters between fixed ASCII text, so it needs no escaping inside a script element.</remarks>
    public static void WritePacked(Action<TextWriter> writeJson, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(writeJson);
        ArgumentNullException.ThrowIfNull(output);
        output.Write("{\"format\":\"" + FormatName + "\",\"encoding\":\"gzip+base64\",\"data\":\"");
        using (var base64 = new CryptoStream(new AsciiWriterStream(output), new ToBase64Transform(), CryptoStreamMode.Write))
        {
            // zlib's default level: at 20,000 generated documents the smallest size made the page data 1.7 % smaller in twice the time.
            using var gzip = new GZipStream(base64, CompressionLevel.Optimal, leaveOpen: true);
            using var json = new StreamWriter(gzip, _utf8NoBom, bufferSize: 1 << 16, leaveOpen: true);
            writeJson(json);
        }

        output.Write("\"}");
    }

    /// <summary>Reverses <see cref="Packed"/>.</summary>
    public static string Unpacked(string packed)
    {
        ArgumentNullException.ThrowIfNull(packed);
        var data = Newtonsoft.Json.Linq.JObject.Parse(packed)["data"]!.ToString();
        using var gzip = new GZipStream(new MemoryStream(Convert.FromBase64String(data)), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// How many of each event's mentions keep their sentence: the first of every event (what the search reads), then all of them for
    /// the most salient events, in order, while the new sentences fit in <paramref name="budget"/> characters.
    /// </summary>
    internal static int[] KeptEvidence(IReadOnlyList<TimelineEvent> events, int budget)
    {
        var kept = events.Select(e => Math.Min(1, e.Mentions.Count)).ToArray();
        var held = new HashSet<string>(events.Where(e => e.Mentions.Count > 0).Select(e => e.Mentions[0].Text), StringComparer.Ordinal);
        var left = (long)budget;
        var bySalience = Enumerable.Range(0, events.Count).OrderByDescending(i => events[i].Salience).ThenBy(i => i);
        foreach (var i in bySalience)
        {
            var added = events[i].Mentions.Select(m => m.Text).Where(t => !held.Contains(t)).Distinct(StringComparer.Ordinal).ToList();
            var cost = added.Sum(t => (long)t.Length);
            if (cost > left)
            {
                break;
            }

            left -= cost;
            held.UnionWith(added);
            kept[i] = events[i].Mentions.Count;
        }

        return kept;
    }

    private static (List<PageActor> Actors, Dictionary<string, int> Index) ActorsOf(TimelineFile timeline)
    {
        var listed = timeline.Actors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var used = new SortedSet<string>(timeline.Events.SelectMany(e => e.Actors.Select(a => a.Id)), StringComparer.Ordinal);
        var actors = new List<PageActor>();
        var names = timeline.Events.SelectMany(e => e.Actors).GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        foreach (var id in used.ToList())
        {
            if (listed.TryGetValue(id, out var actor))
            {
                if (CountryId(actor, listed) is { } country)
                {
                    used.Add(country);
                }

                if (GroupId(actor, listed) is { } group)
                {
                    used.Add(group);
                }
            }
        }

        foreach (var id in used)
        {
            if (!listed.TryGetValue(id, out var actor))
            {
                actors.Add(new PageActor(id, names.GetValueOrDefault(id, id), string.Empty, null, null, []));
                continue;
            }

            var forms = new List<string>(actor.Aliases);
            forms.AddRange(actor.Roles.Select(r => r.Replace('-', ' ')));
            actors.Add(new PageActor(
                actor.Id,
                actor.Name,
                Camel(actor.Kind),
                CountryId(actor, listed),
                GroupId(actor, listed),
                forms.Where(f => f != actor.Name).Distinct(StringComparer.Ordinal).ToList()));
        }

        var index = actors.Select((a, i) => (a.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        return (actors, index);
    }

    // The filter also finds an actor by its country's names ("Russian Foreign Minister"), so the page names the country actor.
    private static string? CountryId(TimelineActor actor, IReadOnlyDictionary<string, TimelineActor> listed) =>
        actor.Country is { } code && listed.ContainsKey("country:" + code) && actor.Id != "country:" + code ? "country:" + code : null;

    // A person's lane sits under the organization it speaks for when the corpus names one, else under its country.
    private static string? GroupId(TimelineActor actor, IReadOnlyDictionary<string, TimelineActor> listed)
    {
        if (actor.Kind != ActorKind.Person)
        {
            return null;
        }

        var affiliations = actor.Affiliations ?? [];
        return affiliations.FirstOrDefault(id => listed.TryGetValue(id, out var body) && body.Kind is not (ActorKind.Person or ActorKind.Place or ActorKind.Country or ActorKind.Product))
            ?? CountryId(actor, listed);
    }

    private static void WriteTable(JsonTextWriter json, string name, StringTable table)
    {
        json.WritePropertyName(name);
        json.WriteStartArray();
        foreach (var value in table.Values)
        {
            json.WriteValue(value);
        }

        json.WriteEndArray();
    }

    private static int? DayNumber(string? iso) =>
        iso is not null && DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? DayNumber(day) : null;

    private static int DayNumber(DateOnly day) => day.DayNumber - _epoch.DayNumber;

    private static string Camel<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    private sealed record PageActor(string Id, string Name, string Kind, string? Country, string? Group, IReadOnlyList<string> Forms);

    // Values in order of first use; null is -1.
    private sealed class StringTable
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

        public List<string> Values { get; } = [];

        public int Index(string? value)
        {
            if (value is null)
            {
                return -1;
            }

            if (!_index.TryGetValue(value, out var i))
            {
                i = Values.Count;
                _index.Add(value, i);
                Values.Add(value);
            }

            return i;
        }
    }
}
