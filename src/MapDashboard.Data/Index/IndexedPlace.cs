using MapDashboard.Gazetteer;

namespace MapDashboard.Data.Index;

/// <summary>
/// A place events are at, as first seen in the store (mentions of one gazetteer id carry the same name, country,
/// level and point). Coordinates are WGS 84 degrees; <see cref="X"/>/<see cref="Y"/> are its Web Mercator position
/// as a fraction of the world (0-1, Y down), computed once for clustering.
/// </summary>
internal sealed record IndexedPlace(long Id, string Name, string? Country, PlaceLevel? Level, double Latitude, double Longitude)
{
    public double X { get; } = WebMercator.X(Longitude);
    public double Y { get; } = WebMercator.Y(Latitude);

    /// <summary>Countries and first-level divisions are areas on the map; everything finer is a point.</summary>
    public bool IsArea => Level is PlaceLevel.Country or PlaceLevel.Admin1;
}
