using Newtonsoft.Json;

namespace EventTimeline.Events;

/// <summary>The JSON shape of Resources/events/triggers.json.</summary>
internal sealed class TriggerFile
{
    private static readonly JsonSerializerSettings _settings = new() { MissingMemberHandling = MissingMemberHandling.Error };

    /// <summary>Free text describing the file.</summary>
    public string? About { get; set; }

    /// <summary>Event types with their triggers.</summary>
    public List<TypeEntry>? Types { get; set; }

    /// <summary>Reads the file; unknown fields are errors.</summary>
    /// <exception cref="FormatException">The text is not a trigger file.</exception>
    public static TriggerFile Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return JsonConvert.DeserializeObject<TriggerFile>(json, _settings) ?? throw new FormatException("triggers: the file is empty");
        }
        catch (JsonException exception)
        {
            throw new FormatException("triggers: " + exception.Message, exception);
        }
    }

    /// <summary>One event type.</summary>
    internal sealed class TypeEntry
    {
        /// <summary>Id.</summary>
        public string? Id { get; set; }

        /// <summary>Label.</summary>
        public string? Label { get; set; }

        /// <summary>CAMEO code or null.</summary>
        public string? Cameo { get; set; }

        /// <summary>The codebook's label of the code, for readers of the file.</summary>
        public string? CameoLabel { get; set; }

        /// <summary>Goldstein score or null.</summary>
        public double? Goldstein { get; set; }

        /// <summary>Free text.</summary>
        public string? Note { get; set; }

        /// <summary>Trigger lemmas.</summary>
        public List<TriggerEntry>? Triggers { get; set; }
    }

    /// <summary>One trigger lemma with its forms.</summary>
    internal sealed class TriggerEntry
    {
        /// <summary>Lemma.</summary>
        public string? Lemma { get; set; }

        /// <summary>verb, noun or phrase.</summary>
        public string? Pos { get; set; }

        /// <summary>Surface forms.</summary>
        public List<string>? Forms { get; set; }
    }
}
