using MapDashboard.Gazetteer.Indexing;

namespace MapDashboard.Gazetteer.Tests.Support;

/// <summary>The real bundled gazetteer, loaded once for all slow tests.</summary>
public sealed class BundledGazetteer
{
    private static readonly Lazy<GazetteerIndex> Loaded = new(() => GazetteerLoader.Load(RepositoryPaths.BundledGazetteer));

    public GazetteerIndex Index => Loaded.Value;
}
