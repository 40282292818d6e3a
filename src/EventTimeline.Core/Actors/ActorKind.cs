namespace EventTimeline.Actors;

/// <summary>What sort of real-world entity an actor is.</summary>
internal enum ActorKind
{
    /// <summary>A named person.</summary>
    Person,

    /// <summary>A country or territory.</summary>
    Country,

    /// <summary>A non-governmental organization.</summary>
    Organization,

    /// <summary>A government, ministry, agency, legislature or court of one country.</summary>
    Government,

    /// <summary>Armed forces of one country.</summary>
    Military,

    /// <summary>A news organization.</summary>
    Media,

    /// <summary>An intergovernmental organization.</summary>
    Igo,

    /// <summary>A non-state armed group.</summary>
    ArmedGroup,

    /// <summary>A company.</summary>
    Company,

    /// <summary>A named place that is not a country (a city, province, air base).</summary>
    Place,

    /// <summary>A product or brand ("iPhone 3G").</summary>
    Product,
}
