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

    /// <summary>
    /// Equal when every count is: the filters panel draws again only when its counts changed, and each read of the
    /// facets makes new dictionaries (a pan inside one country read the same counts again).
    /// </summary>
    public bool Equals(FacetCounts? other) =>
        other is not null && Same(Roles, other.Roles) && Same(Levels, other.Levels) && Same(Countries, other.Countries) && Same(Sources, other.Sources);

    public override int GetHashCode() => HashCode.Combine(Roles.Count, Levels.Count, Countries.Count, Sources.Count);

    private static bool Same(IReadOnlyDictionary<string, int> a, IReadOnlyDictionary<string, int> b) =>
        a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var n) && n == p.Value);
}
