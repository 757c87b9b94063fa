namespace MapDashboard.Geoparsing.Tests.Fixtures;

/// <summary>Finds the seed documents the tests read.</summary>
internal static class TestPaths
{
    /// <summary>A seed file by name prefix ("000"), from the repository's seeds/ or ../shared/seeds/.</summary>
    public static string Seed(string prefix)
    {
        foreach (var dir in new[] { RepositoryPaths.Seeds, Path.Combine(RepositoryPaths.Root, "..", "shared", "seeds") })
        {
            if (!Directory.Exists(dir)) continue;
            var file = Directory.GetFiles(dir, prefix + "_*.txt").FirstOrDefault();
            if (file is not null) return file;
        }
        throw new FileNotFoundException($"Seed {prefix}_*.txt not found in seeds/ or ../shared/seeds/.");
    }
}
