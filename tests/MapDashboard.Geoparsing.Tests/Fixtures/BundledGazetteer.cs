using MapDashboard.Gazetteer;

namespace MapDashboard.Geoparsing.Tests.Fixtures;

/// <summary>The repository's bundled gazetteer (<c>gazetteer/</c>), loaded once for the integration tests.</summary>
internal static class BundledGazetteer
{
    private static readonly Lazy<IGazetteer> Loaded = new(() => GazetteerLoader.Load(Path.Combine(RepositoryPaths.Root, "gazetteer")));

    /// <summary>The loaded gazetteer.</summary>
    public static IGazetteer Instance => Loaded.Value;

    /// <summary>One geoparser over it, shared (the geoparser is thread-safe).</summary>
    public static Geoparser Parser => ParserLoaded.Value;

    private static readonly Lazy<Geoparser> ParserLoaded = new(() => new Geoparser(Instance));
}
