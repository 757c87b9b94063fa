using MapDashboard.Data.Queries;

namespace MapDashboard.Components.Dashboard;

/// <summary>What the map shows, as Leaflet reports it: the visible box (WGS 84 degrees), the zoom and the centre.</summary>
public sealed record MapViewport(double West, double South, double East, double North, double Zoom, double Lat, double Lon)
{
    /// <summary>The visible box, clamped to the world.</summary>
    public BoundingBox Box => new(
        Math.Clamp(West, -180, 180), Math.Clamp(South, -90, 90),
        Math.Max(Math.Clamp(East, -180, 180), Math.Clamp(West, -180, 180)), Math.Max(Math.Clamp(North, -90, 90), Math.Clamp(South, -90, 90)));

    /// <summary>The zoom level for clustering: Leaflet's fractional zoom rounded down.</summary>
    public int ZoomLevel => (int)Math.Clamp(Math.Floor(Zoom), 0, 20);
}
