using System.Globalization;

namespace MapDashboard.Gazetteer.Building;

/// <summary>
/// One row of a GeoNames <c>geoname</c> table dump (cities500.txt, SY.txt, allCountries.txt): 19 tab-separated
/// columns, coordinates in WGS 84 degrees with latitude before longitude.
/// </summary>
public sealed record GeoNamesRow(
    long GeonameId,
    string Name,
    string AsciiName,
    IReadOnlyList<string> AlternateNames,
    double Latitude,
    double Longitude,
    string FeatureClass,
    string FeatureCode,
    string CountryCode,
    string Admin1Code,
    string Admin2Code,
    long Population)
{
    /// <summary>Number of columns of the geoname table.</summary>
    public const int ColumnCount = 19;

    /// <summary>Parses a row; on failure <paramref name="error"/> says which column is wrong and why.</summary>
    public static bool TryParse(string line, out GeoNamesRow? row, out string error)
    {
        row = null;
        string[] f = line.Split('\t');
        if (f.Length != ColumnCount)
        {
            error = $"expected {ColumnCount} tab-separated columns, found {f.Length}";
            return false;
        }
        if (!long.TryParse(f[0], NumberStyles.None, CultureInfo.InvariantCulture, out long id) || id <= 0)
        {
            error = $"geonameid '{f[0]}' is not a positive integer";
            return false;
        }
        if (f[1].Trim().Length == 0)
        {
            error = "name is empty";
            return false;
        }
        if (!TryDegrees(f[4], 90, out double latitude))
        {
            error = $"latitude '{f[4]}' is not a number in -90..90";
            return false;
        }
        if (!TryDegrees(f[5], 180, out double longitude))
        {
            error = $"longitude '{f[5]}' is not a number in -180..180";
            return false;
        }
        if (f[6].Length > 1 || f[6].Any(c => !char.IsAsciiLetterUpper(c)))
        {
            error = $"feature class '{f[6]}' is not one capital letter";
            return false;
        }
        if (f[8].Length is not (0 or 2))
        {
            error = $"country code '{f[8]}' is not two letters";
            return false;
        }
        long population = 0;
        if (f[14].Length > 0 && !long.TryParse(f[14], NumberStyles.None, CultureInfo.InvariantCulture, out population))
        {
            error = $"population '{f[14]}' is not a non-negative integer";
            return false;
        }
        string[] alternates = f[3].Length == 0 ? [] : f[3].Split(',');
        row = new GeoNamesRow(id, f[1].Trim(), f[2], alternates, latitude, longitude, f[6], f[7], f[8].ToUpperInvariant(), f[10], f[11], population);
        error = "";
        return true;
    }

    private static bool TryDegrees(string text, double limit, out double degrees) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out degrees)
        && double.IsFinite(degrees) && Math.Abs(degrees) <= limit;
}
