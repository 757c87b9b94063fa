namespace MapDashboard.TestSupport;

/// <summary>Whether this run is CI's (<c>CI=true</c>): there, what a test needs must be present, so a test that would skip fails instead.</summary>
public static class ContinuousIntegration
{
    public static bool IsOn => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
