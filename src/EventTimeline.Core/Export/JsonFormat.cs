using System.Globalization;

using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;

namespace EventTimeline.Export;

/// <summary>The one JSON style of every file EventTimeline writes: camelCase names, enum names as camelCase strings, ISO dates, two-space indent, "\n" newlines.</summary>
public static class JsonFormat
{
    /// <summary>Serializer settings shared by every JSON output.</summary>
    public static JsonSerializerSettings Settings { get; } = new()
    {
        ContractResolver = new CamelCasePropertyNamesContractResolver(),
        Converters = { new StringEnumConverter(new CamelCaseNamingStrategy()) },
        Culture = CultureInfo.InvariantCulture,
        DateFormatString = "yyyy-MM-dd",
        NullValueHandling = NullValueHandling.Include,
        Formatting = Formatting.Indented,
    };

    /// <summary>Serializes <paramref name="value"/> in the project's JSON style, ending with a newline.</summary>
    public static string Serialize(object? value)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(value, text);
        return text.ToString();
    }

    /// <summary>Writes <paramref name="value"/> in the project's JSON style to <paramref name="text"/>, ending with a newline: the same text as <see cref="Serialize"/>, without holding it whole.</summary>
    public static void Write(object? value, TextWriter text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var serializer = JsonSerializer.Create(Settings);
        using (var writer = new JsonTextWriter(text) { Formatting = Formatting.Indented, Indentation = 2, CloseOutput = false })
        {
            serializer.Serialize(writer, value);
        }

        text.Write('\n');
    }
}
