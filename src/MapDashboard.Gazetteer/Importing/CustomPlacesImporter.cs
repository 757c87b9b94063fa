using System.Globalization;
using MapDashboard.Gazetteer.Building;
using MapDashboard.Gazetteer.Indexing;
using MapDashboard.Gazetteer.Names;
using MapDashboard.Gazetteer.Storage;

namespace MapDashboard.Gazetteer.Importing;

/// <summary>
/// <c>gazetteer import places.csv</c>: a user's own places, one a line:
/// <c>name,alternate names,lat,lon,country,level</c> (alternate names separated by '|' or ';'; latitude and
/// longitude in WGS 84 degrees, latitude first as a person writes it; country an ISO 3166-1 alpha-2 code or
/// empty; level country|admin1|admin2|city|locality|feature, empty for locality). A header line starting
/// with "name" is skipped. Ids are derived from the folded name and the coordinates (900,000,000,000 and up),
/// so re-importing gives the same ids; custom places rank above bundled ones of the same name.
/// </summary>
public static class CustomPlacesImporter
{
    private const int ColumnCount = 6;
    private const long IdRange = 99_999_999_999;

    /// <summary>Imports <paramref name="sourcePath"/> into <paramref name="userDir"/> as <c>custom-STEM.places.bin.gz</c>.</summary>
    public static ImportResult Import(string sourcePath, string userDir)
    {
        var errors = new ImportErrors();
        var places = new List<Place>();
        var lineOfId = new Dictionary<long, int>();
        int rows = 0;
        int lineNumber = 0;
        foreach (string line in File.ReadLines(sourcePath))
        {
            lineNumber++;
            if (line.Trim().Length == 0 || line.StartsWith('#') || (lineNumber == 1 && line.TrimStart('\uFEFF').StartsWith("name", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }
            rows++;
            if (!TryParse(line, out Place? place, out string error))
            {
                errors.Add(lineNumber, error);
                continue;
            }
            if (lineOfId.TryGetValue(place!.Id, out int first))
            {
                errors.Add(lineNumber, $"same name and coordinates as line {first}");
                continue;
            }
            lineOfId.Add(place.Id, lineNumber);
            places.Add(place);
        }
        if (errors.Count > 0)
        {
            return new ImportResult(sourcePath, rows, 0, errors.Listed, errors.Count, null);
        }
        using var output = new AtomicOutput(userDir, "custom-" + AtomicOutput.StemOf(sourcePath) + GazetteerFiles.ImportedPlacesSuffix);
        PlaceFile.Write(output.TempPath, places);
        return new ImportResult(sourcePath, rows, places.Count, [], 0, output.Commit());
    }

    /// <summary>The id of a custom place: FNV-1a of its folded name and coordinates rounded to 5 decimals.</summary>
    public static long IdOf(string name, double latitude, double longitude) =>
        Prominence.FirstUserId + (long)(SyntheticIds.Fnv1a(
            NameFolder.Fold(name) + "|" + PlaceFile.FormatDegrees(latitude) + "|" + PlaceFile.FormatDegrees(longitude)) % IdRange);

    private static bool TryParse(string line, out Place? place, out string error)
    {
        place = null;
        if (!CsvFields.TrySplit(line, out List<string> f))
        {
            error = "a quoted field is not closed";
            return false;
        }
        if (f.Count != ColumnCount)
        {
            error = $"expected {ColumnCount} columns (name, alternate names, lat, lon, country, level), found {f.Count}";
            return false;
        }
        string[] alternates = [.. f[1].Split('|', ';').Select(a => a.Trim()).Where(a => a.Length > 0)];
        string? bad = new[] { f[0] }.Concat(alternates).FirstOrDefault(n => !PlaceFile.IsStorable(n));
        if (f[0].Length == 0 || NameFolder.Fold(f[0]).Length == 0)
        {
            error = "name is empty";
            return false;
        }
        if (bad is not null)
        {
            error = $"name '{bad}' contains a tab, a line break or '|'";
            return false;
        }
        if (!TryDegrees(f[2], 90, out double latitude))
        {
            error = $"lat '{f[2]}' is not a number in -90..90";
            return false;
        }
        if (!TryDegrees(f[3], 180, out double longitude))
        {
            error = $"lon '{f[3]}' is not a number in -180..180";
            return false;
        }
        if (f[4].Length != 0 && (f[4].Length != 2 || !f[4].All(char.IsAsciiLetter)))
        {
            error = $"country '{f[4]}' is not an ISO 3166-1 alpha-2 code";
            return false;
        }
        PlaceLevel level = PlaceLevel.Locality;
        if (f[5].Length != 0 && !PlaceLevelNames.TryParse(f[5], out level))
        {
            error = $"level '{f[5]}' is not one of country, admin1, admin2, city, locality, feature";
            return false;
        }
        (string featureClass, string featureCode) = level switch
        {
            PlaceLevel.Country => ("A", "PCLI"),
            PlaceLevel.Admin1 => ("A", "ADM1"),
            PlaceLevel.Admin2 => ("A", "ADM2"),
            PlaceLevel.Feature => ("L", "AREA"),
            _ => ("P", "PPL"),
        };
        place = new Place
        {
            Id = IdOf(f[0], latitude, longitude),
            Name = f[0],
            AlternateNames = alternates,
            FeatureClass = featureClass,
            FeatureCode = featureCode,
            Level = level,
            CountryCode = f[4].ToUpperInvariant(),
            Latitude = Math.Round(latitude, 5),
            Longitude = Math.Round(longitude, 5),
        };
        error = "";
        return true;
    }

    private static bool TryDegrees(string text, double limit, out double degrees) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out degrees)
        && double.IsFinite(degrees) && Math.Abs(degrees) <= limit;
}
