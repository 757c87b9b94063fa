using System.Globalization;
using MapDashboard.Gazetteer.Building;
using MapDashboard.Gazetteer.Storage;

namespace MapDashboard.Gazetteer.Importing;

/// <summary>
/// <c>gazetteer import</c> for GeoNames dumps: the 19-column <c>geoname</c> table (SY.txt, allCountries.txt,
/// plain or zipped) and <c>alternateNamesV2.txt</c>. Rows are streamed, validated, and written to the user
/// directory in the gazetteer's own format; one bad row refuses the whole import (nothing written), and
/// every bad row is reported with its line number. Re-importing a file replaces its earlier import.
/// </summary>
public static class GeoNamesImporter
{
    // alternateNames isolanguage values that are not names: links, Wikidata ids, postcodes, airport and other codes.
    private static readonly HashSet<string> NotNames = ["link", "wkdt", "post", "iata", "icao", "faac", "tcid", "unlc", "fr_1793"];

    /// <summary>
    /// Imports a geoname table file into <paramref name="userDir"/> as <c>geonames-STEM.places.bin.gz</c>, keeping
    /// the rows <paramref name="options"/> allows (all by default). Filtered-out rows are still validated.
    /// </summary>
    public static ImportResult ImportPlaces(string sourcePath, string userDir, GeoNamesImportOptions? options = null)
    {
        var errors = new ImportErrors();
        int rows = 0;
        int written = 0;
        using var output = new AtomicOutput(userDir, "geonames-" + AtomicOutput.StemOf(sourcePath) + GazetteerFiles.ImportedPlacesSuffix);
        PlaceFile.Write(output.TempPath, Places());
        string? file = errors.Count == 0 ? output.Commit() : null;
        return new ImportResult(sourcePath, rows, errors.Count == 0 ? written : 0, errors.Listed, errors.Count, file);

        IEnumerable<Place> Places()
        {
            foreach ((int lineNumber, string line) in SourceReader.DataLines(sourcePath))
            {
                rows++;
                if (!GeoNamesRow.TryParse(line, out GeoNamesRow? row, out string error))
                {
                    errors.Add(lineNumber, error);
                    continue;
                }
                if (options is not null && !options.Keeps(row!))
                {
                    continue;
                }
                written++;
                yield return GeoNamesLevels.ToPlace(row!);
            }
        }
    }

    /// <summary>
    /// Imports alternateNamesV2.txt (or the older 8-column alternateNames.txt) into <paramref name="userDir"/>
    /// as <c>geonames-STEM.altnames.tsv.gz</c>, keeping Latin-script names of places <paramref name="keep"/>
    /// accepts (pass the loaded gazetteer's ids: the world file has 16 million names, most for places you do not have).
    /// </summary>
    public static ImportResult ImportAlternateNames(string sourcePath, string userDir, Func<long, bool>? keep = null)
    {
        var errors = new ImportErrors();
        int rows = 0;
        int written = 0;
        using var output = new AtomicOutput(userDir, "geonames-" + AtomicOutput.StemOf(sourcePath) + GazetteerFiles.ImportedNamesSuffix);
        AlternateNameFile.Write(output.TempPath, Names());
        string? file = errors.Count == 0 ? output.Commit() : null;
        return new ImportResult(sourcePath, rows, errors.Count == 0 ? written : 0, errors.Listed, errors.Count, file);

        IEnumerable<AlternateNameFile.Entry> Names()
        {
            foreach ((int lineNumber, string line) in SourceReader.DataLines(sourcePath))
            {
                rows++;
                string[] f = line.Split('\t');
                if (f.Length < 8)
                {
                    errors.Add(lineNumber, $"expected 8 or 10 tab-separated columns, found {f.Length}");
                    continue;
                }
                if (!long.TryParse(f[1], NumberStyles.None, CultureInfo.InvariantCulture, out long geonameId) || geonameId <= 0)
                {
                    errors.Add(lineNumber, $"geonameid '{f[1]}' is not a positive integer");
                    continue;
                }
                string name = f[3].Trim();
                if (name.Length == 0)
                {
                    errors.Add(lineNumber, "alternate name is empty");
                    continue;
                }
                bool isAbbreviation = f[2] == "abbr";
                if (NotNames.Contains(f[2]) || !(keep?.Invoke(geonameId) ?? true)
                    || !(AlternateNameFilter.IsUseful(name) || (isAbbreviation && PlaceFile.IsStorable(name))))
                {
                    continue;
                }
                written++;
                yield return new AlternateNameFile.Entry(geonameId, name);
            }
        }
    }
}
