using System.Globalization;

using EventTimeline.Summary;
using EventTimeline.Time;

using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace EventTimeline.Export;

/// <summary>Reads the day references (<see cref="DateReference"/>) back from a time-mentions.json written by <c>build</c>.</summary>
internal static class TimeMentionsFileReader
{
    /// <summary>The mentions of <paramref name="json"/> that name exactly one day, in file order.</summary>
    /// <exception cref="FormatException">The text is not a time-mentions file.</exception>
    public static IReadOnlyList<DateReference> ReadReferences(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JObject root;
        try
        {
            using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
            root = JObject.Load(reader);
        }
        catch (JsonException e)
        {
            throw new FormatException("not a time-mentions file: " + e.Message, e);
        }

        if ((string?)root["format"] != TimeMentionsExport.Format || root["documents"] is not JArray documents)
        {
            throw new FormatException($"not a time-mentions file: format is not '{TimeMentionsExport.Format}' or the documents list is missing");
        }

        var references = new List<DateReference>();
        foreach (var document in documents.OfType<JObject>())
        {
            var id = (string?)document["id"] ?? throw new FormatException("not a time-mentions file: a document has no id");
            foreach (var mention in (document["mentions"] as JArray ?? []).OfType<JObject>())
            {
                if (mention["interval"] is not JObject interval
                    || !DateOnly.TryParseExact((string?)interval["start"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
                    || !DateOnly.TryParseExact((string?)interval["end"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end)
                    || !Enum.TryParse<Granularity>((string?)interval["granularity"], ignoreCase: true, out var granularity))
                {
                    continue;
                }

                if (DateReference.DayOf((string?)mention["value"] ?? string.Empty, new DateInterval(start, end, granularity)) is { } day)
                {
                    references.Add(new DateReference(id, (int?)mention["sentence"] ?? -1, day));
                }
            }
        }

        return references;
    }
}
