using MapDashboard.Gazetteer;

namespace MapDashboard.Geoparsing.Resolution;

/// <summary>Great-circle distances on the WGS 84 mean sphere.</summary>
public static class GeoDistance
{
    /// <summary>Mean Earth radius, kilometres.</summary>
    public const double EarthRadiusKm = 6371.0088;

    /// <summary>Haversine distance in kilometres between two points given as latitude, longitude in degrees.</summary>
    public static double Km(double lat1, double lon1, double lat2, double lon2)
    {
        static double Rad(double d) => d * Math.PI / 180;
        var dLat = Rad(lat2 - lat1);
        var dLon = Rad(lon2 - lon1);
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>Distance in kilometres between two places.</summary>
    public static double Km(Place a, Place b) => Km(a.Latitude, a.Longitude, b.Latitude, b.Longitude);
}
