using System.IO.Compression;
using System.Text;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace MapDashboard.Gazetteer.Storage;

/// <summary>
/// Country shapes: gzip-compressed records of (ISO 3166-1 alpha-2 code, WKB geometry), sorted by code.
/// Geometries are WGS 84 (SRID 4326), X = longitude, Y = latitude.
/// </summary>
public static class ShapeFile
{
    private const string Magic = "MDSHAPES1";

    /// <summary>Writes the shapes (sorted by country code, so the bytes are deterministic).</summary>
    public static void Write(string path, IReadOnlyDictionary<string, Geometry> shapes)
    {
        using FileStream file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        using var writer = new BinaryWriter(gzip, Encoding.ASCII);
        writer.Write(Magic);
        writer.Write(shapes.Count);
        var wkb = new WKBWriter(ByteOrder.LittleEndian, handleSRID: false);
        foreach ((string code, Geometry shape) in shapes.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            byte[] bytes = wkb.Write(shape);
            writer.Write(code);
            writer.Write(bytes.Length);
            writer.Write(bytes);
        }
    }

    /// <summary>Reads a file written by <see cref="Write"/>; geometries get SRID 4326.</summary>
    public static Dictionary<string, Geometry> Read(string path)
    {
        using FileStream file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new BinaryReader(gzip, Encoding.ASCII);
        if (reader.ReadString() != Magic)
        {
            throw new InvalidDataException($"{path} is not a MapDashboard shape file.");
        }
        int count = reader.ReadInt32();
        var wkb = new WKBReader(Wgs84.Factory.GeometryServices);
        var shapes = new Dictionary<string, Geometry>(count, StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < count; i++)
        {
            string code = reader.ReadString();
            byte[] bytes = reader.ReadBytes(reader.ReadInt32());
            Geometry shape = wkb.Read(bytes);
            shape.SRID = Wgs84.Srid;
            shapes[code] = shape;
        }
        return shapes;
    }
}
