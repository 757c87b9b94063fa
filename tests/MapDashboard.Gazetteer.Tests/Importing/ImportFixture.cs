using System.IO.Compression;
using MapDashboard.Gazetteer.Storage;
using MapDashboard.Gazetteer.Tests.Support;

namespace MapDashboard.Gazetteer.Tests.Importing;

/// <summary>A bundled directory holding the fixture places, a user directory, and helpers to write source files.</summary>
internal sealed class ImportFixture : IDisposable
{
    private readonly TempDirectory _temp = new();

    public ImportFixture()
    {
        Directory.CreateDirectory(BundledDir);
        PlaceFile.Write(Path.Combine(BundledDir, GazetteerFiles.Places), FixturePlaces.All());
    }

    public string BundledDir => _temp.File("bundled");

    public string UserDir => _temp.File("user");

    public string Write(string name, params string[] lines)
    {
        string path = _temp.File(name);
        File.WriteAllText(path, string.Join("\n", lines) + "\n");
        return path;
    }

    public string Zip(string zipName, string entryName, params string[] lines)
    {
        string path = _temp.File(zipName);
        using ZipArchive zip = ZipFile.Open(path, ZipArchiveMode.Create);
        using (var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open()))
        {
            writer.Write("GeoNames readme");
        }
        using (var writer = new StreamWriter(zip.CreateEntry(entryName).Open()))
        {
            writer.Write(string.Join("\n", lines) + "\n");
        }
        return path;
    }

    public string[] UserFiles() =>
        Directory.Exists(UserDir) ? [.. Directory.GetFiles(UserDir).Select(Path.GetFileName).Order()!] : [];

    public IGazetteer Load() => GazetteerLoader.Load(BundledDir, UserDir);

    public void Dispose() => _temp.Dispose();

    /// <summary>A geoname-table row: 19 tab-separated columns.</summary>
    public static string GeoNamesRow(long id, string name, string alternates, double lat, double lon, string featureClass, string featureCode, string country, string admin1, long population) =>
        string.Join('\t', id, name, name, alternates, lat.ToString(System.Globalization.CultureInfo.InvariantCulture),
            lon.ToString(System.Globalization.CultureInfo.InvariantCulture), featureClass, featureCode, country, "", admin1, "", "", "",
            population, "", "300", "Asia/Damascus", "2024-01-01");
}
