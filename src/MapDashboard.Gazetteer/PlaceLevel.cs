namespace MapDashboard.Gazetteer;

/// <summary>
/// The coarse kind of a place, as the map shows it: a country-level mention must not look like a city.
/// Serialised in lower case (<c>country|admin1|admin2|city|locality|feature</c>).
/// </summary>
public enum PlaceLevel
{
    /// <summary>A sovereign country or dependency (GeoNames PCLI, PCLD, ...).</summary>
    Country,
    /// <summary>A first-level division: province, governorate, state (GeoNames ADM1).</summary>
    Admin1,
    /// <summary>A second-level division: district, county (GeoNames ADM2).</summary>
    Admin2,
    /// <summary>A populated place of at least 15,000 people, or a capital of a division.</summary>
    City,
    /// <summary>A smaller populated place: town, village, neighbourhood (GeoNames P* below city size).</summary>
    Locality,
    /// <summary>A physical or man-made feature: sea, gulf, mountain, airport.</summary>
    Feature,
}
