using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace MapDashboard.Gazetteer.Storage;

/// <summary>
/// Imported alternate names: gzip-compressed UTF-8 TSV of (GeoNames id, name), one a line, in the order given.
/// </summary>
public static class AlternateNameFile
{
    /// <summary>First line of every alternate-name file.</summary>
    public const string Header = "#mapdashboard-altnames\tv1";

    /// <summary>One alternate name of one place.</summary>
    public readonly record struct Entry(long GeonameId, string Name);

    /// <summary>Writes <paramref name="entries"/> to <paramref name="path"/>.</summary>
    public static void Write(string path, IEnumerable<Entry> entries)
    {
        using FileStream file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        using var writer = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine(Header);
        foreach (Entry entry in entries)
        {
            writer.WriteLine(entry.GeonameId.ToString(CultureInfo.InvariantCulture) + "\t" + entry.Name);
        }
    }

    /// <summary>Reads a file written by <see cref="Write"/>.</summary>
    public static List<Entry> Read(string path)
    {
        using FileStream file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        if (reader.ReadLine() != Header)
        {
            throw new InvalidDataException($"{path} is not a MapDashboard alternate-name file.");
        }
        var entries = new List<Entry>();
        while (reader.ReadLine() is { } line)
        {
            int tab = line.IndexOf('\t');
            entries.Add(new Entry(long.Parse(line.AsSpan(0, tab), CultureInfo.InvariantCulture), line[(tab + 1)..]));
        }
        return entries;
    }
}
