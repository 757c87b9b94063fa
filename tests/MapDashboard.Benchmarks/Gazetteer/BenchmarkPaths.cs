namespace MapDashboard.Benchmarks.Gazetteer;

/// <summary>Repository paths, found by walking up from the working directory or the binaries to MapDashboard.sln.</summary>
internal static class BenchmarkPaths
{
    public static string Root { get; } = FindRoot();

    public static string BundledGazetteer => Path.Combine(Root, "gazetteer");

    public static string Seeds => Path.Combine(Root, "seeds");

    private static string FindRoot()
    {
        foreach (string start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "MapDashboard.sln")))
                {
                    return dir.FullName;
                }
            }
        }
        throw new InvalidOperationException("Run the benchmarks from inside the repository (MapDashboard.sln not found).");
    }
}
