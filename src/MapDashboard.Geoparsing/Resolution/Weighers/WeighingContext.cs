using MapDashboard.Gazetteer;

namespace MapDashboard.Geoparsing.Resolution.Weighers;

/// <summary>What the weighers see of the article while one mention is scored.</summary>
internal sealed class WeighingContext(GeoparserOptions options, ArticleContext article, IReadOnlyList<Slot> anchors, string name)
{
    private Dictionary<string, double>? _otherCountries;

    /// <summary>The tunables, weights included.</summary>
    public GeoparserOptions Options { get; } = options;

    /// <summary>Mentions already settled with some confidence (second pass; empty on the first), for proximity.</summary>
    public IReadOnlyList<Slot> Anchors { get; } = anchors;

    /// <summary>Each country's share of the country evidence of the article's other names: a mention never
    /// votes for itself ("Georgia" five times is no evidence that the article is about Georgia the country).</summary>
    public IReadOnlyDictionary<string, double> OtherCountries => _otherCountries ??= article.CountriesWithout(name);

    /// <summary>The share of the article's other names with a candidate in the first-level division holding <paramref name="p"/>.</summary>
    public double DivisionShareOf(Place p) => article.DivisionShare(name, p);

    /// <summary>Whether some mention of the article calls <paramref name="p"/> by its own name.</summary>
    public bool IsNamedByOwnName(Place p) => article.NamedByOwnName.Contains(p.Id);

    /// <summary>The share of the article's other names with a candidate within <see cref="GeoparserOptions.NearbyNamesKm"/> of <paramref name="p"/>.</summary>
    public double NearbyShareOf(Place p) => article.Nearby.ShareNear(name, p, Options.NearbyNamesKm);

    /// <summary>Another name's candidate that is the county of town <paramref name="p"/> at its seat, or the seat of county <paramref name="p"/>.</summary>
    public Place? SeatPartnerOf(Place p) => article.SeatPartner(name, p, Options.CountySeatKm);
}
