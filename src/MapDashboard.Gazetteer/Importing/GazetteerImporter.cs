namespace MapDashboard.Gazetteer.Importing;

/// <summary>
/// <c>gazetteer import FILE</c>: picks the importer by the file: <c>*.csv</c> → custom places
/// (<see cref="CustomPlacesImporter"/>); a name containing "alternateNames" → GeoNames alternate names;
/// anything else (SY.txt, SY.zip, allCountries.txt, allCountries.zip) → the GeoNames geoname table.
/// </summary>
public static class GazetteerImporter
{
    /// <summary>
    /// Imports <paramref name="sourcePath"/> into <paramref name="userDir"/> (the app's <c>data/gazetteer/</c>).
    /// <paramref name="keepAlternateNamesOf"/> filters alternate names by GeoNames id (pass the loaded gazetteer's
    /// <c>id =&gt; gazetteer.Get(id) is not null</c>); null keeps all. <paramref name="options"/> filters geoname-table rows.
    /// </summary>
    public static ImportResult Import(
        string sourcePath,
        string userDir,
        Func<long, bool>? keepAlternateNamesOf = null,
        GeoNamesImportOptions? options = null)
    {
        if (!File.Exists(sourcePath))
        {
            throw new FileNotFoundException($"No file {sourcePath} to import.", sourcePath);
        }
        string name = Path.GetFileName(sourcePath);
        if (name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            return CustomPlacesImporter.Import(sourcePath, userDir);
        }
        return name.Contains("alternateNames", StringComparison.OrdinalIgnoreCase)
            ? GeoNamesImporter.ImportAlternateNames(sourcePath, userDir, keepAlternateNamesOf)
            : GeoNamesImporter.ImportPlaces(sourcePath, userDir, options);
    }
}
