using System.Globalization;
using MapDashboard.Gazetteer;
using MapDashboard.Gazetteer.Importing;

namespace MapDashboard.Data.Corrections;

/// <summary>
/// "Always" corrections: the name as written becomes an entry of the user's own gazetteer, appended to
/// <c>corrections.csv</c> in the user gazetteer folder (<c>data/gazetteer/</c>) and imported with
/// <see cref="CustomPlacesImporter"/> (the <c>gazetteer import</c> path), so it outranks bundled places of that
/// name from the next gazetteer load on, and survives gazetteer rebuilds.
/// </summary>
public static class UserGazetteerEntries
{
    /// <summary>The CSV the entries are appended to, in the user gazetteer folder.</summary>
    public const string FileName = "corrections.csv";

    /// <summary>Whether <paramref name="name"/> can be an entry (not empty, no tab, line break or '|').</summary>
    public static bool IsStorable(string name) =>
        name.Trim().Length > 0 && name.IndexOfAny(['\t', '\r', '\n', '|', ';']) < 0;

    /// <summary>Appends one place (latitude, longitude in WGS 84 degrees) and re-imports the file.</summary>
    public static ImportResult Add(string userDirectory, string name, double latitude, double longitude, string? countryCode, PlaceLevel level)
    {
        Directory.CreateDirectory(userDirectory);
        var path = Path.Combine(userDirectory, FileName);
        var line = string.Join(',',
            Quote(name.Trim()), "", latitude.ToString("0.#####", CultureInfo.InvariantCulture),
            longitude.ToString("0.#####", CultureInfo.InvariantCulture), countryCode ?? "", level.ToName());
        var existing = File.Exists(path) ? File.ReadAllLines(path).ToList() : ["name,alternate_names,lat,lon,country,level"];
        if (!existing.Contains(line, StringComparer.Ordinal))
        {
            existing.Add(line);
            File.WriteAllLines(path, existing);
        }

        return CustomPlacesImporter.Import(path, userDirectory);
    }

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
