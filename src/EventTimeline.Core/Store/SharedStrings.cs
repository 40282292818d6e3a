using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EventTimeline.Store;

/// <summary>
/// Reads each distinct short string once while stored extractions are decoded: the same type ids, triggers, names, countries,
/// titles and date values recur in document after document, and a merge holds the mentions of the whole corpus.
/// </summary>
/// <remarks>Thread-safe: extractions are decoded on several threads at once. It holds every distinct string it has read, so it lives as long as one merge.</remarks>
internal sealed class SharedStrings : JsonConverter<string>
{
    /// <summary>Longer strings (sentences, whole texts) are rarely repeated and are read as they are.</summary>
    public const int MaxLength = 64;

    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);

    /// <summary>Creates an empty pool and the reading options that use it.</summary>
    public SharedStrings()
    {
        Options = StoreJson.OptionsWith();
        Options.Converters.Add(this);
    }

    /// <summary>The options that read stored records through this pool.</summary>
    public JsonSerializerOptions Options { get; }

    /// <summary>How many distinct strings it holds.</summary>
    public int Count => _strings.Count;

    /// <inheritdoc/>
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return text is null || text.Length > MaxLength ? text : _strings.GetOrAdd(text, text);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }
}
