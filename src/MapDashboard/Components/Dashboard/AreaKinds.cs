using MapDashboard.Data.Queries;
using MapDashboard.Gazetteer;

namespace MapDashboard.Components.Dashboard;

/// <summary>
/// Which markers are areas on the map, and which of them have a shape to draw. A country is its Natural Earth
/// shape; a first-level division, a region or a continent has no shape here and is drawn as an area symbol.
/// The issue that asked for it: "Russia" was a dot in Siberia and "Middle East" a dot in the Saudi desert, read as
/// places; on the heat layer the centre of Syria glowed like a city.
/// </summary>
public sealed class AreaKinds(IGazetteer gazetteer)
{
    /// <summary>A country drawn as its shape (or a symbol when the gazetteer has no shape).</summary>
    public const string Country = "country";

    /// <summary>A province, state or governorate (first-level division).</summary>
    public const string Province = "province";

    /// <summary>A region, continent, peninsula or desert: an area with no border of its own.</summary>
    public const string Region = "region";

    // GeoNames-style codes of our authored features (gazetteer/README.md) that name an area, not a spot: seas,
    // straits and rivers stay points (their point lies on them); "Middle East" (RGN) or "Europe" (CONT) do not.
    private static readonly HashSet<string> RegionCodes = new(["RGN", "CONT", "PEN", "DSRT"], StringComparer.Ordinal);

    /// <summary>The kind of area a marker is, or null for a point (a city, a site, a cluster).</summary>
    public string? KindOf(MapMarker marker)
    {
        ArgumentNullException.ThrowIfNull(marker);
        return marker switch
        {
            { IsPlace: false } => null,
            { Level: PlaceLevel.Country } => Country,
            { Level: PlaceLevel.Admin1 } => Province,
            { Level: PlaceLevel.Feature, PlaceId: { } id } when gazetteer.Get(id) is { } place && RegionCodes.Contains(place.FeatureCode) => Region,
            _ => null,
        };
    }

    /// <summary>The key of the shape <c>/api/area-shapes/{key}</c> serves for a marker (its ISO country code), or null.</summary>
    public string? ShapeOf(MapMarker marker)
    {
        ArgumentNullException.ThrowIfNull(marker);
        return marker is { Level: PlaceLevel.Country, Country: { Length: 2 } code } && gazetteer.CountryShape(code) is not null
            ? code.ToUpperInvariant() : null;
    }

    /// <summary>Whether a marker belongs on the heat layer: city level and finer, or a cluster of points.</summary>
    public static bool IsHeatPoint(MapMarker marker)
    {
        ArgumentNullException.ThrowIfNull(marker);
        return !marker.IsPlace || marker.Level is PlaceLevel.City or PlaceLevel.Locality;
    }
}
