using System.Globalization;
using MapDashboard.Gazetteer.Names;

namespace MapDashboard.Gazetteer.Building;

/// <summary>
/// Seas, straits, rivers, regions and continents from <c>Data/features.tsv</c>: our own small table, since
/// the npm sea polygons (@geo-maps/earth-seas-10m) carry no names.
/// </summary>
public static class AuthoredFeatures
{
    /// <summary>The features, level <see cref="PlaceLevel.Feature"/>, in file order.</summary>
    public static List<Place> Read()
    {
        var places = new List<Place>();
        foreach ((int lineNumber, string line) in EmbeddedData.Lines("features.tsv"))
        {
            string[] f = line.Split('\t');
            if (f.Length != 8)
            {
                throw new InvalidDataException($"features.tsv:{lineNumber}: expected 8 tab-separated columns.");
            }
            places.Add(new Place
            {
                Id = long.Parse(f[0], CultureInfo.InvariantCulture),
                Name = f[1],
                AlternateNames = f[2].Length == 0 ? [] : f[2].Split('|'),
                FeatureClass = f[3] is "MTS" or "PLAT" or "PEN" or "DSRT" or "ISL" ? "T" : f[3] is "RGN" or "CONT" ? "L" : "H",
                FeatureCode = f[3],
                Level = PlaceLevel.Feature,
                CountryCode = f[6],
                Population = long.Parse(f[7], CultureInfo.InvariantCulture),
                Latitude = double.Parse(f[4], CultureInfo.InvariantCulture),
                Longitude = double.Parse(f[5], CultureInfo.InvariantCulture),
            });
        }
        return places;
    }
}
