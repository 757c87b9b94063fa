using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace MapDashboard.Data.Sqlite;

/// <summary>
/// Stores a NetTopologySuite <see cref="Point"/> (SRID 4326) as WKB bytes. SQLite's spatial provider
/// (SpatiaLite) is not served by our registry (DESIGN.md #2), so the geometry travels as plain WKB and the
/// longitude/latitude columns beside it carry the indexes.
/// </summary>
public sealed class PointWkbConverter() : ValueConverter<Point?, byte[]?>(
    point => point == null ? null : new WKBWriter().Write(point),
    bytes => bytes == null ? null : Read(bytes))
{
    private static Point Read(byte[] bytes)
    {
        var point = (Point)new WKBReader().Read(bytes);
        point.SRID = 4326;
        return point;
    }

    /// <summary>Compares points by coordinates so EF Core sees a moved point as a change.</summary>
    public static ValueComparer<Point?> Comparer { get; } = new(
        (a, b) => a == null ? b == null : b != null && a.EqualsExact(b),
        p => p == null ? 0 : HashCode.Combine(p.X, p.Y),
        p => p == null ? null : (Point)p.Copy());
}
