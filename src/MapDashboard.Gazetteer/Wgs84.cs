using NetTopologySuite;
using NetTopologySuite.Geometries;

namespace MapDashboard.Gazetteer;

/// <summary>The one coordinate system of the gazetteer: WGS 84 longitude/latitude degrees, SRID 4326.</summary>
public static class Wgs84
{
    /// <summary>EPSG code of WGS 84.</summary>
    public const int Srid = 4326;

    /// <summary>Geometry factory for SRID 4326 (X = longitude, Y = latitude).</summary>
    public static GeometryFactory Factory { get; } = NtsGeometryServices.Instance.CreateGeometryFactory(Srid);

    /// <summary>A point at (<paramref name="longitude"/>, <paramref name="latitude"/>), in that order, SRID 4326.</summary>
    public static Point Point(double longitude, double latitude) => Factory.CreatePoint(new Coordinate(longitude, latitude));
}
