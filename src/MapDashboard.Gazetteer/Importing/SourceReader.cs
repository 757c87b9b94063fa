using System.IO.Compression;
using System.Text;

namespace MapDashboard.Gazetteer.Importing;

/// <summary>
/// Opens an import source as lines, streamed: a plain text file, or the data file inside a GeoNames zip
/// ("SY.zip" holds "SY.txt" and "readme.txt"; "alternateNamesV2.zip" also holds "iso-languagecodes.txt").
/// allCountries.txt is 1.5 GB: it is never read whole.
/// </summary>
internal static class SourceReader
{
    private static readonly string[] NotData = ["readme.txt", "iso-languagecodes.txt"];

    /// <summary>
    /// The data lines with their 1-based line numbers (for error reports): blank lines and GeoNames'
    /// "#" comment lines are passed over.
    /// </summary>
    public static IEnumerable<(int LineNumber, string Line)> DataLines(string path)
    {
        int lineNumber = 0;
        foreach (string line in Lines(path))
        {
            lineNumber++;
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                yield return (lineNumber, line);
            }
        }
    }

    /// <summary>The lines of <paramref name="path"/> (or of its data entry when it is a zip), lazily.</summary>
    public static IEnumerable<string> Lines(string path)
    {
        if (!path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            foreach (string line in File.ReadLines(path, Encoding.UTF8))
            {
                yield return line;
            }
            yield break;
        }
        using ZipArchive zip = ZipFile.OpenRead(path);
        ZipArchiveEntry entry = zip.Entries
            .Where(e => e.Name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) && !NotData.Contains(e.Name, StringComparer.OrdinalIgnoreCase))
            .OrderByDescending(e => e.Length)
            .FirstOrDefault() ?? throw new InvalidDataException($"{path} holds no GeoNames .txt file.");
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }
}
