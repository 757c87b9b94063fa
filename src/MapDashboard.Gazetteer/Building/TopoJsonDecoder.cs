using System.Text.Json;
using NetTopologySuite.Geometries;

namespace MapDashboard.Gazetteer.Building;

/// <summary>
/// Decodes the polygons of a TopoJSON object (world-atlas's <c>countries</c>) into NetTopologySuite geometries:
/// quantized, delta-encoded arcs are rebuilt into absolute positions (x·scale + translate), then stitched into
/// rings (a negative index ~i means arc i reversed; consecutive arcs share their joining point).
/// Output is SRID 4326 with X = longitude, Y = latitude.
/// </summary>
public static class TopoJsonDecoder
{
    /// <summary>One decoded geometry with its TopoJSON id (ISO 3166-1 numeric for world-atlas) and name.</summary>
    public sealed record Feature(string? Id, string Name, Geometry Geometry);

    /// <summary>The polygon and multipolygon geometries of object <paramref name="objectName"/> in file order.</summary>
    public static List<Feature> Decode(string path, string objectName)
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(path));
        JsonElement root = document.RootElement;
        JsonElement transform = root.GetProperty("transform");
        double[] scale = [.. transform.GetProperty("scale").EnumerateArray().Select(e => e.GetDouble())];
        double[] translate = [.. transform.GetProperty("translate").EnumerateArray().Select(e => e.GetDouble())];
        List<Coordinate[]> arcs = [.. root.GetProperty("arcs").EnumerateArray().Select(a => DecodeArc(a, scale, translate))];
        var features = new List<Feature>();
        foreach (JsonElement geometry in root.GetProperty("objects").GetProperty(objectName).GetProperty("geometries").EnumerateArray())
        {
            string type = geometry.GetProperty("type").GetString() ?? "";
            string? id = geometry.TryGetProperty("id", out JsonElement idElement) ? idElement.GetString() : null;
            string name = geometry.TryGetProperty("properties", out JsonElement properties)
                          && properties.TryGetProperty("name", out JsonElement nameElement) ? nameElement.GetString() ?? "" : "";
            Polygon[] polygons = type switch
            {
                "Polygon" => [Polygon(geometry.GetProperty("arcs"), arcs)],
                "MultiPolygon" => [.. geometry.GetProperty("arcs").EnumerateArray().Select(p => Polygon(p, arcs))],
                _ => [],
            };
            if (polygons.Length > 0)
            {
                features.Add(new Feature(id, name, Wgs84.Factory.CreateMultiPolygon(polygons)));
            }
        }
        return features;
    }

    private static Coordinate[] DecodeArc(JsonElement arc, double[] scale, double[] translate)
    {
        var points = new Coordinate[arc.GetArrayLength()];
        long x = 0;
        long y = 0;
        int i = 0;
        foreach (JsonElement position in arc.EnumerateArray())
        {
            x += position[0].GetInt64();
            y += position[1].GetInt64();
            points[i++] = new Coordinate(Math.Round(x * scale[0] + translate[0], 6), Math.Round(y * scale[1] + translate[1], 6));
        }
        return points;
    }

    private static Polygon Polygon(JsonElement rings, List<Coordinate[]> arcs)
    {
        LinearRing[] linearRings = [.. rings.EnumerateArray().Select(r => Ring(r, arcs))];
        return Wgs84.Factory.CreatePolygon(linearRings[0], linearRings[1..]);
    }

    private static LinearRing Ring(JsonElement arcIndexes, List<Coordinate[]> arcs)
    {
        var ring = new List<Coordinate>();
        foreach (JsonElement element in arcIndexes.EnumerateArray())
        {
            int index = element.GetInt32();
            Coordinate[] arc = arcs[index < 0 ? ~index : index];
            IEnumerable<Coordinate> points = index < 0 ? arc.Reverse() : arc;
            ring.AddRange(ring.Count == 0 ? points : points.Skip(1));
        }
        if (!ring[0].Equals2D(ring[^1]))
        {
            ring.Add(ring[0].Copy());
        }
        while (ring.Count < 4)
        {
            ring.Add(ring[0].Copy());
        }
        return Wgs84.Factory.CreateLinearRing([.. ring]);
    }
}
