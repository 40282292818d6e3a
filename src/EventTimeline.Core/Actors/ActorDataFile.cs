using Newtonsoft.Json;

namespace EventTimeline.Actors;

/// <summary>The JSON shape shared by the built-in actor files (countries, organizations, armed groups, titles) and a user's extension file; every section is optional.</summary>
internal sealed class ActorDataFile
{
    private static readonly JsonSerializerSettings _settings = new()
    {
        MissingMemberHandling = MissingMemberHandling.Error,
        NullValueHandling = NullValueHandling.Include,
    };

    /// <summary>Free text describing the file.</summary>
    public string? About { get; set; }

    /// <summary>Where the data comes from.</summary>
    public string? Source { get; set; }

    /// <summary>Note on CAMEO country codes.</summary>
    public string? CameoNote { get; set; }

    /// <summary>Countries and territories.</summary>
    public List<CountryEntry>? Countries { get; set; }

    /// <summary>Organizations, government bodies, armed groups, media, people.</summary>
    public List<ActorEntry>? Actors { get; set; }

    /// <summary>Bodies every country has, named by patterns.</summary>
    public List<CountryBodyEntry>? CountryBodies { get; set; }

    /// <summary>Person titles and roles.</summary>
    public List<TitleEntry>? Titles { get; set; }

    /// <summary>Honorifics stripped from names.</summary>
    public List<HonorificEntry>? Honorifics { get; set; }

    /// <summary>Reads one file; unknown fields are errors so that a misspelt field in a user's file is reported.</summary>
    public static ActorDataFile Parse(string json, string origin)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return JsonConvert.DeserializeObject<ActorDataFile>(json, _settings)
                ?? throw new FormatException($"{origin}: the file is empty");
        }
        catch (JsonException exception)
        {
            throw new FormatException($"{origin}: {exception.Message}", exception);
        }
    }

    /// <summary>One country as written in a file.</summary>
    internal sealed class CountryEntry
    {
        /// <summary>Id (ISO alpha-3).</summary>
        public string? Id { get; set; }

        /// <summary>Common name.</summary>
        public string? Name { get; set; }

        /// <summary>Official name.</summary>
        public string? OfficialName { get; set; }

        /// <summary>ISO alpha-2 code.</summary>
        public string? Iso2 { get; set; }

        /// <summary>ISO alpha-3 code.</summary>
        public string? Iso3 { get; set; }

        /// <summary>CAMEO code.</summary>
        public string? Cameo { get; set; }

        /// <summary>Sovereign state or not.</summary>
        public bool? Independent { get; set; }

        /// <summary>Capitals.</summary>
        public List<string>? Capitals { get; set; }

        /// <summary>Other names.</summary>
        public List<string>? Aliases { get; set; }

        /// <summary>Demonyms.</summary>
        public List<string>? Demonyms { get; set; }

        /// <summary>Plural demonyms.</summary>
        public List<string>? DemonymPlurals { get; set; }

        /// <summary>Area in km².</summary>
        public double? Area { get; set; }

        /// <summary>Latitude and longitude.</summary>
        public List<double>? Latlng { get; set; }

        /// <summary>Free text.</summary>
        public string? Note { get; set; }
    }

    /// <summary>One actor as written in a file.</summary>
    internal sealed class ActorEntry
    {
        /// <summary>Id.</summary>
        public string? Id { get; set; }

        /// <summary>Canonical name.</summary>
        public string? Name { get; set; }

        /// <summary>Other names.</summary>
        public List<string>? Aliases { get; set; }

        /// <summary>Kind: person, organization, government, military, media, igo, armed-group, company.</summary>
        public string? Kind { get; set; }

        /// <summary>Country id, or null.</summary>
        public string? Country { get; set; }

        /// <summary>CAMEO actor code.</summary>
        public string? Cameo { get; set; }

        /// <summary>Parent organization id.</summary>
        public string? Parent { get; set; }

        /// <summary>Free text.</summary>
        public string? Note { get; set; }
    }

    /// <summary>One country body as written in a file.</summary>
    internal sealed class CountryBodyEntry
    {
        /// <summary>Id.</summary>
        public string? Id { get; set; }

        /// <summary>Name pattern.</summary>
        public string? Name { get; set; }

        /// <summary>Kind of the generated actor.</summary>
        public string? Kind { get; set; }

        /// <summary>CAMEO role code.</summary>
        public string? Role { get; set; }

        /// <summary>Surface patterns.</summary>
        public List<string>? Patterns { get; set; }

        /// <summary>Country id to named actor id.</summary>
        public Dictionary<string, string>? Instead { get; set; }

        /// <summary>Words naming the body without a country ("police").</summary>
        public List<string>? Bare { get; set; }
    }

    /// <summary>One title as written in a file.</summary>
    internal sealed class TitleEntry
    {
        /// <summary>Id.</summary>
        public string? Id { get; set; }

        /// <summary>Canonical form.</summary>
        public string? Name { get; set; }

        /// <summary>Surface forms.</summary>
        public List<string>? Forms { get; set; }

        /// <summary>Role shared by equivalent titles.</summary>
        public string? Role { get; set; }

        /// <summary>CAMEO role code.</summary>
        public string? Cameo { get; set; }

        /// <summary>Acts for a state.</summary>
        public bool? Government { get; set; }

        /// <summary>Country the title implies.</summary>
        public string? Country { get; set; }

        /// <summary>Role code comes from the affiliation.</summary>
        public bool? InheritsAffiliation { get; set; }

        /// <summary>Recognized only when capitalized.</summary>
        public bool? CapitalizedOnly { get; set; }

        /// <summary>Free text.</summary>
        public string? Note { get; set; }
    }

    /// <summary>One honorific as written in a file.</summary>
    internal sealed class HonorificEntry
    {
        /// <summary>The honorific.</summary>
        public string? Form { get; set; }

        /// <summary>Title it implies.</summary>
        public string? Title { get; set; }
    }
}
