using EventTimeline.Model;

using Newtonsoft.Json;

namespace EventTimeline.Export;

/// <summary>Reads the text of a timeline.json back into the timeline model, so queries run on what <c>build</c> wrote.</summary>
internal static class TimelineFileReader
{
    private static readonly JsonSerializerSettings _settings = new()
    {
        ContractResolver = JsonFormat.Settings.ContractResolver,
        Converters = JsonFormat.Settings.Converters,
        Culture = JsonFormat.Settings.Culture,
        DateParseHandling = DateParseHandling.None,
    };

    /// <summary>Parses <paramref name="json"/> as a timeline file of format "eventtimeline/1".</summary>
    /// <exception cref="FormatException">The text is not JSON, has another format, or lacks the documents, actors or events lists.</exception>
    public static TimelineFile Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        TimelineFile? file;
        try
        {
            file = JsonConvert.DeserializeObject<TimelineFile>(json, _settings);
        }
        catch (JsonException e)
        {
            throw new FormatException("not a timeline file: " + e.Message, e);
        }

        if (file is null)
        {
            throw new FormatException("not a timeline file: the text is empty");
        }

        if (file.Format != TimelineFile.FormatName)
        {
            throw new FormatException($"not a timeline file: format is '{file.Format}', expected '{TimelineFile.FormatName}'");
        }

        if (file.Documents is null || file.Actors is null || file.Events is null)
        {
            throw new FormatException("not a timeline file: the documents, actors or events list is missing");
        }

        return Checked(file);
    }

    /// <summary>A timeline of no document and the given actors and events, each as timeline.json writes it (an event store's index keeps them one by one).</summary>
    /// <exception cref="FormatException">A part is not JSON of its kind, or an event lacks its date, actors or mentions.</exception>
    public static TimelineFile FromParts(IEnumerable<string> actors, IEnumerable<string> events)
    {
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(events);
        return Checked(new TimelineFile(TimelineFile.FormatName, [], [.. actors.Select(Part<TimelineActor>)], [.. events.Select(Part<TimelineEvent>)]));
    }

    private static T Part<T>(string json)
        where T : class
    {
        try
        {
            return JsonConvert.DeserializeObject<T>(json, _settings) ?? throw new FormatException($"not a timeline {typeof(T).Name}: the text is empty");
        }
        catch (JsonException e)
        {
            throw new FormatException($"not a timeline {typeof(T).Name}: " + e.Message, e);
        }
    }

    private static TimelineFile Checked(TimelineFile file)
    {
        if (file.Events.FirstOrDefault(e => e.Date is null || e.Actors is null || e.Mentions is null) is { } broken)
        {
            throw new FormatException($"not a timeline file: event '{broken.Id}' lacks its date, actors or mentions");
        }

        return file;
    }
}
