namespace MapDashboard.Data.Index;

/// <summary>Web Mercator (EPSG:3857) as Leaflet draws it, as fractions of the world's width: 0-1, Y growing south.</summary>
internal static class WebMercator
{
    /// <summary>Leaflet's world is 256 px wide at zoom 0.</summary>
    public const double TileSize = 256;

    /// <summary>Web Mercator stops here: beyond it the projection runs to infinity.</summary>
    private const double MaxLatitude = 85.0511287798;

    public static double X(double longitude) => (longitude + 180) / 360;

    public static double Y(double latitude)
    {
        var phi = Math.Clamp(latitude, -MaxLatitude, MaxLatitude) * Math.PI / 180;
        return (1 - Math.Log(Math.Tan(phi) + 1 / Math.Cos(phi)) / Math.PI) / 2;
    }

    /// <summary>The world's width in pixels at a Leaflet zoom level.</summary>
    public static double WorldPixels(int zoom) => TileSize * Math.Pow(2, zoom);
}
