namespace MapDashboard.Geoparsing.Tests.Fixtures;

/// <summary>
/// A fact that needs the GeoVirus development set at <c>../shared/eval/GeoVirus.xml</c> (never copied into
/// the repository): skipped with the reason when the file is absent on a developer's machine; run (and
/// failing for the missing file) when <c>CI=true</c>.
/// </summary>
public sealed class GeoVirusFactAttribute : FactAttribute
{
    public GeoVirusFactAttribute()
    {
        if (GeoVirusPath is null && !IsCi)
            Skip = "GeoVirus.xml not found in ../shared/eval/ (set GEOVIRUS_XML to its path); CI=true makes this a failure.";
    }

    /// <summary>The corpus path: env GEOVIRUS_XML, else ../shared/eval/GeoVirus.xml next to the repository, else null.</summary>
    public static string? GeoVirusPath
    {
        get
        {
            var candidates = new[]
            {
                Environment.GetEnvironmentVariable("GEOVIRUS_XML"),
                Path.Combine(TestPaths.RepoRoot, "..", "shared", "eval", "GeoVirus.xml"),
                Path.Combine(TestPaths.RepoRoot, "..", "..", "shared", "eval", "GeoVirus.xml"),
            };
            return candidates.FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));
        }
    }

    private static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
