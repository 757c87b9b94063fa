using System.Diagnostics;
using System.Security.Cryptography;
using MapDashboard.Gazetteer.Importing;
using MapDashboard.Gazetteer.Indexing;
using MapDashboard.Gazetteer.Storage;
using NetTopologySuite.Geometries;

namespace MapDashboard.Gazetteer;

/// <summary>Loads the bundled gazetteer and the user's imports into a <see cref="GazetteerIndex"/>.</summary>
public static class GazetteerLoader
{
    /// <summary>
    /// Loads <paramref name="bundledDir"/> (the repository's <c>gazetteer/</c>) and, when given, the user's imports in
    /// <paramref name="userDir"/> (the app passes <c>data/gazetteer/</c>). User entries win: an imported GeoNames row
    /// replaces the bundled entry with the same id (or, for an admin1 or country row, the bundled entry with the same
    /// codes); custom places (ids from 900,000,000,000) rank above bundled places of the same name.
    /// </summary>
    public static GazetteerIndex Load(string bundledDir, string? userDir = null)
    {
        var clock = Stopwatch.StartNew();
        string placesPath = Path.Combine(bundledDir, GazetteerFiles.Places);
        if (!File.Exists(placesPath))
        {
            throw new FileNotFoundException(
                $"No bundled gazetteer at {placesPath}: run 'dotnet run --project src/MapDashboard -- gazetteer build'.", placesPath);
        }
        Task<Dictionary<string, Geometry>> shapes = Task.Run(() =>
            File.Exists(Path.Combine(bundledDir, GazetteerFiles.CountryShapes))
                ? ShapeFile.Read(Path.Combine(bundledDir, GazetteerFiles.CountryShapes))
                : new Dictionary<string, Geometry>());
        byte[] placesBytes = File.ReadAllBytes(placesPath);
        Task<PrecomputedNameKeys?> keys = Task.Run(() =>
            NameKeyFile.Read(Path.Combine(bundledDir, GazetteerFiles.NameKeys), SHA256.HashData(placesBytes)));
        List<Place> places = PlaceFile.Read(placesBytes, placesPath);
        int bundledCount = places.Count;
        string version = Manifest.Read(Path.Combine(bundledDir, GazetteerFiles.Manifest))?.Version ?? "unknown";
        var aliases = new Dictionary<long, long>();
        HashSet<int> changed = [];
        if (userDir is not null && Directory.Exists(userDir))
        {
            (changed, bool admin1Replaced) = UserImports.Merge(places, userDir, aliases);
            if (admin1Replaced)
            {
                Admin1Names.Fill(places, overwrite: true);
            }
            version += " + user imports";
        }
        Dictionary<string, Geometry> countryShapes = shapes.Result;
        PrecomputedNameKeys? precomputed = keys.Result;
        var options = new GazetteerIndexOptions
        {
            Version = version,
            Aliases = aliases,
            ReadTime = clock.Elapsed,
            PrecomputedKeys = precomputed,
            UsePrecomputedKeys = i => i < bundledCount && !changed.Contains(i),
        };
        return GazetteerIndex.Create(places, countryShapes, options);
    }
}
