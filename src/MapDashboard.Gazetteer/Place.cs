namespace MapDashboard.Gazetteer;

/// <summary>
/// One gazetteer entry. Coordinates are WGS 84 degrees (SRID 4326); whenever they cross a
/// boundary as a pair the order is stated (GeoJSON and NetTopologySuite use longitude, latitude).
/// </summary>
public sealed record Place
{
    /// <summary>GeoNames id where the entry comes from GeoNames; user entries have ids of 900,000,000,000 and up.</summary>
    public required long Id { get; init; }

    /// <summary>The preferred (English or ASCII) name.</summary>
    public required string Name { get; init; }

    /// <summary>Alternate and historical names, as spelled in the source (not folded).</summary>
    public IReadOnlyList<string> AlternateNames { get; init; } = [];

    /// <summary>GeoNames feature class (A, P, H, T, L, S, ...).</summary>
    public string FeatureClass { get; init; } = "";

    /// <summary>GeoNames feature code (PPLA, ADM1, PCLI, SEA, ...).</summary>
    public string FeatureCode { get; init; } = "";

    /// <summary>The coarse level the map shows.</summary>
    public required PlaceLevel Level { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country code, or empty for places outside any country (seas).</summary>
    public string CountryCode { get; init; } = "";

    /// <summary>GeoNames admin1 code within the country ("04" for Ar Raqqah governorate), if known.</summary>
    public string? Admin1Code { get; init; }

    /// <summary>The admin1 division's name ("Ar Raqqah"), if known.</summary>
    public string? Admin1Name { get; init; }

    /// <summary>Population, 0 when unknown.</summary>
    public long Population { get; init; }

    /// <summary>Latitude in degrees, WGS 84.</summary>
    public required double Latitude { get; init; }

    /// <summary>Longitude in degrees, WGS 84.</summary>
    public required double Longitude { get; init; }
}
