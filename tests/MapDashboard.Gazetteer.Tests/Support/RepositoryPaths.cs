namespace MapDashboard.Gazetteer.Tests.Support;

/// <summary>Paths of the repository the tests run from (found by walking up to MapDashboard.sln).</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string BundledGazetteer => Path.Combine(Root, "gazetteer");

    public static string NodeModules => Path.Combine(Root, "node_modules");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MapDashboard.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("MapDashboard.sln not found above " + AppContext.BaseDirectory);
    }
}
