using System.Collections.Concurrent;
using System.Text.Json;
using MapDashboard.Gazetteer;
using NetTopologySuite.Geometries;
using NetTopologySuite.Simplify;

namespace MapDashboard.Api;

/// <summary>
/// The shapes the map shades areas with: each country's Natural Earth 1:50m shape from the gazetteer, simplified
/// to <see cref="ToleranceDegrees"/> and written as a GeoJSON geometry (longitude, latitude; WGS 84) with
/// coordinates rounded to <see cref="Decimals"/> places. Built once per country on first ask and kept: a shape
/// never changes while the app runs.
/// </summary>
public sealed class AreaShapes(IGazetteer gazetteer)
{
    /// <summary>
    /// About 2 km: finer than a pixel up to zoom 6, where a country fills the map. Unsimplified, Russia's shape was
    /// 270 kB of GeoJSON; at this tolerance the seeds' three countries are a few kB each.
    /// </summary>
    public const double ToleranceDegrees = 0.02;

    /// <summary>Coordinates to about 100 m: well under the simplification.</summary>
    public const int Decimals = 3;

    private readonly ConcurrentDictionary<string, byte[]?> _cache = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The GeoJSON geometry (UTF-8) of a country's shape by ISO 3166-1 alpha-2 code, or null when it has none.</summary>
    public byte[]? Country(string code) => _cache.GetOrAdd(code, c => gazetteer.CountryShape(c) is { } shape ? Write(Simplify(shape)) : null);

    private static Geometry Simplify(Geometry shape) => TopologyPreservingSimplifier.Simplify(shape, ToleranceDegrees);

    private static byte[] Write(Geometry shape)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", "MultiPolygon");
            json.WriteStartArray("coordinates");
            for (var i = 0; i < shape.NumGeometries; i++)
            {
                if (shape.GetGeometryN(i) is Polygon polygon && !polygon.IsEmpty)
                {
                    // A part that crosses the antimeridian (Chukotka, from 169E to 171W) is written east of 180:
                    // as given, its ring ran from +180 to -180 and Leaflet drew a band across the whole world.
                    var shift = polygon.EnvelopeInternal.Width > 180 ? 360 : 0;
                    json.WriteStartArray();
                    WriteRing(json, polygon.ExteriorRing, shift);
                    foreach (var hole in polygon.InteriorRings)
                    {
                        WriteRing(json, hole, shift);
                    }
                    json.WriteEndArray();
                }
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>Writes a ring; with <paramref name="shift"/> 360, its western longitudes as east of 180.</summary>
    private static void WriteRing(Utf8JsonWriter json, LineString ring, double shift)
    {
        json.WriteStartArray();
        foreach (var c in ring.Coordinates)
        {
            json.WriteStartArray();
            json.WriteNumberValue(Math.Round(c.X < 0 ? c.X + shift : c.X, Decimals));
            json.WriteNumberValue(Math.Round(c.Y, Decimals));
            json.WriteEndArray();
        }
        json.WriteEndArray();
    }
}
