using System.Text;
using System.Text.Json;

using EventTimeline.Model;

namespace EventTimeline.Store;

/// <summary>What a listing of events (query's table and tsv) shows of one event, kept per event by the store's index so that a listing reads no event's JSON.</summary>
/// <param name="Id">Event id.</param>
/// <param name="Start">First day, or null when unresolved.</param>
/// <param name="End">Last day, or null when unresolved.</param>
/// <param name="Type">Event type id.</param>
/// <param name="Status">Its status in lower case, as timeline.json writes it.</param>
/// <param name="Label">Its label.</param>
/// <param name="Sources">How many sources report it.</param>
/// <param name="Salience">Its salience.</param>
/// <param name="Evidence">Its first evidence sentence on one line, or empty.</param>
/// <param name="Actors">Its actors' ids and names in the order the event lists them, each pair once.</param>
internal sealed record EventRow(
    string Id,
    string? Start,
    string? End,
    string Type,
    string Status,
    string Label,
    int Sources,
    double Salience,
    string Evidence,
    IReadOnlyList<EventRowActor> Actors)
{
    /// <summary>Whether the event has both days (an event missing either is undated, as the graph holds it).</summary>
    public bool IsDated => Start is not null && End is not null;

    /// <summary>The row of <paramref name="e"/>.</summary>
    public static EventRow Of(TimelineEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new EventRow(
            e.Id,
            e.Date.Start,
            e.Date.End,
            e.Type,
            e.Status.ToString().ToLowerInvariant(),
            e.Label,
            e.Sources,
            e.Salience,
            e.Mentions.Count == 0 ? string.Empty : OneLine(e.Mentions[0].Text),
            [.. e.Actors.Select(a => new EventRowActor(a.Id, a.Name)).Distinct()]);
    }

    /// <summary>The names of the actors other than <paramref name="actorId"/>, each once, in the event's order.</summary>
    public IEnumerable<string> OtherNames(string actorId) => Actors.Where(a => a.Id != actorId).Select(a => a.Name).Distinct(StringComparer.Ordinal);

    /// <summary><paramref name="text"/> with its runs of white space made single spaces and its ends trimmed.</summary>
    public static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The actors as the store keeps them: a JSON array of ids and names, alternately.</summary>
    public static string EncodeActors(IReadOnlyList<EventRowActor> actors)
    {
        ArgumentNullException.ThrowIfNull(actors);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var actor in actors)
            {
                writer.WriteStringValue(actor.Id);
                writer.WriteStringValue(actor.Name);
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>The actors of <see cref="EncodeActors"/>'s text.</summary>
    /// <exception cref="FormatException">The text is not such an array.</exception>
    public static IReadOnlyList<EventRowActor> DecodeActors(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var strings = new List<string>();
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(text));
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                throw new FormatException("stored event actors are not a JSON array");
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                strings.Add(reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw new FormatException("stored event actors hold something other than strings"));
            }
        }
        catch (JsonException error)
        {
            throw new FormatException("stored event actors are not valid JSON", error);
        }

        if (strings.Count % 2 != 0)
        {
            throw new FormatException("stored event actors have an id without a name");
        }

        var actors = new EventRowActor[strings.Count / 2];
        for (var i = 0; i < actors.Length; i++)
        {
            actors[i] = new EventRowActor(strings[2 * i], strings[(2 * i) + 1]);
        }

        return actors;
    }
}

/// <summary>An actor of an <see cref="EventRow"/>.</summary>
/// <param name="Id">Actor id.</param>
/// <param name="Name">Its name as the event lists it.</param>
internal sealed record EventRowActor(string Id, string Name);
