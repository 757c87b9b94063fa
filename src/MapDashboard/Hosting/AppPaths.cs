namespace MapDashboard.Hosting;

/// <summary>
/// Where the app finds its bundled files (<c>gazetteer/</c>, <c>wwwroot/</c>, <c>seeds/</c> at the repository
/// root) and where it keeps its data (default <c>data/</c> under the folder it is started from).
/// </summary>
public sealed record AppPaths(string Root, string DataDirectory)
{
    /// <summary>The configuration key (and <c>--data</c> option) that moves the data folder.</summary>
    public const string DataKey = "data";

    public string GazetteerDirectory => Path.Combine(Root, "gazetteer");
    public string WebRoot => WebRootOf(Root);
    public string SeedsDirectory => Path.Combine(Root, "seeds");
    public string NodeModulesDirectory => Path.Combine(Root, "node_modules");

    /// <summary>The SQLite database file.</summary>
    public string DatabasePath => Path.Combine(DataDirectory, "mapdashboard.db");

    /// <summary>The user's own gazetteer imports, kept apart so a rebuild of the bundled data keeps them.</summary>
    public string UserGazetteerDirectory => Path.Combine(DataDirectory, "gazetteer");

    /// <summary>Paths for the repository found by <see cref="FindRoot"/> and a data folder (null: ./data).</summary>
    public static AppPaths Resolve(string? dataDirectory) => new(FindRoot(), DataDirectoryFrom(dataDirectory));

    /// <summary>The data folder as an absolute path: the one given, else <c>data/</c> under the current folder.</summary>
    public static string DataDirectoryFrom(string? dataDirectory) =>
        Path.GetFullPath(string.IsNullOrWhiteSpace(dataDirectory) ? "data" : dataDirectory);

    /// <summary>The browser files' folder under a repository root.</summary>
    public static string WebRootOf(string root) => Path.Combine(root, "wwwroot");

    /// <summary>
    /// Finds the repository root by walking up from the current folder, then from the app's own folder,
    /// to the first folder holding both <c>gazetteer/</c> and <c>wwwroot/</c>: `dotnet run --project
    /// src/MapDashboard` starts in the repository, the tests start in <c>tests/*/bin/...</c>.
    /// </summary>
    public static string FindRoot() =>
        FindRootAbove(Directory.GetCurrentDirectory()) ?? FindRootAbove(AppContext.BaseDirectory)
        ?? throw new DirectoryNotFoundException(
            "Cannot find the MapDashboard folder (one holding gazetteer/ and wwwroot/) above " +
            $"{Directory.GetCurrentDirectory()} or {AppContext.BaseDirectory}.");

    private static string? FindRootAbove(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "gazetteer")) && Directory.Exists(Path.Combine(dir.FullName, "wwwroot")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
