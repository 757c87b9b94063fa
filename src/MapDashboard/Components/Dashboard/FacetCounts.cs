using MapDashboard.Data.Queries;

namespace MapDashboard.Components.Dashboard;

/// <summary>Reports (distinct articles) per value of each facet, keyed as the address spells values ("event", "admin1", "SY", "" for no source).</summary>
public sealed record FacetCounts(
    IReadOnlyDictionary<string, int> Roles,
    IReadOnlyDictionary<string, int> Levels,
    IReadOnlyDictionary<string, int> Countries,
    IReadOnlyDictionary<string, int> Sources)
{
    public static FacetCounts Of(EventFacets facets) => new(
        facets.Roles.ToDictionary(c => c.Value, c => c.Reports ?? c.Count),
        facets.Levels.ToDictionary(c => c.Value, c => c.Reports ?? c.Count),
        facets.Countries.ToDictionary(c => c.Value, c => c.Reports ?? c.Count),
        facets.Sources.ToDictionary(c => c.Value, c => c.Reports ?? c.Count));
}
