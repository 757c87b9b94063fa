using System.Globalization;

namespace MapDashboard.Components.Map;

/// <summary>
/// Where the map opens, from <c>?lat=&amp;lon=&amp;zoom=&amp;place=</c>: WGS 84 degrees, a Leaflet zoom level,
/// and a place whose popup opens once events are loaded.
/// </summary>
public sealed record MapViewRequest(double Latitude, double Longitude, int Zoom, long? PlaceId)
{
    /// <summary>Zoom used when a centre is given without one.</summary>
    public const int DefaultZoom = 8;

    /// <summary>The request when lat and lon are valid coordinates; null otherwise (bad input is ignored, not an error).</summary>
    public static MapViewRequest? Parse(string? lat, string? lon, string? zoom, string? place)
    {
        if (!double.TryParse(lat, NumberStyles.Float, CultureInfo.InvariantCulture, out var la) || la is < -90 or > 90
            || !double.TryParse(lon, NumberStyles.Float, CultureInfo.InvariantCulture, out var lo) || lo is < -180 or > 180)
        {
            return null;
        }
        var z = int.TryParse(zoom, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? Math.Clamp(parsed, 1, 18) : DefaultZoom;
        long? p = long.TryParse(place, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : null;
        return new MapViewRequest(la, lo, z, p);
    }
}
