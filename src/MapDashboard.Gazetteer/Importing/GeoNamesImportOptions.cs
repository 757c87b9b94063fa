namespace MapDashboard.Gazetteer.Importing;

/// <summary>
/// Which rows of a GeoNames table to keep. allCountries.txt has 12 million rows, most of them hills, wells
/// and farms: importing all of it makes the gazetteer ten times bigger and slower to load, so a user
/// importing the world file usually keeps populated places and divisions (classes P and A) only.
/// </summary>
public sealed record GeoNamesImportOptions
{
    /// <summary>Feature classes to keep (e.g. "P", "A", "H"); null keeps every class.</summary>
    public IReadOnlySet<string>? FeatureClasses { get; init; }

    /// <summary>Populated places (class P) below this population are skipped; 0 keeps all.</summary>
    public long MinPopulation { get; init; }

    /// <summary>True when <paramref name="row"/> passes the filters.</summary>
    public bool Keeps(Building.GeoNamesRow row) =>
        (FeatureClasses is null || FeatureClasses.Contains(row.FeatureClass))
        && (row.FeatureClass != "P" || row.Population >= MinPopulation);
}
