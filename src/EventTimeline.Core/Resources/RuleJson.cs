using Newtonsoft.Json;

namespace EventTimeline.Resources;

/// <summary>Reads the event rule files strictly: unknown fields are errors, so a typo in a user's edit does not pass silently.</summary>
internal static class RuleJson
{
    private static readonly JsonSerializerSettings _settings = new()
    {
        MissingMemberHandling = MissingMemberHandling.Error,
        ContractResolver = new Newtonsoft.Json.Serialization.DefaultContractResolver(),
    };

    /// <summary>Deserializes <paramref name="json"/> into <typeparamref name="T"/>.</summary>
    /// <exception cref="FormatException">The text is empty or does not have the expected shape; the message starts with <paramref name="what"/>.</exception>
    public static T Deserialize<T>(string json, string what)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return JsonConvert.DeserializeObject<T>(json, _settings) ?? throw new FormatException($"{what}: the file is empty");
        }
        catch (JsonException exception)
        {
            throw new FormatException($"{what}: {exception.Message}", exception);
        }
    }
}
