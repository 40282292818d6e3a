using System.Collections.Immutable;

using EventTimeline.Resources;

using Newtonsoft.Json;

namespace EventTimeline.Actors;

/// <summary>
/// Reads only the words that may stand before a person's name (honorifics, title names and forms, country demonyms) from
/// the built-in actor files, token by token, without building the <see cref="Gazetteer"/>: a name lookup on a finished
/// timeline then starts without parsing every actor entry and compiling the country-body patterns. It gives the same
/// words as the built gazetteer's <see cref="Gazetteer.Honorifics"/>, <see cref="Gazetteer.Titles"/> forms and
/// <see cref="Gazetteer.Countries"/> demonyms (a test compares them).
/// </summary>
internal static class NamePrefixScan
{
    /// <summary>The prefix words of the built-in actor files, in file order, duplicates kept.</summary>
    public static ImmutableArray<string> BuiltIn()
    {
        var words = ImmutableArray.CreateBuilder<string>();
        foreach (var file in GazetteerBuilder.BuiltInFiles)
        {
            Scan(ResourceFile.ReadText(file), words);
        }

        return words.ToImmutable();
    }

    /// <summary>Adds the prefix words of one actor data file to <paramref name="words"/>.</summary>
    internal static void Scan(string json, ImmutableArray<string>.Builder words)
    {
        using var reader = new JsonTextReader(new StringReader(json));
        while (reader.Read())
        {
            if (reader.TokenType != JsonToken.PropertyName || reader.Depth != 1)
            {
                continue;
            }

            var section = (string)reader.Value!;
            reader.Read();
            if (reader.TokenType != JsonToken.StartArray)
            {
                reader.Skip();
                continue;
            }

            // Names match in any case, as the gazetteer's reader matches them.
            var fields = section.ToLowerInvariant() switch
            {
                "honorifics" => ["form"],
                "titles" => ["name", "forms"],
                "countries" => new[] { "demonyms" },
                _ => null,
            };
            if (fields is null)
            {
                reader.Skip();
                continue;
            }

            ReadEntries(reader, fields, words);
        }
    }

    // Reads the entries of one section's array, keeping the string values (or string array items) of the named fields.
    private static void ReadEntries(JsonTextReader reader, string[] fields, ImmutableArray<string>.Builder words)
    {
        while (reader.Read() && reader.TokenType != JsonToken.EndArray)
        {
            if (reader.TokenType != JsonToken.StartObject)
            {
                reader.Skip();
                continue;
            }

            while (reader.Read() && reader.TokenType == JsonToken.PropertyName)
            {
                var field = (string)reader.Value!;
                reader.Read();
                if (!fields.Contains(field, StringComparer.OrdinalIgnoreCase))
                {
                    reader.Skip();
                }
                else if (reader.TokenType == JsonToken.String)
                {
                    AddWord((string)reader.Value!, words);
                }
                else if (reader.TokenType == JsonToken.StartArray)
                {
                    while (reader.Read() && reader.TokenType != JsonToken.EndArray)
                    {
                        if (reader.TokenType == JsonToken.String)
                        {
                            AddWord((string)reader.Value!, words);
                        }
                    }
                }
                else
                {
                    reader.Skip();
                }
            }
        }
    }

    private static void AddWord(string value, ImmutableArray<string>.Builder words)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            words.Add(value);
        }
    }
}
