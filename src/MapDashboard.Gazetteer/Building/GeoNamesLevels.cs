namespace MapDashboard.Gazetteer.Building;

/// <summary>Maps a GeoNames feature class and code (and population) to the coarse <see cref="PlaceLevel"/>.</summary>
public static class GeoNamesLevels
{
    /// <summary>
    /// A populated place from this size up is a city, smaller ones are localities; seats of a country or a
    /// first- or second-level division are cities whatever their size (Raqqa's admin1 seat, a small capital).
    /// 15,000 is GeoNames' own line for its cities15000 file.
    /// </summary>
    public const long CityPopulation = 15_000;

    /// <summary>The level of a GeoNames entry.</summary>
    public static PlaceLevel Of(string featureClass, string featureCode, long population) => featureClass switch
    {
        "P" when population >= CityPopulation || featureCode is "PPLC" or "PPLA" or "PPLA2" or "PPLG" => PlaceLevel.City,
        "P" => PlaceLevel.Locality,
        "A" when featureCode.StartsWith("PCL", StringComparison.Ordinal) => PlaceLevel.Country,
        "A" when featureCode == "ADM1" => PlaceLevel.Admin1,
        "A" when featureCode == "ADM2" => PlaceLevel.Admin2,
        "A" => PlaceLevel.Locality,
        _ => PlaceLevel.Feature,
    };

    /// <summary>The gazetteer entry for a parsed GeoNames row (alternates filtered by <see cref="AlternateNameFilter"/>).</summary>
    public static Place ToPlace(GeoNamesRow row) => new()
    {
        Id = row.GeonameId,
        Name = row.Name,
        AlternateNames = AlternateNameFilter.Keep(row.Name, row.AsciiName.Length > 0 ? row.AlternateNames.Prepend(row.AsciiName) : row.AlternateNames),
        FeatureClass = row.FeatureClass,
        FeatureCode = row.FeatureCode,
        Level = Of(row.FeatureClass, row.FeatureCode, row.Population),
        CountryCode = row.CountryCode,
        Admin1Code = row.Admin1Code.Length == 0 ? null : row.Admin1Code,
        Population = row.Population,
        Latitude = row.Latitude,
        Longitude = row.Longitude,
    };
}
