namespace MapDashboard.Geoparsing.Tests.Fixtures;

/// <summary>
/// A fact that needs the LGL development set at <c>../shared/eval/LGL-dev.xml</c> (never copied into the
/// repository): skipped with the reason when the file is absent on a developer's machine; run (and failing for
/// the missing file) when <c>CI=true</c>.
/// </summary>
public sealed class LglFactAttribute : FactAttribute
{
    public LglFactAttribute()
    {
        if (LglPath is null && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            Skip = "LGL-dev.xml not found in ../shared/eval/ (set LGL_XML to its path); CI=true makes this a failure.";
    }

    /// <summary>The corpus path: env LGL_XML, else ../shared/eval/LGL-dev.xml next to the repository, else null.</summary>
    public static string? LglPath => new[]
    {
        Environment.GetEnvironmentVariable("LGL_XML"),
        Path.Combine(TestPaths.RepoRoot, "..", "shared", "eval", "LGL-dev.xml"),
        Path.Combine(TestPaths.RepoRoot, "..", "..", "shared", "eval", "LGL-dev.xml"),
    }.FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));
}
