namespace MapDashboard.TestSupport;

/// <summary>
/// Paths of the repository a test or bench runs in, found by walking up to <c>MapDashboard.sln</c> from the working
/// folder, then from the binaries (a bench is run from anywhere inside the checkout; a test from its output folder).
/// </summary>
public static class RepositoryPaths
{
    /// <summary>The folder holding <c>MapDashboard.sln</c>.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The bundled gazetteer (<c>gazetteer/</c>).</summary>
    public static string BundledGazetteer => Path.Combine(Root, "gazetteer");

    /// <summary>The repository's seed articles (<c>seeds/</c>).</summary>
    public static string Seeds => Path.Combine(Root, "seeds");

    /// <summary>What <c>npm ci</c> restored (<c>node_modules/</c>).</summary>
    public static string NodeModules => Path.Combine(Root, "node_modules");

    /// <summary>
    /// A file of the <c>shared/</c> folder that sits beside the checkout (CI clones into <c>p/</c> beside it; a
    /// worktree may sit one level deeper), or null when there is none: it is never copied into the repository.
    /// </summary>
    public static string? SharedFile(params string[] parts) =>
        new[] { Path.Combine(Root, ".."), Path.Combine(Root, "..", "..") }
            .Select(up => Path.Combine([up, "shared", .. parts]))
            .FirstOrDefault(File.Exists);

    private static string FindRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "MapDashboard.sln"))) return dir.FullName;
            }
        }
        throw new InvalidOperationException($"MapDashboard.sln not found above {Environment.CurrentDirectory} or {AppContext.BaseDirectory}: run from inside the repository.");
    }
}
