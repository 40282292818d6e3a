using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

using EventTimeline.Documents;

namespace EventTimeline.Store;

/// <summary>
/// How the records a store keeps are written as JSON: serialization code generated at compile time for each stored record, so
/// a store works the same in a Native AOT executable (no reflection over generic value types at run time); a type not listed
/// here falls back to reflection.
/// </summary>
[JsonSourceGenerationOptions(IncludeFields = false, IgnoreReadOnlyProperties = true, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(RawDocument))]
[JsonSerializable(typeof(NewsDocument))]
[JsonSerializable(typeof(InputOutcome))]
[JsonSerializable(typeof(DocumentFeatures))]
[JsonSerializable(typeof(PreparedForm))]
internal sealed partial class StoreJson : JsonSerializerContext
{
    /// <summary>Options that read and write the stored records through the generated code: the settings above, with <paramref name="encoder"/>.</summary>
    public static JsonSerializerOptions OptionsWith(System.Text.Encodings.Web.JavaScriptEncoder? encoder = null) => new(Default.Options)
    {
        Encoder = encoder,
        TypeInfoResolver = JsonTypeInfoResolver.Combine(Default, new DefaultJsonTypeInfoResolver()),
    };
}
