using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;

namespace MapDashboard.Gazetteer.Storage;

/// <summary>
/// The compiled place table (<c>places.bin.gz</c>, and the user's imports): gzip-compressed binary records, one
/// per place, in the order given (the builder sorts by id, so rebuilding gives identical bytes). Binary because
/// loading 230,000 places must take well under a second: no line splitting, no number parsing.
/// Record: id (7-bit varint), name, alternate names (count, then each), feature class, feature code, level,
/// country code, admin1 code, admin1 name (may be absent: the loader fills it from the admin1 entries),
/// population (varint), latitude and longitude as int32 of degrees × 100,000 (WGS 84, SRID 4326; latitude first).
/// The short repeated strings (codes, admin1 names) are symbols: written once, then referred to by number.
/// </summary>
public static class PlaceFile
{
    private const string Magic = "MDPLACES3";
    private const double DegreeScale = 100_000.0;
    private const char AlternateSeparator = '|';

    /// <summary>Writes <paramref name="places"/> to <paramref name="path"/> (gzip, deterministic bytes), streaming.</summary>
    public static void Write(string path, IEnumerable<Place> places)
    {
        using FileStream file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        using var writer = new BinaryWriter(gzip, new UTF8Encoding(false));
        writer.Write(Magic);
        var symbols = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Place p in places)
        {
            writer.Write(true);
            writer.Write7BitEncodedInt64(p.Id);
            writer.Write(p.Name);
            writer.Write7BitEncodedInt(p.AlternateNames.Count);
            foreach (string alternate in p.AlternateNames)
            {
                writer.Write(alternate);
            }
            WriteSymbol(writer, symbols, p.FeatureClass);
            WriteSymbol(writer, symbols, p.FeatureCode);
            writer.Write((byte)p.Level);
            WriteSymbol(writer, symbols, p.CountryCode);
            WriteSymbol(writer, symbols, p.Admin1Code);
            WriteSymbol(writer, symbols, p.Admin1Name);
            writer.Write7BitEncodedInt64(p.Population);
            writer.Write(Scaled(p.Latitude));
            writer.Write(Scaled(p.Longitude));
        }
        writer.Write(false);
    }

    /// <summary>True when <paramref name="name"/> can be stored and exchanged (no tab, newline or '|').</summary>
    public static bool IsStorable(string name) => name.AsSpan().IndexOfAny('\t', '\n', '\r') < 0 && !name.Contains(AlternateSeparator);

    /// <summary>Degrees rounded to 5 decimals (about 1 m), invariant culture, no exponent.</summary>
    public static string FormatDegrees(double degrees) =>
        Math.Round(degrees, 5).ToString("0.#####", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Reads the places of a file written by <see cref="Write"/>, in file order.</summary>
    public static List<Place> Read(string path) => Read(File.ReadAllBytes(path), path);

    /// <summary>Reads the places of a file's bytes (gzip), in file order; <paramref name="source"/> names it in errors.</summary>
    // Hot loop run once per load: optimised code at once, not tier-0 first (a quarter of a cold load's CPU).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<Place> Read(byte[] gzipBytes, string source)
    {
        using var gzip = new BufferedStream(new GZipStream(new MemoryStream(gzipBytes), CompressionMode.Decompress), 1 << 16);
        using var reader = new BinaryReader(gzip, Encoding.UTF8);
        try
        {
            if (reader.ReadString() != Magic)
            {
                throw new InvalidDataException($"{source} is not a MapDashboard place file ({Magic}).");
            }
            var symbols = new List<string?>();
            var places = new List<Place>(1 << 16);
            while (reader.ReadBoolean())
            {
                places.Add(ReadPlace(reader, symbols));
            }
            return places;
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException($"{source} is truncated.", e);
        }
    }


    // Hot loop run once per load: optimised code at once, not tier-0 first (a quarter of a cold load's CPU).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Place ReadPlace(BinaryReader reader, List<string?> symbols)
    {
        long id = reader.Read7BitEncodedInt64();
        string name = reader.ReadString();
        int alternateCount = reader.Read7BitEncodedInt();
        string[] alternates = alternateCount == 0 ? [] : new string[alternateCount];
        for (int i = 0; i < alternateCount; i++)
        {
            alternates[i] = reader.ReadString();
        }
        return new Place
        {
            Id = id,
            Name = name,
            AlternateNames = alternates,
            FeatureClass = ReadSymbol(reader, symbols) ?? "",
            FeatureCode = ReadSymbol(reader, symbols) ?? "",
            Level = (PlaceLevel)reader.ReadByte(),
            CountryCode = ReadSymbol(reader, symbols) ?? "",
            Admin1Code = ReadSymbol(reader, symbols),
            Admin1Name = ReadSymbol(reader, symbols),
            Population = reader.Read7BitEncodedInt64(),
            Latitude = reader.ReadInt32() / DegreeScale,
            Longitude = reader.ReadInt32() / DegreeScale,
        };
    }

    private static int Scaled(double degrees) => (int)Math.Round(degrees * DegreeScale);

    // 0 = null, 1 = a new symbol follows (it gets the next number), n ≥ 2 = symbol number n − 2.
    private static void WriteSymbol(BinaryWriter writer, Dictionary<string, int> symbols, string? value)
    {
        if (value is null || value.Length == 0)
        {
            writer.Write7BitEncodedInt(0);
            return;
        }
        if (symbols.TryGetValue(value, out int number))
        {
            writer.Write7BitEncodedInt(number + 2);
            return;
        }
        symbols.Add(value, symbols.Count);
        writer.Write7BitEncodedInt(1);
        writer.Write(value);
    }


    // Hot loop run once per load: optimised code at once, not tier-0 first (a quarter of a cold load's CPU).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string? ReadSymbol(BinaryReader reader, List<string?> symbols)
    {
        int code = reader.Read7BitEncodedInt();
        switch (code)
        {
            case 0:
                return null;
            case 1:
                string value = reader.ReadString();
                symbols.Add(value);
                return value;
            default:
                return symbols[code - 2];
        }
    }
}
