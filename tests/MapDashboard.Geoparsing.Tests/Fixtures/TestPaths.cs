namespace MapDashboard.Geoparsing.Tests.Fixtures;

/// <summary>Finds the repository's seed documents and the shared evaluation data from the test's output folder.</summary>
internal static class TestPaths
{
    /// <summary>The repository root (the folder holding MapDashboard.sln).</summary>
    public static string RepoRoot { get; } = FindUp("MapDashboard.sln") ?? throw new InvalidOperationException("MapDashboard.sln not found above the test output folder.");

    /// <summary>A seed file by name prefix ("000"), from the repository's seeds/ or ../shared/seeds/.</summary>
    public static string Seed(string prefix)
    {
        foreach (var dir in new[] { Path.Combine(RepoRoot, "seeds"), Path.Combine(RepoRoot, "..", "shared", "seeds"), "/work/shared/seeds" })
        {
            if (!Directory.Exists(dir)) continue;
            var file = Directory.GetFiles(dir, prefix + "_*.txt").FirstOrDefault();
            if (file is not null) return file;
        }
        throw new FileNotFoundException($"Seed {prefix}_*.txt not found in seeds/ or ../shared/seeds/.");
    }

    private static string? FindUp(string marker)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, marker))) return dir.FullName;
        }
        return null;
    }
}
